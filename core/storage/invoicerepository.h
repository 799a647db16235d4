#pragma once

#include "domain/invoice.h"
#include "domain/result.h"
#include "invoicequery.h"

#include <QHash>
#include <QList>

#include <optional>

namespace relance {

class Database;

// SQL for invoices; no validation here (see InvoiceService).
class InvoiceRepository
{
public:
    explicit InvoiceRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Invoice &invoice) const;
    Status update(const Invoice &invoice) const;
    // Sets the acknowledgement date unless a later one is already recorded.
    Status recordAcknowledgement(qint64 invoiceId, const QDate &signedOn) const;
    std::optional<Invoice> findById(qint64 id) const;
    std::optional<Invoice> findByNumber(const QString &number) const;
    // The number of the invoice entered last (highest id), to suggest the next one.
    QString lastNumber() const;
    // The clients who owe something, at most `limit` of them (to preselect the only one).
    QList<qint64> clientsOwing(int limit) const;
    // Where these clients stand: what they owe and how much of it is past due on `today`, per
    // currency. One query for a page of the client list (read through invoices_by_client).
    struct Standing
    {
        QList<Money> owed;
        QList<Money> overdue;
    };
    QHash<qint64, Standing> standingOf(const QList<qint64> &clientIds, const QDate &today) const;

    // One page of the list, after `after` (or from the start), with the cursor of its last row.
    struct Page
    {
        QList<Invoice> rows;
        std::optional<InvoiceCursor> last;
    };
    Page page(const InvoiceQuery &query, const std::optional<InvoiceCursor> &after, int limit) const;
    int count(const InvoiceQuery &query) const;
    int countAll() const;
    // Every invoice with a balance, by due date (the agenda's input; partial index).
    QList<Invoice> openInvoices() const;
    // The day each open invoice was promised for (its latest promise or a live settlement's new
    // due date, whichever is later: invoiceconditions::promisedDate), for those that have one.
    QHash<qint64, QDate> promisedDates() const;

private:
    const Database &m_db;
};

}  // namespace relance
