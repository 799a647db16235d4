#pragma once

#include "domain/agreements.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace relance {

class Database;

// SQL for payment plans (with their invoices and instalments) and settlements.
class AgreementRepository
{
public:
    explicit AgreementRepository(const Database &db) : m_db(db) {}

    Result<qint64> insertPlan(const PaymentPlan &plan) const;
    std::optional<PaymentPlan> plan(qint64 id) const;
    // Newest first. `invoiceId` 0: every plan.
    QList<PaymentPlan> plansForInvoice(qint64 invoiceId) const;
    QList<PaymentPlan> plansForClient(qint64 clientId) const;
    QList<PaymentPlan> plansWithStatus(PlanStatus status) const;
    Status setPlanStatus(qint64 id, PlanStatus status, const QDate &date) const;
    // What the plan's invoices have received in all (paid_cents).
    qint64 paidOnInvoices(const QList<qint64> &invoiceIds) const;
    // The same for every plan of a status, in one query: plan id -> cents.
    QHash<qint64, qint64> paidOnInvoicesOfPlans(PlanStatus status) const;

    Result<qint64> insertSettlement(const Settlement &settlement) const;
    std::optional<Settlement> settlement(qint64 id) const;
    QList<Settlement> settlementsForInvoice(qint64 invoiceId) const;
    QList<Settlement> settlementsForClient(qint64 clientId) const;
    Status setSettlementStatus(qint64 id, SettlementStatus status, const QDate &date) const;
    Status setSettlementPlan(qint64 id, qint64 planId) const;
    Status setSettlementLetter(qint64 id, qint64 letterId) const;

private:
    QList<PaymentPlan> selectPlans(const QString &where, const QVariant &bound) const;
    QList<Settlement> selectSettlements(const QString &where, const QVariant &bound) const;
    const Database &m_db;
};

}  // namespace relance
