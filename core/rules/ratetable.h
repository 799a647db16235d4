#pragma once

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

#include <optional>

namespace relance {

// A half-year (rates change every six months): 2026-H1 runs from 1 January to 30 June.
struct HalfYear
{
    int year = 0;
    int half = 1;  // 1 or 2

    static HalfYear of(const QDate &day) { return {day.year(), day.month() <= 6 ? 1 : 2}; }
    QDate firstDay() const { return QDate(year, half == 1 ? 1 : 7, 1); }
    QDate lastDay() const { return half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31); }
    QString key() const { return QStringLiteral("%1-H%2").arg(year).arg(half); }
};

// Rates in basis points: 1215 is 12.15 % a year. "12.15" <-> 1215, exactly, no floating point.
std::optional<int> parseRate(const QString &text);
QString formatRate(int basisPoints);  // "12.15", for data and JSON
// For people: "12,15 %" in French (no-break space), "12.15%" in English.
QString formatRate(int basisPoints, const QLocale &locale);

// The rates the law refers to, as data (resources/rates/rates.json, with the source of each
// series): the ECB main refinancing rate by date of effect, and the French legal interest rate
// per half-year for both kinds of creditor. A rate outside what the table knows is missing,
// never guessed.
class RateTable
{
public:
    static Result<RateTable> fromJson(const QByteArray &json, const QString &origin);
    // The table shipped with Relance.
    static const RateTable &builtIn();

    // The ECB rate in force on a day; none before the first change or after `ecbKnownUntil`.
    std::optional<int> ecbOn(const QDate &day) const;
    QDate ecbKnownUntil() const { return m_ecbKnownUntil; }
    // The French legal rate of a half-year: for a creditor who is a natural person not acting for
    // professional needs, or for every other case (a freelancer is in the other cases).
    std::optional<int> frenchLegalRate(const HalfYear &half, bool naturalPersonCreditor) const;

private:
    QList<QPair<QDate, int>> m_ecb;  // (date of effect, rate), in date order
    QDate m_ecbKnownUntil;
    QHash<QString, QPair<int, int>> m_legal;  // "2026-H1" -> (natural person, other cases)
};

}  // namespace relance
