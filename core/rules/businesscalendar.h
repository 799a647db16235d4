#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relance {

// French public holidays and deadline arithmetic (LEGAL.md section 7): Code du travail L3133-1
// for the holidays, Code de procédure civile 641-642 by analogy for counting.
// Belgium: for the periods Belgian law sets (a consumer's free reminder, CDE XIX.2), never a setting.
enum class Calendar { France, FranceAlsaceMoselle, Belgium };
// Calendaires: every day. Ouvrables: every day but Sunday and public holidays (six a week).
// Ouvrés: Monday to Friday, public holidays excluded.
enum class DayKind { Calendaires, Ouvrables, Ouvres };

// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
QDate easterSunday(int year);
// The public holidays of a year, in date order.
QList<QDate> publicHolidays(int year, Calendar calendar = Calendar::France);
bool isPublicHoliday(const QDate &date, Calendar calendar = Calendar::France);
// Whether a day counts in a deadline of that kind.
bool countsAs(const QDate &date, DayKind kind, Calendar calendar = Calendar::France);
// The day a deadline of `days` days of `kind` expires, counted from `start` (the start day does
// not count). A deadline ending on a Saturday, Sunday or public holiday moves to the next day
// that is none of those.
QDate deadline(const QDate &start, int days, DayKind kind, Calendar calendar = Calendar::France);

// CDE XIX.2 (Belgian consumers): the last day of the 14 calendar days a free first reminder
// gives, counted from the third working day after it was posted, or from the day after it was
// e-mailed; a last day that is not a working day moves to the next one (more time, never less).
QDate freeReminderPeriodEnd(const QDate &sent, bool byEmail);

// Stable keys for the command line and settings: "calendaires", "ouvrables", "ouvres";
// "fr", "fr-alsace-moselle", "be".
std::optional<DayKind> dayKindFromKey(const QString &key);
QString dayKindKey(DayKind kind);
QString dayKindLabel(DayKind kind);  // translated: "calendar days", "jours ouvrables"...
QString calendarKey(Calendar calendar);
std::optional<Calendar> calendarFromKey(const QString &key);

}  // namespace relance
