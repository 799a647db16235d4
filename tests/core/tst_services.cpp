#include "services/clientservice.h"
#include "services/dashboardservice.h"
#include "services/demodata.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

class TestServices : public QObject
{
    Q_OBJECT

    static Invoice invoice(const QString &number, qint64 clientId, qint64 cents)
    {
        Invoice inv;
        inv.number = number;
        inv.clientId = clientId;
        inv.issueDate = QDate(2026, 1, 10);
        inv.dueDate = QDate(2026, 2, 9);
        inv.amountInclCents = cents;
        inv.amountExclCents = cents;
        return inv;
    }

private slots:

    // Look-alike names are one client: a decomposed "é" (as macOS files write it), capitals
    // beyond ASCII, doubled spaces.
    void lookAlikeClientNamesAreOneClient()
    {
        test::TempDatabase t;
        const qint64 id = t.addClient(QStringLiteral("École Dupont"));
        const ClientRepository clients(t.db());
        const QString decomposed = QStringLiteral("E\u0301cole Dupont");
        QVERIFY(decomposed != QStringLiteral("École Dupont"));
        for (const QString &name : {decomposed, QStringLiteral("ÉCOLE DUPONT"), QStringLiteral("école  dupont"),
                                    QStringLiteral(" Ecole Dupont ").replace(QLatin1Char('E'), QStringLiteral("É"))}) {
            const auto found = clients.findByName(name);
            QVERIFY2(found && found->id == id, qPrintable(name));
        }
        QVERIFY(!clients.findByName(QStringLiteral("Ecole Dupont")));  // an accent is not a case
        Client twin;
        twin.name = decomposed;
        const Result<qint64> refused = ClientService(t.db()).add(twin);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        Client other;
        other.name = QStringLiteral("E\u0301glise Saint-Jean");  // stored composed
        const Result<qint64> added = ClientService(t.db()).add(other);
        QVERIFY(added.ok());
        QCOMPARE(clients.findById(*added)->name, QStringLiteral("Église Saint-Jean"));
    }
    void clientValidationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << "name"
                                    << "";
        QTest::newRow("short siret") << "siret"
                                     << "1234";
        QTest::newRow("letters in siret") << "siret"
                                          << "8523456780001A";
        QTest::newRow("bad email") << "email"
                                   << "camille.at.example";
        QTest::newRow("bad vat") << "vat"
                                 << "12-34";
        QTest::newRow("bad country") << "country"
                                     << "France";
    }
    void clientValidationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Client c;
        c.name = QStringLiteral("Valid");
        if (field == QLatin1String("name"))
            c.name = value;
        if (field == QLatin1String("siret"))
            c.sirenSiret = value;
        if (field == QLatin1String("email"))
            c.email = value;
        if (field == QLatin1String("vat"))
            c.vatNumber = value;
        if (field == QLatin1String("country"))
            c.country = value;
        const Status s = ClientService::validate(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
    }

    void acceptsSirenWithSpaces()
    {
        Client c;
        c.name = QStringLiteral("Atelier");
        c.sirenSiret = QStringLiteral("812 345 678 00017");
        QVERIFY(ClientService::validate(c).ok());
        c.sirenSiret = QStringLiteral("812 345 678");
        QVERIFY(ClientService::validate(c).ok());
    }

    void duplicateClientNameIsRefused()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Atelier Lumière"));
        Client c;
        c.name = QStringLiteral("atelier lumière ");
        const auto id = ClientService(t.db()).add(c);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, QStringLiteral("name"));
        QCOMPARE(ClientRepository(t.db()).count(), 1);
    }

    void invoiceValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("number") << "number";
        QTest::newRow("due before issue") << "due_date";
        QTest::newRow("zero amount") << "amount_incl";
        QTest::newRow("excl above incl") << "amount_excl";
        QTest::newRow("currency") << "currency";
        QTest::newRow("client") << "client";
    }
    void invoiceValidation()
    {
        QFETCH(QString, field);
        Invoice inv = invoice(QStringLiteral("F-1"), 1, 1000);
        if (field == QLatin1String("number"))
            inv.number = QStringLiteral("  ");
        if (field == QLatin1String("due_date"))
            inv.dueDate = QDate(2026, 1, 9);
        if (field == QLatin1String("amount_incl"))
            inv.amountInclCents = 0;
        if (field == QLatin1String("amount_excl"))
            inv.amountExclCents = 1001;
        if (field == QLatin1String("currency"))
            inv.currency = QStringLiteral("euro");
        if (field == QLatin1String("client"))
            inv.clientId = 0;
        const Status s = InvoiceService::validate(inv);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
    }

    void duplicateInvoiceNumberLeavesTheDatabaseAsItWas()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const qint64 d = t.addClient(QStringLiteral("Durand"));
        t.addInvoice(QStringLiteral("F-2026-001"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 50000);
        const QString before = t.dump();
        const auto again = InvoiceService(t.db()).add(invoice(QStringLiteral("F-2026-001"), d, 99900));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("number"));
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));
        QCOMPARE(t.dump(), before);
    }

    void invoiceForUnknownClientIsRefused()
    {
        test::TempDatabase t;
        const auto id = InvoiceService(t.db()).add(invoice(QStringLiteral("F-1"), 77, 1000));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, QStringLiteral("client"));
    }

    void updateInvoiceKeepsNumberUnique()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 50000);
        const qint64 second = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 50000);
        Invoice edited = *InvoiceRepository(t.db()).findById(second);
        edited.number = QStringLiteral("F-1");
        QCOMPARE(InvoiceService(t.db()).update(edited).error().field, QStringLiteral("number"));
        edited.number = QStringLiteral("F-2b");
        edited.amountInclCents = 70000;
        QVERIFY(InvoiceService(t.db()).update(edited).ok());
        QCOMPARE(InvoiceRepository(t.db()).findById(second)->amountInclCents, 70000);
    }

    void partialPaymentsThenOverpayment()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 120000);
        const InvoiceRepository invoices(t.db());
        t.pay(inv, QDate(2026, 2, 10), 50000);
        QCOMPARE(invoices.findById(inv)->status(), InvoiceStatus::PartiallyPaid);
        QCOMPARE(invoices.findById(inv)->balance().cents(), 70000);
        t.pay(inv, QDate(2026, 3, 1), 70000);
        QCOMPARE(invoices.findById(inv)->status(), InvoiceStatus::Paid);
        t.pay(inv, QDate(2026, 3, 2), 1500);
        QCOMPARE(invoices.findById(inv)->status(), InvoiceStatus::Overpaid);
        QCOMPARE(invoices.findById(inv)->balance().cents(), -1500);
        QCOMPARE(PaymentRepository(t.db()).forInvoice(inv).size(), 3);
    }

    void onePaymentOverSeveralInvoices()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Durand"));
        const qint64 a = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 b = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 1, 3), QDate(2026, 2, 2), 30000);
        Payment p;
        p.date = QDate(2026, 2, 3);
        p.amountCents = 130000;
        p.allocations = {Allocation{a, {}, 100000}, Allocation{b, {}, 30000}};
        QVERIFY(PaymentService(t.db()).record(p).ok());
        const InvoiceRepository invoices(t.db());
        QCOMPARE(invoices.findById(a)->status(), InvoiceStatus::Paid);
        QCOMPARE(invoices.findById(b)->status(), InvoiceStatus::Paid);
    }

    void refusedPaymentsWriteNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative amount") << "negative"
                                         << "amount";
        QTest::newRow("zero amount") << "zero"
                                     << "amount";
        QTest::newRow("unknown invoice") << "unknown"
                                         << "invoice";
        QTest::newRow("allocated more than paid") << "overallocated"
                                                  << "allocations";
        QTest::newRow("other currency") << "currency"
                                        << "currency";
        QTest::newRow("invalid date") << "date"
                                      << "date";
        QTest::newRow("same invoice twice") << "twice"
                                            << "allocations";
        QTest::newRow("unknown method") << "method"
                                        << "method";
        QTest::newRow("no invoice") << "none"
                                    << "allocations";
    }
    void refusedPaymentsWriteNothing()
    {
        QFETCH(QString, problem);
        QFETCH(QString, field);
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const qint64 a = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 usd =
            t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000, QStringLiteral("USD"));
        const QString before = t.dump();
        Payment p;
        p.date = QDate(2026, 2, 3);
        p.amountCents = 50000;
        // The first allocation is valid, so a refusal must undo nothing half-written.
        p.allocations = {Allocation{a, {}, 20000}};
        if (problem == QLatin1String("negative"))
            p.amountCents = -100;
        if (problem == QLatin1String("zero"))
            p.amountCents = 0;
        if (problem == QLatin1String("unknown"))
            p.allocations << Allocation{999, QStringLiteral("F-999"), 100};
        if (problem == QLatin1String("overallocated"))
            p.allocations << Allocation{usd, {}, 40000};
        if (problem == QLatin1String("currency"))
            p.allocations << Allocation{usd, {}, 100};
        if (problem == QLatin1String("date"))
            p.date = QDate(2025, 2, 31);
        if (problem == QLatin1String("twice"))
            p.allocations << Allocation{a, {}, 100};
        if (problem == QLatin1String("method"))
            p.method = QStringLiteral("bitcoin");
        if (problem == QLatin1String("none"))
            p.allocations.clear();
        const auto recorded = PaymentService(t.db()).record(p);
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error().field, field);
        QCOMPARE(t.dump(), before);
    }

    void deletingAPaymentGivesTheMoneyBack()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Durand"));
        const qint64 a = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 b = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 1, 3), QDate(2026, 2, 2), 30000);
        t.pay(a, QDate(2026, 2, 1), 10000);
        Payment both;
        both.date = QDate(2026, 2, 3);
        both.amountCents = 50000;
        both.allocations = {Allocation{a, {}, 20000}, Allocation{b, {}, 30000}};
        const Result<qint64> id = PaymentService(t.db()).record(both);
        QVERIFY(id.ok());
        QVERIFY(PaymentService(t.db()).remove(*id).ok());
        const InvoiceRepository invoices(t.db());
        QCOMPARE(invoices.findById(a)->paidCents, 10000);  // the other payment stays
        QCOMPARE(invoices.findById(b)->paidCents, 0);
        QCOMPARE(PaymentRepository(t.db()).count(), 1);
        const QString before = t.dump();
        const Status again = PaymentService(t.db()).remove(*id);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("no longer exists")));
        QCOMPARE(t.dump(), before);
    }

    void recordForInvoiceByNumber()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-7"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        Payment p;
        p.date = QDate(2026, 2, 3);
        p.amountCents = 25000;
        QVERIFY(PaymentService(t.db()).recordForInvoice(QStringLiteral(" F-7 "), p).ok());
        QCOMPARE(InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-7"))->paidCents, 25000);
        const auto missing = PaymentService(t.db()).recordForInvoice(QStringLiteral("F-8"), p);
        QCOMPARE(missing.error().field, QStringLiteral("invoice"));
    }

    void dashboardBucketsAtBoundaries()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const QDate asOf(2026, 11, 22);
        // days late: 0 (due today), 1, 30, 31, 60, 61, 90, 91, and one paid, one partly paid.
        const QList<int> late{0, 1, 30, 31, 60, 61, 90, 91};
        for (int i = 0; i < late.size(); ++i)
            t.addInvoice(QStringLiteral("F-%1").arg(i), c, asOf.addDays(-late.at(i) - 30), asOf.addDays(-late.at(i)),
                         10000 * (i + 1));
        const qint64 paid = t.addInvoice(QStringLiteral("P-1"), c, asOf.addDays(-200), asOf.addDays(-170), 55500);
        t.pay(paid, asOf.addDays(-100), 55500);
        const qint64 partial = t.addInvoice(QStringLiteral("P-2"), c, asOf.addDays(-50), asOf.addDays(-20), 40000);
        t.pay(partial, asOf.addDays(-5), 15000);
        t.addInvoice(QStringLiteral("U-1"), c, asOf.addDays(-10), asOf.addDays(20), 7700, QStringLiteral("USD"));

        const DashboardSummary s = DashboardService(t.db()).summary(asOf);
        QCOMPARE(s.totals.size(), 2);
        QCOMPARE(s.totals.at(0).currency, QStringLiteral("EUR"));  // EUR first
        const CurrencyTotals eur = s.totalsFor(QStringLiteral("EUR"));
        auto bucket = [&](AgingBucket b) { return eur.buckets[size_t(agingBucketIndex(b))]; };
        QCOMPARE(bucket(AgingBucket::NotYetDue).count, 1);
        QCOMPARE(bucket(AgingBucket::NotYetDue).cents, 10000);
        QCOMPARE(bucket(AgingBucket::Late1To30).count, 3);  // 1, 30, and the partly paid one (20)
        QCOMPARE(bucket(AgingBucket::Late1To30).cents, 20000 + 30000 + 25000);
        QCOMPARE(bucket(AgingBucket::Late31To60).cents, 40000 + 50000);
        QCOMPARE(bucket(AgingBucket::Late61To90).cents, 60000 + 70000);
        QCOMPARE(bucket(AgingBucket::LateOver90).cents, 80000);
        QCOMPARE(eur.outstandingCents, 10000 + 20000 + 30000 + 40000 + 50000 + 60000 + 70000 + 80000 + 25000);
        QCOMPARE(eur.overdueCents, eur.outstandingCents - 10000);
        QCOMPARE(eur.overdueCount, 8);
        QCOMPARE(eur.outstandingCount, 9);
        qint64 sum = 0;
        for (const AgingTotal &b : eur.buckets)
            sum += b.cents;
        QCOMPARE(sum, eur.outstandingCents);
        const CurrencyTotals usd = s.totalsFor(QStringLiteral("USD"));
        QCOMPARE(usd.outstandingCents, 7700);
        QCOMPARE(usd.overdueCents, 0);
        QVERIFY(s.totalsFor(QStringLiteral("GBP")).outstandingCents == 0);
    }

    // The morning's key figures on a small book, each computed by hand.
    void keyFiguresByHand()
    {
        test::TempDatabase t;
        const qint64 a = t.addClient(QStringLiteral("Atelier"));
        const qint64 b = t.addClient(QStringLiteral("Boulangerie"));
        const QDate asOf(2026, 11, 23);
        const qint64 i1 = t.addInvoice(QStringLiteral("I-1"), a, {2026, 1, 10}, {2026, 2, 9}, 100000);
        t.pay(i1, {2026, 2, 19}, 100000);                                                              // 10 days late
        const qint64 i2 = t.addInvoice(QStringLiteral("I-2"), a, {2026, 9, 1}, {2026, 9, 15}, 60000);  // 69 days late
        Payment credit;
        credit.date = QDate(2026, 11, 10);
        credit.amountCents = 5000;
        credit.method = QStringLiteral("credit-note");
        credit.allocations = {{i2, QStringLiteral("I-2"), 5000}};
        QVERIFY(PaymentService(t.db()).record(credit).ok());  // not money in
        const qint64 i3 = t.addInvoice(QStringLiteral("I-3"), b, {2026, 10, 1}, {2026, 10, 31}, 30000);
        t.pay(i3, {2026, 11, 5}, 10000);  // 200.00 left, 23 days late
        const qint64 i4 = t.addInvoice(QStringLiteral("I-4"), b, {2026, 11, 2}, {2026, 12, 2}, 50000);
        t.pay(i4, {2026, 11, 20}, 50000);                                            // early: 0 days late
        t.addInvoice(QStringLiteral("I-5"), a, {2024, 6, 1}, {2024, 7, 1}, 200000);  // 875 days late
        t.addInvoice(QStringLiteral("U-1"), b, {2026, 11, 1}, {2026, 11, 10}, 99900, QStringLiteral("USD"));

        const KeyFigures f = DashboardService(t.db()).keyFigures(asOf);
        QCOMPARE(f.months.size(), 12);
        QCOMPARE(f.months.first().month, QDate(2025, 12, 1));
        QCOMPARE(f.months.last().month, QDate(2026, 11, 1));
        QList<qint64> invoiced, collected;
        for (const MonthFigures &m : f.months) {
            invoiced << m.invoicedCents;
            collected << m.collectedCents;
        }
        QCOMPARE(invoiced, (QList<qint64>{0, 100000, 0, 0, 0, 0, 0, 0, 0, 60000, 30000, 50000}));
        QCOMPARE(collected, (QList<qint64>{0, 0, 100000, 0, 0, 0, 0, 0, 0, 0, 0, 60000}));
        QCOMPARE(f.collectedThisMonthCents, 60000);
        QCOMPARE(f.atRiskCents, 55000 + 200000);  // I-2 (69 days) and I-5; not I-3 (23 days)
        QCOMPARE(f.atRiskCount, 2);
        // Owed 2,750.00 over 2,400.00 invoiced in 12 months: 2750 x 365 / 2400 = 418.2 days.
        QCOMPARE(*f.dso, 418);
        QCOMPARE(*f.averageDaysLate, 5);  // I-1 10 days, I-4 on time
        QCOMPARE(f.topOverdue.size(), 2);
        QCOMPARE(f.topOverdue.at(0).name, QStringLiteral("Atelier"));
        QCOMPARE(f.topOverdue.at(0).overdueCents, 255000);
        QCOMPARE(f.topOverdue.at(0).invoices, 2);
        QCOMPARE(f.topOverdue.at(0).oldestDaysLate, 875);
        QCOMPARE(f.topOverdue.at(1).overdueCents, 20000);
        QCOMPARE(f.topOverdue.at(1).oldestDaysLate, 23);
        // The USD book stands apart.
        const KeyFigures usd = DashboardService(t.db()).keyFigures(asOf, QStringLiteral("USD"));
        QCOMPARE(usd.topOverdue.first().overdueCents, 99900);
        QVERIFY(!usd.averageDaysLate);
        // One invoice is no history: no "365 days" DSO (issue 17), and the card says why.
        QVERIFY(!usd.dso);
        QVERIFY(usd.dsoLacksHistory);
        QVERIFY(!f.dsoLacksHistory);
        // An empty book has no ratio to show.
        test::TempDatabase empty;
        const KeyFigures none = DashboardService(empty.db()).keyFigures(asOf);
        QVERIFY(!none.dso && !none.averageDaysLate && none.topOverdue.isEmpty());
    }

    void emptyDashboard()
    {
        test::TempDatabase t;
        QVERIFY(DashboardService(t.db()).summary(QDate(2026, 1, 1)).isEmpty());
    }

    void demoDataIsRealisticAndDeterministic()
    {
        test::TempDatabase t, u;
        const QDate asOf(2026, 11, 23);
        QVERIFY(DemoData::populate(t.db(), asOf).ok());
        QVERIFY(DemoData::populate(u.db(), asOf).ok());
        QCOMPARE(t.dump(), u.dump());
        QCOMPARE(ClientRepository(t.db()).count(), 12);
        QVERIFY(InvoiceRepository(t.db()).countAll() >= 60);

        int consumers = 0;
        for (const Client &c : ClientRepository(t.db()).page(0, 100))
            consumers += c.isConsumer ? 1 : 0;
        QCOMPARE(consumers, 3);

        // Every bucket is populated, overdue runs from a few days to over 100.
        const CurrencyTotals eur =
            DashboardService(t.db()).summary(QDate(2026, 11, 22)).totalsFor(QStringLiteral("EUR"));
        for (const AgingTotal &b : eur.buckets)
            QVERIFY(b.count > 0);
        InvoiceQuery overdue;
        overdue.filter = InvoiceQuery::Filter::Overdue;
        overdue.asOf = QDate(2026, 11, 22);
        overdue.sort = InvoiceQuery::Sort::DueDate;
        const auto rows = InvoiceRepository(t.db()).page(overdue, std::nullopt, 1000).rows;
        QVERIFY(rows.first().daysLate(overdue.asOf) > 100);
        QVERIFY(rows.last().daysLate(overdue.asOf) < 10);
        bool partial = false;
        for (const Invoice &inv : rows)
            partial = partial || inv.status() == InvoiceStatus::PartiallyPaid;
        QVERIFY(partial);
        InvoiceQuery paid;
        paid.filter = InvoiceQuery::Filter::Paid;
        QVERIFY(InvoiceRepository(t.db()).count(paid) > 40);
    }

    void demoRefusesANonEmptyDatabase()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Mine"));
        const QString before = t.dump();
        const Status s = DemoData::populate(t.db(), QDate(2026, 11, 23));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("empty database")), qPrintable(s.error().message));
        QCOMPARE(t.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
