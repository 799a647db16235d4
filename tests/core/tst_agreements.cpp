#include "services/agreementservice.h"
#include "services/collectionservice.h"
#include "services/disputeservice.h"
#include "storage/agreementrepository.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

// Payment plans, settlements, disputes and promises through the services, on a real database
// file: what they store, and how they pause and resume the agenda, day by day.
class TestAgreements : public QObject
{
    Q_OBJECT

    static PlanRequest monthly(QList<qint64> invoices, const QDate &agreed, int count, const QDate &first)
    {
        PlanRequest r;
        r.invoiceIds = std::move(invoices);
        r.agreedOn = agreed;
        r.frequency = PlanFrequency::Monthly;
        r.count = count;
        r.first = first;
        return r;
    }

    static QList<qint64> cents(const PaymentPlan &p)
    {
        QList<qint64> result;
        for (const PlanInstalment &i : p.instalments)
            result << i.cents;
        return result;
    }

    static const AgendaItem *itemFor(const Agenda &a, qint64 invoiceId, AgendaKind kind = AgendaKind::LadderStep)
    {
        for (const AgendaItem &i : a.items)
            if (i.invoice.id == invoiceId && i.kind == kind)
                return &i;
        return nullptr;
    }

    static Dispute dispute(qint64 invoice, const QDate &opened, const QString &reason, qint64 cents)
    {
        Dispute d;
        d.invoiceId = invoice;
        d.openedOn = opened;
        d.reason = reason;
        d.contestedCents = cents;
        return d;
    }

    static ActionInput done(qint64 invoice, const QDate &date, Channel channel)
    {
        ActionInput a;
        a.invoiceId = invoice;
        a.date = date;
        a.channel = channel;
        return a;
    }

private slots:
    void schedulesAddUpToTheCent()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 big = t.addInvoice(QStringLiteral("F-1"), c, {2025, 10, 1}, {2025, 10, 31}, 100000);
        const qint64 tiny = t.addInvoice(QStringLiteral("F-2"), c, {2025, 10, 1}, {2025, 10, 31}, 5);
        const AgreementService s(t.db());
        const QDate today(2025, 10, 20);  // not due yet: no interest, no indemnity

        const Result<qint64> id = s.addPlan(monthly({big}, today, 3, {2025, 11, 30}), today);
        QVERIFY2(id.ok(), qPrintable(id.error().describe()));
        const PaymentPlan stored = s.plan(*id, today)->plan;
        QCOMPARE(cents(stored), (QList<qint64>{33333, 33333, 33334}));
        QCOMPARE(stored.instalments.at(1).date, QDate(2025, 12, 30));
        QCOMPARE(stored.instalments.at(2).date, QDate(2026, 1, 30));
        QCOMPARE(stored.targetCents(), 100000);
        QCOMPARE(stored.invoiceNumbers, QStringList{QStringLiteral("F-1")});

        PlanRequest weekly = monthly({tiny}, today, 4, {2025, 10, 23});
        weekly.frequency = PlanFrequency::Weekly;
        const Result<PaymentPlan> draft = s.draftPlan(weekly);
        QVERIFY(draft.ok());
        QCOMPARE(cents(*draft), (QList<qint64>{1, 1, 1, 2}));
        QCOMPARE(draft->instalments.last().date, QDate(2025, 11, 13));

        // A deposit comes first; the rest is spread.
        PlanRequest deposit = monthly({big}, today, 3, {2025, 11, 30});
        deposit.invoiceIds = {tiny};
        deposit.depositCents = 2;
        deposit.count = 2;
        const Result<PaymentPlan> withDeposit = s.draftPlan(deposit);
        QVERIFY(withDeposit.ok());
        QCOMPARE(cents(*withDeposit), (QList<qint64>{2, 1, 2}));
        QVERIFY(withDeposit->instalments.first().deposit);
        QCOMPARE(withDeposit->instalments.first().date, today);
    }

    void aPlanKeepsOrWaivesInterestAndIndemnity()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const AgreementService s(t.db());
        const QDate agreed(2025, 8, 25);  // 56 days late at 12.15 %: 1200 x 12.15 % x 56 / 365 = 22.37
        PlanRequest r = monthly({inv}, agreed, 2, {2025, 9, 25});
        const Result<PaymentPlan> kept = s.draftPlan(r);
        QVERIFY(kept.ok());
        QCOMPARE(kept->balanceCents, 120000);
        QCOMPARE(kept->interestCents, 2237);
        QCOMPARE(kept->indemnityCents, 4000);
        QCOMPARE(kept->targetCents(), 126237);
        QCOMPARE(cents(*kept), (QList<qint64>{63118, 63119}));
        r.waiveInterest = true;
        QCOMPARE(s.draftPlan(r)->targetCents(), 124000);
        r.waiveIndemnity = true;
        QCOMPARE(s.draftPlan(r)->targetCents(), 120000);

        // Typed by hand: must add up to what the plan covers.
        r.frequency = PlanFrequency::Custom;
        r.instalments = {{{2025, 9, 1}, 50000, true}, {{2025, 10, 1}, 60000, false}};
        Result<PaymentPlan> typed = s.draftPlan(r);
        QVERIFY(!typed.ok());
        QCOMPARE(typed.error().field, QStringLiteral("instalments"));
        QVERIFY(typed.error().message.contains(QStringLiteral("1,100.00")));
        r.instalments.append({{2025, 11, 1}, 10000, false});
        QVERIFY(s.draftPlan(r).ok());
        r.instalments.swapItemsAt(1, 2);
        QCOMPARE(s.draftPlan(r).error().field, QStringLiteral("instalments"));  // out of date order
    }

    void paymentsFillTheInstalmentsInOrder()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 9, 1}, {2025, 10, 1}, 100000);
        t.pay(inv, {2025, 9, 15}, 10000);  // before the plan: not counted for it
        const AgreementService s(t.db());
        const QDate agreed(2025, 10, 1);
        PlanRequest r = monthly({inv}, agreed, 3, {2025, 10, 15});
        r.waiveIndemnity = true;
        const Result<qint64> id = s.addPlan(r, agreed);
        QVERIFY(id.ok());
        QCOMPARE(cents(s.plan(*id, agreed)->plan), (QList<qint64>{30000, 30000, 30000}));

        // Under-payment: the first instalment settled, the second partly paid.
        t.pay(inv, {2025, 10, 14}, 40000);
        PlanView v = *s.plan(*id, {2025, 11, 20});
        QCOMPARE(v.progress.paidCents, 40000);
        QCOMPARE(v.progress.instalments.at(0).statusKey(), QStringLiteral("paid"));
        QCOMPARE(v.progress.instalments.at(1).paidCents, 10000);
        QCOMPARE(v.progress.instalments.at(1).statusKey(), QStringLiteral("overdue"));  // due 15 Nov
        QCOMPARE(v.progress.instalments.at(2).statusKey(), QStringLiteral("upcoming"));
        QCOMPARE(v.health, PlanHealth::Late);
        QCOMPARE(s.plan(*id, {2025, 11, 15})->health, PlanHealth::OnTrack);  // due that day, not late yet

        // Exactly paid, then over-paid: completed, with the surplus shown.
        t.pay(inv, {2025, 11, 20}, 50000);
        v = *s.plan(*id, {2025, 11, 20});
        QVERIFY(v.progress.completed());
        QCOMPARE(v.progress.surplusCents, 0);
        QCOMPARE(v.health, PlanHealth::Completed);
        t.pay(inv, {2025, 11, 21}, 2500);
        QCOMPARE(s.plan(*id, {2025, 11, 21})->progress.surplusCents, 2500);
    }

    void aBrokenPlanResumesTheLadderWithWaivedItemsRestored()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const CollectionService collection(t.db());
        const AgreementService s(t.db());
        QVERIFY(collection.recordAction(done(inv, {2025, 7, 1}, Channel::Email), {2025, 7, 1}).ok());  // reminder 1
        QVERIFY(collection.recordAction(done(inv, {2025, 7, 8}, Channel::Phone), {2025, 7, 8}).ok());  // the call

        PlanRequest r = monthly({inv}, {2025, 7, 15}, 3, {2025, 8, 15});
        r.waiveInterest = true;
        r.waiveIndemnity = true;
        const Result<qint64> id = s.addPlan(r, {2025, 7, 15});
        QVERIFY(id.ok());
        QCOMPARE(s.plan(*id, {2025, 7, 15})->plan.targetCents(), 120000);

        // While the plan holds: nothing claimed beyond the balance, the ladder is silent.
        auto claim = collection.claim(inv, {2025, 8, 1});
        QVERIFY2(claim->interest, qPrintable(claim->interestUnavailable));
        QCOMPARE(claim->interest->interest.cents(), 0);
        QCOMPARE(claim->interest->indemnity.cents(), 0);
        QCOMPARE(claim->waivedInterestCents, 1278);  // 32 days: 1200 x 12.15 % x 32 / 365 = 12.78
        QCOMPARE(claim->waivedIndemnityCents, 4000);
        QCOMPARE(claim->waivedBy, QStringLiteral("payment plan %1").arg(*id));
        QVERIFY(claim->inPlan);
        QVERIFY(!claim->next);
        Agenda a = collection.agenda({2025, 8, 1});
        QVERIFY(a.items.isEmpty());
        QCOMPARE(a.inPlans, 1);

        // 15 August (a Friday and a holiday) unpaid: reminded on the next working day, Monday 18.
        QVERIFY(collection.agenda({2025, 8, 15}).items.isEmpty());
        a = collection.agenda({2025, 8, 18});
        QCOMPARE(a.items.size(), 1);
        QCOMPARE(a.items.first().kind, AgendaKind::InstalmentReminder);
        QCOMPARE(a.items.first().planId, *id);
        QCOMPARE(a.items.first().instalment, 0);
        QCOMPARE(a.items.first().instalmentOwedCents, 40000);
        QCOMPARE(a.items.first().plan.date, QDate(2025, 8, 18));
        QVERIFY(a.items.first().isDue());
        QVERIFY(s.remindInstalment(*id, 0, {2025, 8, 18}, Channel::Email, {}, {2025, 8, 18}).ok());

        // Eight days after the reminder: the plan is declared broken.
        QVERIFY(collection.agenda({2025, 8, 25}).items.isEmpty());
        a = collection.agenda({2025, 8, 26});
        QCOMPARE(a.items.size(), 1);
        QCOMPARE(a.items.first().kind, AgendaKind::PlanBroken);
        QVERIFY(s.breakPlan(*id, {2025, 8, 26}, {2025, 8, 26}).ok());
        QCOMPARE(s.plan(*id, {2025, 8, 26})->health, PlanHealth::Broken);
        QVERIFY(!s.breakPlan(*id, {2025, 8, 26}, {2025, 8, 26}).ok());

        // The ladder resumes at the step where it stood (second reminder), from that day, and
        // the interest and indemnity are claimed again: 57 days, 1200 x 12.15 % x 57 / 365 = 22.77,
        // + 40.00.
        a = collection.agenda({2025, 8, 26});
        const AgendaItem *item = itemFor(a, inv);
        QVERIFY(item);
        QCOMPARE(item->step.templateKey, QStringLiteral("reminder2"));
        QCOMPARE(item->plan.date, QDate(2025, 8, 26));
        claim = collection.claim(inv, {2025, 8, 26});
        QCOMPARE(claim->waivedInterestCents, 0);
        QCOMPARE(claim->interest->interest.cents(), 2277);
        QCOMPARE(claim->interest->indemnity.cents(), 4000);
        QCOMPARE(claim->interest->totalClaimed().cents(), 126277);
        QVERIFY(!claim->inPlan);
        QCOMPARE(claim->next->date, QDate(2025, 8, 26));  // the claim plans as the agenda does
    }

    void aBrokenPlanThatDidNotRestoreKeepsItsWaiver()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const AgreementService s(t.db());
        PlanRequest r = monthly({inv}, {2025, 7, 15}, 2, {2025, 8, 15});
        r.waiveInterest = true;
        r.restoreOnBreak = false;
        const Result<qint64> id = s.addPlan(r, {2025, 7, 15});
        QVERIFY(id.ok());
        QVERIFY(s.breakPlan(*id, {2025, 8, 25}, {2025, 8, 25}).ok());
        const auto claim = CollectionService(t.db()).claim(inv, {2025, 8, 25});
        QCOMPARE(claim->interest->interest.cents(), 0);
        QCOMPARE(claim->waivedInterestCents, 2237);
        QCOMPARE(claim->interest->indemnity.cents(), 4000);  // the indemnity was never waived
    }

    void refusedPlansChangeNothing()
    {
        test::TempDatabase t;
        const qint64 a = t.addClient(QStringLiteral("Acme"));
        const qint64 b = t.addClient(QStringLiteral("Bolt"));
        const qint64 fa = t.addInvoice(QStringLiteral("A-1"), a, {2025, 9, 1}, {2025, 10, 1}, 100000);
        const qint64 fb = t.addInvoice(QStringLiteral("B-1"), b, {2025, 9, 1}, {2025, 10, 1}, 100000);
        const qint64 paid = t.addInvoice(QStringLiteral("A-2"), a, {2025, 9, 1}, {2025, 10, 1}, 1000);
        t.pay(paid, {2025, 9, 20}, 1000);
        const AgreementService s(t.db());
        const QDate today(2025, 10, 10);
        QVERIFY(s.addPlan(monthly({fa}, today, 2, {2025, 11, 1}), today).ok());
        const QString before = t.dump();
        const QList<std::pair<PlanRequest, QString>> refused{
            {monthly({fb, fa}, today, 2, {2025, 11, 1}), QStringLiteral("invoice")},  // two clients
            {monthly({fa}, today, 2, {2025, 11, 1}), QStringLiteral("invoice")},      // already in a plan
            {monthly({paid}, today, 2, {2025, 11, 1}), QStringLiteral("invoice")},    // nothing left to pay
            {monthly({fb}, today, 0, {2025, 11, 1}), QStringLiteral("count")},
            {monthly({fb}, today, 2, {2025, 10, 1}), QStringLiteral("first")},  // before the agreement
            {monthly({fb}, QDate(2025, 2, 30), 2, {2025, 11, 1}), QStringLiteral("date")},
            {monthly({fb}, {2025, 10, 11}, 2, {2025, 11, 1}), QStringLiteral("date")},  // tomorrow
            {monthly({9999}, today, 2, {2025, 11, 1}), QStringLiteral("invoice")},
        };
        for (const auto &[request, field] : refused) {
            const Result<qint64> r = s.addPlan(request, today);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, field);
        }
        PlanRequest deposit = monthly({fb}, today, 2, {2025, 11, 1});
        deposit.depositCents = 200000;  // more than the balance, interest and indemnity
        QCOMPARE(s.addPlan(deposit, today).error().field, QStringLiteral("deposit"));
        QVERIFY(DisputeService(t.db()).open(dispute(fb, today, QStringLiteral("Hours"), 5000), today).ok());
        const QString disputed = t.dump();
        QCOMPARE(s.addPlan(monthly({fb}, today, 2, {2025, 11, 1}), today).error().field, QStringLiteral("invoice"));
        QCOMPARE(t.dump(), disputed);
        QVERIFY(before != disputed);
    }

    void aDisputeLeavesTheAgendaUntilResolved()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const qint64 other = t.addInvoice(QStringLiteral("F-2"), c, {2025, 5, 31}, {2025, 6, 30}, 60000);
        const CollectionService collection(t.db());
        const DisputeService disputes(t.db());
        QVERIFY(itemFor(collection.agenda({2025, 7, 1}), inv));

        const Dispute d = dispute(inv, {2025, 7, 2}, QStringLiteral("12 hours billed, 9 worked"), 30000);
        const QString before = t.dump();
        Dispute tooMuch = d;
        tooMuch.contestedCents = 120001;
        QCOMPARE(disputes.open(tooMuch, {2025, 7, 2}).error().field, QStringLiteral("amount"));
        Dispute noReason = d;
        noReason.reason = QStringLiteral("  ");
        QCOMPARE(disputes.open(noReason, {2025, 7, 2}).error().field, QStringLiteral("reason"));
        QCOMPARE(t.dump(), before);

        const Result<qint64> id = disputes.open(d, {2025, 7, 2});
        QVERIFY(id.ok());
        QCOMPARE(disputes.open(d, {2025, 7, 2}).error().field, QStringLiteral("invoice"));  // already open
        QVERIFY(!collection.setPause(inv, PauseReason::None).ok());                         // resolved, not resumed
        for (const QDate &day : {QDate(2025, 7, 2), QDate(2025, 8, 3), QDate(2025, 9, 1)}) {
            const Agenda a = collection.agenda(day);
            QVERIFY(!itemFor(a, inv));
            QVERIFY(itemFor(a, other));
            QCOMPARE(a.paused, 1);
        }

        // Upheld on 1 September: chasing resumes that day, at the step where it stood.
        QCOMPARE(disputes.resolve(*id, DisputeResolution::Upheld, {2025, 7, 1}, {}, {2025, 9, 1}).error().field,
                 QStringLiteral("date"));  // before it was opened
        QVERIFY(disputes
                    .resolve(*id, DisputeResolution::Upheld, {2025, 9, 1}, QStringLiteral("Timesheets signed"),
                             {2025, 9, 1})
                    .ok());
        QVERIFY(!disputes.resolve(*id, DisputeResolution::Upheld, {2025, 9, 1}, {}, {2025, 9, 1}).ok());
        const Agenda resumed = collection.agenda({2025, 9, 1});  // the item points into it
        const AgendaItem *item = itemFor(resumed, inv);
        QVERIFY(item);
        QCOMPARE(item->step.templateKey, QStringLiteral("reminder1"));
        QCOMPARE(item->plan.date, QDate(2025, 9, 1));
        QCOMPARE(collection.claim(inv, {2025, 9, 1})->invoice.pause, PauseReason::None);
    }

    void aDisputeResolvedByACreditNoteReducesTheBalance()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const DisputeService disputes(t.db());
        const Result<qint64> id =
            disputes.open(dispute(inv, {2025, 7, 2}, QStringLiteral("Three hours too many"), 30000), {2025, 7, 2});
        QVERIFY(id.ok());
        QCOMPARE(
            disputes.resolve(*id, DisputeResolution::Credited, {2025, 7, 20}, {}, {2025, 7, 20}, 120001).error().field,
            QStringLiteral("amount"));
        QVERIFY(disputes
                    .resolve(*id, DisputeResolution::Credited, {2025, 7, 20}, {}, {2025, 7, 20}, 30000,
                             QStringLiteral("AV-2026-004"))
                    .ok());
        const Invoice after = *InvoiceRepository(t.db()).findById(inv);
        QCOMPARE(after.balance().cents(), 90000);
        QCOMPARE(after.pause, PauseReason::None);
        const QList<Dispute> list = DisputeRepository(t.db()).disputesForInvoice(inv);
        QCOMPARE(list.first().resolution, DisputeResolution::Credited);
        QVERIFY(list.first().creditPaymentId > 0);
    }

    void aPromisePausesUntilTheDayAfterAndAMissedOneIsFlagged()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 120000);
        const CollectionService collection(t.db());
        QVERIFY(collection.recordAction(done(inv, {2025, 7, 1}, Channel::Email), {2025, 7, 1}).ok());

        // The call of 8 July: "I will pay on the 20th".
        ActionInput call = done(inv, {2025, 7, 8}, Channel::Phone);
        call.outcome = Outcome::Promised;
        call.promisedDate = {2025, 7, 6};
        const QString before = t.dump();
        QCOMPARE(collection.recordAction(call, {2025, 7, 8}).error().field, QStringLiteral("promised_date"));
        QCOMPARE(t.dump(), before);
        call.promisedDate = {2025, 7, 20};
        QVERIFY(collection.recordAction(call, {2025, 7, 8}).ok());
        const QList<PaymentPromise> promises = DisputeRepository(t.db()).promisesForInvoice(inv);
        QCOMPARE(promises.size(), 1);
        QCOMPARE(promises.first().promisedDate, QDate(2025, 7, 20));

        // The second reminder was for 16 July; it waits for the promise.
        for (const QDate &day : {QDate(2025, 7, 16), QDate(2025, 7, 20)}) {
            const Agenda a = collection.agenda(day);
            QVERIFY(!itemFor(a, inv));
            QCOMPARE(a.promised, 1);
        }
        const auto claim = collection.claim(inv, {2025, 7, 16});
        QCOMPARE(claim->promisedUntil, QDate(2025, 7, 20));
        QCOMPARE(claim->next->date, QDate(2025, 7, 21));
        const Agenda upcoming = collection.agenda({2025, 7, 20}, 1);
        QCOMPARE(itemFor(upcoming, inv)->plan.date, QDate(2025, 7, 21));
        const Agenda a = collection.agenda({2025, 7, 21});
        const AgendaItem *item = itemFor(a, inv);
        QVERIFY(item);
        QCOMPARE(item->step.templateKey, QStringLiteral("reminder2"));
        QCOMPARE(item->plan.date, QDate(2025, 7, 21));
        QCOMPARE(item->missedPromise, QDate(2025, 7, 20));
        QCOMPARE(a.promised, 0);

        // Once the step is done after the promise, it is no longer flagged.
        QVERIFY(collection.recordAction(done(inv, {2025, 7, 21}, Channel::Email), {2025, 7, 21}).ok());
        const Agenda later = collection.agenda({2025, 8, 31});
        const AgendaItem *next = itemFor(later, inv);
        QVERIFY(next);
        QVERIFY(!next->missedPromise.isValid());

        // A promise kept: the invoice is paid and leaves the agenda for good.
        const qint64 kept = t.addInvoice(QStringLiteral("F-2"), c, {2025, 5, 31}, {2025, 6, 30}, 10000);
        PaymentPromise promise;
        promise.invoiceId = kept;
        promise.madeOn = {2025, 7, 8};
        promise.promisedDate = {2025, 7, 10};
        QVERIFY(DisputeService(t.db()).promise(promise, {2025, 7, 8}).ok());
        t.pay(kept, {2025, 7, 10}, 10000);
        QVERIFY(!itemFor(collection.agenda({2025, 7, 21}), kept));
    }

    void aSettlementRecordsItsTermsAndItsPlan()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 f1 = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 60000);
        const qint64 f2 = t.addInvoice(QStringLiteral("F-2"), c, {2025, 5, 31}, {2025, 6, 30}, 30000);
        const AgreementService s(t.db());
        Settlement st;
        st.invoiceIds = {f1, f2};
        st.date = {2025, 8, 3};
        st.agreedWith = QStringLiteral("Mme Durand");
        st.channel = Channel::Phone;
        st.waiveInterest = true;
        st.terms = QStringLiteral("Hours checked together.");
        PlanRequest plan = monthly({}, {}, 3, {2025, 9, 5});
        const QString before = t.dump();
        Settlement badDiscount = st;
        badDiscount.discountBasisPoints = 300;
        QCOMPARE(s.addSettlement(badDiscount, plan, {2025, 8, 3}).error().field, QStringLiteral("discount_until"));
        QCOMPARE(t.dump(), before);

        const Result<qint64> id = s.addSettlement(st, plan, {2025, 8, 3});
        QVERIFY2(id.ok(), qPrintable(id.error().describe()));
        const Settlement stored = *s.settlement(*id);
        QCOMPARE(stored.status, SettlementStatus::Proposed);
        QCOMPARE(stored.invoiceNumbers, (QStringList{QStringLiteral("F-1"), QStringLiteral("F-2")}));
        QVERIFY(stored.planId > 0);
        const PlanView p = *s.plan(stored.planId, {2025, 8, 3});
        QVERIFY(p.plan.waiveInterest);
        QCOMPARE(p.plan.settlementId, *id);
        QCOMPARE(p.plan.targetCents(), 90000 + 8000);  // interest waived, two indemnities kept
        const QString terms = s.termsText(stored);
        QVERIFY(terms.contains(QStringLiteral("Mme Durand")));
        QVERIFY(terms.contains(QStringLiteral("980.00")));
        QVERIFY(terms.contains(QStringLiteral("326.66")));
        QVERIFY(terms.contains(QStringLiteral("interest is waived")));
        QVERIFY(terms.contains(QStringLiteral("claimed again")));
        QVERIFY(terms.endsWith(QStringLiteral("Hours checked together.")));

        // The confirmation letter confirms it; breaking it breaks its plan.
        QVERIFY(s.setSettlementStatus(*id, SettlementStatus::Confirmed, {2025, 8, 4}, {2025, 8, 4}).ok());
        QVERIFY(s.setSettlementStatus(*id, SettlementStatus::Broken, {2025, 9, 20}, {2025, 9, 20}).ok());
        QCOMPARE(s.plan(stored.planId, {2025, 9, 20})->health, PlanHealth::Broken);
        QVERIFY(!s.setSettlementStatus(*id, SettlementStatus::Honoured, {2025, 9, 20}, {2025, 9, 20}).ok());
        QVERIFY(CollectionService(t.db()).claim(f1, {2025, 9, 20})->interest->interest.cents() > 0);
    }

    void aNewDueDateHoldsTheChaseLikeAPromise()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, {2025, 5, 31}, {2025, 6, 30}, 60000);
        const AgreementService s(t.db());
        Settlement st;
        st.invoiceIds = {inv};
        st.date = {2025, 7, 3};
        st.newDueDate = {2025, 7, 31};
        QVERIFY(s.addSettlement(st, std::nullopt, {2025, 7, 3}).ok());
        const CollectionService collection(t.db());
        QVERIFY(!itemFor(collection.agenda({2025, 7, 31}), inv));
        const Agenda resumed = collection.agenda({2025, 8, 1});
        const AgendaItem *item = itemFor(resumed, inv);
        QVERIFY(item);
        QCOMPARE(item->plan.date, QDate(2025, 8, 1));
        QCOMPARE(item->missedPromise, QDate(2025, 7, 31));
    }
};

QTEST_GUILESS_MAIN(TestAgreements)
#include "tst_agreements.moc"
