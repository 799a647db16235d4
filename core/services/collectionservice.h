#pragma once

#include "domain/invoice.h"
#include "domain/ladder.h"
#include "domain/result.h"
#include "rules/escalation.h"
#include "rules/jurisdiction.h"
#include "rules/lateinterest.h"
#include "rules/risk.h"

#include <QDate>
#include <QList>

#include <optional>

namespace relance {

class Database;

// One invoice's next step on the agenda.
struct AgendaItem
{
    Invoice invoice;
    QString clientEmail;
    QString clientPhone;
    QString ladderName;
    LadderStep step;
    int stepIndex = 0;
    int stepCount = 0;
    PlannedStep plan;
    QDate asOf;

    qint64 daysLate() const { return invoice.daysLate(asOf); }
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
    bool fulfilsStep = true;  // false: a note outside the ladder (e.g. the client called)
    // The ladder step fulfilled, when the caller knows it (a letter of that step's kind, which
    // may come before its planned turn); otherwise the step the invoice stands at.
    std::optional<int> stepIndex;
};

// Everything the invoice owes on a day beyond its balance, and where its chase stands.
struct InvoiceClaim
{
    Invoice invoice;
    JurisdictionProfile profile;
    std::optional<int> contractualRate;  // the invoice's own, else the client's
    QDate noticeDate;                    // consumers: what makes interest run
    std::optional<InterestResult> interest;
    QString interestUnavailable;  // why there is no figure (missing rate period, no notice yet...)
    RecoveryRisk risk = RecoveryRisk::None;
    Limitation limitation;
    QString termsWarning;
    Ladder ladder;
    std::optional<PlannedStep> next;
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
    // receipt_date, tracking_number.
    Result<qint64> recordAction(const ActionInput &input, const QDate &today) const;
    // The registered letter's receipt (or first presentation): later steps count from it.
    Status recordReceipt(qint64 actionId, const QDate &receiptDate, const QString &trackingNumber,
                         const QDate &today) const;
    Status setPause(qint64 invoiceId, PauseReason reason) const;

    std::optional<InvoiceClaim> claim(qint64 invoiceId, const QDate &asOf) const;

private:
    const Database &m_db;
};

}  // namespace relance
