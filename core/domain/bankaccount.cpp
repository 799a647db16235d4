#include "bankaccount.h"

#include <QRegularExpression>
#include <QStringList>

namespace relance {

QString normalizedIban(const QString &text)
{
    QString iban = text.toUpper();
    iban.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}-]")));
    return iban;
}

bool isValidIban(const QString &text)
{
    const QString iban = normalizedIban(text);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    // The first four characters moved to the end: mod 97 == 1.
    return mod97(iban.mid(4) + iban.left(4)) == 1;
}

int mod97(const QString &lettersAndDigits)
{
    int remainder = 0;
    for (const QChar c : lettersAndDigits) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder;
}

QString inGroupsOfFour(const QString &compact)
{
    QStringList groups;
    for (qsizetype i = 0; i < compact.size(); i += 4)
        groups << compact.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString formattedIban(const QString &text) { return inGroupsOfFour(normalizedIban(text)); }

bool isValidBic(const QString &text)
{
    static const QRegularExpression bic(QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    return bic.match(text.trimmed().toUpper()).hasMatch();
}

}  // namespace relance
