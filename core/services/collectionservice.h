#pragma once

#include "domain/agreements.h"
#include "domain/client.h"
#include "domain/invoice.h"
#include "domain/ladder.h"
#include "domain/result.h"
#include "rules/escalation.h"
#include "rules/governinglaw.h"
#include "rules/jurisdiction.h"
#include "rules/lateinterest.h"
#include "rules/risk.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace relance {

class Database;
struct PlanView;

// What an agenda item asks for: a step of the invoice's ladder, or, for an invoice in a payment
// plan, the plan's own small ladder (remind the overdue instalment, then declare the plan broken).
enum class AgendaKind { LadderStep, InstalmentReminder, PlanBroken };

// One invoice's next step on the agenda.
struct AgendaItem
{
    AgendaKind kind = AgendaKind::LadderStep;
    Invoice invoice;  // plan items: the plan's first invoice
    QString clientEmail;
    QString clientPhone;
    QString ladderName;
    LadderStep step;
    int stepIndex = 0;
    int stepCount = 0;
    PlannedStep plan;
    QDate asOf;
    QDate missedPromise;  // the client promised to pay by that day, and has not
    // Plan items: the plan, its overdue instalment (0-based) and what remains of it.
    qint64 planId = 0;
    QStringList planInvoices;
    int instalment = -1;
    int instalmentCount = 0;
    PlanInstalment instalmentDue;
    qint64 instalmentOwedCents = 0;

    bool isPlanItem() const { return kind != AgendaKind::LadderStep; }

    // Plan items: how late the instalment is.
    qint64 daysLate() const { return isPlanItem() ? instalmentDue.date.daysTo(asOf) : invoice.daysLate(asOf); }
    qint64 stepDaysLate() const { return plan.date.daysTo(asOf); }  // > 0: the step is behind
    bool isDue() const { return plan.date <= asOf; }
    RecoveryRisk risk() const { return recoveryRisk(daysLate()); }
};

struct Agenda
{
    QDate asOf;
    QList<AgendaItem> items;  // by planned date, then client
    int paused = 0;           // open invoices disputed or on hold
    int finished = 0;         // open invoices at the end of their ladder (to hand over)
    int promised = 0;         // open invoices waiting for a promised (or newly agreed) date
    int inPlans = 0;          // open invoices paid by instalments (the plan is chased instead)
    // What an empty agenda must not hide: the balance past its due date (paused invoices
    // included), per currency, and the first step planned after the horizon.
    int overdueCount = 0;
    QMap<QString, qint64> overdueCents;
    std::optional<AgendaItem> next;

    int dueCount() const;
};

// What the user tells after doing (or trying) a step.
struct ActionInput
{
    qint64 invoiceId = 0;
    QDate date;
    Channel channel = Channel::Email;
    Outcome outcome = Outcome::Done;
    QString notes;
    QString trackingNumber;
    QDate receiptDate;
    QDate promisedDate;       // Outcome::Promised: the day the client said they would pay (a promise)
    bool fulfilsStep = true;  // false: a note outside the ladder (e.g. the client called)
    // The ladder step fulfilled, when the caller knows it (a letter of that step's kind, which
    // may come before its planned turn); otherwise the step the invoice stands at.
    std::optional<int> stepIndex;
};

// Everything the invoice owes on a day beyond its balance, and where its chase stands.
struct InvoiceClaim
{
    Invoice invoice;
    GoverningLaw law;  // whose law, which forum (LEGAL.md section 12)
    JurisdictionProfile profile;
    std::optional<int> contractualRate;  // the invoice's own, else the client's
    QDate noticeDate;                    // consumers: what makes interest run
    // Belgian consumers: the free first reminder, and the last day of the 14 days it gives.
    QDate freeReminderDate;
    QDate freeReminderPeriodEnd;
    std::optional<InterestResult> interest;
    QString interestUnavailable;  // why there is no figure (missing rate period, no notice yet...)
    RecoveryRisk risk = RecoveryRisk::None;
    Limitation limitation;
    QString termsWarning;
    Ladder ladder;
    // Interest and indemnity given up in a live plan or settlement (or a broken one that said so):
    // not claimed, and not counted in `interest`.
    qint64 waivedInterestCents = 0;
    qint64 waivedIndemnityCents = 0;
    QString waivedBy;                 // "payment plan 3", "settlement of 12/11/2026"
    std::optional<PlannedStep> next;  // none while a payment plan holds (it is chased instead)
    bool inPlan = false;
    QDate promisedUntil;  // the client promised to pay by then (or a settlement's new due date)
    QList<CollectionAction> history;
};

// The morning question: what to do today, and how much is owed with penalties.
class CollectionService
{
public:
    explicit CollectionService(const Database &db) : m_db(db) {}

    // Every open, unpaused invoice's next step planned up to `asOf + horizonDays`. A handful of
    // queries whatever the number of invoices (open invoices, their actions, clients, ladders).
    Agenda agenda(const QDate &asOf, int horizonDays = 0) const;

    // Records a step done or attempted on the invoice's current step (or a note), in one
    // transaction. "Disputed" pauses the invoice. Errors name the field: invoice, date, channel,
    // receipt_date, tracking_number, promised_date. "Disputed" opens a dispute (reason: the notes);
    // "promised" with a date records the promise.
    Result<qint64> recordAction(const ActionInput &input, const QDate &today) const;
    // Several at once (steps ticked off together): all or none, in one transaction.
    Status recordActions(const QList<ActionInput> &inputs, const QDate &today) const;
    // The registered letter's receipt (or first presentation): later steps count from it.
    Status recordReceipt(qint64 actionId, const QDate &receiptDate, const QString &trackingNumber,
                         const QDate &today) const;
    // On hold or back; a dispute is opened and resolved through DisputeService.
    Status setPause(qint64 invoiceId, PauseReason reason) const;

    std::optional<InvoiceClaim> claim(qint64 invoiceId, const QDate &asOf) const;

private:
    void addPlanItems(Agenda &agenda, const QList<PlanView> &plans, const QHash<qint64, Client> &clients,
                      const QDate &until, Calendar calendar) const;
    void applyWaivers(InvoiceClaim &claim, const QList<PaymentPlan> &plans, const QList<Settlement> &settlements) const;
    const Database &m_db;
};

}  // namespace relance
