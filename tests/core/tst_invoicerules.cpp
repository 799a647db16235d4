#include "domain/invoice.h"
#include "domain/result.h"
#include "rules/aging.h"
#include "rules/allocation.h"

#include <QtTest>

using namespace relance;

class TestInvoiceRules : public QObject
{
    Q_OBJECT

private slots:
    void statusFromPayments_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<QString>("key");
        QTest::newRow("nothing paid") << qint64(120000) << qint64(0) << "unpaid";
        QTest::newRow("one cent paid") << qint64(120000) << qint64(1) << "partial";
        QTest::newRow("one cent short") << qint64(120000) << qint64(119999) << "partial";
        QTest::newRow("exactly paid") << qint64(120000) << qint64(120000) << "paid";
        QTest::newRow("one cent over") << qint64(120000) << qint64(120001) << "overpaid";
    }
    void statusFromPayments()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, paid);
        QFETCH(QString, key);
        QCOMPARE(statusKey(relance::statusFromPayments(total, paid)), key);
    }

    void balanceAndOverdue()
    {
        Invoice inv;
        inv.amountInclCents = 100000;
        inv.paidCents = 25000;
        inv.dueDate = QDate(2026, 3, 31);
        QCOMPARE(inv.balance().cents(), 75000);
        QCOMPARE(inv.daysLate(QDate(2026, 3, 31)), 0);
        QVERIFY(!inv.isOverdue(QDate(2026, 3, 31)));  // due today is not late yet
        QCOMPARE(inv.daysLate(QDate(2026, 4, 1)), 1);
        QVERIFY(inv.isOverdue(QDate(2026, 4, 1)));
        QCOMPARE(inv.daysLate(QDate(2026, 3, 1)), -30);
        inv.paidCents = 100000;
        QVERIFY(!inv.isOverdue(QDate(2027, 1, 1)));  // paid invoices are never overdue
        inv.paidCents = 110000;
        QCOMPARE(inv.balance().cents(), -10000);
        QVERIFY(!inv.isOverdue(QDate(2027, 1, 1)));
    }

    void agingBoundaries_data()
    {
        QTest::addColumn<int>("daysLate");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("due in 10 days") << -10 << "not_due";
        QTest::newRow("due today") << 0 << "not_due";
        QTest::newRow("1") << 1 << "1_30";
        QTest::newRow("30") << 30 << "1_30";
        QTest::newRow("31") << 31 << "31_60";
        QTest::newRow("60") << 60 << "31_60";
        QTest::newRow("61") << 61 << "61_90";
        QTest::newRow("90") << 90 << "61_90";
        QTest::newRow("91") << 91 << "over_90";
        QTest::newRow("1000") << 1000 << "over_90";
    }
    void agingBoundaries()
    {
        QFETCH(int, daysLate);
        QFETCH(QString, bucket);
        QCOMPARE(agingBucketKey(agingBucket(daysLate)), bucket);
    }

    void bucketRangesAreContiguous()
    {
        int expectedFirst = 1;
        for (AgingBucket b : kAgingBuckets) {
            if (b == AgingBucket::NotYetDue)
                continue;
            QCOMPARE(agingBucketFirstDay(b), expectedFirst);
            QCOMPARE(agingBucket(agingBucketFirstDay(b)), b);
            if (agingBucketLastDay(b) > 0) {
                QCOMPARE(agingBucket(agingBucketLastDay(b)), b);
                expectedFirst = agingBucketLastDay(b) + 1;
            }
        }
        QCOMPARE(expectedFirst, 91);
    }

    void allocateInOrder()
    {
        // Oldest first, each up to its balance, the remainder unallocated.
        QCOMPARE(relance::allocateInOrder(150000, {100000, 80000, 20000}), (QList<qint64>{100000, 50000, 0}));
        QCOMPARE(relance::allocateInOrder(300000, {100000, 80000}), (QList<qint64>{100000, 80000}));
        QCOMPARE(relance::allocateInOrder(1, {0, -500, 10}), (QList<qint64>{0, 0, 1}));
        QCOMPARE(relance::allocateInOrder(-5, {10}), (QList<qint64>{0}));
        QCOMPARE(relance::allocateInOrder(100, {}), QList<qint64>{});
    }

    void errorDescription()
    {
        Error e(QStringLiteral("not a date"), QStringLiteral("due_date"));
        QCOMPARE(e.describe(), QStringLiteral("due_date: not a date"));
        e.at(QStringLiteral("invoices.csv"), 12);
        QCOMPARE(e.describe(), QStringLiteral("invoices.csv:12: due_date: not a date"));
        QCOMPARE(Error(QStringLiteral("plain")).describe(), QStringLiteral("plain"));
    }

    void theNextNumberFollowsTheSeries()
    {
        QCOMPARE(nextInvoiceNumber(QStringLiteral("F-2026-017")), QStringLiteral("F-2026-018"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("F-2026-099")), QStringLiteral("F-2026-100"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("F-999")), QStringLiteral("F-1000"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("2026/9")), QStringLiteral("2026/10"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("FA0041-B")), QStringLiteral("FA0042-B"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("F-12345678901234567899")), QStringLiteral("F-12345678901234567900"));
        QCOMPARE(nextInvoiceNumber(QStringLiteral("avoir")), QString());
        QCOMPARE(nextInvoiceNumber(QString()), QString());
    }

    void vatIsRoundedHalfUpToTheCent()
    {
        QCOMPARE(vatCents(123456, 2000), 24691);  // 246.912
        QCOMPARE(vatCents(123456, 550), 6790);    // 67.9008
        QCOMPARE(vatCents(25, 2000), 5);          // 0.05 exactly
        QCOMPARE(vatCents(2, 2500), 1);           // 0.005 -> 0.01
        QCOMPARE(vatCents(160000, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceRules)
#include "tst_invoicerules.moc"
