#include "services/agreementservice.h"
#include "services/clientservice.h"
#include "services/collectionservice.h"
#include "services/collectionsettingsservice.h"
#include "services/dashboardservice.h"
#include "services/disputeservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

// The agenda and the claims through the services, on a real database file.
class TestCollection : public QObject
{
    Q_OBJECT

    static ActionInput action(qint64 invoice, const QDate &date, Channel channel, Outcome outcome = Outcome::Done)
    {
        ActionInput a;
        a.invoiceId = invoice;
        a.date = date;
        a.channel = channel;
        a.outcome = outcome;
        return a;
    }

private slots:
    void agendaFollowsTheLadderAndWhatHappened()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2025, 4, 7}, {2025, 5, 7}, 100000);
        const CollectionService s(t.db());

        QVERIFY(s.agenda({2025, 5, 1}).items.isEmpty());  // the courtesy reminder is for 5 May
        Agenda a = s.agenda({2025, 5, 1}, 7);
        QCOMPARE(a.items.size(), 1);
        QCOMPARE(a.items.first().plan.date, QDate(2025, 5, 5));
        QCOMPARE(a.dueCount(), 0);
        a = s.agenda({2025, 5, 5});
        QCOMPARE(a.dueCount(), 1);
        QCOMPARE(a.items.first().step.templateKey, QStringLiteral("courtesy"));
        QCOMPARE(a.items.first().stepDaysLate(), 0);

        QVERIFY(s.recordAction(action(inv, {2025, 5, 5}, Channel::Email), {2025, 5, 5}).ok());
        a = s.agenda({2025, 5, 7});
        QCOMPARE(a.items.first().step.templateKey, QStringLiteral("reminder1"));
        QVERIFY(s.recordAction(action(inv, {2025, 5, 7}, Channel::Email), {2025, 5, 7}).ok());
        QVERIFY(s.agenda({2025, 5, 13}).items.isEmpty());
        a = s.agenda({2025, 5, 16});
        QCOMPARE(a.items.first().step.channel, Channel::Phone);
        QCOMPARE(a.items.first().plan.date, QDate(2025, 5, 14));
        QCOMPARE(a.items.first().stepDaysLate(), 2);

        // No answer: tried again the next working day, then done.
        QVERIFY(s.recordAction(action(inv, {2025, 5, 16}, Channel::Phone, Outcome::NoAnswer), {2025, 5, 16}).ok());
        QVERIFY(s.agenda({2025, 5, 16}).items.isEmpty());
        a = s.agenda({2025, 5, 19});
        QCOMPARE(a.items.first().plan.attempts, 1);
        QCOMPARE(a.items.first().plan.date, QDate(2025, 5, 19));
        ActionInput call = action(inv, {2025, 5, 19}, Channel::Phone, Outcome::Promised);
        call.notes = QStringLiteral("Pays on Friday");
        QVERIFY(s.recordAction(call, {2025, 5, 19}).ok());
        const InvoiceClaim c = *s.claim(inv, {2025, 5, 19});
        QCOMPARE(c.history.size(), 4);
        QCOMPARE(c.history.last().notes, QStringLiteral("Pays on Friday"));
        QCOMPARE(c.history.last().stepIndex, 2);
        QCOMPARE(c.next->stepIndex, 3);
        QCOMPARE(c.next->date, QDate(2025, 5, 27));  // 19 May + 8 days

        // Paid: it leaves the agenda.
        t.pay(inv, {2025, 5, 23}, 100000);
        QVERIFY(s.agenda({2025, 6, 30}).items.isEmpty());
    }

    void pausesAndNotesDoNotMoveTheLadder()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2025, 4, 7}, {2025, 5, 7}, 100000);
        const CollectionService s(t.db());
        ActionInput note = action(inv, {2025, 5, 9}, Channel::Phone);
        note.fulfilsStep = false;
        QVERIFY(s.recordAction(note, {2025, 5, 9}).ok());
        QCOMPARE(s.agenda({2025, 5, 9}).items.first().step.templateKey, QStringLiteral("reminder1"));

        QVERIFY(s.setPause(inv, PauseReason::OnHold).ok());
        Agenda a = s.agenda({2025, 5, 9});
        QVERIFY(a.items.isEmpty());
        QCOMPARE(a.paused, 1);
        QVERIFY(s.setPause(inv, PauseReason::None).ok());
        QCOMPARE(s.agenda({2025, 5, 9}).items.size(), 1);
        // A call where the client disputes the invoice pauses it.
        QVERIFY(s.recordAction(action(inv, {2025, 5, 9}, Channel::Phone, Outcome::Disputed), {2025, 5, 9}).ok());
        QCOMPARE(s.agenda({2025, 5, 9}).paused, 1);
        QCOMPARE(s.claim(inv, {2025, 5, 9})->invoice.pause, PauseReason::Disputed);
    }

    void badActionsChangeNothing()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2025, 4, 7}, {2025, 5, 7}, 100000);
        const CollectionService s(t.db());
        const QString before = t.dump();
        QCOMPARE(s.recordAction(action(inv, {2025, 6, 2}, Channel::Email), {2025, 6, 1}).error().field,
                 QStringLiteral("date"));
        QCOMPARE(s.recordAction(action(inv, QDate(2025, 2, 30), Channel::Email), {2025, 6, 1}).error().field,
                 QStringLiteral("date"));
        QCOMPARE(s.recordAction(action(999, {2025, 6, 1}, Channel::Email), {2025, 6, 1}).error().field,
                 QStringLiteral("invoice"));
        ActionInput letter = action(inv, {2025, 6, 1}, Channel::RegisteredLetter);
        letter.receiptDate = QDate(2025, 5, 30);
        QCOMPARE(s.recordAction(letter, {2025, 6, 1}).error().field, QStringLiteral("receipt_date"));
        QCOMPARE(s.recordReceipt(42, {2025, 6, 1}, {}, {2025, 6, 1}).error().field, QStringLiteral("action"));
        QCOMPARE(t.dump(), before);
    }

    void receiptMovesTheFormalNotice()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2025, 4, 7}, {2025, 5, 7}, 100000);
        const CollectionService s(t.db());
        for (const auto &[date, channel] :
             {std::pair{QDate(2025, 5, 7), Channel::Email}, std::pair{QDate(2025, 5, 14), Channel::Phone},
              std::pair{QDate(2025, 5, 22), Channel::Email}})
            QVERIFY(s.recordAction(action(inv, date, channel), date).ok());
        ActionInput letter = action(inv, {2025, 6, 10}, Channel::RegisteredLetter);
        letter.trackingNumber = QStringLiteral("1A 123 456 7890 1");
        const Result<qint64> sent = s.recordAction(letter, {2025, 6, 10});
        QVERIFY(sent.ok());
        QCOMPARE(s.claim(inv, {2025, 6, 11})->next->date, QDate(2025, 6, 18));
        QVERIFY(s.claim(inv, {2025, 6, 11})->next->receiptAssumed);
        QVERIFY(s.recordReceipt(*sent, {2025, 6, 12}, {}, {2025, 6, 13}).ok());
        const InvoiceClaim c = *s.claim(inv, {2025, 6, 13});
        QCOMPARE(c.next->date, QDate(2025, 6, 20));
        QCOMPARE(c.history.last().trackingNumber, QStringLiteral("1A 123 456 7890 1"));
        QCOMPARE(c.history.last().receiptDate, QDate(2025, 6, 12));
    }

    void claimsFollowTheClientsLaw()
    {
        test::TempDatabase t;
        const CollectionService s(t.db());
        // LEGAL.md example 1 through the service, then with the client's contractual rate.
        const qint64 pro = t.addClient(QStringLiteral("Acme"));
        const qint64 b2b = t.addInvoice(QStringLiteral("F-1"), pro, {2024, 2, 14}, {2024, 3, 15}, 100000);
        InvoiceClaim c = *s.claim(b2b, {2024, 6, 10});
        QCOMPARE(c.profile.key, QStringLiteral("fr-b2b"));
        QCOMPARE(c.interest->interest.cents(), 3456);
        QCOMPARE(c.interest->indemnity.cents(), 4000);
        QCOMPARE(c.risk, RecoveryRisk::High);  // 87 days
        QCOMPARE(c.limitation.expires, QDate(2029, 2, 14));
        // Paid on 10 June: interest stops there, whatever the day asked.
        t.pay(b2b, {2024, 6, 10}, 100000);
        c = *s.claim(b2b, {2024, 12, 31});
        QCOMPARE(c.interest->interest.cents(), 3456);
        QCOMPARE(c.risk, RecoveryRisk::None);

        // LEGAL.md example 4: a consumer, interest from the formal notice only.
        const qint64 person = t.addClient(QStringLiteral("Claire"), true);
        const qint64 b2c = t.addInvoice(QStringLiteral("F-2"), person, {2025, 1, 1}, {2025, 1, 31}, 120000);
        c = *s.claim(b2c, {2025, 5, 2});
        QCOMPARE(c.profile.key, QStringLiteral("fr-b2c"));
        QVERIFY(!c.interest);
        QVERIFY(c.interestUnavailable.contains(QStringLiteral("formal notice")));
        QVERIFY(s.recordAction(action(b2c, {2025, 3, 3}, Channel::FormalNotice), {2025, 3, 3}).ok());
        c = *s.claim(b2c, {2025, 5, 2});
        QCOMPARE(c.noticeDate, QDate(2025, 3, 3));
        QCOMPARE(c.interest->interest.cents(), 732);
        QCOMPARE(c.interest->indemnity.cents(), 0);

        // A Belgian business client of a French freelancer: French law by default (Rome I art.
        // 4(1)(b)), so L441-10: 60 d at 13.15 % on 2,000.00 = 43.23, + 40 EUR; the forum is Belgium.
        Client be;
        be.name = QStringLiteral("Brussels SA");
        be.country = QStringLiteral("BE");
        const qint64 beId = *ClientService(t.db()).add(be);
        const qint64 beInv = t.addInvoice(QStringLiteral("F-3"), beId, {2025, 2, 1}, {2025, 3, 1}, 200000);
        c = *s.claim(beInv, {2025, 4, 30});
        QCOMPARE(c.profile.key, QStringLiteral("fr-b2b"));
        QCOMPARE(c.law.law, QStringLiteral("FR"));
        QCOMPARE(c.law.forum, QStringLiteral("BE"));
        QVERIFY(c.law.crossBorder);
        QVERIFY(!c.law.chosen);
        QCOMPARE(c.interest->interest.cents(), 4323);
        QCOMPARE(c.interest->indemnity.cents(), 4000);
        // The contract chose Belgian law: the Belgian published rate (LEGAL.md example 5).
        be = *ClientRepository(t.db()).findById(beId);
        be.governingLaw = QStringLiteral("BE");
        QVERIFY(ClientService(t.db()).update(be).ok());
        c = *s.claim(beInv, {2025, 4, 30});
        QCOMPARE(c.profile.key, QStringLiteral("be-b2b"));
        QVERIFY(c.law.chosen);
        QCOMPARE(c.interest->interest.cents(), 3781);  // LEGAL.md example 5
    }

    void userRatesUnlockNewHalfYears()
    {
        test::TempDatabase t;
        const CollectionService s(t.db());
        const CollectionSettingsService settings(t.db());
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2026, 5, 16}, {2026, 6, 15}, 100000);
        InvoiceClaim c = *s.claim(inv, {2026, 7, 15});
        QVERIFY(!c.interest);
        QVERIFY2(c.interestUnavailable.contains(QStringLiteral("2026-H2")), qPrintable(c.interestUnavailable));

        const QString before = t.dump();
        HalfYearRates bad;
        bad.half = {2026, 2};
        bad.ecb = 215;
        QCOMPARE(settings.addHalfYear(bad, {2026, 11, 23}).error().field, QStringLiteral("source"));
        bad.source = QStringLiteral("ECB");
        bad.half = {2026, 1};
        bad.ecb = 300;
        QCOMPARE(settings.addHalfYear(bad, {2026, 11, 23}).error().field, QStringLiteral("ecb"));
        QCOMPARE(settings.removeHalfYear({2026, 1}).error().field, QStringLiteral("half"));
        QCOMPARE(t.dump(), before);

        const Result<HalfYearRates> carried = settings.carryForward({2026, 11, 23});
        QVERIFY(carried.ok());
        QCOMPARE(carried->half.key(), QStringLiteral("2026-H2"));
        QCOMPARE(carried->legalOther, std::optional(262));
        QVERIFY(carried->source.contains(QStringLiteral("2026-H1")));
        c = *s.claim(inv, {2026, 7, 15});
        QCOMPARE(c.interest->interest.cents(), 999);                                             // 30 d at 12.15 %
        QCOMPARE(settings.carryForward({2026, 11, 23})->half.key(), QStringLiteral("2027-H1"));  // again: the next one
        QVERIFY(settings.removeHalfYear({2027, 1}).ok());
        QVERIFY(settings.removeHalfYear({2026, 2}).ok());
        QVERIFY(!s.claim(inv, {2026, 7, 15})->interest);
    }

    void laddersAreCheckedAndChosenPerClient()
    {
        test::TempDatabase t;
        const CollectionSettingsService settings(t.db());
        QCOMPARE(settings.ladders().size(), 2);
        Ladder ladder;
        ladder.name = QStringLiteral("  ");
        QCOMPARE(settings.saveLadder(ladder).error().field, QStringLiteral("name"));
        ladder.name = QStringLiteral("Mine");
        QCOMPARE(settings.saveLadder(ladder).error().field, QStringLiteral("steps"));
        LadderStep notice;
        notice.templateKey = QStringLiteral("formal-notice");
        notice.anchor = StepAnchor::Receipt;
        ladder.steps = {notice};
        const Result<qint64> refused = settings.saveLadder(ladder);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("step 1:")));
        ladder.name = QStringLiteral("standard");
        ladder.steps.first().anchor = StepAnchor::DueDate;
        QCOMPARE(settings.saveLadder(ladder).error().field, QStringLiteral("name"));  // same name, any case
        ladder.name = QStringLiteral("Mine");
        ladder.steps.first().offsetDays = 10;
        LadderStep courtesy;
        courtesy.templateKey = QStringLiteral("courtesy");
        courtesy.offsetDays = -3;
        courtesy.autoSend = true;  // the morning run sends this one by itself
        ladder.steps.prepend(courtesy);
        const Result<qint64> id = settings.saveLadder(ladder);
        QVERIFY(id.ok());
        const Ladder stored = settings.ladderFor(*id);
        QCOMPARE(stored.steps.size(), 2);
        QVERIFY(stored.steps.at(0).autoSend);
        QVERIFY(!stored.steps.at(1).autoSend);  // off unless turned on
        ladder.steps.removeFirst();
        ladder.id = *id;
        QVERIFY(settings.saveLadder(ladder).ok());

        // A client on this ladder: the formal notice 10 days after the due date.
        Client c;
        c.name = QStringLiteral("Acme");
        c.ladderId = *id;
        const qint64 client = *ClientService(t.db()).add(c);
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2025, 4, 7}, {2025, 5, 7}, 100000);
        const Agenda a = CollectionService(t.db()).agenda({2025, 5, 19});
        QCOMPARE(a.items.size(), 1);
        QCOMPARE(a.items.first().ladderName, QStringLiteral("Mine"));
        QCOMPARE(a.items.first().plan.date, QDate(2025, 5, 19));  // 17 May is a Saturday
        // Removing it sends the client back to the default ladder.
        QVERIFY(settings.removeLadder(*id).ok());
        QVERIFY(!ClientRepository(t.db()).findById(client)->ladderId);
        QCOMPARE(CollectionService(t.db()).agenda({2025, 5, 19}).items.first().stepIndex,
                 1);  // the first e-mail: the courtesy reminder is past
        Q_UNUSED(inv);
    }

    // The agenda and the figures on a big book with agreements (timed by bench/relance_bench).
    void agendaOnABigBook()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Big client"));
        t.addBulkInvoices(client, 100000);  // 2,000 of them unpaid
        const Agenda a = CollectionService(t.db()).agenda({2026, 11, 23});
        QCOMPARE(a.items.size(), 2000);

        // With agreements on a tenth of the open invoices: plans (a quarter of them late),
        // promises and disputes. The agenda and the dashboard's figures read them in a few
        // queries, not one per plan.
        const QList<Invoice> open = InvoiceRepository(t.db()).openInvoices();
        const QDate agreed(2026, 9, 1);
        for (int i = 0; i < 300; ++i) {
            const Invoice &inv = open.at(i);
            if (i % 3 == 0) {
                PlanRequest r;
                r.invoiceIds = {inv.id};
                r.agreedOn = agreed;
                r.first = i % 4 == 0 ? QDate(2026, 10, 1) : QDate(2026, 12, 1);
                r.count = 4;
                r.waiveInterest = r.waiveIndemnity = true;
                QVERIFY(AgreementService(t.db()).addPlan(r, agreed).ok());
            } else if (i % 3 == 1) {
                PaymentPromise p;
                p.invoiceId = inv.id;
                p.madeOn = {2026, 11, 20};
                p.promisedDate = {2026, 11, 25};
                QVERIFY(DisputeService(t.db()).promise(p, {2026, 11, 20}).ok());
            } else {
                Dispute d;
                d.invoiceId = inv.id;
                d.openedOn = {2026, 11, 1};
                d.reason = QStringLiteral("Quality");
                d.contestedCents = 10000;
                QVERIFY(DisputeService(t.db()).open(d, {2026, 11, 1}).ok());
            }
        }
        const Agenda withAgreements = CollectionService(t.db()).agenda({2026, 11, 23});
        const AgreementFigures figures = DashboardService(t.db()).agreements({2026, 11, 23});
        QCOMPARE(withAgreements.inPlans, 100);
        QCOMPARE(withAgreements.promised, 100);
        QCOMPARE(withAgreements.paused, 100);
        QCOMPARE(figures.plansLate, 25);
        QCOMPARE(figures.plansOnTrack, 75);
        QCOMPARE(figures.promisedThisWeek, 100);
        QCOMPARE(figures.disputed, 100);
        QCOMPARE(withAgreements.items.size(), 1700 + 25);  // the late plans' reminders

        // The dashboard's key figures over the same book: grouped queries on the indexes.
        const KeyFigures key = DashboardService(t.db()).keyFigures({2026, 11, 23});
        QCOMPARE(key.months.size(), 12);
        QCOMPARE(key.topOverdue.size(), 1);
        QCOMPARE(key.topOverdue.first().invoices, 2000);
        QVERIFY(key.dso.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCollection)
#include "tst_collection.moc"
