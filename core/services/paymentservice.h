#pragma once

#include "domain/payment.h"
#include "domain/result.h"

namespace relance {

class Database;

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

private:
    const Database &m_db;
};

}  // namespace relance
