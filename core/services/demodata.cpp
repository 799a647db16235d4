#include "demodata.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "collectionsettingsservice.h"
#include "disputeservice.h"
#include "invoiceservice.h"
#include "paymentservice.h"
#include "rules/escalation.h"
#include "storage/actionrepository.h"
#include "storage/agreementrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/issuerrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};
}  // namespace

namespace {

// How a client pays: days after the due date (may be negative), and habits.
struct Habit
{
    int minDelay;
    int maxDelay;
    bool paysInTwoHalves = false;  // pays half at the delay, the rest a month later
    int stopsPayingDaysAgo = -1;   // invoices due after asOf minus this stay unpaid
};

struct DemoClient
{
    Client client;
    Habit habit;
    qint64 minCents;
    qint64 maxCents;
};

Client makeClient(const char *name, const char *form, const char *siret, const char *street, const char *postal,
                  const char *city, const char *email, const char *phone, const char *contact, bool consumer, int terms)
{
    Client c;
    c.name = QString::fromUtf8(name);
    c.legalForm = QString::fromUtf8(form);
    c.sirenSiret = QString::fromUtf8(siret);
    c.address = QString::fromUtf8(street);
    c.postalCode = QString::fromUtf8(postal);
    c.city = QString::fromUtf8(city);
    c.email = QString::fromUtf8(email);
    c.phone = QString::fromUtf8(phone);
    c.contactPerson = QString::fromUtf8(contact);
    c.isConsumer = consumer;
    c.paymentTermsDays = terms;
    return c;
}

QList<DemoClient> demoClients()
{
    return {
        {makeClient("Atelier Lumière", "SARL", "81234567800017", "12 rue de la République", "69002", "Lyon",
                    "compta@atelier-lumiere.fr", "04 78 12 34 56", "Nadia Benali", false, 30),
         {-2, 3},
         80000,
         320000},
        {makeClient("Boulangerie Martin", "EI", "79876543200011", "3 place du Marché", "44000", "Nantes",
                    "contact@boulangerie-martin.fr", "02 40 11 22 33", "Paul Martin", false, 30),
         {20, 80},
         35000,
         120000},
        {makeClient("Cabinet Durand & Associés", "SCP", "45678912300024", "48 boulevard Haussmann", "75009", "Paris",
                    "facturation@durand-avocats.fr", "01 45 67 89 10", "Maître Hélène Durand", false, 45),
         {0, 8},
         150000,
         680000},
        {makeClient("Studio Graphique Nova", "SAS", "88812345600019", "27 quai des Chartrons", "33000", "Bordeaux",
                    "admin@studio-nova.fr", "05 56 98 76 54", "Kevin Roux", false, 30),
         {20, 45, false, 200},
         120000,
         450000},
        {makeClient("Transports Lefèvre", "SAS", "51234987600033", "Zone industrielle Nord, 5 allée des Peupliers",
                    "59000", "Lille", "comptabilite@transports-lefevre.fr", "03 20 55 44 33", "Sandrine Lefèvre", false,
                    60),
         {5, 25, true},
         200000,
         560000},
        {makeClient("Hôtel du Port", "SARL", "43219876500015", "2 quai du Port", "13002", "Marseille",
                    "direction@hotelduport.fr", "04 91 90 12 12", "Marc Giraud", false, 30),
         {10, 50},
         60000,
         240000},
        {makeClient("Pharmacie Centrale", "SELARL", "39988776600021", "10 rue d'Alsace-Lorraine", "31000", "Toulouse",
                    "pharmacie.centrale@orange.fr", "05 61 22 33 44", "Dr Isabelle Nguyen", false, 30),
         {-3, 2},
         40000,
         150000},
        {makeClient("Librairie Le Passage", "SARL", "50011223300018", "7 rue des Juifs", "67000", "Strasbourg",
                    "librairie@lepassage.fr", "03 88 32 10 10", "Thomas Keller", false, 30),
         {25, 70},
         30000,
         110000},
        {makeClient("Domaine des Trois Chênes", "EARL", "42233445500016", "Route des Grands Crus", "21220",
                    "Gevrey-Chambertin", "contact@troischenes.fr", "03 80 51 00 00", "Anne Moreau", false, 30),
         {0, 12},
         90000,
         380000},
        {makeClient("Claire Moreau", "", "", "15 rue de Brest", "35000", "Rennes", "claire.moreau@gmail.com",
                    "06 12 34 56 78", "", true, 15),
         {0, 10},
         25000,
         90000},
        {makeClient("Julien Bernard", "", "", "8 avenue Alsace-Lorraine", "38000", "Grenoble", "julien.bernard@free.fr",
                    "06 98 76 54 32", "", true, 15),
         {30, 90, false, 150},
         30000,
         120000},
        {makeClient("Sophie Lambert", "", "", "22 rue Foch", "34000", "Montpellier", "sophie.lambert@laposte.net",
                    "07 11 22 33 44", "", true, 15),
         {-5, 5},
         20000,
         80000},
    };
}

Issuer demoIssuer()
{
    Issuer i;
    i.companyName = QStringLiteral("Camille Rousseau – Conception web");
    i.legalForm = QStringLiteral("EI");
    i.siret = QStringLiteral("85234567800014");
    i.vatNumber = QStringLiteral("FR32852345678");
    i.address = QStringLiteral("18 rue des Tanneurs");
    i.postalCode = QStringLiteral("69001");
    i.city = QStringLiteral("Lyon");
    i.email = QStringLiteral("camille@rousseau-web.fr");
    i.phone = QStringLiteral("06 45 67 89 01");
    i.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    i.bic = QStringLiteral("AGRIFRPP");
    i.signatoryName = QStringLiteral("Camille Rousseau");
    i.signatoryTitle = QStringLiteral("Entrepreneuse individuelle");
    return i;
}

// The oldest open invoice of a client between `minLate` and `maxLate` days late, not disputed
// and not already in a plan.
// and not already in a plan; `skip` passes over the first ones found.
std::optional<Invoice> openInvoiceOf(const Database &db, const QString &client, const QDate &asOf, int minLate,
                                     int maxLate, int skip = 0)
{
    for (const Invoice &inv : InvoiceRepository(db).openInvoices())
        if (inv.clientName == client && inv.daysLate(asOf) >= minLate && inv.daysLate(asOf) <= maxLate && skip-- <= 0)
            return inv;
    return std::nullopt;
}

Status payInstalment(const Database &db, const Invoice &inv, const QDate &date, qint64 cents)
{
    Payment p;
    p.date = date;
    p.amountCents = cents;
    p.currency = inv.currency;
    p.method = QStringLiteral("transfer");
    p.bankReference = QStringLiteral("VIR %1 ECHEANCE").arg(inv.number);
    p.allocations = {Allocation{inv.id, inv.number, cents}};
    const Result<qint64> id = PaymentService(db).record(p);
    return id ? success() : Status(id.error());
}

// Agreements the demo shows on the dashboard and in the agenda: a plan kept, a plan whose second
// instalment is late (its reminder is due), a plan broken (the ladder resumed, the waived
// penalties claimed again) and a promise to pay this week. Chosen before the chase is simulated,
// so that no ladder step is recorded while a plan holds.
struct DemoAgreements
{
    struct Planned
    {
        Invoice invoice;
        int agreedDaysAgo = 0;
        int firstDaysAgo = 0;
        int count = 0;
        bool waive = false;
        bool payFirst = false;
        int brokenDaysAgo = -1;
    };
    QList<Planned> plans;
    std::optional<Invoice> promised;

    // The chase of a planned invoice stops the day its plan was agreed.
    QHash<qint64, QDate> chaseUntil(const QDate &asOf) const
    {
        QHash<qint64, QDate> until;
        for (const Planned &p : plans)
            until.insert(p.invoice.id, asOf.addDays(-p.agreedDaysAgo));
        return until;
    }
};

DemoAgreements chooseAgreements(const Database &db, const QDate &asOf)
{
    DemoAgreements a;
    // Nova's first invoice over 30 days late is the disputed one (simulateChasing).
    if (const auto inv = openInvoiceOf(db, QStringLiteral("Studio Graphique Nova"), asOf, 60, 400, 1))
        a.plans.append({*inv, 40, 30, 3, false, true});
    if (const auto inv = openInvoiceOf(db, QStringLiteral("Julien Bernard"), asOf, 90, 400))
        a.plans.append({*inv, 45, 35, 3, false, true});
    if (const auto inv = openInvoiceOf(db, QStringLiteral("Boulangerie Martin"), asOf, 20, 400))
        a.plans.append({*inv, 25, 20, 2, true, false, 10});
    a.promised = openInvoiceOf(db, QStringLiteral("Julien Bernard"), asOf, 7, 25);
    return a;
}

Status simulateAgreements(const Database &db, const QDate &asOf, const DemoAgreements &chosen)
{
    const AgreementService agreements(db);
    for (const DemoAgreements::Planned &planned : chosen.plans) {
        PlanRequest r;
        r.invoiceIds = {planned.invoice.id};
        r.agreedOn = asOf.addDays(-planned.agreedDaysAgo);
        r.first = asOf.addDays(-planned.firstDaysAgo);
        r.count = planned.count;
        r.waiveInterest = planned.waive;
        r.waiveIndemnity = planned.waive;
        r.notes = Tr::tr("Agreed on the phone; cash-flow difficulties this quarter.");
        const Result<qint64> id = agreements.addPlan(r, asOf);
        if (!id)
            return id.error();
        const PaymentPlan p = agreements.plan(*id, asOf)->plan;
        if (planned.payFirst)
            if (Status s = payInstalment(db, planned.invoice, p.instalments.first().date, p.instalments.first().cents);
                !s)
                return s;
        if (planned.brokenDaysAgo < 0)
            continue;
        const QDate reminded = deadline(p.instalments.first().date, 1, DayKind::Ouvres);
        if (const Result<qint64> reminder =
                agreements.remindInstalment(*id, 0, reminded, Channel::Email, Tr::tr("No answer."), asOf);
            !reminder)
            return reminder.error();
        if (Status s = agreements.breakPlan(*id, asOf.addDays(-planned.brokenDaysAgo), asOf); !s)
            return s;
    }
    if (chosen.promised) {
        PaymentPromise promise;
        promise.invoiceId = chosen.promised->id;
        promise.madeOn = asOf.addDays(-3);
        promise.promisedDate = asOf.addDays(2);
        promise.notes = Tr::tr("Waiting for his own client's payment; will transfer on the day.");
        if (const Result<qint64> id = DisputeService(db).promise(promise, asOf); !id)
            return id.error();
    }
    return success();
}

// Rounds to whole euros with a realistic tail (freelance quotes are round numbers).
// The chase so far on every open invoice: its ladder's steps done up to a few days before asOf,
// some on time and some a little behind, so that the agenda has late and due steps. One call went
// unanswered, one invoice is disputed, registered letters have tracking numbers and receipts.
Status simulateChasing(const Database &db, const QDate &asOf, QRandomGenerator &rng,
                       const QHash<qint64, QDate> &chaseUntil)
{
    const CollectionSettingsService settings(db);
    const ActionRepository actions(db);
    QHash<qint64, std::optional<qint64>> ladderOfClient;
    for (const Client &c : ClientRepository(db).all())
        ladderOfClient.insert(c.id, c.ladderId);
    bool unansweredShown = false;
    bool disputeShown = false;
    int tracking = 0;
    for (Invoice inv : InvoiceRepository(db).openInvoices()) {
        if (!disputeShown && inv.clientName == QLatin1String("Studio Graphique Nova") && inv.daysLate(asOf) > 30) {
            disputeShown = true;
            Dispute dispute;
            dispute.invoiceId = inv.id;
            dispute.openedOn = inv.dueDate.addDays(7);
            dispute.reason = Tr::tr("Hours billed for the second week");
            dispute.contestedCents = inv.amountInclCents * 2 / 5;
            dispute.notes = Tr::tr("Timesheet sent back with the client's own count.");
            if (Result<qint64> id = DisputeService(db).open(dispute, asOf); !id)
                return id.error();
            CollectionAction call;
            call.invoiceId = inv.id;
            call.date = inv.dueDate.addDays(7);
            call.channel = Channel::Phone;
            call.outcome = Outcome::Disputed;
            call.notes = Tr::tr("Disputes the hours billed for the second week; sends the timesheet back.");
            if (Result<qint64> id = actions.insert(call); !id)
                return id.error();
            continue;
        }
        const Ladder ladder = settings.ladderFor(ladderOfClient.value(inv.clientId));
        const int lag = int(rng.bounded(5));  // days behind plan, per invoice
        QList<CollectionAction> done;
        for (;;) {
            const auto plan = planNextStep(ladder, inv.dueDate, done, asOf);
            // The user last went through the agenda a week ago; hand-overs are recorded only
            // for the oldest files, so the agenda shows a few of each kind of step.
            if (!plan || plan->date.addDays(lag) >= chaseUntil.value(inv.id, asOf.addDays(-7)) ||
                (ladder.steps.at(plan->stepIndex).channel == Channel::Collection &&
                 plan->date.addDays(lag) >= asOf.addDays(-30)))
                break;
            const LadderStep &step = ladder.steps.at(plan->stepIndex);
            CollectionAction a;
            a.invoiceId = inv.id;
            a.date = plan->date.addDays(lag);
            a.channel = step.channel;
            a.stepIndex = plan->stepIndex;
            a.stepLabel = step.label;
            a.stepTemplate = step.templateKey;
            if (step.channel == Channel::Phone && !unansweredShown) {
                unansweredShown = true;
                a.outcome = Outcome::NoAnswer;
                a.notes = Tr::tr("Voicemail; left a message.");
            } else if (step.channel == Channel::Phone) {
                a.notes = Tr::tr("Spoke to accounts: payment is being processed.");
            }
            if (isRegistered(step.channel)) {
                a.trackingNumber = QStringLiteral("1A %1 %2 %3")
                                       .arg(123 + tracking)
                                       .arg(4560 + tracking * 7)
                                       .arg(78901 + tracking * 13);
                ++tracking;
                if (a.date.addDays(2) < asOf)
                    a.receiptDate = a.date.addDays(2);
            }
            if (Result<qint64> id = actions.insert(a); !id)
                return id.error();
            done << a;
        }
    }
    return success();
}

qint64 roundAmount(qint64 cents) { return (cents / 5000) * 5000; }

}  // namespace

Status DemoData::populate(const Database &db, const QDate &asOf)
{
    if (!asOf.isValid())
        return Error{Tr::tr("the reference date is invalid")};
    if (ClientRepository(db).count() > 0 || InvoiceRepository(db).countAll() > 0)
        return Error{Tr::tr("the database already holds data; demo data goes only into an empty database")};

    // One user action: the services' own transactions nest inside this one (savepoints).
    Transaction tx(db);
    if (Status s = IssuerRepository(db).save(demoIssuer()); !s)
        return s;

    QRandomGenerator rng(20260101);
    const QList<DemoClient> clients = demoClients();
    QList<qint64> clientIds;
    const qint64 gentleLadder = 2;  // shipped second (schema 2)
    for (DemoClient dc : clients) {
        if (dc.client.name == QLatin1String("Julien Bernard"))
            dc.client.ladderId = gentleLadder;  // a consumer chased the gentle way
        Result<qint64> id = ClientRepository(db).insert(dc.client);
        if (!id)
            return id.error();
        clientIds << *id;
    }

    const InvoiceRepository invoices(db);
    const PaymentService payments(db);
    const QDate firstMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-17);
    int sequence = 0;
    int previousYear = 0;
    // Clients are dealt from a shuffled deck, so each gets its share of invoices.
    QList<int> deck;
    bool partlyPaidShown = false;
    for (QDate month = firstMonth; month <= asOf; month = month.addMonths(1)) {
        // Five invoices a month, to clients in turn, on working days of the month.
        for (int k = 0; k < 5; ++k) {
            if (deck.isEmpty()) {
                for (int i = 0; i < clients.size(); ++i)
                    deck.insert(int(rng.bounded(deck.size() + 1)), i);
            }
            const int index = deck.takeFirst();
            const DemoClient &dc = clients.at(index);
            const QDate issued = month.addDays(qint64(2 + k * 5 + int(rng.bounded(4))));
            if (issued > asOf)
                break;
            if (issued.year() != previousYear) {
                previousYear = issued.year();
                sequence = 0;
            }
            Invoice inv;
            inv.number = QStringLiteral("F-%1-%2").arg(issued.year()).arg(++sequence, 3, 10, QLatin1Char('0'));
            inv.clientId = clientIds.at(index);
            inv.issueDate = issued;
            inv.serviceDate = issued.addDays(-int(rng.bounded(10)));
            inv.dueDate = issued.addDays(dc.client.paymentTermsDays);
            inv.amountExclCents = roundAmount(dc.minCents + qint64(rng.bounded(int(dc.maxCents - dc.minCents))));
            inv.amountInclCents = inv.amountExclCents + inv.amountExclCents / 5;  // 20 % VAT on round amounts
            if (Status valid = InvoiceService::validate(inv); !valid)
                return valid;
            Result<qint64> invoiceId = invoices.insert(inv);
            if (!invoiceId)
                return invoiceId.error();

            const Habit &h = dc.habit;
            if (h.stopsPayingDaysAgo >= 0 && inv.dueDate > asOf.addDays(-h.stopsPayingDaysAgo))
                continue;
            // One professional pays 40 % ten days late and then goes quiet: the demo shows a
            // partial payment on an invoice two to three months overdue.
            const qint64 late = inv.dueDate.daysTo(asOf);
            const bool partlyPaid = !partlyPaidShown && !dc.client.isConsumer && late > 64 && late < 88;
            const QDate paidOn = inv.dueDate.addDays(h.minDelay + int(rng.bounded(h.maxDelay - h.minDelay + 1)));
            Payment p;
            p.currency = inv.currency;
            p.method = dc.client.isConsumer && rng.bounded(2) ? QStringLiteral("cheque") : QStringLiteral("transfer");
            p.bankReference = QStringLiteral("VIR %1 %2").arg(dc.client.name.toUpper(), inv.number);
            QList<QPair<QDate, qint64>> instalments;
            if (partlyPaid) {
                partlyPaidShown = true;
                instalments = {{inv.dueDate.addDays(10), inv.amountInclCents * 40 / 100}};
            } else if (h.paysInTwoHalves)
                instalments = {{paidOn, inv.amountInclCents / 2},
                               {paidOn.addDays(30), inv.amountInclCents - inv.amountInclCents / 2}};
            else
                instalments = {{paidOn, inv.amountInclCents}};
            for (const auto &[date, cents] : instalments) {
                if (date > asOf)
                    break;
                p.date = date;
                p.amountCents = cents;
                p.allocations = {Allocation{*invoiceId, inv.number, cents}};
                if (Result<qint64> paid = payments.record(p); !paid)
                    return paid.error();
            }
        }
    }
    const DemoAgreements agreements = chooseAgreements(db, asOf);
    if (Status s = simulateChasing(db, asOf, rng, agreements.chaseUntil(asOf)); !s)
        return s;
    // So that the demo shows interest figures on any day: the last known rates carried forward
    // up to asOf's half-year, marked as such in the rates table (a real user decides this).
    const CollectionSettingsService settings(db);
    while (settings.rates().lastCompleteHalf() < HalfYear::of(asOf))
        if (const Result<HalfYearRates> carried = settings.carryForward(asOf); !carried)
            return carried.error();
    if (Status s = simulateAgreements(db, asOf, agreements); !s)
        return s;
    return tx.commit();
}

}  // namespace relance
