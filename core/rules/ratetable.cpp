#include "ratetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RateTable)
};
}  // namespace

std::optional<int> parseRate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString decimals = m.captured(2);
    const int fraction = decimals.isEmpty() ? 0 : (decimals.size() == 1 ? decimals.toInt() * 10 : decimals.toInt());
    return m.captured(1).toInt() * 100 + fraction;
}

QString carriedForwardSource(const HalfYear &half, const QDate &acceptedOn)
{
    const HalfYear before = half.half == 1 ? HalfYear{half.year - 1, 2} : HalfYear{half.year, 1};
    return Tr::tr("%1 values carried forward, accepted on %2 while the new rates are unpublished")
        .arg(before.key(), QLocale().toString(acceptedOn, QLocale::ShortFormat));
}

QString ecbPortalSource(const QDate &fetchedOn)
{
    return Tr::tr("ECB data portal (series FM.B.U2.EUR.4F.KR.MRR_FR.LEV), fetched on %1")
        .arg(QLocale().toString(fetchedOn, QLocale::ShortFormat));
}

QString formatRate(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString formatRate(int basisPoints, const QLocale &locale)
{
    const QString number = formatRate(basisPoints).replace(QLatin1Char('.'), locale.decimalPoint());
    return locale.language() == QLocale::French ? number + QStringLiteral("\u00a0%") : number + QLatin1Char('%');
}

Result<RateTable> RateTable::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()))
            .at(origin, 0);
    const QJsonObject root = doc.object();
    auto fail = [&](const QString &field, const QString &message) { return Error(message, field).at(origin, 0); };

    RateTable table;
    const QJsonObject ecb = root.value(QStringLiteral("ecb_main_refinancing")).toObject();
    table.m_ecbKnownUntil = QDate::fromString(ecb.value(QStringLiteral("known_until")).toString(), Qt::ISODate);
    if (!table.m_ecbKnownUntil.isValid())
        return fail(QStringLiteral("ecb_main_refinancing.known_until"), Tr::tr("a date is required"));
    const QJsonArray changes = ecb.value(QStringLiteral("changes")).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const QString where = QStringLiteral("ecb_main_refinancing.changes[%1]").arg(i);
        const QDate from = QDate::fromString(change.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const auto rate = parseRate(change.value(QStringLiteral("rate")).toString());
        if (!from.isValid())
            return fail(where + QStringLiteral(".from"), Tr::tr("not a date"));
        if (!rate)
            return fail(where + QStringLiteral(".rate"), Tr::tr("not a rate such as \"2.15\""));
        if (!table.m_ecb.isEmpty() && from <= table.m_ecb.constLast().first)
            return fail(where + QStringLiteral(".from"), Tr::tr("changes must be in date order"));
        table.m_ecb.append({from, *rate});
    }
    if (table.m_ecb.isEmpty())
        return fail(QStringLiteral("ecb_main_refinancing.changes"), Tr::tr("no rate"));

    const QJsonArray halves =
        root.value(QStringLiteral("fr_legal_rate")).toObject().value(QStringLiteral("half_years")).toArray();
    static const QRegularExpression halfKey(QStringLiteral("^\\d{4}-H[12]$"));
    for (qsizetype i = 0; i < halves.size(); ++i) {
        const QJsonObject h = halves.at(i).toObject();
        const QString where = QStringLiteral("fr_legal_rate.half_years[%1]").arg(i);
        const QString key = h.value(QStringLiteral("half")).toString();
        const auto natural = parseRate(h.value(QStringLiteral("natural_person")).toString());
        const auto other = parseRate(h.value(QStringLiteral("other")).toString());
        if (!halfKey.match(key).hasMatch())
            return fail(where + QStringLiteral(".half"), Tr::tr("not a half-year such as \"2026-H1\""));
        if (!natural || !other)
            return fail(where, Tr::tr("both rates are required, such as \"6.67\""));
        table.m_legal.insert(key, {*natural, *other});
    }
    // Every other "<series>_rate" object is a published series per half-year ("be_b2b_rate").
    for (const QString &name : root.keys()) {
        if (!name.endsWith(QLatin1String("_rate")) || name == QLatin1String("fr_legal_rate"))
            continue;
        const QString seriesName = name.chopped(5);
        const QJsonArray published = root.value(name).toObject().value(QStringLiteral("half_years")).toArray();
        for (qsizetype i = 0; i < published.size(); ++i) {
            const QJsonObject h = published.at(i).toObject();
            const QString where = QStringLiteral("%1.half_years[%2]").arg(name).arg(i);
            const QString key = h.value(QStringLiteral("half")).toString();
            const auto rate = parseRate(h.value(QStringLiteral("rate")).toString());
            if (!halfKey.match(key).hasMatch())
                return fail(where + QStringLiteral(".half"), Tr::tr("not a half-year such as \"2026-H1\""));
            if (!rate)
                return fail(where + QStringLiteral(".rate"), Tr::tr("not a rate such as \"2.15\""));
            table.m_published[seriesName].insert(key, *rate);
        }
    }
    return table;
}

std::optional<HalfYear> HalfYear::fromKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-H([12])$"));
    const auto m = re.match(key.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    return HalfYear{m.captured(1).toInt(), m.captured(2).toInt()};
}

std::optional<int> RateTable::ecbForHalf(const HalfYear &half) const
{
    const auto it = m_ecbByHalf.constFind(half.key());
    if (it != m_ecbByHalf.cend())
        return *it;
    return ecbOn(half.firstDay());
}

std::optional<int> RateTable::publishedRate(const QString &series, const HalfYear &half) const
{
    const auto values = m_published.constFind(series);
    if (values == m_published.cend())
        return std::nullopt;
    const auto it = values->constFind(half.key());
    return it == values->cend() ? std::nullopt : std::optional<int>(*it);
}

HalfYearRates RateTable::ratesOf(const HalfYear &half) const
{
    HalfYearRates r;
    r.half = half;
    r.ecb = ecbForHalf(half);
    r.legalNaturalPerson = frenchLegalRate(half, true);
    r.legalOther = frenchLegalRate(half, false);
    r.belgianB2b = publishedRate(QStringLiteral("be_b2b"), half);
    r.userAdded = isUserAdded(half);
    r.source = m_userSources.value(half.key());
    return r;
}

HalfYear RateTable::firstHalf() const
{
    HalfYear first = m_ecb.isEmpty() ? HalfYear{2019, 1} : HalfYear::of(m_ecb.constFirst().first);
    for (auto it = m_legal.cbegin(); it != m_legal.cend(); ++it)
        if (const auto h = HalfYear::fromKey(it.key()); h && *h < first)
            first = *h;
    return first;
}

HalfYear RateTable::lastCompleteHalf() const
{
    HalfYear bound = HalfYear::of(m_ecbKnownUntil);
    for (const QString &key : m_legal.keys() + m_ecbByHalf.keys())
        if (const auto h = HalfYear::fromKey(key); h && bound < *h)
            bound = *h;
    HalfYear last = firstHalf();
    for (HalfYear h = last; h <= bound; h = h.next())
        if (ratesOf(h).complete())
            last = h;
    return last;
}

Status RateTable::addHalfYear(const HalfYearRates &r)
{
    const HalfYearRates known = ratesOf(r.half);
    auto clash = [&](const std::optional<int> &given, const std::optional<int> &have, const QString &field) -> Status {
        if (given && have && *given != *have)
            return Error(Tr::tr("%1 already has this rate (%2): the published value is kept")
                             .arg(r.half.key(), formatRate(*have)),
                         field);
        return success();
    };
    if (Status s = clash(r.ecb, known.ecb, QStringLiteral("ecb")); !s)
        return s;
    if (Status s = clash(r.legalNaturalPerson, known.legalNaturalPerson, QStringLiteral("legal_natural_person")); !s)
        return s;
    if (Status s = clash(r.legalOther, known.legalOther, QStringLiteral("legal_other")); !s)
        return s;
    if (Status s = clash(r.belgianB2b, known.belgianB2b, QStringLiteral("be_b2b")); !s)
        return s;
    if (r.legalNaturalPerson.has_value() != r.legalOther.has_value())
        return Error(Tr::tr("give both legal rates of the half-year, or neither"), QStringLiteral("legal_other"));
    if (r.ecb && !known.ecb)
        m_ecbByHalf.insert(r.half.key(), *r.ecb);
    if (r.legalOther && !known.legalOther)
        m_legal.insert(r.half.key(), {*r.legalNaturalPerson, *r.legalOther});
    if (r.belgianB2b && !known.belgianB2b)
        m_published[QStringLiteral("be_b2b")].insert(r.half.key(), *r.belgianB2b);
    m_userSources.insert(r.half.key(), r.source);
    if (r.carriedForward)
        m_carried.insert(r.half.key());
    return success();
}

const RateTable &RateTable::builtIn()
{
    static const RateTable table = [] {
        QFile file(QStringLiteral(":/rates/rates.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in rate table is missing from the resources");
        Result<RateTable> parsed = fromJson(file.readAll(), file.fileName());
        if (!parsed)
            qFatal("the built-in rate table is broken: %s", qPrintable(parsed.error().describe()));
        return std::move(parsed).value();
    }();
    return table;
}

std::optional<int> RateTable::ecbOn(const QDate &day) const
{
    if (day > m_ecbKnownUntil || m_ecb.isEmpty() || day < m_ecb.constFirst().first)
        return std::nullopt;
    const auto after =
        std::upper_bound(m_ecb.cbegin(), m_ecb.cend(), day,
                         [](const QDate &d, const QPair<QDate, int> &change) { return d < change.first; });
    return (after - 1)->second;
}

std::optional<int> RateTable::frenchLegalRate(const HalfYear &half, bool naturalPersonCreditor) const
{
    const auto it = m_legal.constFind(half.key());
    if (it == m_legal.cend())
        return std::nullopt;
    return naturalPersonCreditor ? it->first : it->second;
}

}  // namespace relance
