#pragma once

#include "domain/payment.h"
#include "domain/result.h"

#include <QList>

namespace relance {

class Database;

// SQL for payments and their allocations; no validation here (see PaymentService).
class PaymentRepository
{
public:
    explicit PaymentRepository(const Database &db) : m_db(db) {}

    // Stores the payment and its allocations (the triggers update each invoice's paid total).
    Result<qint64> insert(const Payment &payment) const;
    // The payments that settle part of an invoice, oldest first, each with its allocations.
    QList<Payment> forInvoice(qint64 invoiceId) const;
    int count() const;
    // Removes a payment and its allocations (the triggers give the money back to the invoices).
    // Returns false when no such payment exists.
    Result<bool> remove(qint64 paymentId) const;

private:
    const Database &m_db;
};

}  // namespace relance
