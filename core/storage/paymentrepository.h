#pragma once

#include "domain/payment.h"
#include "domain/result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace relance {

class Database;

// A payment received, with the clients whose invoices it settles.
struct ReceivedPayment
{
    Payment payment;
    QStringList clients;
};

// SQL for payments and their allocations; no validation here (see PaymentService).
class PaymentRepository
{
public:
    explicit PaymentRepository(const Database &db) : m_db(db) {}

    // Stores the payment and its allocations (the triggers update each invoice's paid total).
    Result<qint64> insert(const Payment &payment) const;
    // The payments that settle part of an invoice, oldest first, each with its allocations.
    QList<Payment> forInvoice(qint64 invoiceId) const;
    // The payments in `currency` received from `from` to `to` included, oldest first, credit notes
    // left out (they are not money in): what the dashboard counts as collected.
    QList<ReceivedPayment> receivedBetween(const QDate &from, const QDate &to, const QString &currency) const;
    // What a client paid from `from` to `to` included, oldest first: each payment with only its
    // allocations to that client's invoices, and its amount cut to what they received (a
    // transfer that also paid another client's invoice counts here for this client's part).
    QList<Payment> fromClient(qint64 clientId, const QDate &from, const QDate &to) const;
    int count() const;
    // Removes a payment and its allocations (the triggers give the money back to the invoices).
    // Returns false when no such payment exists.
    Result<bool> remove(qint64 paymentId) const;

private:
    // The payments a WHERE clause on `p` keeps, each with its allocations (and the clients they
    // belong to), in one query.
    QList<ReceivedPayment> select(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

}  // namespace relance
