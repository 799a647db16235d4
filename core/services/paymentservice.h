#pragma once

#include "domain/money.h"
#include "domain/payment.h"
#include "domain/result.h"

namespace relance {

class Database;

// What credit notes gave a client beyond what it owed, in one currency, not used nor refunded.
struct ClientCredit
{
    qint64 clientId = 0;
    QString clientName;
    Money amount;
    bool operator==(const ClientCredit &) const = default;
};

// Records payments: one payment may settle several invoices, partly or wholly.
class PaymentService
{
public:
    explicit PaymentService(const Database &db) : m_db(db) {}

    // Checks the payment and each allocation (the invoice exists, same currency, amounts
    // positive, no more allocated than paid), then stores it all in one transaction.
    // Errors name the field: date, amount, currency, method, allocations, invoice.
    Result<qint64> record(const Payment &payment) const;
    // The common case: a whole payment against one invoice named by its number.
    Result<qint64> recordForInvoice(const QString &invoiceNumber, Payment payment) const;
    // Deletes a payment recorded by mistake, from every invoice it settled, in one transaction.
    Status remove(qint64 paymentId) const;

    // Every client's credit, by client name (one per currency), from one query.
    QList<ClientCredit> credits(qint64 clientId = 0) const;
    // Uses the client's credit in `currency` against its open invoices in that currency, the
    // earliest due first, in one transaction. Returns what was used.
    Result<Money> useCredit(qint64 clientId, const QString &currency) const;
    // The client's credit in `currency` was paid back to the client on `date`.
    Status markCreditRefunded(qint64 clientId, const QString &currency, const QDate &date, const QDate &today) const;

private:
    const Database &m_db;
};

}  // namespace relance
