#include "businesscalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace relance {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus, Jones, Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> publicHolidays(int year, Calendar calendar)
{
    const QDate easter = easterSunday(year);
    QList<QDate> days{
        QDate(year, 1, 1),    // Jour de l'an
        easter.addDays(1),    // Lundi de Pâques
        QDate(year, 5, 1),    // Fête du travail
        QDate(year, 5, 8),    // Victoire 1945
        easter.addDays(39),   // Ascension
        easter.addDays(50),   // Lundi de Pentecôte
        QDate(year, 7, 14),   // Fête nationale
        QDate(year, 8, 15),   // Assomption
        QDate(year, 11, 1),   // Toussaint
        QDate(year, 11, 11),  // Armistice
        QDate(year, 12, 25),  // Noël
    };
    if (calendar == Calendar::FranceAlsaceMoselle) {
        days << easter.addDays(-2);   // Vendredi saint
        days << QDate(year, 12, 26);  // Saint-Étienne
    }
    if (calendar == Calendar::Belgium) {  // loi du 4 janvier 1974: no 8 May nor 14 July, but 21 July
        days.removeAll(QDate(year, 5, 8));
        days.removeAll(QDate(year, 7, 14));
        days << QDate(year, 7, 21);  // Fête nationale belge
    }
    std::sort(days.begin(), days.end());
    // Ascension can fall on 1 or 8 May: one holiday, listed once.
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool isPublicHoliday(const QDate &date, Calendar calendar)
{
    return publicHolidays(date.year(), calendar).contains(date);
}

bool countsAs(const QDate &date, DayKind kind, Calendar calendar)
{
    switch (kind) {
    case DayKind::Calendaires: return true;
    case DayKind::Ouvrables: return date.dayOfWeek() != Qt::Sunday && !isPublicHoliday(date, calendar);
    case DayKind::Ouvres: return date.dayOfWeek() < Qt::Saturday && !isPublicHoliday(date, calendar);
    }
    return true;
}

QDate deadline(const QDate &start, int days, DayKind kind, Calendar calendar)
{
    QDate day = start;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (countsAs(day, kind, calendar))
            ++counted;
    }
    while (day.dayOfWeek() >= Qt::Saturday || isPublicHoliday(day, calendar))
        day = day.addDays(1);
    return day;
}

std::optional<DayKind> dayKindFromKey(const QString &key)
{
    if (key == QLatin1String("calendaires"))
        return DayKind::Calendaires;
    if (key == QLatin1String("ouvrables"))
        return DayKind::Ouvrables;
    if (key == QLatin1String("ouvres"))
        return DayKind::Ouvres;
    return std::nullopt;
}

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Calendaires: return QStringLiteral("calendaires");
    case DayKind::Ouvrables: return QStringLiteral("ouvrables");
    case DayKind::Ouvres: return QStringLiteral("ouvres");
    }
    return {};
}

QString dayKindLabel(DayKind kind)
{
    switch (kind) {
    case DayKind::Calendaires: return QCoreApplication::translate("BusinessCalendar", "calendar days");
    case DayKind::Ouvrables: return QCoreApplication::translate("BusinessCalendar", "working days (Mon-Sat)");
    case DayKind::Ouvres: return QCoreApplication::translate("BusinessCalendar", "business days (Mon-Fri)");
    }
    return {};
}

QDate freeReminderPeriodEnd(const QDate &sent, bool byEmail)
{
    const QDate start = byEmail ? sent.addDays(1) : deadline(sent, 3, DayKind::Ouvrables, Calendar::Belgium);
    return deadline(start, 14, DayKind::Calendaires, Calendar::Belgium);
}

QString calendarKey(Calendar calendar)
{
    switch (calendar) {
    case Calendar::France: return QStringLiteral("fr");
    case Calendar::FranceAlsaceMoselle: return QStringLiteral("fr-alsace-moselle");
    case Calendar::Belgium: return QStringLiteral("be");
    }
    return QStringLiteral("fr");
}

std::optional<Calendar> calendarFromKey(const QString &key)
{
    if (key == QLatin1String("fr"))
        return Calendar::France;
    if (key == QLatin1String("fr-alsace-moselle"))
        return Calendar::FranceAlsaceMoselle;
    if (key == QLatin1String("be"))
        return Calendar::Belgium;
    return std::nullopt;
}

}  // namespace relance
