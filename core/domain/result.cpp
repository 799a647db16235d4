#include "result.h"

namespace relance {

QString Error::describe() const
{
    QString where;
    if (!file.isEmpty())
        where = line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : file + QStringLiteral(": ");
    else if (line > 0)
        where = QStringLiteral("line %1: ").arg(line);
    if (!field.isEmpty())
        where += field + QStringLiteral(": ");
    return where + message;
}

}  // namespace relance
