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

namespace {
QString digitsOnly(const QString &text)
{
    QString d;
    for (const QChar c : text)
        if (c.isDigit() && c.unicode() < 128)
            d += c;
    return d;
}
}  // namespace

bool isValidBelgianEnterpriseNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(BE)?[01][0-9.]*$"));
    QString compact = withoutSpaces(text).toUpper();
    if (!shape.match(compact).hasMatch())
        return false;
    const QString d = digitsOnly(compact);
    if (d.size() != 10)
        return false;
    const qint64 body = d.left(8).toLongLong();
    return 97 - body % 97 == d.right(2).toInt();
}

QString formattedCompanyNumber(const QString &text, const QString &country)
{
    const QString d = digitsOnly(text);
    if (country.toUpper() == QLatin1String("BE") && d.size() == 10)
        return QStringLiteral("%1.%2.%3").arg(d.left(4), d.mid(4, 3), d.mid(7));
    if (country.toUpper() == QLatin1String("FR") && d.size() == 14)
        return QStringLiteral("%1 %2 %3 %4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9));
    if (country.toUpper() == QLatin1String("FR") && d.size() == 9)
        return QStringLiteral("%1 %2 %3").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3));
    return text.trimmed();
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

QStringList emailList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]"))))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

bool isValidCountryCode(const QString &text)
{
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    return country.match(text).hasMatch();
}

}  // namespace relance
