#include "lateinterest.h"

#include "rounding.h"

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

QString longDate(const QDate &day) { return QLocale().toString(day, QStringLiteral("d MMMM yyyy")); }
QString rateText(int basisPoints) { return formatRate(basisPoints, QLocale()); }

struct SliceRate
{
    int basisPoints;
    QString basis;
    int setAsideContractual = -1;  // a contractual rate under the legal floor, replaced (basis points)
    int floor = 0;
};

// The contract's rate replaces the legal default only where the profile allows one.
bool usesContractualRate(const InterestRequest &r)
{
    return r.contractualRateBasisPoints && r.profile.contractualRateApplies;
}

qint64 roundUpTo(qint64 value, qint64 step) { return (value + step - 1) / step * step; }

Result<SliceRate> legalRateFor(const InterestRequest &r, const HalfYear &half, const RateTable &rates);

// L441-10 II: the contract may set another rate, "qui ne peut toutefois fixer un taux inférieur
// à trois fois le taux d'intérêt légal". A lower clause is not valid: the prudent reading
// (LEGAL.md section 12) applies the default rate instead, and says why.
Result<SliceRate> rateFor(const InterestRequest &r, const HalfYear &half, const RateTable &rates)
{
    if (!usesContractualRate(r))
        return legalRateFor(r, half, rates);
    const int contractual = *r.contractualRateBasisPoints;
    const int multiple = r.profile.contractualFloorLegalMultiple;
    const auto legal = multiple > 0 ? rates.frenchLegalRate(half, false) : std::nullopt;
    if (!legal || contractual >= multiple * *legal)
        return SliceRate{contractual, Tr::tr("contractual rate")};
    const Result<SliceRate> legalRate = legalRateFor(r, half, rates);
    if (!legalRate)
        return legalRate;
    SliceRate fallback = *legalRate;
    fallback.setAsideContractual = contractual;
    fallback.floor = multiple * *legal;
    fallback.basis = Tr::tr("%1; the contractual rate %2 is under the legal floor (%3 x %4 = %5) and does not apply")
                         .arg(fallback.basis, rateText(contractual))
                         .arg(multiple)
                         .arg(rateText(*legal), rateText(fallback.floor));
    return fallback;
}

Result<SliceRate> legalRateFor(const InterestRequest &r, const HalfYear &half, const RateTable &rates)
{
    const JurisdictionProfile &p = r.profile;
    if (p.rateRule == JurisdictionProfile::RateRule::FrenchLegalOther) {
        const auto legal = rates.frenchLegalRate(half, false);
        if (!legal)
            return Error(Tr::tr("the French legal interest rate for %1 is not in the rate table yet: add it in the "
                                "settings once it is published")
                             .arg(half.key()),
                         QStringLiteral("rate_table"));
        return SliceRate{*legal, Tr::tr("legal interest rate %1 (other cases)").arg(half.key())};
    }
    if (!p.publishedSeries.isEmpty())
        if (const auto published = rates.publishedRate(p.publishedSeries, half))
            return SliceRate{*published, Tr::tr("published rate %1").arg(half.key())};
    if (p.rateRule == JurisdictionProfile::RateRule::Published)
        return Error(Tr::tr("the rate of %1 (%2) is not in the rate table yet: add it in the settings once it is "
                            "published")
                         .arg(half.key(), p.publishedSeries),
                     QStringLiteral("rate_table"));
    // The ECB rate in force on the first day of the half-year (1 January or 1 July).
    const QDate reference = half.firstDay();
    const auto ecb = rates.ecbForHalf(half);
    if (!ecb)
        return Error(Tr::tr("the ECB rate in force on %1 is not in the rate table yet (it is known until %2): add "
                            "the half-year %3 in the settings")
                         .arg(longDate(reference), longDate(rates.ecbKnownUntil()), half.key()),
                     QStringLiteral("rate_table"));
    const int rate = int(roundUpTo(*ecb + p.pointsBasisPoints, p.roundUpToBasisPoints));
    const QString points = p.pointsBasisPoints % 100 == 0 ? QString::number(p.pointsBasisPoints / 100)
                                                          : QLocale().toString(p.pointsBasisPoints / 100.0, 'f', 2);
    if (p.roundUpToBasisPoints > 1)
        return SliceRate{
            rate, Tr::tr("ECB %1 on %2 + %3 points, rounded up to a multiple of %4")
                      .arg(rateText(*ecb), longDate(reference), points, formatRate(p.roundUpToBasisPoints, QLocale()))};
    return SliceRate{rate, Tr::tr("ECB %1 on %2 + %3 points").arg(rateText(*ecb), longDate(reference), points)};
}

// L441-10: a contractual rate may not be under a multiple of the legal rate. When that floor is
// above the default rate (as in 2024) it binds contractual rates only: say both figures.
QStringList floorWarnings(const InterestRequest &r, const InterestResult &result, const RateTable &rates)
{
    QStringList warnings;
    const int multiple = r.profile.contractualFloorLegalMultiple;
    if (multiple <= 0)
        return warnings;
    const bool contractual = usesContractualRate(r);
    QList<HalfYear> seen;
    for (const InterestSlice &s : result.slices) {
        const HalfYear half = HalfYear::of(s.from);
        if (seen.contains(half))
            continue;
        seen << half;
        const auto legal = rates.frenchLegalRate(half, false);
        if (!legal) {
            if (contractual)
                warnings << Tr::tr("%1: the legal rate is not in the table, so the contractual rate could not be "
                                   "checked against its legal floor")
                                .arg(half.key());
            continue;
        }
        const int floor = multiple * *legal;
        if (s.setAsideContractualBasisPoints >= 0)
            warnings << Tr::tr("%1: the contractual rate %2 is under the legal floor of %3 x %4 = %5 (Code de "
                               "commerce L441-10 II): the default rate %6 applies")
                            .arg(half.key(), rateText(s.setAsideContractualBasisPoints))
                            .arg(multiple)
                            .arg(rateText(*legal), rateText(floor), rateText(s.rateBasisPoints));
        else if (!contractual && floor > s.rateBasisPoints)
            warnings << Tr::tr("%1: %2 x the legal rate (%3) exceeds the default rate %4; the floor binds contractual "
                               "rates only, the default applies")
                            .arg(half.key())
                            .arg(multiple)
                            .arg(rateText(floor), rateText(s.rateBasisPoints));
    }
    return warnings;
}

}  // namespace

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
    const bool fromNotice = r.profile.interestFrom == JurisdictionProfile::InterestFrom::Notice;
    if (fromNotice && !r.noticeDate.isValid())
        return Error(Tr::tr("a consumer owes interest only from a formal notice: give its date"),
                     QStringLiteral("notice_date"));
    if (r.contractualRateBasisPoints && (*r.contractualRateBasisPoints < 0 || *r.contractualRateBasisPoints > 10000))
        return Error(Tr::tr("the rate must be between 0 and 100 %"), QStringLiteral("rate"));

    // Interest runs from the day after the due date (B2B) or after the formal notice and any grace
    // period (consumers).
    const QDate start = fromNotice ? r.noticeDate.addDays(r.profile.graceDays + 1) : r.dueDate.addDays(1);

    auto balanceOn = [&](const QDate &day) {  // payments made before `day` count
        qint64 balance = r.principal.cents();
        for (const auto &[date, cents] : r.partialPayments)
            if (date < day)
                balance -= cents;
        return balance;
    };

    InterestResult result;
    result.balance = Money(std::max<qint64>(balanceOn(r.until.addDays(1)), 0), r.principal.currency());
    // The indemnity is owed once per late invoice, on what was unpaid when interest began to run.
    result.interestFrom = start;
    const bool owed = r.until >= start && r.until > r.dueDate;
    result.indemnity = Money::eur(owed ? r.profile.indemnityCents(balanceOn(start)) : 0);
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
        slice.setAsideContractualBasisPoints = rate->setAsideContractual;
        slice.floorBasisPoints = rate->floor;
        if ((!usesContractualRate(r) || rate->setAsideContractual >= 0) && rates.isUserAdded(HalfYear::of(slice.from)))
            slice.basis += Tr::tr(" (rates of %1 added by you)").arg(HalfYear::of(slice.from).key());
        slice.divisor = r.divisor366InLeapYears && QDate::isLeapYear(slice.from.year()) ? 366 : 365;
        const Wide sliceNumerator = Wide(slice.balanceCents) * slice.rateBasisPoints * slice.days;
        slice.roundedCents = roundHalfUp(sliceNumerator, Wide(10000) * slice.divisor);
        numerator += sliceNumerator * (slice.divisor == 365 ? 366 : 365);
        result.slices << slice;
    }
    result.interest = Money(roundHalfUp(numerator, common), r.principal.currency());
    result.warnings = floorWarnings(r, result, rates);
    return result;
}

}  // namespace relance
