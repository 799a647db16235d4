#pragma once

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QSet>
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
    HalfYear next() const { return half == 1 ? HalfYear{year, 2} : HalfYear{year + 1, 1}; }
    static std::optional<HalfYear> fromKey(const QString &key);  // "2026-H2"
    bool operator==(const HalfYear &) const = default;
    bool operator<(const HalfYear &o) const { return year != o.year ? year < o.year : half < o.half; }
    bool operator<=(const HalfYear &o) const { return !(o < *this); }
};

// Every rate of one half-year, as shown in the settings and as a user adds them.
struct HalfYearRates
{
    HalfYear half;
    std::optional<int> ecb;  // in force on the first day of the half-year
    std::optional<int> legalNaturalPerson;
    std::optional<int> legalOther;
    std::optional<int> belgianB2b;
    QString source;  // for a user's half-year: what they said (e.g. "Journal officiel du 24/12/2026")
    bool userAdded = false;
    bool carriedForward = false;  // the last known values, accepted while these are unpublished
    bool complete() const { return ecb && legalNaturalPerson && legalOther; }
};

// Rates in basis points: 1215 is 12.15 % a year. "12.15" <-> 1215, exactly, no floating point.
std::optional<int> parseRate(const QString &text);
QString formatRate(int basisPoints);  // "12.15", for data and JSON
// Where carried-forward rates come from, in the reader's language (never stored as text: the
// CLI under a C locale would leave English in a French book).
QString carriedForwardSource(const HalfYear &half, const QDate &acceptedOn);
// Half-years whose ECB rate `rates update` read from the ECB's data portal are stored with this
// source; shown as ecbPortalSource(day fetched), in the reader's language.
inline const QString kEcbPortalSourceKey = QStringLiteral("ecb-data-portal");
QString ecbPortalSource(const QDate &fetchedOn);
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
    // The ECB rate in force on the first day of a half-year (the date L441-10 refers to).
    std::optional<int> ecbForHalf(const HalfYear &half) const;
    // A published series of rates per half-year: "be_b2b" (loi du 2 août 2002), "be_legal"
    // (Belgian legal interest rate, loi du 5 mai 1865, yearly: both halves carry it).
    std::optional<int> publishedRate(const QString &series, const HalfYear &half) const;

    // A half-year the user adds from the settings, once its rates are published (or when they
    // accept to carry the last known values forward). A rate the table already holds cannot be
    // replaced: the shipped values are the published ones.
    Status addHalfYear(const HalfYearRates &rates);
    HalfYearRates ratesOf(const HalfYear &half) const;
    bool isUserAdded(const HalfYear &half) const { return m_userSources.contains(half.key()); }
    // Values carried forward while the half-year is unpublished: provisional, never "published".
    bool isCarriedForward(const HalfYear &half) const { return m_carried.contains(half.key()); }
    HalfYear firstHalf() const;
    HalfYear lastCompleteHalf() const;  // the latest half-year whose ECB and legal rates are known

private:
    QList<QPair<QDate, int>> m_ecb;  // (date of effect, rate), in date order
    QDate m_ecbKnownUntil;
    QHash<QString, QPair<int, int>> m_legal;          // "2026-H1" -> (natural person, other cases)
    QHash<QString, int> m_ecbByHalf;                  // user-added half-years beyond `m_ecbKnownUntil`
    QHash<QString, QHash<QString, int>> m_published;  // series -> "2026-H1" -> rate
    QHash<QString, QString> m_userSources;            // "2026-H2" -> what the user gave as source
    QSet<QString> m_carried;                          // user half-years carried forward
};

}  // namespace relance
