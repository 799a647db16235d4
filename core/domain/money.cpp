#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};
}  // namespace

namespace {

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'');
}

}  // namespace

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_cents + other.m_cents, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_cents - other.m_cents, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toEditText(const QLocale &locale) const
{
    return toDecimalString().replace(QLatin1Char('.'), locale.decimalPoint());
}

QString Money::toString(const QLocale &locale) const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    // Integer part through the locale (grouping), decimals appended by hand: no double involved.
    QString units = locale.toString(magnitude / 100);
    // French groups digits with a no-break space. Not the narrow one (U+202F) typography
    // prefers: Qt 6.4 breaks lines at it, and a wrapped label printed "2" and "162,70 €" on two
    // lines. (Letters turn U+202F into U+00A0 for the same reason.)
    if (locale.language() == QLocale::French)
        units.replace(QChar(0x202F), QChar(0x00A0));
    const QString decimals = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString number = units + locale.decimalPoint() + decimals;
    QString symbol = m_currency == QLatin1String("EUR") ? QStringLiteral("€") : m_currency;
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    // French and most continental locales put the symbol after; English before for €.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return m_currency == QLatin1String("EUR") ? sign + symbol + number : sign + number + QLatin1Char(' ') + symbol;
    return sign + number + QChar(0x00A0) + symbol;
}

QString Money::toString(const QList<Money> &amounts, const QLocale &locale)
{
    QStringList parts;
    for (const Money &m : amounts)
        parts << m.toString(locale);
    return parts.join(QStringLiteral(" + "));
}

bool Money::isValidCurrencyCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(code).hasMatch();
}

Result<Money> Money::parse(const QString &input, const QString &currency)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error{Tr::tr("the amount is empty")};
    if (text.endsWith(QStringLiteral("€")))
        text.chop(1);
    else if (text.size() > 3 && text.right(3).compare(currency, Qt::CaseInsensitive) == 0)
        text.chop(3);
    text = text.trimmed();

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    const QString invalid = Tr::tr("\"%1\" is not an amount (expected e.g. 1234.56 or 1 234,56)").arg(input.trimmed());
    if (text.isEmpty())
        return Error{invalid};

    // Separate digits from separators, keeping where each separator stands.
    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    qsizetype decimalPos = -1;
    QChar groupMark;
    if (lastDot >= 0 && lastComma >= 0) {
        // Both present: the last one is the decimal separator, the other groups thousands.
        decimalPos = qMax(lastDot, lastComma);
        groupMark = decimalPos == lastDot ? QLatin1Char(',') : QLatin1Char('.');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        if (text.count(mark) > 1) {
            groupMark = mark;  // "1.234.567": only grouping
        } else {
            decimalPos = lastDot >= 0 ? lastDot : lastComma;
        }
    }

    const QString integerPart = decimalPos >= 0 ? text.left(decimalPos) : text;
    const QString fractionPart = decimalPos >= 0 ? text.mid(decimalPos + 1) : QString();

    // Integer part: digits, optionally grouped by threes with one kind of separator.
    QString digits;
    QStringList groups;
    QString current;
    QChar usedGroupMark;
    for (const QChar c : integerPart) {
        if (c.isDigit() && c.unicode() < 128) {
            current += c;
        } else if (isGroupSpace(c) || (!groupMark.isNull() && c == groupMark)) {
            if (!usedGroupMark.isNull() && !(isGroupSpace(usedGroupMark) && isGroupSpace(c)) && usedGroupMark != c)
                return Error{invalid};
            usedGroupMark = c;
            groups << current;
            current.clear();
        } else {
            return Error{invalid};
        }
    }
    groups << current;
    if (groups.size() > 1) {
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return Error{invalid};
        for (int i = 1; i < groups.size(); ++i)
            if (groups.at(i).size() != 3)
                return Error{invalid};
    }
    digits = groups.join(QString());
    if (digits.isEmpty() && fractionPart.isEmpty())
        return Error{invalid};
    for (const QChar c : fractionPart)
        if (!c.isDigit() || c.unicode() >= 128)
            return Error{invalid};
    if (decimalPos >= 0 && fractionPart.isEmpty())
        return Error{invalid};
    if (fractionPart.size() > 2)
        return Error{Tr::tr("\"%1\" has more than two decimals").arg(input.trimmed())};
    if (digits.size() > 15)
        return Error{Tr::tr("\"%1\" is too large").arg(input.trimmed())};

    const qint64 units = digits.isEmpty() ? 0 : digits.toLongLong();
    const qint64 fraction = fractionPart.isEmpty() ? 0
                                                   : (fractionPart.size() == 1 ? fractionPart.toLongLong() * 10
                                                                               : fractionPart.toLongLong());
    const qint64 cents = units * 100 + fraction;
    return Money(negative ? -cents : cents, currency);
}

}  // namespace relance
