#include "ecbrates.h"

#include "import/csvreader.h"


#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EcbRates)
};
}  // namespace

Result<QList<EcbObservation>> parseEcbCsv(const QByteArray &csv, const QString &origin)
{
    const Result<CsvTable> table = readCsv(csv, origin, CsvOptions{QLatin1Char(','), true});
    if (!table)
        return table.error();
    const qsizetype dateColumn = table->header.indexOf(QStringLiteral("TIME_PERIOD"));
    const qsizetype valueColumn = table->header.indexOf(QStringLiteral("OBS_VALUE"));
    if (dateColumn < 0 || valueColumn < 0) {
        Error e(Tr::tr("not the ECB's CSV: no TIME_PERIOD and OBS_VALUE columns in the header"), QStringLiteral("ecb"));
        e.file = origin;
        e.line = 1;
        return e;
    }
    QList<EcbObservation> out;
    for (qsizetype n = 0; n < table->rows.size(); ++n) {
        const QStringList &f = table->rows.at(n);
        const auto fail = [&](const QString &message, const QString &column) {
            Error e(message, column);
            e.file = origin;
            e.line = table->lines.value(n);
            return e;
        };
        const QString day = f.value(dateColumn).trimmed();
        QString value = f.value(valueColumn).trimmed();
        // "2.150000" is 2.15 %: zeros past the hundredths say nothing.
        if (const qsizetype dot = value.indexOf(QLatin1Char('.')); dot >= 0)
            while (value.size() - dot - 1 > 2 && value.endsWith(QLatin1Char('0')))
                value.chop(1);
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid())
            return fail(Tr::tr("\"%1\" is not a date").arg(day), QStringLiteral("TIME_PERIOD"));
        if (value.isEmpty())
            continue;  // a day without an observation
        const std::optional<int> rate = parseRate(value);
        if (!rate || *rate < 0 || *rate > 5000)
            return fail(Tr::tr("\"%1\" is not a rate").arg(value), QStringLiteral("OBS_VALUE"));
        out << EcbObservation{date, *rate};
    }
    if (out.isEmpty()) {
        Error e(Tr::tr("the file holds no observation"), QStringLiteral("ecb"));
        e.file = origin;
        return e;
    }
    return out;
}

Result<EcbUpdate> ecbUpdateFor(const RateTable &table, QList<EcbObservation> obs, const QString &origin)
{
    std::sort(obs.begin(), obs.end(), [](const EcbObservation &a, const EcbObservation &b) { return a.date < b.date; });
    const QLocale locale;
    // A published value is never rewritten: a series that disagrees with the table on a day it
    // knows is refused whole.
    for (const EcbObservation &o : std::as_const(obs)) {
        const std::optional<int> known = table.ecbOn(o.date);
        if (known && *known != o.basisPoints) {
            Error e(Tr::tr("on %1 the ECB series gives %2 and the published table %3: a published rate is never "
                           "rewritten, nothing was stored")
                        .arg(locale.toString(o.date, QLocale::ShortFormat), formatRate(o.basisPoints, locale),
                             formatRate(*known, locale)),
                    QStringLiteral("ecb"));
            e.file = origin;
            return e;
        }
    }
    EcbUpdate update;
    update.lastObservation = obs.constLast().date;
    // The half-years after the table, while the series reaches their first day.
    for (HalfYear h = HalfYear::of(table.ecbKnownUntil().addDays(1)); h.firstDay() <= update.lastObservation;
         h = h.next()) {
        if (h.firstDay() <= table.ecbKnownUntil())
            continue;
        // In force on the first day: the last observation on or before it (1 January is no
        // business day).
        const auto after = std::upper_bound(obs.cbegin(), obs.cend(), h.firstDay(),
                                            [](const QDate &d, const EcbObservation &o) { return d < o.date; });
        if (after == obs.cbegin())
            continue;
        const int rate = (after - 1)->basisPoints;
        const HalfYearRates known = table.ratesOf(h);
        if (known.ecb) {
            if (*known.ecb != rate)
                update.notes << Tr::tr("%1: the rate you entered (%2) is kept; the ECB series gives %3 (remove your "
                                       "half-year in the settings to take it)")
                                    .arg(h.key(), formatRate(*known.ecb, locale), formatRate(rate, locale));
            continue;
        }
        if (known.userAdded) {
            update.notes << Tr::tr("%1: you added this half-year without its ECB rate; the series gives %2 (remove "
                                   "your half-year in the settings to take it)")
                                .arg(h.key(), formatRate(rate, locale));
            continue;
        }
        HalfYearRates r;
        r.half = h;
        r.ecb = rate;
        r.source = kEcbPortalSourceKey;
        update.added << r;
    }
    return update;
}

}  // namespace relance
