#include "collectionservice.h"

#include "collectionsettingsservice.h"
#include "storage/actionrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CollectionService)
};
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
    for (const Invoice &invoice : InvoiceRepository(m_db).openInvoices()) {
        if (invoice.pause != PauseReason::None) {
            ++agenda.paused;
            continue;
        }
        const Client client = clients.value(invoice.clientId);
        const Ladder &ladder = client.ladderId ? ladders.value(*client.ladderId, fallback) : fallback;
        const auto plan = planNextStep(ladder, invoice.dueDate, actions.value(invoice.id), asOf, settings.calendar);
        if (!plan) {
            ++agenda.finished;
            continue;
        }
        if (plan->date > until)
            continue;
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
        agenda.items << item;
    }
    std::stable_sort(agenda.items.begin(), agenda.items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.plan.date != b.plan.date)
            return a.plan.date < b.plan.date;
        return a.invoice.clientName.compare(b.invoice.clientName, Qt::CaseInsensitive) < 0;
    });
    return agenda;
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
            action.stepLabel = ladder.steps.at(*step).displayName();
        }
    }
    Transaction tx(m_db);
    const Result<qint64> id = ActionRepository(m_db).insert(action);
    if (!id)
        return id;
    if (input.outcome == Outcome::Disputed && invoice->pause == PauseReason::None) {
        Invoice paused = *invoice;
        paused.pause = PauseReason::Disputed;
        if (Status s = InvoiceRepository(m_db).update(paused); !s)
            return s.error();
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
    invoice->pause = reason;
    Transaction tx(m_db);
    if (Status s = InvoiceRepository(m_db).update(*invoice); !s)
        return s;
    return tx.commit();
}

std::optional<InvoiceClaim> CollectionService::claim(qint64 invoiceId, const QDate &asOf) const
{
    const auto invoice = InvoiceRepository(m_db).findById(invoiceId);
    if (!invoice)
        return std::nullopt;
    const auto client = ClientRepository(m_db).findById(invoice->clientId);
    const CollectionSettingsService settingsService(m_db);
    const CollectionSettings settings = settingsService.settings();

    InvoiceClaim c;
    c.invoice = *invoice;
    c.profile =
        ProfileSet::builtIn().forClient(client ? client->country : QStringLiteral("FR"), client && client->isConsumer);
    c.contractualRate = invoice->penaltyRateBasisPoints ? invoice->penaltyRateBasisPoints
                                                        : (client ? client->penaltyRateBasisPoints : std::nullopt);
    c.history = ActionRepository(m_db).forInvoice(invoiceId);
    c.ladder = settingsService.ladderFor(client ? client->ladderId : std::nullopt);
    if (invoice->balance().cents() > 0 && invoice->pause == PauseReason::None)
        c.next = planNextStep(c.ladder, invoice->dueDate, c.history, asOf, settings.calendar);
    c.risk = invoice->balance().cents() > 0 ? recoveryRisk(invoice->daysLate(asOf)) : RecoveryRisk::None;
    c.limitation = limitation(c.profile, invoice->serviceDate, invoice->issueDate, asOf);
    c.termsWarning = paymentTermsWarning(c.profile, invoice->issueDate, invoice->dueDate);

    // What makes a consumer's interest run: the formal notice, or (Belgium) the first reminder.
    for (const CollectionAction &a : c.history) {
        if (!a.completesStep())
            continue;
        const bool counts =
            c.profile.noticeIsFirstReminder ? a.channel != Channel::Phone : a.channel == Channel::FormalNotice;
        if (counts) {
            c.noticeDate = a.receiptDate.isValid() ? a.receiptDate : a.date;
            break;
        }
    }

    InterestRequest request;
    request.profile = c.profile;
    request.principal = invoice->totalIncl();
    request.dueDate = invoice->dueDate;
    request.until = asOf;
    request.noticeDate = c.noticeDate;
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
                                    ? Tr::tr("A consumer owes interest only 14 days after a first written reminder.")
                                    : Tr::tr("A consumer owes interest only from a formal notice; none was sent yet.");
        return c;
    }
    const Result<InterestResult> result = computeLateInterest(request, settingsService.rates());
    if (result)
        c.interest = *result;
    else
        c.interestUnavailable = result.error().message;
    return c;
}

}  // namespace relance
