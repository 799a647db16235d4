#include "jurisdiction.h"

#include "domain/money.h"
#include "ratetable.h"
#include "rounding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Jurisdiction)
};
}  // namespace

QString JurisdictionProfile::name() const { return QLocale().language() == QLocale::French ? nameFr : nameEn; }

qint64 JurisdictionProfile::indemnityCents(qint64 balanceCents) const
{
    if (balanceCents <= 0)
        return 0;
    switch (indemnityRule) {
    case IndemnityRule::None: return 0;
    case IndemnityRule::Fixed: return fixedIndemnityCents;
    case IndemnityRule::Scale: {
        const Bracket *bracket = nullptr;
        for (const Bracket &b : brackets)
            if (balanceCents > b.aboveCents || !bracket)
                bracket = &b;
        if (!bracket)
            return 0;
        const qint64 above = balanceCents - bracket->aboveCents;
        const qint64 amount = bracket->baseCents + roundHalfUp<qint64>(above * bracket->percentBasisPoints, 10000);
        return indemnityMaxCents > 0 ? std::min(amount, indemnityMaxCents) : amount;
    }
    }
    return 0;
}

Result<ProfileSet> ProfileSet::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()))
            .at(origin, 0);
    ProfileSet set;
    const QJsonArray profiles = doc.object().value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject o = profiles.at(i).toObject();
        const QString where = QStringLiteral("profiles[%1]").arg(i);
        auto fail = [&](const QString &field, const QString &message) {
            return Error(message, where + QLatin1Char('.') + field).at(origin, 0);
        };
        auto money = [](const QJsonValue &v) -> std::optional<qint64> {
            const Result<Money> m = Money::parse(v.toString());
            return m ? std::optional<qint64>(m->cents()) : std::nullopt;
        };
        JurisdictionProfile p;
        p.key = o.value(QStringLiteral("key")).toString();
        if (p.key.isEmpty())
            return fail(QStringLiteral("key"), Tr::tr("a key is required"));
        p.country = o.value(QStringLiteral("country")).toString();
        p.consumer = o.value(QStringLiteral("consumer")).toBool();
        p.nameEn = o.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString();
        p.nameFr = o.value(QStringLiteral("name")).toObject().value(QStringLiteral("fr")).toString();

        const QJsonObject interest = o.value(QStringLiteral("interest")).toObject();
        const QString from = interest.value(QStringLiteral("from")).toString();
        if (from != QLatin1String("due_date") && from != QLatin1String("notice"))
            return fail(QStringLiteral("interest.from"), Tr::tr("must be \"due_date\" or \"notice\""));
        p.interestFrom = from == QLatin1String("notice") ? JurisdictionProfile::InterestFrom::Notice
                                                         : JurisdictionProfile::InterestFrom::DueDate;
        p.graceDays = interest.value(QStringLiteral("grace_days")).toInt();
        p.noticeIsFirstReminder =
            interest.value(QStringLiteral("notice")).toString() == QLatin1String("first_reminder");
        const QString rule = interest.value(QStringLiteral("rate")).toString();
        if (rule == QLatin1String("ecb_plus")) {
            p.rateRule = JurisdictionProfile::RateRule::EcbPlus;
            const auto points = parseRate(interest.value(QStringLiteral("points")).toString());
            const auto step = parseRate(interest.value(QStringLiteral("round_up_to")).toString(QStringLiteral("0.01")));
            if (!points || !step || *step <= 0)
                return fail(QStringLiteral("interest.points"),
                            Tr::tr("points and rounding must be rates such as \"8.00\""));
            p.pointsBasisPoints = *points;
            p.roundUpToBasisPoints = *step;
        } else if (rule == QLatin1String("fr_legal_other")) {
            p.rateRule = JurisdictionProfile::RateRule::FrenchLegalOther;
        } else if (rule == QLatin1String("published")) {
            p.rateRule = JurisdictionProfile::RateRule::Published;
        } else {
            return fail(QStringLiteral("interest.rate"),
                        Tr::tr("must be \"ecb_plus\", \"fr_legal_other\" or \"published\""));
        }
        p.publishedSeries = interest.value(QStringLiteral("published_series")).toString();
        p.contractualRateApplies =
            interest.value(QStringLiteral("contractual_rate")).toString() == QLatin1String("allowed");
        p.contractualFloorLegalMultiple = interest.value(QStringLiteral("contractual_floor_legal_multiple")).toInt();
        p.interestBasis = interest.value(QStringLiteral("basis")).toString();
        if (p.rateRule == JurisdictionProfile::RateRule::Published && p.publishedSeries.isEmpty())
            return fail(QStringLiteral("interest.published_series"), Tr::tr("a published rate needs its series"));
        const QJsonObject clause = o.value(QStringLiteral("penalty_clause")).toObject();
        p.penaltiesNeedClause = clause.value(QStringLiteral("required")).toBool();
        p.noClauseSeries = clause.value(QStringLiteral("without")).toObject().value(QStringLiteral("published_series")).toString();
        p.noClauseBasis = clause.value(QStringLiteral("without")).toObject().value(QStringLiteral("basis")).toString();
        if (p.penaltiesNeedClause && p.noClauseSeries.isEmpty())
            return fail(QStringLiteral("penalty_clause.without.published_series"),
                        Tr::tr("the rate owed without a penalty clause is required"));

        const QJsonObject indemnity = o.value(QStringLiteral("indemnity")).toObject();
        const QString indemnityRule = indemnity.value(QStringLiteral("rule")).toString();
        p.indemnityBasis = indemnity.value(QStringLiteral("basis")).toString();
        if (indemnityRule == QLatin1String("fixed")) {
            p.indemnityRule = JurisdictionProfile::IndemnityRule::Fixed;
            const auto amount = money(indemnity.value(QStringLiteral("amount")));
            if (!amount)
                return fail(QStringLiteral("indemnity.amount"), Tr::tr("not an amount such as \"40.00\""));
            p.fixedIndemnityCents = *amount;
        } else if (indemnityRule == QLatin1String("scale")) {
            p.indemnityRule = JurisdictionProfile::IndemnityRule::Scale;
            const QJsonArray brackets = indemnity.value(QStringLiteral("brackets")).toArray();
            for (const QJsonValue &b : brackets) {
                const auto above = money(b.toObject().value(QStringLiteral("above")));
                const auto base = money(b.toObject().value(QStringLiteral("base")));
                const auto percent = parseRate(b.toObject().value(QStringLiteral("percent")).toString());
                if (!above || !base || !percent)
                    return fail(QStringLiteral("indemnity.brackets"),
                                Tr::tr("each bracket needs above, base and percent"));
                if (!p.brackets.isEmpty() && *above <= p.brackets.constLast().aboveCents)
                    return fail(QStringLiteral("indemnity.brackets"), Tr::tr("brackets must be in ascending order"));
                p.brackets.append({*above, *base, *percent});
            }
            if (p.brackets.isEmpty())
                return fail(QStringLiteral("indemnity.brackets"), Tr::tr("a scale needs at least one bracket"));
            p.indemnityMaxCents = money(indemnity.value(QStringLiteral("max"))).value_or(0);
        } else if (indemnityRule != QLatin1String("none")) {
            return fail(QStringLiteral("indemnity.rule"), Tr::tr("must be \"none\", \"fixed\" or \"scale\""));
        }

        const QJsonObject terms = o.value(QStringLiteral("payment_terms")).toObject();
        p.maxTermsDays = terms.value(QStringLiteral("max_days")).toInt();
        p.maxTermsEndOfMonthDays = terms.value(QStringLiteral("max_days_end_of_month")).toInt();
        p.termsBasis = terms.value(QStringLiteral("basis")).toString();
        const QJsonObject limitation = o.value(QStringLiteral("limitation")).toObject();
        p.limitationMonths = limitation.value(QStringLiteral("months")).toInt();
        p.limitationBasis = limitation.value(QStringLiteral("basis")).toString();
        if (p.limitationMonths <= 0)
            return fail(QStringLiteral("limitation.months"), Tr::tr("a number of months is required"));
        set.m_profiles.append(p);
    }
    if (!set.find(QStringLiteral("fr-b2b")) || !set.find(QStringLiteral("fr-b2c")))
        return Error(Tr::tr("the profiles fr-b2b and fr-b2c are required"), QStringLiteral("profiles")).at(origin, 0);
    return set;
}

JurisdictionProfile JurisdictionProfile::forContract(bool hasPenaltyClause) const
{
    if (!penaltiesNeedClause || hasPenaltyClause)
        return *this;
    JurisdictionProfile p = *this;
    p.withoutClause = true;
    p.rateRule = RateRule::Published;
    p.publishedSeries = noClauseSeries;
    p.interestBasis = noClauseBasis;
    p.indemnityRule = IndemnityRule::None;
    p.brackets.clear();
    p.fixedIndemnityCents = 0;
    p.indemnityMaxCents = 0;
    return p;
}

const ProfileSet &ProfileSet::builtIn()
{
    static const ProfileSet set = [] {
        QFile file(QStringLiteral(":/profiles/profiles.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in jurisdiction profiles are missing from the resources");
        Result<ProfileSet> parsed = fromJson(file.readAll(), file.fileName());
        if (!parsed)
            qFatal("the built-in jurisdiction profiles are broken: %s", qPrintable(parsed.error().describe()));
        return std::move(parsed).value();
    }();
    return set;
}

const JurisdictionProfile *ProfileSet::find(const QString &key) const
{
    for (const JurisdictionProfile &p : m_profiles)
        if (p.key == key)
            return &p;
    return nullptr;
}

const JurisdictionProfile &ProfileSet::forClient(const QString &country, bool consumer) const
{
    for (const JurisdictionProfile &p : m_profiles)
        if (p.country == country && p.consumer == consumer)
            return p;
    return *find(consumer ? QStringLiteral("fr-b2c") : QStringLiteral("fr-b2b"));
}

QStringList ProfileSet::keys() const
{
    QStringList keys;
    for (const JurisdictionProfile &p : m_profiles)
        keys << p.key;
    return keys;
}

}  // namespace relance
