#pragma once

#include "domain/agreements.h"
#include "domain/result.h"

#include <QDate>

namespace relance {

class Database;

// Disputes and promises to pay: each pauses the chase of one invoice, and says when it resumes.
class DisputeService
{
public:
    explicit DisputeService(const Database &db) : m_db(db) {}

    // Opens a dispute: the invoice leaves the agenda until it is resolved. Errors name the
    // field: invoice, date, reason, amount.
    Result<qint64> open(const Dispute &dispute, const QDate &today) const;
    // Resolved as paid (the payment is recorded apart), credited (a credit note of
    // `creditCents`, numbered `creditNumber`, reduces the balance) or upheld (chasing resumes
    // that day, where it stood). One transaction.
    Status resolve(qint64 disputeId, DisputeResolution resolution, const QDate &date, const QString &notes,
                   const QDate &today, qint64 creditCents = 0, const QString &creditNumber = {}) const;

    // "I will pay on ...": the invoice leaves the agenda until the day after. Errors name the
    // field: invoice, date, promised_date, amount.
    Result<qint64> promise(const PaymentPromise &promise, const QDate &today) const;

private:
    const Database &m_db;
};

}  // namespace relance
