#include "columnformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnFormats)
};

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'') ||
           c == QChar(0x2019);
}

// Month numbers from names, English and French, full or abbreviated (accents optional).
int monthFromName(QString name)
{
    name = name.toLower().remove(QLatin1Char('.'));
    name.replace(QChar(0x00E9), QLatin1Char('e')).replace(QChar(0x00FB), QLatin1Char('u'));
    static const QList<QStringList> names{
        {QStringLiteral("jan"), QStringLiteral("january"), QStringLiteral("janv"), QStringLiteral("janvier")},
        {QStringLiteral("feb"), QStringLiteral("february"), QStringLiteral("fev"), QStringLiteral("fevr"),
         QStringLiteral("fevrier")},
        {QStringLiteral("mar"), QStringLiteral("march"), QStringLiteral("mars")},
        {QStringLiteral("apr"), QStringLiteral("april"), QStringLiteral("avr"), QStringLiteral("avril")},
        {QStringLiteral("may"), QStringLiteral("mai")},
        {QStringLiteral("jun"), QStringLiteral("june"), QStringLiteral("juin")},
        {QStringLiteral("jul"), QStringLiteral("july"), QStringLiteral("juil"), QStringLiteral("juillet")},
        {QStringLiteral("aug"), QStringLiteral("august"), QStringLiteral("aout")},
        {QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("september"), QStringLiteral("septembre")},
        {QStringLiteral("oct"), QStringLiteral("october"), QStringLiteral("octobre")},
        {QStringLiteral("nov"), QStringLiteral("november"), QStringLiteral("novembre")},
        {QStringLiteral("dec"), QStringLiteral("december"), QStringLiteral("decembre")},
    };
    for (int m = 0; m < names.size(); ++m)
        if (names.at(m).contains(name))
            return m + 1;
    return 0;
}

Result<QDate> validDate(int y, int m, int d, const QString &text)
{
    if (y < 100)
        y += 2000;  // "31/12/25"
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2200)
        return Error(Tr::tr("\"%1\" is not a date that exists").arg(text));
    return date;
}
}  // namespace

DecimalMark guessDecimalMark(const QStringList &samples)
{
    static const QRegularExpression comma(QStringLiteral("\\d,\\d{1,2}\\s*(?:€|[A-Za-z]{3})?\\)?$"));
    static const QRegularExpression point(QStringLiteral("\\d\\.\\d{1,2}\\s*(?:€|[A-Za-z]{3})?\\)?$"));
    int commas = 0, points = 0;
    for (const QString &s : samples) {
        const QString t = s.trimmed();
        commas += comma.match(t).hasMatch() ? 1 : 0;
        points += point.match(t).hasMatch() ? 1 : 0;
    }
    return points > commas ? DecimalMark::Point : DecimalMark::Comma;
}

Result<qint64> parseAmountCents(const QString &input, DecimalMark mark)
{
    QString text = input.trimmed();
    const QString invalid = Tr::tr("\"%1\" is not an amount").arg(text);
    if (text.isEmpty())
        return Error(Tr::tr("the amount is empty"));
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    // Currency signs or codes around the number.
    static const QRegularExpression currency(
        QStringLiteral("^(?:€|EUR|USD|\\$|£|GBP)\\s*|\\s*(?:€|EUR|USD|\\$|£|GBP)$"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(currency);
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)) || text.startsWith(QLatin1Char('+'))) {
        negative = negative || text.at(0) != QLatin1Char('+');
        text = text.mid(1).trimmed();
    } else if (text.endsWith(QLatin1Char('-'))) {
        negative = true;
        text.chop(1);
    }
    const QChar decimal = mark == DecimalMark::Comma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = mark == DecimalMark::Comma ? QLatin1Char('.') : QLatin1Char(',');
    if (text.count(decimal) > 1 || text.isEmpty())
        return Error(invalid);
    const qsizetype at = text.indexOf(decimal);
    const QString integer = at >= 0 ? text.left(at) : text;
    const QString fraction = at >= 0 ? text.mid(at + 1) : QString();
    if (fraction.size() > 2)
        return Error(Tr::tr("\"%1\" has more than two decimals").arg(input.trimmed()));
    for (const QChar c : fraction)
        if (!c.isDigit() || c.unicode() > 127)
            return Error(invalid);
    QStringList groups{QString()};
    for (const QChar c : integer) {
        if (c.isDigit() && c.unicode() < 128)
            groups.last() += c;
        else if (c == group || isGroupSpace(c))
            groups << QString();
        else
            return Error(invalid);
    }
    // Grouped thousands: 1 to 3 digits first, then exactly three each.
    if (groups.first().isEmpty() || (groups.size() > 1 && groups.first().size() > 3))
        return Error(invalid);
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return Error(invalid);
    const QString digits = groups.join(QString());
    if (digits.size() > 13)
        return Error(Tr::tr("\"%1\" is too large an amount").arg(input.trimmed()));
    const qint64 cents = digits.toLongLong() * 100 + QString(fraction).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -cents : cents;
}

QString normalisedHeader(const QString &header)
{
    QString out;
    for (const QChar c : header.normalized(QString::NormalizationForm_D).toLower())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    return out;
}

QString dateFormatLabel(DateFormat f)
{
    switch (f) {
    case DateFormat::Iso: return QStringLiteral("2025-12-31");
    case DateFormat::DayMonthYear: return QStringLiteral("31/12/2025");
    case DateFormat::MonthDayYear: return QStringLiteral("12/31/2025");
    case DateFormat::YearMonthDayCompact: return QStringLiteral("20251231");
    case DateFormat::MonthNameDayYear: return QStringLiteral("Dec 31 2025");
    case DateFormat::DayMonthNameYear: return QStringLiteral("31 Dec 2025");
    }
    return {};
}

Result<QDate> parseDate(const QString &input, DateFormat format)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(Tr::tr("the date is empty"));
    const QString invalid = Tr::tr("\"%1\" is not a date written %2").arg(text, dateFormatLabel(format));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,4})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2,4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression named(QStringLiteral("^(?:(\\d{1,2})\\.?\\s+([^\\d\\s,]+)\\.?,?\\s+(\\d{4})|"
                                                         "([^\\d\\s,]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))$"));
    switch (format) {
    case DateFormat::Iso:
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        const QRegularExpressionMatch m = numeric.match(text);
        if (!m.hasMatch())
            return Error(invalid);
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        const bool yearFirst = m.captured(1).size() == 4;
        // Two-digit years are this century's; a three-digit year is a typo.
        const qsizetype yearDigits = m.captured(3).size();
        if (yearDigits == 3)
            return Error(invalid);
        const int c = m.captured(3).toInt() + (yearDigits == 2 && !yearFirst ? 2000 : 0);
        if (format == DateFormat::Iso)
            return yearFirst ? validDate(a, b, c, text) : Result<QDate>(Error(invalid));
        if (yearFirst)
            return Error(invalid);
        return format == DateFormat::DayMonthYear ? validDate(c, b, a, text) : validDate(c, a, b, text);
    }
    case DateFormat::YearMonthDayCompact: {
        const QRegularExpressionMatch m = compact.match(text);
        if (!m.hasMatch())
            return Error(invalid);
        return validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), text);
    }
    case DateFormat::MonthNameDayYear:
    case DateFormat::DayMonthNameYear: {
        const QRegularExpressionMatch m = named.match(text);
        if (!m.hasMatch())
            return Error(invalid);
        const bool dayFirst = !m.captured(1).isEmpty();
        if (dayFirst != (format == DateFormat::DayMonthNameYear))
            return Error(invalid);
        const int month = monthFromName(dayFirst ? m.captured(2) : m.captured(4));
        if (month == 0)
            return Error(invalid);
        return dayFirst ? validDate(m.captured(3).toInt(), month, m.captured(1).toInt(), text)
                        : validDate(m.captured(6).toInt(), month, m.captured(5).toInt(), text);
    }
    }
    return Error(invalid);
}

DateFormat guessDateFormat(const QStringList &samples)
{
    // The format that reads the most samples (a typo must not flip the column's order); ties
    // go to the first listed: day before month, as French files write it.
    DateFormat best = DateFormat::DayMonthYear;
    int bestCount = 0;
    for (DateFormat f : {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
                         DateFormat::YearMonthDayCompact, DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear}) {
        int count = 0;
        for (const QString &s : samples)
            count += !s.trimmed().isEmpty() && parseDate(s, f).ok() ? 1 : 0;
        if (count > bestCount) {
            bestCount = count;
            best = f;
        }
    }
    return best;
}

}  // namespace relance
