#include "client.h"

#include <QStringList>

namespace relance {

QString Client::postalAddressOneLine() const
{
    QStringList parts;
    for (const QString &line : address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        parts << line.trimmed();
    const QString cityLine = QStringList{postalCode, city}.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty())
        parts << cityLine;
    return parts.join(QStringLiteral(", "));
}

}  // namespace relance
