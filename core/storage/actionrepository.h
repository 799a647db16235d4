#pragma once

#include "domain/ladder.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

namespace relance {

class Database;

// SQL for the actions done on invoices (the chase's history and proof).
class ActionRepository
{
public:
    explicit ActionRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const CollectionAction &action) const;
    std::optional<CollectionAction> find(qint64 id) const;
    // One invoice's actions, oldest first.
    QList<CollectionAction> forInvoice(qint64 invoiceId) const;
    // The actions of every invoice with a balance, in one query (the agenda's input).
    QHash<qint64, QList<CollectionAction>> forOpenInvoices() const;
    // The latest reminder of each instalment of every active plan: plan id -> instalment -> date.
    QHash<qint64, QHash<int, QDate>> planReminders() const;
    Status setReceipt(qint64 actionId, const QDate &receiptDate, const QString &trackingNumber) const;
    int count() const;

private:
    const Database &m_db;
};

}  // namespace relance
