#pragma once

#include "domain/result.h"
#include "rules/ratetable.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace relance {

// The ECB's main refinancing rate as its statistical data portal publishes it: the series
// FM.B.U2.EUR.4F.KR.MRR_FR.LEV, one observation per business day, as CSV ("csvdata": a header
// naming TIME_PERIOD and OBS_VALUE among other columns).
inline const char *const kEcbMrrUrl =
    "https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV?format=csvdata";

struct EcbObservation
{
    QDate date;
    int basisPoints = 0;
    bool operator==(const EcbObservation &) const = default;
};

// Errors name the file (`origin`), the line and the column.
Result<QList<EcbObservation>> parseEcbCsv(const QByteArray &csv, const QString &origin);

// What a fetched series brings to the rate table.
struct EcbUpdate
{
    QList<HalfYearRates> added;  // half-years whose rate on the first day the series now tells
    QStringList notes;           // what was left as it was, and why
    QDate lastObservation;
};

// Checks the series against `table` (a day the table knows must have the same rate: a file that
// rewrites a published value is refused whole) and gives the half-years after the table whose
// first day the series covers, each with the rate in force that day (what L441-10 refers to).
// A half-year the user added already is left alone, with a note when the series disagrees.
Result<EcbUpdate> ecbUpdateFor(const RateTable &table, QList<EcbObservation> observations, const QString &origin);

}  // namespace relance
