#pragma once

#include "domain/result.h"
#include "import/bankstatement.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relance {

// The CSV exports of banks' websites. French layouts put a few lines about the account before
// the header ("Numéro de compte : …", "Solde au …"), write decimal commas, and often give debits
// and credits in two columns; others have one signed amount and a currency per row. The header
// row is found by its words (date, label, amount or debit/credit, in French or English); lines
// before and after it that are not movements are read for the account, currency and balances.
// A movement row whose date or amount cannot be read is refused with its line and column.
// Without a currency column or a currency in the metadata, amounts are euros.
Result<QList<BankStatement>> readBankCsv(const QByteArray &bytes, const QString &fileName);

}  // namespace relance
