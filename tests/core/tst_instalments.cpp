// Instalment plans: sums exact to the cent, dates, and payments spread in order.
#include "rules/instalments.h"

#include <QtTest>

using namespace relance;

class TestInstalments : public QObject
{
    Q_OBJECT

    static QList<qint64> amounts(const QList<InstalmentDue> &plan)
    {
        QList<qint64> out;
        for (const InstalmentDue &d : plan)
            out << d.cents;
        return out;
    }

private slots:
    void awkwardAmountsAddUpToTheCent_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("1000.00 in 3") << qint64(100000) << 3 << QList<qint64>{33333, 33333, 33334};
        QTest::newRow("0.05 in 4") << qint64(5) << 4 << QList<qint64>{1, 1, 1, 2};
        QTest::newRow("100.00 in 1") << qint64(10000) << 1 << QList<qint64>{10000};
        QTest::newRow("0.07 in 7") << qint64(7) << 7 << QList<qint64>{1, 1, 1, 1, 1, 1, 1};
        QTest::newRow("1234.57 in 6") << qint64(123457) << 6 << QList<qint64>{20576, 20576, 20576, 20576, 20576, 20577};
    }

    void awkwardAmountsAddUpToTheCent()
    {
        QFETCH(qint64, total);
        QFETCH(int, count);
        QFETCH(QList<qint64>, expected);
        const auto plan = equalInstalments(total, count, QDate(2026, 12, 15), InstalmentFrequency::Monthly);
        QVERIFY(plan.ok());
        QCOMPARE(amounts(*plan), expected);
        qint64 sum = 0;
        for (qint64 c : amounts(*plan))
            sum += c;
        QCOMPARE(sum, total);
    }

    void monthlyDatesKeepTheirDay()
    {
        const auto plan = equalInstalments(40000, 4, QDate(2027, 1, 31), InstalmentFrequency::Monthly);
        QVERIFY(plan.ok());
        QCOMPARE(plan->at(1).date, QDate(2027, 2, 28));
        QCOMPARE(plan->at(2).date, QDate(2027, 3, 31));
        QCOMPARE(plan->at(3).date, QDate(2027, 4, 30));
        const auto leap = equalInstalments(20000, 2, QDate(2028, 1, 31), InstalmentFrequency::Monthly);
        QCOMPARE(leap->at(1).date, QDate(2028, 2, 29));
        const auto weekly = equalInstalments(30000, 3, QDate(2026, 12, 28), InstalmentFrequency::Weekly);
        QCOMPARE(weekly->at(1).date, QDate(2027, 1, 4));
        QCOMPARE(weekly->at(2).date, QDate(2027, 1, 11));
    }

    void refusesWhatCannotBeSplit()
    {
        const QDate day(2026, 12, 1);
        QCOMPARE(equalInstalments(0, 3, day, InstalmentFrequency::Monthly).error().field, QStringLiteral("total"));
        QCOMPARE(equalInstalments(100, 0, day, InstalmentFrequency::Monthly).error().field, QStringLiteral("count"));
        QCOMPARE(equalInstalments(100, 121, day, InstalmentFrequency::Monthly).error().field, QStringLiteral("count"));
        QCOMPARE(equalInstalments(3, 4, day, InstalmentFrequency::Monthly).error().field, QStringLiteral("count"));
        QCOMPARE(equalInstalments(100, 2, QDate(2026, 2, 30), InstalmentFrequency::Monthly).error().field,
                 QStringLiteral("first"));
    }

    // 1000.00 in 3 from 15 December: payments fill the instalments in date order.
    void paymentsFillInstalmentsInOrder()
    {
        const auto plan = *equalInstalments(100000, 3, QDate(2026, 12, 15), InstalmentFrequency::Monthly);
        const QDate asOf(2027, 1, 20);  // two instalments have fallen due

        const InstalmentAllocation under = allocateToInstalments(plan, 50000, asOf);
        QCOMPARE(under.states.at(0).paidCents, 33333);
        QVERIFY(under.states.at(0).settled);
        QCOMPARE(under.states.at(1).paidCents, 16667);
        QVERIFY(!under.states.at(1).settled);
        QVERIFY(under.states.at(1).overdue);
        QCOMPARE(under.states.at(2).paidCents, 0);
        QVERIFY(!under.states.at(2).overdue);  // due 15 February
        QCOMPARE(under.surplusCents, 0);

        const InstalmentAllocation exact = allocateToInstalments(plan, 66666, asOf);
        QVERIFY(exact.states.at(1).settled);
        QVERIFY(!exact.states.at(1).overdue);

        const InstalmentAllocation over = allocateToInstalments(plan, 100500, asOf);
        for (const InstalmentState &s : over.states)
            QVERIFY(s.settled);
        QCOMPARE(over.surplusCents, 500);

        const InstalmentAllocation none = allocateToInstalments(plan, 0, QDate(2026, 12, 16));
        QVERIFY(none.states.at(0).overdue);
        QVERIFY(!none.states.at(1).overdue);
    }
};

QTEST_MAIN(TestInstalments)
#include "tst_instalments.moc"
