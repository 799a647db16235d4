#include "collectionservice.h"

#include "agreementservice.h"
#include "collectionsettingsservice.h"
#include "disputeservice.h"
#include "rules/instalments.h"
#include "storage/actionrepository.h"
#include "storage/agreementrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"
#include "storage/issuerrepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CollectionService)
};
}  // namespace

namespace {

// What holds invoices back from their ladder, read in a few queries for the whole agenda.
struct Holds
{
    QHash<qint64, QDate> promisedUntil;  // the latest promise, or a live settlement's new due date
    QHash<qint64, QDate> resumeFrom;     // a broken plan, a dispute upheld: not chased before that day
    QSet<qint64> inPlan;                 // covered by an active plan
};

void later(QHash<qint64, QDate> &map, qint64 id, const QDate &date)
{
    if (date.isValid() && (!map.contains(id) || map.value(id) < date))
        map.insert(id, date);
}

Holds loadHolds(const Database &db, const QList<PlanView> &activePlans)
{
    Holds h;
    // The same promised day as the invoice lists and the dashboard count (invoiceconditions).
    h.promisedUntil = InvoiceRepository(db).promisedDates();
    const DisputeRepository disputes(db);
    const AgreementRepository agreements(db);
    const QHash<qint64, QDate> upheld = disputes.upheldOnForOpenInvoices();
    for (auto it = upheld.cbegin(); it != upheld.cend(); ++it)
        later(h.resumeFrom, it.key(), it.value());
    for (const PaymentPlan &p : agreements.plansWithStatus(PlanStatus::Broken))
        for (qint64 id : p.invoiceIds)
            later(h.resumeFrom, id, p.statusDate);
    for (const PlanView &v : activePlans)
        for (qint64 id : v.plan.invoiceIds)
            h.inPlan.insert(id);
    return h;
}

// The same for one invoice (its claim), from its own agreements and records.
Holds holdsOf(const Database &db, qint64 invoiceId, const QList<PaymentPlan> &plans,
              const QList<Settlement> &settlements)
{
    Holds h;
    const DisputeRepository disputes(db);
    const QList<PaymentPromise> promises = disputes.promisesForInvoice(invoiceId);
    const auto latest = std::max_element(promises.cbegin(), promises.cend(),
                                         [](const PaymentPromise &a, const PaymentPromise &b) { return a.id < b.id; });
    if (latest != promises.cend())
        later(h.promisedUntil, invoiceId, latest->promisedDate);
    for (const Settlement &s : settlements)
        if (s.isLive())
            later(h.promisedUntil, invoiceId, s.newDueDate);
    for (const Dispute &d : disputes.disputesForInvoice(invoiceId))
        if (d.resolution == DisputeResolution::Upheld)
            later(h.resumeFrom, invoiceId, d.resolvedOn);
    for (const PaymentPlan &p : plans) {
        if (p.status == PlanStatus::Broken)
            later(h.resumeFrom, invoiceId, p.statusDate);
        if (p.status == PlanStatus::Active)
            h.inPlan.insert(invoiceId);
    }
    return h;
}

// A promise pauses the chase until the day after it; a broken plan or an upheld dispute resumes
// it from that day, at the step where it stood. Returns the promised date, if any.
QDate holdBack(const Holds &h, qint64 invoiceId, PlannedStep &plan, Calendar calendar)
{
    const QDate promised = h.promisedUntil.value(invoiceId);
    QDate notBefore = h.resumeFrom.value(invoiceId);
    if (promised.isValid())
        notBefore = std::max(notBefore, promised.addDays(1));
    if (notBefore.isValid() && plan.date < notBefore)
        plan.date = deadline(notBefore, 0, DayKind::Calendaires, calendar);
    return promised;
}

}  // namespace

namespace {
// The first step after the agenda's horizon, for "nothing to do today; next: …".
void offerAsNext(Agenda &agenda, const AgendaItem &item)
{
    if (!agenda.next || item.plan.date < agenda.next->plan.date)
        agenda.next = item;
}
}  // namespace

int Agenda::dueCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const AgendaItem &i) { return i.isDue(); }));
}

Agenda CollectionService::agenda(const QDate &asOf, int horizonDays) const
{
    Agenda agenda;
    agenda.asOf = asOf;
    const CollectionSettingsService settingsService(m_db);
    const CollectionSettings settings = settingsService.settings();
    QHash<qint64, Ladder> ladders;
    for (const Ladder &l : settingsService.ladders())
        ladders.insert(l.id, l);
    const Ladder fallback = settingsService.ladderFor(std::nullopt);
    QHash<qint64, Client> clients;
    for (const Client &c : ClientRepository(m_db).all())
        clients.insert(c.id, c);
    const QHash<qint64, QList<CollectionAction>> actions = ActionRepository(m_db).forOpenInvoices();

    const QDate until = asOf.addDays(horizonDays);
    const QList<PlanView> activePlans = AgreementService(m_db).activePlans(asOf);
    const Holds holds = loadHolds(m_db, activePlans);
    for (const Invoice &invoice : InvoiceRepository(m_db).openInvoices()) {
        if (invoice.dueDate < asOf && invoice.balance().cents() > 0) {
            ++agenda.overdueCount;
            agenda.overdueCents[invoice.currency] += invoice.balance().cents();
        }
        if (invoice.pause != PauseReason::None) {
            ++agenda.paused;
            continue;
        }
        if (holds.inPlan.contains(invoice.id)) {
            ++agenda.inPlans;
            continue;
        }
        const Client client = clients.value(invoice.clientId);
        const Ladder &ladder = client.ladderId ? ladders.value(*client.ladderId, fallback) : fallback;
        const QList<CollectionAction> done = actions.value(invoice.id);
        auto plan = planNextStep(ladder, invoice.dueDate, done, asOf, settings.calendar);
        if (!plan) {
            ++agenda.finished;
            continue;
        }
        const QDate promised = holdBack(holds, invoice.id, *plan, settings.calendar);
        if (promised.isValid() && promised >= asOf)
            ++agenda.promised;
        AgendaItem item;
        item.invoice = invoice;
        item.clientEmail = client.email;
        item.clientPhone = client.phone;
        item.ladderName = ladder.displayName();
        item.step = ladder.steps.at(plan->stepIndex);
        item.stepIndex = plan->stepIndex;
        item.stepCount = int(ladder.steps.size());
        item.plan = *plan;
        item.asOf = asOf;
        if (promised.isValid() && promised < asOf &&
            std::none_of(done.cbegin(), done.cend(), [&](const CollectionAction &a) { return a.date > promised; }))
            item.missedPromise = promised;
        if (plan->date > until)
            offerAsNext(agenda, item);
        else
            agenda.items << item;
    }
    addPlanItems(agenda, activePlans, clients, until, settings.calendar);
    std::stable_sort(agenda.items.begin(), agenda.items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.plan.date != b.plan.date)
            return a.plan.date < b.plan.date;
        return a.invoice.clientName.compare(b.invoice.clientName, Qt::CaseInsensitive) < 0;
    });
    return agenda;
}

void CollectionService::addPlanItems(Agenda &agenda, const QList<PlanView> &plans, const QHash<qint64, Client> &clients,
                                     const QDate &until, Calendar calendar) const
{
    const QHash<qint64, QHash<int, QDate>> reminders = ActionRepository(m_db).planReminders();
    const InvoiceRepository invoices(m_db);
    for (const PlanView &v : plans) {
        const int overdue = v.progress.firstOverdue();
        if (overdue < 0 || v.plan.invoiceIds.isEmpty())
            continue;
        const InstalmentProgress &due = v.progress.instalments.at(overdue);
        const InstalmentStep next =
            nextInstalmentStep(due.due.date, reminders.value(v.plan.id).value(overdue), calendar);
        const auto invoice = invoices.findById(v.plan.invoiceIds.first());
        if (!invoice)
            continue;
        const Client client = clients.value(invoice->clientId);
        AgendaItem item;
        item.kind = next.kind == InstalmentStep::Reminder ? AgendaKind::InstalmentReminder : AgendaKind::PlanBroken;
        item.invoice = *invoice;
        item.clientEmail = client.email;
        item.clientPhone = client.phone;
        item.ladderName = Tr::tr("Payment plan %1").arg(v.plan.id);
        item.planId = v.plan.id;
        item.planInvoices = v.plan.invoiceNumbers;
        item.instalment = overdue;
        item.instalmentCount = int(v.plan.instalments.size());
        item.instalmentDue = due.due;
        item.instalmentOwedCents = due.due.cents - due.paidCents;
        item.step.templateKey = next.kind == InstalmentStep::Reminder ? QStringLiteral("instalment-reminder")
                                                                      : QStringLiteral("plan-broken");
        item.step.label = next.kind == InstalmentStep::Reminder
                              ? Tr::tr("Remind instalment %1 of %2").arg(overdue + 1).arg(item.instalmentCount)
                              : Tr::tr("Plan broken? Resume chasing");
        item.step.channel = next.kind == InstalmentStep::Reminder ? Channel::Email : Channel::Letter;
        item.step.tone = next.kind == InstalmentStep::Reminder ? Tone::Friendly : Tone::Firm;
        item.stepIndex = next.kind == InstalmentStep::Reminder ? 0 : 1;
        item.stepCount = 2;
        item.plan.stepIndex = item.stepIndex;
        item.plan.date = next.date;
        item.asOf = agenda.asOf;
        if (next.date > until)
            offerAsNext(agenda, item);
        else
            agenda.items << item;
    }
}

Status CollectionService::recordActions(const QList<ActionInput> &inputs, const QDate &today) const
{
    Transaction tx(m_db);
    for (const ActionInput &input : inputs)
        if (const Result<qint64> id = recordAction(input, today); !id)
            return id.error();
    return tx.commit();
}

Result<qint64> CollectionService::recordAction(const ActionInput &input, const QDate &today) const
{
    const auto invoice = InvoiceRepository(m_db).findById(input.invoiceId);
    if (!invoice)
        return Error(Tr::tr("invoice %1 does not exist").arg(input.invoiceId), QStringLiteral("invoice"));
    if (!input.date.isValid())
        return Error(Tr::tr("the date is missing or invalid"), QStringLiteral("date"));
    if (input.date > today)
        return Error(Tr::tr("an action cannot be recorded in the future"), QStringLiteral("date"));
    if (input.receiptDate.isValid() && input.receiptDate < input.date)
        return Error(Tr::tr("the letter cannot be received before it was sent"), QStringLiteral("receipt_date"));
    if (input.receiptDate.isValid() && input.receiptDate > today)
        return Error(Tr::tr("the receipt date is in the future"), QStringLiteral("receipt_date"));
    if (input.trackingNumber.size() > 40)
        return Error(Tr::tr("a tracking number has at most 40 characters"), QStringLiteral("tracking_number"));
    if (input.outcome == Outcome::Promised && input.promisedDate.isValid() && input.promisedDate < input.date)
        return Error(Tr::tr("the promised date comes before the call"), QStringLiteral("promised_date"));

    CollectionAction action;
    action.invoiceId = invoice->id;
    action.date = input.date;
    action.channel = input.channel;
    action.outcome = input.outcome;
    action.notes = input.notes.trimmed();
    action.trackingNumber = input.trackingNumber.trimmed();
    action.receiptDate = input.receiptDate;
    if (input.fulfilsStep) {
        // The step the invoice stands at, as planned from what happened so far.
        const auto client = ClientRepository(m_db).findById(invoice->clientId);
        const CollectionSettingsService settingsService(m_db);
        const Ladder ladder = settingsService.ladderFor(client ? client->ladderId : std::nullopt);
        const auto plan = planNextStep(ladder, invoice->dueDate, ActionRepository(m_db).forInvoice(invoice->id),
                                       input.date, settingsService.settings().calendar);
        const std::optional<int> step =
            input.stepIndex ? input.stepIndex : (plan ? std::optional<int>(plan->stepIndex) : std::nullopt);
        if (step && *step >= 0 && *step < ladder.steps.size()) {
            action.stepIndex = *step;
            action.stepLabel = ladder.steps.at(*step).label;  // only a name the user typed is stored
            action.stepTemplate = ladder.steps.at(*step).templateKey;
        }
    }
    Transaction tx(m_db);
    const Result<qint64> id = ActionRepository(m_db).insert(action);
    if (!id)
        return id;
    if (input.outcome == Outcome::Disputed && !DisputeRepository(m_db).openDispute(invoice->id)) {
        Dispute dispute;
        dispute.invoiceId = invoice->id;
        dispute.openedOn = input.date;
        dispute.reason =
            action.notes.isEmpty() ? Tr::tr("Disputed (%1)").arg(channelLabel(input.channel).toLower()) : action.notes;
        dispute.contestedCents = std::max<qint64>(invoice->balance().cents(), 1);
        if (const Result<qint64> d = DisputeService(m_db).open(dispute, today); !d)
            return d.error();
    }
    if (input.outcome == Outcome::Promised && input.promisedDate.isValid()) {
        PaymentPromise promise;
        promise.invoiceId = invoice->id;
        promise.madeOn = input.date;
        promise.promisedDate = input.promisedDate;
        promise.channel = input.channel;
        promise.notes = action.notes;
        if (const Result<qint64> p = DisputeService(m_db).promise(promise, today); !p)
            return p.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CollectionService::recordReceipt(qint64 actionId, const QDate &receiptDate, const QString &trackingNumber,
                                        const QDate &today) const
{
    const ActionRepository repo(m_db);
    const auto action = repo.find(actionId);
    if (!action)
        return Error(Tr::tr("action %1 does not exist").arg(actionId), QStringLiteral("action"));
    if (!receiptDate.isValid() || receiptDate < action->date || receiptDate > today)
        return Error(Tr::tr("the receipt date must be between the sending date and today"),
                     QStringLiteral("receipt_date"));
    Transaction tx(m_db);
    if (Status s = repo.setReceipt(actionId, receiptDate,
                                   trackingNumber.isEmpty() ? action->trackingNumber : trackingNumber.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status CollectionService::setPause(qint64 invoiceId, PauseReason reason) const
{
    auto invoice = InvoiceRepository(m_db).findById(invoiceId);
    if (!invoice)
        return Error(Tr::tr("invoice %1 does not exist").arg(invoiceId), QStringLiteral("invoice"));
    // A dispute has its own record (reason, amount, resolution): it is opened and closed there.
    if (reason == PauseReason::Disputed)
        return Error(Tr::tr("open a dispute to say what is contested"), QStringLiteral("reason"));
    if (invoice->pause == PauseReason::Disputed)
        return Error(Tr::tr("invoice %1 is disputed: resolve the dispute to chase it again").arg(invoice->number),
                     QStringLiteral("invoice"));
    invoice->pause = reason;
    Transaction tx(m_db);
    if (Status s = InvoiceRepository(m_db).update(*invoice); !s)
        return s;
    return tx.commit();
}

void CollectionService::applyWaivers(InvoiceClaim &c, const QList<PaymentPlan> &plans,
                                     const QList<Settlement> &settlements) const
{
    bool interest = false, indemnity = false;
    // A live agreement's waivers hold; a broken one's hold only if it did not restore them.
    for (const PaymentPlan &p : plans)
        if ((p.status == PlanStatus::Active || (p.status == PlanStatus::Broken && !p.restoreOnBreak)) &&
            (p.waiveInterest || p.waiveIndemnity)) {
            interest |= p.waiveInterest;
            indemnity |= p.waiveIndemnity;
            c.waivedBy = Tr::tr("payment plan %1").arg(p.id);
        }
    for (const Settlement &s : settlements)
        if ((s.status != SettlementStatus::Broken || !s.restoreOnBreak) && (s.waiveInterest || s.waiveIndemnity)) {
            interest |= s.waiveInterest;
            indemnity |= s.waiveIndemnity;
            c.waivedBy = Tr::tr("settlement of %1").arg(QLocale().toString(s.date, QLocale::ShortFormat));
        }
    if (interest) {
        c.waivedInterestCents = c.interest->interest.cents();
        c.interest->interest = Money(0, c.interest->interest.currency());
    }
    if (indemnity) {
        c.waivedIndemnityCents = c.interest->indemnity.cents();
        c.interest->indemnity = Money(0, c.interest->indemnity.currency());
    }
}

std::optional<InvoiceClaim> CollectionService::claim(qint64 invoiceId, const QDate &asOf) const
{
    const auto invoice = InvoiceRepository(m_db).findById(invoiceId);
    if (!invoice)
        return std::nullopt;
    const auto client = ClientRepository(m_db).findById(invoice->clientId);
    const CollectionSettingsService settingsService(m_db);
    const CollectionSettings settings = settingsService.settings();

    // Its agreements, read once: they hold the chase back and may waive penalties.
    const AgreementRepository agreements(m_db);
    const QList<PaymentPlan> plans = agreements.plansForInvoice(invoiceId);
    const QList<Settlement> settlements = agreements.settlementsForInvoice(invoiceId);
    InvoiceClaim c;
    c.invoice = *invoice;
    // The law of the contract (chosen, or the provider's), never the client's address alone.
    const QString issuerCountry = IssuerRepository(m_db).country();
    if (client)
        c.law = governingLaw(*client, issuerCountry);
    else
        c.law.law = c.law.forum = issuerCountry;
    c.profile = ProfileSet::builtIn()
                    .forClient(c.law.law, client && client->isConsumer)
                    .forContract(client ? client->hasPenaltyClause() : true);
    c.contractualRate = invoice->penaltyRateBasisPoints ? invoice->penaltyRateBasisPoints
                                                        : (client ? client->penaltyRateBasisPoints : std::nullopt);
    c.history = ActionRepository(m_db).forInvoice(invoiceId);
    c.ladder = settingsService.ladderFor(client ? client->ladderId : std::nullopt);
    if (invoice->balance().cents() > 0 && invoice->pause == PauseReason::None) {
        const Holds holds = holdsOf(m_db, invoiceId, plans, settlements);
        c.inPlan = holds.inPlan.contains(invoiceId);
        if (!c.inPlan)
            c.next = planNextStep(c.ladder, invoice->dueDate, c.history, asOf, settings.calendar);
        if (c.next)
            c.promisedUntil = holdBack(holds, invoiceId, *c.next, settings.calendar);
    }
    c.risk = invoice->balance().cents() > 0 ? recoveryRisk(invoice->daysLate(asOf)) : RecoveryRisk::None;
    // A written acknowledgement of the debt starts the period again from its date (C. civ. 2240).
    c.limitation = limitation(c.profile, invoice->acknowledgedOn.isValid() ? invoice->acknowledgedOn : invoice->serviceDate,
                              invoice->issueDate, asOf);
    c.termsWarning = paymentTermsWarning(c.profile, invoice->issueDate, invoice->dueDate);

    // What makes a consumer's interest run: the formal notice, or (Belgium) the free first
    // reminder, written and sent after the due date, once the 14 days it gives have run out.
    for (const CollectionAction &a : c.history) {
        if (!a.completesStep())
            continue;
        const bool written = a.channel == Channel::Email || a.channel == Channel::Letter ||
                             a.channel == Channel::RegisteredLetter || a.channel == Channel::FormalNotice;
        if (c.profile.noticeIsFirstReminder && written && a.date > invoice->dueDate) {
            c.noticeDate = a.date;
            c.freeReminderDate = a.date;
            c.freeReminderPeriodEnd = freeReminderPeriodEnd(a.date, a.channel == Channel::Email);
            break;
        }
        if (!c.profile.noticeIsFirstReminder && a.channel == Channel::FormalNotice) {
            c.noticeDate = a.receiptDate.isValid() ? a.receiptDate : a.date;
            break;
        }
    }

    InterestRequest request;
    request.profile = c.profile;
    request.principal = invoice->totalIncl();
    // A disputed part is not claimed, nor does it bear interest (LEGAL.md section 12).
    if (const auto dispute = DisputeRepository(m_db).openDispute(invoiceId);
        dispute && dispute->contestedCents > 0 && dispute->contestedCents < invoice->balance().cents())
        request.principal = Money(invoice->amountInclCents - dispute->contestedCents, invoice->currency);
    request.dueDate = invoice->dueDate;
    request.until = asOf;
    request.noticeDate = c.noticeDate;
    if (c.freeReminderPeriodEnd.isValid()) {  // the period is computed to the day: no flat grace
        request.noticeDate = c.freeReminderPeriodEnd;
        request.profile.graceDays = 0;
    }
    request.contractualRateBasisPoints = c.contractualRate;
    request.divisor366InLeapYears = settings.divisor366InLeapYears;
    for (const Payment &p : PaymentRepository(m_db).forInvoice(invoiceId))
        for (const Allocation &a : p.allocations)
            if (a.invoiceId == invoiceId)
                request.partialPayments.append({p.date, a.amountCents});
    // Once paid, interest stops on the day of the last payment.
    if (invoice->balance().cents() <= 0 && !request.partialPayments.isEmpty())
        request.until =
            std::min(asOf, std::max_element(request.partialPayments.cbegin(), request.partialPayments.cend(),
                                            [](const auto &a, const auto &b) { return a.first < b.first; })
                               ->first);

    if (c.profile.interestFrom == JurisdictionProfile::InterestFrom::Notice && !c.noticeDate.isValid()) {
        c.interestUnavailable = c.profile.noticeIsFirstReminder
                                    ? Tr::tr("A Belgian consumer owes interest only once the 14 days of a free first "
                                             "written reminder have run out.")
                                    : Tr::tr("A consumer owes interest only from a formal notice; none was sent yet.");
        return c;
    }
    const Result<InterestResult> result = computeLateInterest(request, settingsService.rates());
    if (!result) {
        c.interestUnavailable = result.error().message;
        return c;
    }
    c.interest = *result;
    applyWaivers(c, plans, settlements);
    return c;
}

}  // namespace relance
