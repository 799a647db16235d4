#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace relance {

// How much of a payment settles one invoice. A payment may cover several invoices, and an
// invoice may be settled by several payments (partial payments).
struct Allocation
{
    qint64 invoiceId = 0;
    QString invoiceNumber;  // filled by queries; used by the CLI to name invoices
    qint64 amountCents = 0;
};

struct Payment
{
    qint64 id = 0;
    QDate date;
    qint64 amountCents = 0;
    QString currency = QStringLiteral("EUR");
    QString method;         // "transfer", "cheque", "card", "cash", "direct-debit", "other"
    QString bankReference;  // the bank's transaction reference or the remittance text
    QString notes;
    QList<Allocation> allocations;
    // The client whose credit the unallocated rest is (a credit note worth more than the client
    // owed); 0 for a payment that belongs to no one in particular.
    qint64 clientId = 0;

    Money amount() const { return Money(amountCents, currency); }
    qint64 allocatedCents() const;
};

// The payment methods Relance knows, with their stable keys.
QStringList paymentMethodKeys();
QString paymentMethodLabel(const QString &key);

}  // namespace relance
