#include "identifiers.h"

#include <QRegularExpression>

namespace relance {

QString withoutSpaces(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}]"));
    return QString(text).remove(spaces);
}

bool isDigits(const QString &text, int count)
{
    const QString digits = withoutSpaces(text);
    if (digits.size() != count)
        return false;
    for (const QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isValidVatNumber(const QString &text)
{
    static const QRegularExpression vat(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
    return vat.match(withoutSpaces(text).toUpper()).hasMatch();
}

bool isValidEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text.trimmed()).hasMatch();
}

bool isValidCountryCode(const QString &text)
{
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    return country.match(text).hasMatch();
}

}  // namespace relance
