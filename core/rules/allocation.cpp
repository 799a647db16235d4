#include "allocation.h"

#include <algorithm>

namespace relance {

QList<qint64> allocateInOrder(qint64 amountCents, const QList<qint64> &balancesCents)
{
    QList<qint64> result;
    result.reserve(balancesCents.size());
    qint64 left = std::max<qint64>(amountCents, 0);
    for (const qint64 balance : balancesCents) {
        const qint64 part = std::min(left, std::max<qint64>(balance, 0));
        result << part;
        left -= part;
    }
    return result;
}

}  // namespace relance
