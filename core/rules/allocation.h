#pragma once

#include <QList>
#include <QtGlobal>

namespace relance {

// Spreads a payment over balances in the order given (oldest first, as a debtor expects):
// each gets at most its balance; what is left after the last stays unallocated.
// Returns one amount per balance (0 where nothing is left for it).
QList<qint64> allocateInOrder(qint64 amountCents, const QList<qint64> &balancesCents);

}  // namespace relance
