#pragma once

#include "domain/agreements.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace relance {

class Database;

// SQL for disputes and promises to pay: what pauses the chase of one invoice.
class DisputeRepository
{
public:
    explicit DisputeRepository(const Database &db) : m_db(db) {}

    Result<qint64> insertDispute(const Dispute &dispute) const;
    std::optional<Dispute> dispute(qint64 id) const;
    std::optional<Dispute> openDispute(qint64 invoiceId) const;
    // Newest first.
    QList<Dispute> disputesForInvoice(qint64 invoiceId) const;
    QList<Dispute> disputesForClient(qint64 clientId) const;
    Status resolve(const Dispute &resolved) const;
    // The latest day a dispute of each open invoice was resolved as upheld (chasing resumes then).
    QHash<qint64, QDate> upheldOnForOpenInvoices() const;

    Result<qint64> insertPromise(const PaymentPromise &promise) const;
    QList<PaymentPromise> promisesForInvoice(qint64 invoiceId) const;
    QList<PaymentPromise> promisesForClient(qint64 clientId) const;

private:
    QList<Dispute> selectDisputes(const QString &where, const QVariant &bound) const;
    QList<PaymentPromise> selectPromises(const QString &where, const QVariant &bound) const;
    const Database &m_db;
};

}  // namespace relance
