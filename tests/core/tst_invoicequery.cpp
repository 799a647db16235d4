#include "services/dashboardservice.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace relance;

class TestInvoiceQuery : public QObject
{
    Q_OBJECT

    // Walks a query in pages of `pageSize` and returns the invoice numbers in order.
    static QStringList walk(const Database &db, const InvoiceQuery &q, int pageSize)
    {
        QStringList numbers;
        std::optional<InvoiceCursor> after;
        const InvoiceRepository repo(db);
        for (;;) {
            const auto page = repo.page(q, after, pageSize);
            for (const Invoice &inv : page.rows)
                numbers << inv.number;
            if (page.rows.size() < pageSize)
                return numbers;
            after = page.last;
        }
    }

    // 30 invoices over 3 clients with repeated due dates and amounts, so ties must be broken by id.
    static void fill(test::TempDatabase &t)
    {
        const qint64 a = t.addClient(QStringLiteral("Alpha"));
        const qint64 b = t.addClient(QStringLiteral("beta_corp"));
        const qint64 c = t.addClient(QStringLiteral("Gamma 100%"));
        const QList<qint64> clients{a, b, c};
        for (int i = 0; i < 30; ++i) {
            const QDate issued = QDate(2026, 1, 1).addDays(i / 3 * 10);
            const qint64 id = t.addInvoice(QStringLiteral("F-%1").arg(i, 3, 10, QLatin1Char('0')), clients.at(i % 3),
                                           issued, issued.addDays(30), 10000 * (1 + i % 4));
            if (i % 5 == 0)
                t.pay(id, issued.addDays(31), 10000 * (1 + i % 4));  // paid
            else if (i % 7 == 0)
                t.pay(id, issued.addDays(31), 5000);  // partly paid
        }
    }

private slots:
    void keysetPagesEqualOneBigPage_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        for (int s = 0; s <= int(InvoiceQuery::Sort::Balance); ++s)
            for (int o : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
                QTest::addRow("sort %d order %d", s, o) << s << o;
    }
    void keysetPagesEqualOneBigPage()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        test::TempDatabase t;
        fill(t);
        InvoiceQuery q;
        q.sort = InvoiceQuery::Sort(sort);
        q.order = Qt::SortOrder(order);
        // Every page but the last holds exactly the limit (a mis-bound LIMIT once hid here).
        std::optional<InvoiceCursor> after;
        for (int expected : {7, 7, 7, 7, 2}) {
            const auto page = InvoiceRepository(t.db()).page(q, after, 7);
            QCOMPARE(page.rows.size(), expected);
            after = page.last;
        }
        const QStringList all = walk(t.db(), q, 1000);
        QCOMPARE(all.size(), 30);
        QCOMPARE(walk(t.db(), q, 7), all);
        QCOMPARE(walk(t.db(), q, 1), all);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 30);  // no row twice
    }

    void sortsAreRight()
    {
        test::TempDatabase t;
        fill(t);
        InvoiceQuery q;
        q.sort = InvoiceQuery::Sort::Amount;
        q.order = Qt::DescendingOrder;
        const auto rows = InvoiceRepository(t.db()).page(q, std::nullopt, 100).rows;
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).amountInclCents >= rows.at(i).amountInclCents);
        q.sort = InvoiceQuery::Sort::Client;
        q.order = Qt::AscendingOrder;
        const auto byClient = InvoiceRepository(t.db()).page(q, std::nullopt, 100).rows;
        QCOMPARE(byClient.first().clientName, QStringLiteral("Alpha"));
        QCOMPARE(byClient.last().clientName, QStringLiteral("Gamma 100%"));  // case-insensitive: beta before Gamma
    }

    void filters()
    {
        test::TempDatabase t;
        fill(t);
        const InvoiceRepository repo(t.db());
        InvoiceQuery q;
        q.asOf = QDate(2026, 3, 1);
        q.filter = InvoiceQuery::Filter::Paid;
        QCOMPARE(repo.count(q), 6);  // i = 0, 5, 10, 15, 20, 25
        q.filter = InvoiceQuery::Filter::PartlyPaid;
        QCOMPARE(repo.count(q), 4);  // i = 7, 14, 21, 28
        q.filter = InvoiceQuery::Filter::Outstanding;
        QCOMPARE(repo.count(q), 24);
        // Due dates run from 2026-01-31 every 10 days; before 2026-03-01 that is i/3 = 0, 1, 2 (9 invoices).
        q.filter = InvoiceQuery::Filter::Overdue;
        const auto overdue = repo.page(q, std::nullopt, 100).rows;
        for (const Invoice &inv : overdue)
            QVERIFY(inv.isOverdue(q.asOf));
        QCOMPARE(overdue.size(), 9 - 2);  // minus F-000 (paid) and F-005 (paid)
        q.filter = InvoiceQuery::Filter::NotYetDue;
        QCOMPARE(repo.count(q), 24 - 7);
    }

    // The lists behind the dashboard's figures: each aging bucket, at risk, promised this week,
    // in a plan, in dispute; their counts are the dashboard's.
    void filtersBehindTheDashboardFigures()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Alpha"));
        const QDate today(2026, 11, 23);
        QHash<int, qint64> late;  // days late -> invoice id
        for (int days : {-5, 0, 1, 30, 31, 60, 61, 90, 91, 400})
            late.insert(days, t.addInvoice(QStringLiteral("L%1").arg(days), client, today.addDays(-days - 30),
                                           today.addDays(-days), 10000));
        const qint64 paid =
            t.addInvoice(QStringLiteral("PAID"), client, today.addDays(-200), today.addDays(-170), 5000);
        t.pay(paid, today.addDays(-100), 5000);
        const auto sql = [&](const QString &statement) {
            QSqlQuery q(t.db().connection());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        };
        // L1: promised for Friday (its latest promise; an older one said today + 20).
        sql(QStringLiteral("INSERT INTO promises (invoice_id, made_on, promised_date, channel) VALUES "
                           "(%1, '2026-11-01', '2026-12-13', 'phone'), (%1, '2026-11-20', '2026-11-27', 'phone')")
                .arg(late.value(1)));
        // L30: its latest promise is past, but a confirmed settlement moved it to the 29th.
        sql(QStringLiteral("INSERT INTO promises (invoice_id, made_on, promised_date, channel) VALUES "
                           "(%1, '2026-11-01', '2026-11-10', 'phone')")
                .arg(late.value(30)));
        sql(QStringLiteral("INSERT INTO settlements (id, client_id, date, channel, new_due_date, status) VALUES "
                           "(1, %1, '2026-11-20', 'email', '2026-11-29', 'confirmed'), "
                           "(2, %1, '2026-11-20', 'email', '2026-11-25', 'broken')")
                .arg(client));
        sql(QStringLiteral("INSERT INTO settlement_invoices VALUES (1, %1), (2, %2)")
                .arg(late.value(30))
                .arg(late.value(31)));
        // L60: promised in 7 days, one day too late for "this week"; L61 promised tomorrow but disputed.
        sql(QStringLiteral("INSERT INTO promises (invoice_id, made_on, promised_date, channel) VALUES "
                           "(%1, '2026-11-20', '2026-11-30', 'phone'), (%2, '2026-11-20', '2026-11-24', 'phone')")
                .arg(late.value(60))
                .arg(late.value(61)));
        sql(QStringLiteral("INSERT INTO disputes (invoice_id, opened_on, reason, contested_cents) VALUES "
                           "(%1, '2026-11-21', 'Not delivered', 4000)")
                .arg(late.value(61)));
        // A resolved dispute no longer counts.
        sql(QStringLiteral("INSERT INTO disputes (invoice_id, opened_on, reason, contested_cents, resolution, "
                           "resolved_on) VALUES (%1, '2026-10-01', 'Price', 1000, 'upheld', '2026-10-15')")
                .arg(late.value(90)));
        // L91 and L400 in an active plan, PAID in a broken one.
        sql(QStringLiteral("INSERT INTO plans (id, client_id, created_on, frequency, currency, balance_cents, status) "
                           "VALUES (1, %1, '2026-11-01', 'month', 'EUR', 20000, 'active'), "
                           "(2, %1, '2026-01-01', 'month', 'EUR', 5000, 'broken')")
                .arg(client));
        sql(QStringLiteral("INSERT INTO plan_invoices VALUES (1, %1), (1, %2), (2, %3)")
                .arg(late.value(91))
                .arg(late.value(400))
                .arg(paid));

        const InvoiceRepository repo(t.db());
        const auto numbers = [&](InvoiceQuery::Filter filter) {
            InvoiceQuery q;
            q.asOf = today;
            q.filter = filter;
            q.sort = InvoiceQuery::Sort::DueDate;
            q.order = Qt::DescendingOrder;
            QStringList result;
            for (const Invoice &inv : repo.page(q, std::nullopt, 100).rows)
                result << inv.number;
            if (repo.count(q) != result.size())
                result << QStringLiteral("count differs");
            return result.join(QLatin1Char(' '));
        };
        using F = InvoiceQuery::Filter;
        QCOMPARE(numbers(F::NotYetDue), QStringLiteral("L-5 L0"));
        QCOMPARE(numbers(F::Overdue), QStringLiteral("L1 L30 L31 L60 L61 L90 L91 L400"));
        QCOMPARE(numbers(F::Late1To30), QStringLiteral("L1 L30"));
        QCOMPARE(numbers(F::Late31To60), QStringLiteral("L31 L60"));
        QCOMPARE(numbers(F::Late61To90), QStringLiteral("L61 L90"));
        QCOMPARE(numbers(F::LateOver90), QStringLiteral("L91 L400"));
        QCOMPARE(numbers(F::AtRisk), QStringLiteral("L61 L90 L91 L400"));
        QCOMPARE(numbers(F::PromisedThisWeek), QStringLiteral("L1 L30"));
        QCOMPARE(numbers(F::InPlan), QStringLiteral("L91 L400"));
        QCOMPARE(numbers(F::Disputed), QStringLiteral("L61"));

        // The dashboard counts the same invoices.
        const DashboardService dashboard(t.db());
        const AgreementFigures agreed = dashboard.agreements(today);
        QCOMPARE(agreed.promisedThisWeek, 2);
        QCOMPARE(agreed.promisedCents, 20000);
        QCOMPARE(agreed.disputed, 1);
        QCOMPARE(agreed.contestedCents, 4000);
        const KeyFigures key = dashboard.keyFigures(today, QStringLiteral("EUR"));
        QCOMPARE(key.atRiskCount, 4);
        QCOMPARE(key.atRiskCents, 40000);
        const CurrencyTotals totals = dashboard.summary(today).totalsFor(QStringLiteral("EUR"));
        QCOMPARE(totals.buckets[size_t(agingBucketIndex(AgingBucket::Late1To30))].count, 2);
        QCOMPARE(totals.buckets[size_t(agingBucketIndex(AgingBucket::Late31To60))].count, 2);
        QCOMPARE(totals.buckets[size_t(agingBucketIndex(AgingBucket::LateOver90))].count, 2);
    }

    void partlyPaidInIssueOrder()
    {
        test::TempDatabase t;
        fill(t);
        InvoiceQuery q;
        q.filter = InvoiceQuery::Filter::PartlyPaid;
        q.sort = InvoiceQuery::Sort::IssueDate;
        q.order = Qt::DescendingOrder;
        QCOMPARE(walk(t.db(), q, 3), (QStringList{QStringLiteral("F-028"), QStringLiteral("F-021"),
                                                  QStringLiteral("F-014"), QStringLiteral("F-007")}));
    }

    void searchByNumberClientAndAmount()
    {
        test::TempDatabase t;
        fill(t);
        const InvoiceRepository repo(t.db());
        InvoiceQuery q;
        q.search = QStringLiteral("F-01");
        QCOMPARE(repo.count(q), 10);
        q.search = QStringLiteral("BETA");
        QCOMPARE(repo.count(q), 10);
        q.search = QStringLiteral("_");  // taken literally, not as a LIKE wildcard
        QCOMPARE(repo.count(q), 10);     // only beta_corp's
        q.search = QStringLiteral("100%");
        QCOMPARE(repo.count(q), 10);  // Gamma 100%, not every row
        // Amounts are 100, 200, 300, 400 (i % 4); partly paid ones (7, 14, 21, 28) owe 350, 250, 150, 50.
        q.search = QStringLiteral("400,00");  // totals of i = 3, 7, 11, 15, 19, 23, 27
        QCOMPARE(repo.count(q), 7);
        q.search = QStringLiteral("50");  // no number or name holds "50": the balance of F-028
        QCOMPARE(walk(t.db(), q, 10), QStringList{QStringLiteral("F-028")});
        q.search = QStringLiteral("150,00");
        QCOMPARE(walk(t.db(), q, 10), QStringList{QStringLiteral("F-021")});
        q.search = QStringLiteral("2 50,00");  // not an amount, not in any text
        QCOMPARE(repo.count(q), 0);
    }

    void clientFilter()
    {
        test::TempDatabase t;
        fill(t);
        InvoiceQuery q;
        q.clientId = 2;
        for (const Invoice &inv : InvoiceRepository(t.db()).page(q, std::nullopt, 100).rows)
            QCOMPARE(inv.clientName, QStringLiteral("beta_corp"));
        QCOMPARE(InvoiceRepository(t.db()).count(q), 10);
    }

    // 100,000 invoices: the dashboard, keyset pages and the filtered lists give the right rows
    // (how long they take is measured by bench/relance_bench, never asserted here).
    void hundredThousandInvoices()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Bulk"));
        t.addBulkInvoices(client, 100000);
        QSqlQuery(t.db().connection()).exec(QStringLiteral("ANALYZE"));
        const DashboardSummary s = DashboardService(t.db()).summary(QDate(2026, 11, 22));
        QCOMPARE(s.totalsFor(QStringLiteral("EUR")).outstandingCount, 2000);

        InvoiceQuery all;
        all.sort = InvoiceQuery::Sort::DueDate;
        const auto first = InvoiceRepository(t.db()).page(all, std::nullopt, 200);
        const auto later = InvoiceRepository(t.db()).page(all, InvoiceCursor{QStringLiteral("2025-06-01"), 50000}, 200);
        QCOMPARE(first.rows.size(), 200);
        QCOMPARE(later.rows.size(), 200);
        InvoiceQuery overdue;
        overdue.filter = InvoiceQuery::Filter::Overdue;
        overdue.asOf = QDate(2026, 11, 22);
        QCOMPARE(InvoiceRepository(t.db()).page(overdue, std::nullopt, 200).rows.size(), 200);

        // The lists behind the dashboard's figures: count and first page of each.
        using F = InvoiceQuery::Filter;
        for (F filter : {F::AtRisk, F::Late31To60, F::LateOver90, F::PromisedThisWeek, F::InPlan, F::Disputed}) {
            InvoiceQuery q;
            q.filter = filter;
            q.asOf = QDate(2026, 11, 22);
            const int count = InvoiceRepository(t.db()).count(q);
            const auto page = InvoiceRepository(t.db()).page(q, std::nullopt, 200);
            QCOMPARE(page.rows.size(), std::min(count, 200));
        }
    }
};

QTEST_GUILESS_MAIN(TestInvoiceQuery)
#include "tst_invoicequery.moc"
