#pragma once

#include "domain/invoice.h"
#include "domain/result.h"

namespace relance {

class Database;

// Use cases on invoices, shared by the GUI and the CLI: validation, then one transaction.
class InvoiceService
{
public:
    explicit InvoiceService(const Database &db) : m_db(db) {}

    // Checks what does not need the database; the error's field is one of: number, client,
    // issue_date, service_date, due_date, amount_excl, amount_incl, currency.
    static Status validate(const Invoice &invoice);
    // Also checks that the client exists and the number is not taken.
    Result<qint64> add(const Invoice &invoice) const;
    Status update(const Invoice &invoice) const;

private:
    Status checkAgainstDatabase(const Invoice &invoice) const;
    const Database &m_db;
};

}  // namespace relance
