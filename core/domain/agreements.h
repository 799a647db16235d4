#pragma once

#include "domain/ladder.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relance {

// What was agreed with a client who cannot or will not pay as invoiced: payment plans,
// settlements, disputes and promises. Keys are stable (database, CLI, JSON); labels translated.

enum class PlanFrequency { Weekly, Monthly, Custom };
QString planFrequencyKey(PlanFrequency f);  // week, month, custom
std::optional<PlanFrequency> planFrequencyFromKey(const QString &key);
QString planFrequencyLabel(PlanFrequency f);

// Stored status; "completed", "on track" and "late" follow from the payments (PlanProgress).
enum class PlanStatus { Active, Broken, Cancelled };
QString planStatusKey(PlanStatus s);  // active, broken, cancelled
std::optional<PlanStatus> planStatusFromKey(const QString &key);

struct PlanInstalment
{
    QDate date;
    qint64 cents = 0;
    bool deposit = false;  // paid on signing, before the instalments proper
    bool operator==(const PlanInstalment &) const = default;
};

// A schedule of instalments for one or several invoices of one client (an échéancier).
struct PaymentPlan
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QList<qint64> invoiceIds;
    QStringList invoiceNumbers;
    qint64 settlementId = 0;  // the settlement it belongs to, 0 when none
    QDate createdOn;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QString currency = QStringLiteral("EUR");
    qint64 balanceCents = 0;    // what the invoices still owed when agreed
    qint64 interestCents = 0;   // late interest owed then (kept in the plan unless waived)
    qint64 indemnityCents = 0;  // fixed recovery indemnities owed then (idem)
    bool waiveInterest = false;
    bool waiveIndemnity = false;
    bool restoreOnBreak = true;   // a broken plan claims the waived items again
    qint64 paidAtStartCents = 0;  // paid on the invoices before the plan: later payments count for it
    QList<PlanInstalment> instalments;
    PlanStatus status = PlanStatus::Active;
    QDate statusDate;  // when it was broken or cancelled
    QString notes;

    // What the instalments must add up to: balance, plus what is kept of interest and indemnity.
    qint64 targetCents() const
    {
        return balanceCents + (waiveInterest ? 0 : interestCents) + (waiveIndemnity ? 0 : indemnityCents);
    }
    qint64 scheduledCents() const;
    Money target() const { return Money(targetCents(), currency); }
};

// Where a plan stands on a day.
struct InstalmentProgress
{
    PlanInstalment due;
    qint64 paidCents = 0;
    bool settled = false;
    bool overdue = false;
    QString statusKey() const;  // paid, partial, overdue, upcoming
    QString statusLabel() const;
};
struct PlanProgress
{
    QList<InstalmentProgress> instalments;
    qint64 paidCents = 0;  // paid towards the plan since it was agreed
    qint64 surplusCents = 0;
    bool completed() const;
    int firstOverdue() const;  // index of the oldest overdue instalment, -1 when none
    int nextDue() const;       // index of the first instalment not settled, -1 when none
};
enum class PlanHealth { OnTrack, Late, Completed, Broken, Cancelled };
QString planHealthKey(PlanHealth h);  // on_track, late, completed, broken, cancelled
QString planHealthLabel(PlanHealth h);

enum class SettlementStatus { Proposed, Confirmed, Honoured, Broken };
QString settlementStatusKey(SettlementStatus s);  // proposed, confirmed, honoured, broken
std::optional<SettlementStatus> settlementStatusFromKey(const QString &key);
QString settlementStatusLabel(SettlementStatus s);

// A record of what was agreed: when, with whom, how, and the terms.
struct Settlement
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QList<qint64> invoiceIds;
    QStringList invoiceNumbers;
    QDate date;
    QString agreedWith;  // the person at the client's
    Channel channel = Channel::Phone;
    QDate newDueDate;  // a new date to pay everything, when agreed (null: none)
    bool waiveInterest = false;
    bool waiveIndemnity = false;
    bool restoreOnBreak = true;
    int discountBasisPoints = 0;  // discount for prompt payment (250 = 2.50 %)
    QDate discountUntil;          // ... if paid by this day
    QString terms;                // anything else, in the user's words
    SettlementStatus status = SettlementStatus::Proposed;
    QDate statusDate;
    qint64 planId = 0;
    qint64 letterId = 0;  // the confirmation letter, once written
    QString notes;

    bool isLive() const { return status == SettlementStatus::Proposed || status == SettlementStatus::Confirmed; }
};

enum class DisputeResolution { Open, Paid, Credited, Upheld };
QString disputeResolutionKey(DisputeResolution r);  // "", paid, credited, upheld
std::optional<DisputeResolution> disputeResolutionFromKey(const QString &key);
QString disputeResolutionLabel(DisputeResolution r);

// A contested invoice: chasing stops until the dispute is resolved.
struct Dispute
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate openedOn;
    QString reason;
    qint64 contestedCents = 0;
    QString currency = QStringLiteral("EUR");
    QString notes;
    DisputeResolution resolution = DisputeResolution::Open;
    QDate resolvedOn;
    QString resolutionNotes;
    qint64 creditPaymentId = 0;  // the credit note recorded when resolved as credited

    bool isOpen() const { return resolution == DisputeResolution::Open; }
    Money contested() const { return Money(contestedCents, currency); }
};

// "I will pay on ...": chasing waits until the day after.
struct PaymentPromise
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate madeOn;
    QDate promisedDate;
    qint64 amountCents = 0;  // 0: the whole balance
    Channel channel = Channel::Phone;
    QString notes;
};

}  // namespace relance
