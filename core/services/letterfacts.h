#pragma once

#include "collectionservice.h"

#include "letters/letterkind.h"
#include "storage/letterrepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relance {

class Database;

// What the book records about the invoices of a letter, the only facts a letter may state
// (LEGAL.md section 12: a reminder sent, a call, a formal notice and its receipt, a plan, a
// dispute, each with its date and channel). Nothing here is inferred from the ladder.
struct LetterFacts
{
    struct Sent
    {
        QDate date;
        Channel channel = Channel::Email;
        QString trackingNumber;
        ReceiptStatus receipt = ReceiptStatus::Unknown;
        QDate receiptDate;  // received, or first presented when not collected
        QDate deadline;     // the letter's own deadline, recomputed from its receipt
    };
    struct Disputed
    {
        QString invoiceNumber;
        qint64 contestedCents = 0;
        qint64 balanceCents = 0;
        QString reason;
        QDate openedOn;
        bool whole() const { return contestedCents >= balanceCents; }
    };
    struct Plan
    {
        QDate agreedOn;
        QDate brokenOn;  // null while it runs
    };

    // Written reminders sent after the due date before the letter's day (e-mail, letter,
    // registered letter), oldest first, once per day and channel; formal notices excluded.
    QList<Sent> reminders;
    QList<QDate> calls;                // telephone calls that reached the client
    std::optional<Sent> formalNotice;  // the latest sent before the letter's day
    QList<Disputed> disputes;          // open disputes on the letter's invoices
    std::optional<Plan> activePlan;    // a plan running on one of the invoices
    std::optional<Plan> brokenPlan;    // the latest broken one

    bool formalNoticeDelivered() const
    {
        return formalNotice && formalNotice->receipt != ReceiptStatus::Unknown;
    }
};

LetterFacts gatherLetterFacts(const Database &db, const QList<InvoiceClaim> &claims, const QDate &letterDate);

// Why a kind of letter cannot be written on these facts (its premise is missing), or nothing.
// A formal notice needs an earlier written reminder; a hand-over, a formal notice delivered (or
// returned not collected) whose deadline has passed; no formal notice while a payment plan runs,
// nor on an invoice disputed in full. `insist` lifts the missing-history premises (the letter is
// then worded without the claim), never the plan or the dispute.
Status checkPremise(LetterKind kind, const LetterFacts &facts, const QList<InvoiceClaim> &claims,
                    const QDate &letterDate, bool insist);

}  // namespace relance
