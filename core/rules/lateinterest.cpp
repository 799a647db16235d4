#include "lateinterest.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace relance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LateInterest)
};

// balance x rate x days summed over a common denominator can exceed 64 bits for large claims.
__extension__ using Wide = __int128;

constexpr qint64 kIndemnityCents = 4000;  // D441-5 and directive 2011/7/EU: 40 EUR per invoice

// Rounds a positive fraction half-up.
qint64 roundHalfUp(Wide numerator, Wide denominator)
{
    return qint64((2 * numerator + denominator) / (2 * denominator));
}

QString longDate(const QDate &day) { return QLocale().toString(day, QStringLiteral("d MMMM yyyy")); }
QString rateText(int basisPoints) { return formatRate(basisPoints, QLocale()); }

struct SliceRate
{
    int basisPoints;
    QString basis;
};

Result<SliceRate> rateFor(const InterestRequest &r, const HalfYear &half, const RateTable &rates)
{
    if (r.contractualRateBasisPoints && r.profile != InterestProfile::FranceB2C)
        return SliceRate{*r.contractualRateBasisPoints, Tr::tr("contractual rate")};
    if (r.profile == InterestProfile::FranceB2C) {
        const auto legal = rates.frenchLegalRate(half, false);
        if (!legal)
            return Error(Tr::tr("the French legal interest rate for %1 is not in the rate table yet").arg(half.key()),
                         QStringLiteral("rate_table"));
        return SliceRate{*legal, Tr::tr("legal rate %1").arg(half.key())};
    }
    // The ECB rate in force on the first day of the half-year (1 January or 1 July).
    const QDate reference = half.firstDay();
    const auto ecb = rates.ecbOn(reference);
    if (!ecb)
        return Error(Tr::tr("the ECB rate in force on %1 is not in the rate table yet (it is known until %2)")
                         .arg(longDate(reference), longDate(rates.ecbKnownUntil())),
                     QStringLiteral("rate_table"));
    if (r.profile == InterestProfile::BelgiumB2B) {
        const int rate = (*ecb + 800 + 49) / 50 * 50;  // + 8 points, rounded up to the half point
        return SliceRate{
            rate,
            Tr::tr("ECB %1 on %2 + 8 points, rounded up to the half point").arg(rateText(*ecb), longDate(reference))};
    }
    return SliceRate{*ecb + 1000, Tr::tr("ECB %1 on %2 + 10 points").arg(rateText(*ecb), longDate(reference))};
}

}  // namespace

std::optional<InterestProfile> interestProfileFromKey(const QString &key)
{
    if (key == QLatin1String("fr-b2b"))
        return InterestProfile::FranceB2B;
    if (key == QLatin1String("fr-b2c"))
        return InterestProfile::FranceB2C;
    if (key == QLatin1String("be-b2b"))
        return InterestProfile::BelgiumB2B;
    return std::nullopt;
}

QString interestProfileKey(InterestProfile profile)
{
    switch (profile) {
    case InterestProfile::FranceB2B: return QStringLiteral("fr-b2b");
    case InterestProfile::FranceB2C: return QStringLiteral("fr-b2c");
    case InterestProfile::BelgiumB2B: return QStringLiteral("be-b2b");
    }
    return {};
}

int InterestResult::days() const
{
    int total = 0;
    for (const InterestSlice &s : slices)
        total += s.days;
    return total;
}

Money InterestResult::totalClaimed() const
{
    Money total = balance + interest;
    if (indemnity.currency() == total.currency())
        total += indemnity;
    return total;
}

Result<InterestResult> computeLateInterest(const InterestRequest &r, const RateTable &rates)
{
    if (r.principal.cents() <= 0)
        return Error(Tr::tr("the amount due must be greater than zero"), QStringLiteral("principal"));
    if (!r.dueDate.isValid())
        return Error(Tr::tr("the due date is missing"), QStringLiteral("due_date"));
    if (!r.until.isValid())
        return Error(Tr::tr("the end date is missing"), QStringLiteral("until"));
    if (r.profile == InterestProfile::FranceB2C && !r.noticeDate.isValid())
        return Error(Tr::tr("a consumer owes interest only from a formal notice: give its date"),
                     QStringLiteral("notice_date"));
    if (r.contractualRateBasisPoints && (*r.contractualRateBasisPoints < 0 || *r.contractualRateBasisPoints > 10000))
        return Error(Tr::tr("the rate must be between 0 and 100 %"), QStringLiteral("rate"));

    // Interest runs from the day after the due date (B2B) or after the formal notice (B2C).
    const QDate start = (r.profile == InterestProfile::FranceB2C ? r.noticeDate : r.dueDate).addDays(1);

    auto balanceOn = [&](const QDate &day) {  // payments made before `day` count
        qint64 balance = r.principal.cents();
        for (const auto &[date, cents] : r.partialPayments)
            if (date < day)
                balance -= cents;
        return balance;
    };

    InterestResult result;
    result.balance = Money(std::max<qint64>(balanceOn(r.until.addDays(1)), 0), r.principal.currency());
    const bool late = r.until > r.dueDate;
    result.indemnity = Money::eur(r.profile != InterestProfile::FranceB2C && late ? kIndemnityCents : 0);
    result.interest = Money(0, r.principal.currency());
    if (r.until < start)
        return result;

    // Slice boundaries: each half-year's first day and the day after each payment.
    QList<QDate> boundaries{start};
    for (HalfYear h = HalfYear::of(start);;) {
        h = h.half == 1 ? HalfYear{h.year, 2} : HalfYear{h.year + 1, 1};
        if (h.firstDay() > r.until)
            break;
        boundaries << h.firstDay();
    }
    for (const auto &payment : r.partialPayments)
        if (payment.first.addDays(1) > start && payment.first.addDays(1) <= r.until)
            boundaries << payment.first.addDays(1);
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

    // Exact sum over the common denominator 10000 x 365 x 366, rounded once at the end.
    const Wide common = Wide(10000) * 365 * 366;
    Wide numerator = 0;
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        InterestSlice slice;
        slice.from = boundaries.at(i);
        slice.to = i + 1 < boundaries.size() ? boundaries.at(i + 1).addDays(-1) : r.until;
        slice.days = int(slice.from.daysTo(slice.to)) + 1;
        slice.balanceCents = balanceOn(slice.from);
        if (slice.balanceCents <= 0)
            break;  // paid: no more interest
        const Result<SliceRate> rate = rateFor(r, HalfYear::of(slice.from), rates);
        if (!rate)
            return rate.error();
        slice.rateBasisPoints = rate->basisPoints;
        slice.basis = rate->basis;
        slice.divisor = r.divisor366InLeapYears && QDate::isLeapYear(slice.from.year()) ? 366 : 365;
        const Wide sliceNumerator = Wide(slice.balanceCents) * slice.rateBasisPoints * slice.days;
        slice.roundedCents = roundHalfUp(sliceNumerator, Wide(10000) * slice.divisor);
        numerator += sliceNumerator * (slice.divisor == 365 ? 366 : 365);
        result.slices << slice;
    }
    result.interest = Money(roundHalfUp(numerator, common), r.principal.currency());
    return result;
}

}  // namespace relance
