#include "bankaccount.h"

#include <QRegularExpression>

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
    // Move the first four characters to the end, letters to numbers (A=10 ... Z=35), mod 97 == 1,
    // computed digit by digit so no big integer is needed.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

QString formattedIban(const QString &text)
{
    const QString iban = normalizedIban(text);
    QStringList groups;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        groups << iban.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool isValidBic(const QString &text)
{
    static const QRegularExpression bic(QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    return bic.match(text.trimmed().toUpper()).hasMatch();
}

}  // namespace relance
