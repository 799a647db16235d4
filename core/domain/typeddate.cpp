#include "typeddate.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance::dates {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypedDate)
};

// The month a word names: a prefix of three letters or more of a French, English or the
// locale's month name ("sept", "sep", "septembre", "févr", "fev"), when it names only one.
int monthNamed(const QString &word, const QLocale &locale)
{
    const QString w = text::fold(word).remove(QLatin1Char('.'));
    if (w.size() < 3)
        return 0;
    int found = 0;
    for (const QLocale &l : {locale, QLocale(QLocale::French), QLocale(QLocale::English)}) {
        for (int m = 1; m <= 12; ++m) {
            for (const QString &name : {l.monthName(m, QLocale::LongFormat), l.monthName(m, QLocale::ShortFormat)}) {
                const QString n = text::fold(name).remove(QLatin1Char('.'));
                if (n.startsWith(w)) {
                    if (found && found != m)
                        return -1;  // "ju": June or July
                    found = m;
                }
            }
        }
    }
    return found;
}

bool monthFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    return format.indexOf(QLatin1Char('M')) >= 0 && format.indexOf(QLatin1Char('M')) < format.indexOf(QLatin1Char('d'));
}

// "26" is 2026 seen from 2026, "98" is 1998: the nearest year within fifty.
int fullYear(int twoDigits, const QDate &today)
{
    const int century = today.year() / 100 * 100;
    int year = century + twoDigits;
    if (year > today.year() + 50)
        year -= 100;
    else if (year < today.year() - 50)
        year += 100;
    return year;
}

Result<QDate> build(const QString &text, int day, int month, int year)
{
    if (month < 1 || month > 12)
        return Error{Tr::tr("\"%1\": there is no month %2").arg(text).arg(month)};
    if (year < 1900 || year > 2999)
        return Error{Tr::tr("\"%1\": the year is out of range").arg(text)};
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error{Tr::tr("\"%1\": day %2 does not exist in %3 %4")
                         .arg(text)
                         .arg(day)
                         .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat))
                         .arg(year)};
    return date;
}

int yearOf(const QString &digits, const QDate &today)
{
    if (digits.isEmpty())
        return today.year();
    if (digits.size() == 2)
        return fullYear(digits.toInt(), today);
    return digits.size() == 4 ? digits.toInt() : -1;
}

}  // namespace

QString typedFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // Always two-digit days and months, so that every date of a column lines up.
    static const QRegularExpression single(QStringLiteral("(?<![dM])([dM])(?![dM])"));
    return format.replace(single, QStringLiteral("\\1\\1"));
}

Result<QDate> parseTyped(const QString &input, const QDate &today, const QLocale &locale)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return Error{Tr::tr("the date is empty")};
    const QString folded = text::fold(text);

    static const QStringList todayWords{QStringLiteral("aujourd'hui"), QStringLiteral("aujourdhui"),
                                        QStringLiteral("auj"), QStringLiteral("today")};
    static const QStringList yesterdayWords{QStringLiteral("hier"), QStringLiteral("yesterday")};
    static const QStringList tomorrowWords{QStringLiteral("demain"), QStringLiteral("tomorrow")};
    if (todayWords.contains(folded))
        return today;
    if (yesterdayWords.contains(folded))
        return today.addDays(-1);
    if (tomorrowWords.contains(folded))
        return today.addDays(1);

    static const QRegularExpression isoRe(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = isoRe.match(folded); m.hasMatch())
        return build(text, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());

    // Numbers with separators: 17/09/2026, 17/9/26, 17-09-2026, 17.09.2026, 17 09 2026, 17/09.
    static const QRegularExpression numericRe(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})(?:\\s*[/.\\-\\s]\\s*(\\d+))?$"));
    if (const auto m = numericRe.match(folded); m.hasMatch()) {
        int first = m.captured(1).toInt(), second = m.captured(2).toInt();
        if (monthFirst(locale))
            std::swap(first, second);
        const int year = yearOf(m.captured(3), today);
        if (year < 0)
            return Error{Tr::tr("\"%1\": write the year with two or four digits").arg(text)};
        return build(text, first, second, year);
    }

    // Digits only: 17092026, 170926, 1709.
    static const QRegularExpression compactRe(QStringLiteral("^\\d+$"));
    if (compactRe.match(folded).hasMatch()) {
        if (folded.size() != 4 && folded.size() != 6 && folded.size() != 8)
            return Error{Tr::tr("\"%1\" is not a date (type it as 17/09/2026)").arg(text)};
        int first = folded.left(2).toInt(), second = folded.mid(2, 2).toInt();
        if (monthFirst(locale))
            std::swap(first, second);
        return build(text, first, second, yearOf(folded.mid(4), today));
    }

    // A month by name: 17 sept. 2026, 17 septembre, 1er mars 2026, Sep 17, 2026, sept 17.
    static const QRegularExpression dayMonthRe(
        QStringLiteral("^(\\d{1,2})(?:er|st|nd|rd|th)?\\s*([^\\d\\s,]+)\\.?(?:\\s*,?\\s*(\\d+))?$"));
    static const QRegularExpression monthDayRe(
        QStringLiteral("^([^\\d\\s,]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*(\\d+))?$"));
    QRegularExpressionMatch named = dayMonthRe.match(folded);
    int dayGroup = 1, monthGroup = 2;
    if (!named.hasMatch()) {
        named = monthDayRe.match(folded);
        dayGroup = 2;
        monthGroup = 1;
    }
    if (named.hasMatch()) {
        const int month = monthNamed(named.captured(monthGroup), locale);
        if (month < 0)
            return Error{Tr::tr("\"%1\": which month is \"%2\"?").arg(text, named.captured(monthGroup))};
        if (month > 0) {
            const int year = yearOf(named.captured(3), today);
            if (year < 0)
                return Error{Tr::tr("\"%1\": write the year with two or four digits").arg(text)};
            return build(text, named.captured(dayGroup).toInt(), month, year);
        }
    }
    return Error{Tr::tr("\"%1\" is not a date (type it as 17/09/2026)").arg(text)};
}

}  // namespace relance::dates
