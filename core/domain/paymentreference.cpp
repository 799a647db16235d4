#include "paymentreference.h"

#include "bankaccount.h"

#include <QRegularExpression>

namespace relance::paymentref {

namespace {

QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text.toUpper())
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    return out;
}

}  // namespace

QString creditorReference(const QString &invoiceNumber)
{
    const QString body = compact(invoiceNumber).right(21);
    if (body.isEmpty())
        return {};
    const int check = 98 - mod97(body + QStringLiteral("RF00"));
    return QStringLiteral("RF%1%2").arg(check, 2, 10, QLatin1Char('0')).arg(body);
}

bool isCreditorReference(const QString &reference)
{
    const QString r = compact(reference);
    if (r.size() < 5 || r.size() > 25 || !r.startsWith(QLatin1String("RF")) || !r.at(2).isDigit() || !r.at(3).isDigit())
        return false;
    return mod97(r.mid(4) + r.left(4)) == 1;
}

QString grouped(const QString &reference) { return inGroupsOfFour(compact(reference)); }

QStringList creditorReferencesIn(const QString &text)
{
    // "RF" and two digits, then letters, digits and single spaces; the longest valid reading wins
    // (a reference typed in groups, followed by other words).
    static const QRegularExpression candidate(QStringLiteral("\\bRF\\s?\\d{2}(?:\\s?[A-Z0-9]){1,21}"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        QString r = compact(it.next().captured(0));
        while (r.size() >= 5 && !isCreditorReference(r))
            r.chop(1);
        if (r.size() >= 5 && !found.contains(r))
            found << r;
    }
    return found;
}

QString belgianCommunication(const QString &invoiceNumber)
{
    QString digits;
    for (const QChar c : invoiceNumber)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    if (digits.isEmpty())
        return {};
    digits = digits.right(10).rightJustified(10, QLatin1Char('0'));
    const int check = mod97(digits) == 0 ? 97 : mod97(digits);
    const QString all = digits + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
    return QStringLiteral("+++%1/%2/%3+++").arg(all.left(3), all.mid(3, 4), all.mid(7));
}

QString belgianDigits(const QString &communication)
{
    QString digits;
    for (const QChar c : communication)
        if (c.isDigit())
            digits += c;
    return digits;
}

QStringList belgianCommunicationsIn(const QString &text)
{
    // Written with its plus signs or stars, or as the bare twelve digits with slashes.
    static const QRegularExpression candidate(
        QStringLiteral("(?:[+*]{3}\\s?)?(\\d{3})\\s?/\\s?(\\d{4})\\s?/\\s?(\\d{5})(?:\\s?[+*]{3})?"));
    QStringList found;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(1) + m.captured(2) + m.captured(3);
        const int rest = mod97(digits.left(10));
        if (digits.right(2).toInt() == (rest == 0 ? 97 : rest) && !found.contains(digits))
            found << digits;
    }
    return found;
}

}  // namespace relance::paymentref
