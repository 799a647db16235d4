#include "letterfacts.h"

#include "storage/agreementrepository.h"
#include "storage/disputerepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterFacts)
};

QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }

bool isWrittenReminder(Channel c)
{
    return c == Channel::Email || c == Channel::Letter || c == Channel::RegisteredLetter;
}
}  // namespace

LetterFacts gatherLetterFacts(const Database &db, const QList<InvoiceClaim> &claims, const QDate &letterDate)
{
    LetterFacts f;
    QSet<QPair<QDate, int>> seen;
    QSet<qint64> invoiceIds;
    for (const InvoiceClaim &c : claims)
        invoiceIds << c.invoice.id;
    for (const InvoiceClaim &c : claims) {
        for (const CollectionAction &a : c.history) {
            if (a.date >= letterDate || a.outcome == Outcome::NoAnswer)
                continue;
            if (a.channel == Channel::Phone) {
                if (!f.calls.contains(a.date))
                    f.calls << a.date;
            } else if (isWrittenReminder(a.channel) && a.date > c.invoice.dueDate &&
                       !seen.contains({a.date, int(a.channel)})) {
                seen.insert({a.date, int(a.channel)});
                f.reminders << LetterFacts::Sent{a.date, a.channel, a.trackingNumber, ReceiptStatus::Unknown,
                                                 a.receiptDate, {}};
            } else if (a.channel == Channel::FormalNotice && (!f.formalNotice || f.formalNotice->date <= a.date)) {
                f.formalNotice = LetterFacts::Sent{
                    a.date, a.channel, a.trackingNumber,
                    a.receiptDate.isValid() ? ReceiptStatus::Received : ReceiptStatus::Unknown, a.receiptDate, {}};
            }
        }
        // The archived formal notice knows whether it was received or returned, and its deadline.
        for (const ArchivedLetter &l : LetterRepository(db).forInvoice(c.invoice.id))
            if (l.kind == LetterKind::FormalNotice && l.date < letterDate &&
                (!f.formalNotice || f.formalNotice->date <= l.date))
                f.formalNotice = LetterFacts::Sent{l.date, Channel::FormalNotice, l.trackingNumber, l.receipt,
                                                   l.receiptDate, l.deadline};
        if (const auto d = DisputeRepository(db).openDispute(c.invoice.id))
            f.disputes << LetterFacts::Disputed{c.invoice.number, d->contestedCents, c.invoice.balance().cents(),
                                                d->reason, d->openedOn};
        for (const PaymentPlan &p : AgreementRepository(db).plansForInvoice(c.invoice.id)) {
            if (p.status == PlanStatus::Active && p.createdOn <= letterDate)
                f.activePlan = LetterFacts::Plan{p.createdOn, {}};
            if (p.status == PlanStatus::Broken && (!f.brokenPlan || f.brokenPlan->brokenOn < p.statusDate))
                f.brokenPlan = LetterFacts::Plan{p.createdOn, p.statusDate};
        }
    }
    std::sort(f.reminders.begin(), f.reminders.end(),
              [](const LetterFacts::Sent &a, const LetterFacts::Sent &b) { return a.date < b.date; });
    std::sort(f.calls.begin(), f.calls.end());
    return f;
}

Status checkPremise(LetterKind kind, const LetterFacts &facts, const QList<InvoiceClaim> &claims,
                    const QDate &letterDate, bool insist)
{
    if (kind == LetterKind::FormalNotice || kind == LetterKind::Handover) {
        if (facts.activePlan)
            return Error(Tr::tr("a payment plan agreed on %1 is running: the client cannot be put on notice while it "
                                "is kept (record it as broken first)")
                             .arg(shortDate(facts.activePlan->agreedOn)),
                         QStringLiteral("premise"));
        for (const LetterFacts::Disputed &d : facts.disputes)
            if (d.whole())
                return Error(Tr::tr("invoice %1 is disputed in full (%2): resolve the dispute, or record the part "
                                    "that is not contested, before a formal notice")
                                 .arg(d.invoiceNumber, d.reason),
                             QStringLiteral("premise"));
    }
    if (insist)
        return success();
    if (kind == LetterKind::FormalNotice && facts.reminders.isEmpty())
        return Error(Tr::tr("no written reminder is recorded for %1: a formal notice usually follows at least one "
                            "(write a reminder first, or write the notice anyway: it will not mention any)")
                         .arg(claims.first().invoice.number),
                     QStringLiteral("premise"));
    if (kind == LetterKind::Handover) {
        if (!facts.formalNotice)
            return Error(Tr::tr("no formal notice is recorded for %1: a hand-over to collection follows one that "
                                "remained unanswered")
                             .arg(claims.first().invoice.number),
                         QStringLiteral("premise"));
        if (!facts.formalNoticeDelivered())
            return Error(Tr::tr("the formal notice of %1 has no receipt recorded: record when it was received (or "
                                "returned not collected) first")
                             .arg(shortDate(facts.formalNotice->date)),
                         QStringLiteral("premise"));
        if (facts.formalNotice->deadline.isValid() && facts.formalNotice->deadline >= letterDate)
            return Error(Tr::tr("the formal notice gives the client until %1: hand the claim over after that day")
                             .arg(shortDate(facts.formalNotice->deadline)),
                         QStringLiteral("premise"));
    }
    return success();
}

}  // namespace relance
