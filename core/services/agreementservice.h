#pragma once

#include "domain/agreements.h"
#include "domain/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace relance {

class Database;

// What the user asks for when agreeing a plan.
struct PlanRequest
{
    QList<qint64> invoiceIds;  // open invoices of one client, one currency
    QDate agreedOn;
    PlanFrequency frequency = PlanFrequency::Monthly;
    int count = 3;  // instalments after the deposit (weekly and monthly)
    QDate first;    // the first instalment's date (weekly and monthly)
    // Custom: the instalments typed by hand (a deposit included), used as they are.
    QList<PlanInstalment> instalments;
    qint64 depositCents = 0;  // weekly and monthly: paid on `depositDate` (default: agreedOn)
    QDate depositDate;
    bool waiveInterest = false;
    bool waiveIndemnity = false;
    bool restoreOnBreak = true;
    QString notes;
};

// A plan with where it stands on a day.
struct PlanView
{
    PaymentPlan plan;
    PlanProgress progress;
    PlanHealth health = PlanHealth::OnTrack;
};

// Payment plans and settlements: what was agreed, kept in one transaction per user action.
class AgreementService
{
public:
    explicit AgreementService(const Database &db) : m_db(db) {}

    // The plan the request describes, checked and computed (balance, interest and indemnity on
    // the agreement day, instalments adding up to what it covers), not stored: the editor's
    // live preview. Errors name the field: invoice, date, count, first, deposit, instalments.
    Result<PaymentPlan> draftPlan(const PlanRequest &request) const;
    Result<qint64> addPlan(const PlanRequest &request, const QDate &today) const;
    std::optional<PlanView> plan(qint64 planId, const QDate &asOf) const;
    QList<PlanView> plansForInvoice(qint64 invoiceId, const QDate &asOf) const;
    QList<PlanView> plansForClient(qint64 clientId, const QDate &asOf) const;
    QList<PlanView> activePlans(const QDate &asOf) const;
    PlanView view(const PaymentPlan &plan, const QDate &asOf) const;
    // Where a plan stands given what its invoices have received in all.
    static PlanView view(const PaymentPlan &plan, qint64 paidOnInvoices, const QDate &asOf);
    // Declares the plan broken: the invoices' ladder resumes where it stood, and the waived
    // interest and indemnity are claimed again when the plan said so. Its settlement is broken too.
    Status breakPlan(qint64 planId, const QDate &date, const QDate &today) const;
    Status cancelPlan(qint64 planId, const QDate &date, const QDate &today) const;
    // A reminder of an overdue instalment, recorded on each of the plan's invoices.
    Result<qint64> remindInstalment(qint64 planId, int instalment, const QDate &date, Channel channel,
                                    const QString &notes, const QDate &today) const;

    // A settlement, with its plan when `plan` is given (same invoices, same waivers), in one
    // transaction. Errors name the field: invoice, date, new_due_date, discount, discount_until.
    Result<qint64> addSettlement(Settlement settlement, std::optional<PlanRequest> plan, const QDate &today) const;
    std::optional<Settlement> settlement(qint64 id) const;
    QList<Settlement> settlementsForInvoice(qint64 invoiceId) const;
    // Broken breaks its plan; honoured and broken close it.
    Status setSettlementStatus(qint64 id, SettlementStatus status, const QDate &date, const QDate &today) const;
    // The confirmation letter was written: the settlement is confirmed in writing.
    Status confirmWithLetter(qint64 id, qint64 letterId, const QDate &date) const;
    // The debtor signed an acknowledgement of the debt on `signedOn` (the "Bon pour accord,
    // reconnaissance de dette" of a settlement or schedule letter, returned): the limitation
    // period restarts from that day on every invoice it covers (C. civ. 2240). The latest
    // acknowledgement counts, so recording an older one found later keeps the newer date.
    // Errors name the field: invoice, date.
    Status recordAcknowledgement(const QList<qint64> &invoiceIds, const QDate &signedOn, const QDate &today) const;
    // The terms in words, for the confirmation letter (the user may still edit them).
    QString termsText(const Settlement &settlement) const;

private:
    const Database &m_db;
};

}  // namespace relance
