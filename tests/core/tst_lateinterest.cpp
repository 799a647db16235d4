#include "rules/jurisdiction.h"
#include "rules/lateinterest.h"
#include "rules/ratetable.h"

#include <QtTest>

using namespace relance;

// Every expected value here is computed by hand: interest = balance x rate x days / 365 per
// slice, summed unrounded, rounded half-up to the cent once (LEGAL.md section 3).
class TestLateInterest : public QObject
{
    Q_OBJECT

    static JurisdictionProfile profile(const char *key)
    {
        return *ProfileSet::builtIn().find(QString::fromLatin1(key));
    }

    static InterestRequest b2b(qint64 cents, const QDate &due, const QDate &until)
    {
        InterestRequest r;
        r.profile = profile("fr-b2b");
        r.principal = Money::eur(cents);
        r.dueDate = due;
        r.until = until;
        return r;
    }

    static InterestResult compute(const InterestRequest &r)
    {
        const Result<InterestResult> result = computeLateInterest(r);
        if (!result)
            qFatal("%s", qPrintable(result.error().describe()));
        return result.value();
    }

private slots:
    // ---- LEGAL.md section 6, to the cent ----
    void legalExample1()
    {
        const InterestResult r = compute(b2b(100000, {2024, 3, 15}, {2024, 6, 10}));
        QCOMPARE(r.interest.cents(), 3456);
        QCOMPARE(r.indemnity.cents(), 4000);
        QCOMPARE(r.days(), 87);
        QCOMPARE(r.slices.size(), 1);
        QCOMPARE(r.slices.first().rateBasisPoints, 1450);
        QCOMPARE(r.slices.first().from, QDate(2024, 3, 16));
        QCOMPARE(r.slices.first().basis, QStringLiteral("ECB 4.50% on 1 January 2024 + 10 points"));
        QCOMPARE(r.totalClaimed().cents(), 100000 + 3456 + 4000);
    }

    void legalExample2()
    {
        const InterestResult r = compute(b2b(240000, {2024, 5, 31}, {2024, 8, 20}));
        QCOMPARE(r.interest.cents(), 7639);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).days, 30);
        QCOMPARE(r.slices.at(0).rateBasisPoints, 1450);
        QCOMPARE(r.slices.at(0).roundedCents, 2860);  // 28.6027
        QCOMPARE(r.slices.at(1).days, 51);
        QCOMPARE(r.slices.at(1).rateBasisPoints, 1425);
        QCOMPARE(r.slices.at(1).roundedCents, 4779);  // 47.7863
        QCOMPARE(r.slices.at(1).from, QDate(2024, 7, 1));
        QCOMPARE(r.indemnity.cents(), 4000);
    }

    void legalExample3()
    {
        const InterestResult r = compute(b2b(300000, {2022, 12, 15}, {2023, 2, 14}));
        QCOMPARE(r.interest.cents(), 5938);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).days, 16);
        QCOMPARE(r.slices.at(0).rateBasisPoints, 1000);
        QCOMPARE(r.slices.at(1).days, 45);
        QCOMPARE(r.slices.at(1).rateBasisPoints, 1250);
    }

    void legalExample4Consumer()
    {
        InterestRequest req;
        req.profile = profile("fr-b2c");
        req.principal = Money::eur(120000);
        req.dueDate = QDate(2025, 1, 31);
        req.noticeDate = QDate(2025, 3, 3);
        req.until = QDate(2025, 5, 2);
        const InterestResult r = compute(req);
        QCOMPARE(r.interest.cents(), 732);
        QCOMPARE(r.days(), 60);
        QCOMPARE(r.slices.first().rateBasisPoints, 371);
        QCOMPARE(r.slices.first().from, QDate(2025, 3, 4));
        QCOMPARE(r.indemnity.cents(), 0);
    }

    void legalExample5Belgium()
    {
        InterestRequest req = b2b(200000, {2025, 3, 1}, {2025, 4, 30});
        req.profile = profile("be-b2b");
        req.contractualRateBasisPoints = 1150;
        QCOMPARE(compute(req).interest.cents(), 3781);
        QCOMPARE(compute(req).indemnity.cents(), 4000);
        // Without a contract: ECB 3.15 % + 8 = 11.15 %, rounded up to 11.5 %: the same figure.
        req.contractualRateBasisPoints.reset();
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.first().rateBasisPoints, 1150);
        QCOMPARE(r.interest.cents(), 3781);
    }

    // ---- Cases computed by hand ----
    void partialPaymentSlicesTheBalance()
    {
        // 30 d at 1,000.00 (1191.7808) + 57 d at 600.00 (1358.6301) = 2550.4109 cents.
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.partialPayments = {{QDate(2024, 4, 14), 40000}};
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).to, QDate(2024, 4, 14));  // the payment day still bears the old balance
        QCOMPARE(r.slices.at(0).days, 30);
        QCOMPARE(r.slices.at(1).balanceCents, 60000);
        QCOMPARE(r.slices.at(1).days, 57);
        QCOMPARE(r.interest.cents(), 2550);
        QCOMPARE(r.balance.cents(), 60000);
        QCOMPARE(r.totalClaimed().cents(), 60000 + 2550 + 4000);
    }

    void fullPaymentStopsInterest()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.partialPayments = {{QDate(2024, 4, 14), 100000}};
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 1);
        QCOMPARE(r.interest.cents(), 1192);  // 1191.7808
        QCOMPARE(r.balance.cents(), 0);
        QCOMPARE(r.indemnity.cents(), 4000);  // it was paid late: the indemnity stays due
    }

    void paymentBeforeTheDueDateLowersTheBase()
    {
        // 70,000 cents x 14.50 % x 87 / 365 = 2419.3151
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.partialPayments = {{QDate(2024, 3, 1), 30000}};
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 1);
        QCOMPARE(r.interest.cents(), 2419);
    }

    void paymentOnTheLastDayCountsThatDay()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.partialPayments = {{QDate(2024, 6, 10), 100000}};
        const InterestResult r = compute(req);
        QCOMPARE(r.interest.cents(), 3456);
        QCOMPARE(r.balance.cents(), 0);
    }

    void overpaymentLeavesNoBalance()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.partialPayments = {{QDate(2024, 5, 1), 120000}};
        QCOMPARE(compute(req).balance.cents(), 0);
    }

    void notLateMeansNothing()
    {
        const InterestResult onTime = compute(b2b(100000, {2024, 3, 15}, {2024, 3, 15}));
        QCOMPARE(onTime.interest.cents(), 0);
        QCOMPARE(onTime.indemnity.cents(), 0);
        QVERIFY(onTime.slices.isEmpty());
        QCOMPARE(compute(b2b(100000, {2024, 3, 15}, {2024, 3, 1})).interest.cents(), 0);
        // One day late: 100,000 x 14.50 % / 365 = 39.7260 -> 40 cents, and the 40 EUR.
        const InterestResult oneDay = compute(b2b(100000, {2024, 3, 15}, {2024, 3, 16}));
        QCOMPARE(oneDay.interest.cents(), 40);
        QCOMPARE(oneDay.indemnity.cents(), 4000);
    }

    void acrossNewYear()
    {
        // 11 d at 14.00 % (ECB 4.00 % on 1 July 2023) = 421.9178; 10 d at 14.50 % = 397.2603.
        const InterestResult r = compute(b2b(100000, {2023, 12, 20}, {2024, 1, 10}));
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).rateBasisPoints, 1400);
        QCOMPARE(r.slices.at(1).rateBasisPoints, 1450);
        QCOMPARE(r.slices.at(1).from, QDate(2024, 1, 1));
        QCOMPARE(r.interest.cents(), 819);
    }

    void aMidHalfYearEcbChangeDoesNotMove()
    {
        // The ECB cut on 18 September 2024 is ignored until 1 January: 60 d at 14.25 % = 2342.4658.
        const InterestResult r = compute(b2b(100000, {2024, 9, 1}, {2024, 10, 31}));
        QCOMPARE(r.slices.size(), 1);
        QCOMPARE(r.slices.first().rateBasisPoints, 1425);
        QCOMPARE(r.interest.cents(), 2342);
    }

    void longDelayOverManyHalfYears()
    {
        // 1,000.00 due 2022-12-31, until 2024-12-31: 181 d at 12.50 + 184 d at 14.00
        // + 182 d at 14.50 + 184 d at 14.25 = 6198.6301 + 7057.5342 + 7230.1370 + 7183.5616.
        const InterestResult r = compute(b2b(100000, {2022, 12, 31}, {2024, 12, 31}));
        QCOMPARE(r.slices.size(), 4);
        QCOMPARE(r.days(), 731);
        QCOMPARE(r.interest.cents(), 27670);
    }

    void leapYearDivisorOption()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.divisor366InLeapYears = true;
        // 12,615,000,000 / 3,660,000 = 3446.7213
        QCOMPARE(compute(req).interest.cents(), 3447);
        QCOMPARE(compute(req).slices.first().divisor, 366);
        // Mixed: 2023 slices keep 365, 2024 slices take 366. 11 d at 14 % /365 = 421.9178,
        // 10 d at 14.5 % /366 = 396.1749 -> 818.0927.
        InterestRequest mixed = b2b(100000, {2023, 12, 20}, {2024, 1, 10});
        mixed.divisor366InLeapYears = true;
        QCOMPARE(compute(mixed).interest.cents(), 818);
    }

    void roundsHalfUpOnce()
    {
        // 0.75 EUR x 10 % x 73 / 365 = 1.5 cents exactly -> 2 cents; 0.25 EUR -> 0.5 -> 1 cent.
        InterestRequest req = b2b(75, {2024, 1, 1}, {2024, 3, 14});
        req.profile.contractualFloorLegalMultiple = 0;  // no L441-10 floor: 10 % stands
        req.contractualRateBasisPoints = 1000;
        QCOMPARE(compute(req).days(), 73);
        QCOMPARE(compute(req).interest.cents(), 2);
        req.principal = Money::eur(25);
        QCOMPARE(compute(req).interest.cents(), 1);
    }

    void sumsUnroundedSlices()
    {
        // Two slices of 0.4 cent each: rounding each would give 0, the rounded sum gives 1.
        // 1.00 EUR at 10 % is 10/365 cent a day: 14.6 days make 0.4 cent -> use 15 days either side
        // of 1 July (0.4110 each, 0.8219 in all).
        InterestRequest req = b2b(100, {2024, 6, 15}, {2024, 7, 15});
        req.profile.contractualFloorLegalMultiple = 0;  // no L441-10 floor: 10 % stands
        req.contractualRateBasisPoints = 1000;
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).roundedCents, 0);
        QCOMPARE(r.slices.at(1).roundedCents, 0);
        QCOMPARE(r.interest.cents(), 1);
    }

    void contractualRate()
    {
        // 16 % (above the 15.21 % floor): 100,000 x 16 % x 87 / 365 = 3813.6986
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.contractualRateBasisPoints = 1600;
        const InterestResult r = compute(req);
        QCOMPARE(r.interest.cents(), 3814);
        QCOMPARE(r.slices.first().basis, QStringLiteral("contractual rate"));
    }

    void belgianRoundingUpToTheHalfPoint()
    {
        // 2024 H2: ECB 4.25 % + 8 = 12.25 % -> 12.5 %; 30 d on 2,000.00 = 2054.7945
        InterestRequest req = b2b(200000, {2024, 7, 31}, {2024, 8, 30});
        req.profile = profile("be-b2b");
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.first().rateBasisPoints, 1250);
        QCOMPARE(r.slices.first().basis, QStringLiteral("published rate 2024-H2"));
        QCOMPARE(r.interest.cents(), 2055);
        // 2025 H2: 2.15 + 8 = 10.15 -> 10.5 %; 2024 H1: 4.50 + 8 = 12.5 % exactly.
        req.dueDate = QDate(2025, 7, 31);
        req.until = QDate(2025, 8, 30);
        QCOMPARE(compute(req).slices.first().rateBasisPoints, 1050);
        req.dueDate = QDate(2024, 1, 31);
        req.until = QDate(2024, 2, 29);
        QCOMPARE(compute(req).slices.first().rateBasisPoints, 1250);
    }

    void consumerAcrossHalfYears()
    {
        // Legal rate "other cases": 2024 H2 4.92 % then 2025 H1 3.71 %, on 500.00.
        // 31 d x 4.92 % = 208.9315 ; 20 d x 3.71 % = 101.6438 -> 310.5753
        InterestRequest req;
        req.profile = profile("fr-b2c");
        req.principal = Money::eur(50000);
        req.dueDate = QDate(2024, 10, 1);
        req.noticeDate = QDate(2024, 11, 30);
        req.until = QDate(2025, 1, 20);
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).rateBasisPoints, 492);
        QCOMPARE(r.slices.at(1).rateBasisPoints, 371);
        QCOMPARE(r.interest.cents(), 311);
        // A contractual rate does not apply to a consumer's legal interest.
        req.contractualRateBasisPoints = 1500;
        QCOMPARE(compute(req).interest.cents(), 311);
    }

    void consumerNeedsTheNotice()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.profile = profile("fr-b2c");
        const auto r = computeLateInterest(req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("notice_date"));
    }

    void missingPeriodsAreErrorsNotGuesses()
    {
        const auto ecb = computeLateInterest(b2b(100000, {2026, 6, 15}, {2026, 7, 15}));
        QVERIFY(!ecb.ok());
        QCOMPARE(ecb.error().field, QStringLiteral("rate_table"));
        QVERIFY2(ecb.error().message.contains(QStringLiteral("1 July 2026")), qPrintable(ecb.error().message));
        InterestRequest req = b2b(100000, {2026, 5, 1}, {2026, 7, 10});
        req.profile = profile("fr-b2c");
        req.noticeDate = QDate(2026, 6, 1);
        const auto legal = computeLateInterest(req);
        QVERIFY(!legal.ok());
        QVERIFY2(legal.error().message.contains(QStringLiteral("2026-H2")), qPrintable(legal.error().message));
        // A contractual rate needs no table: it computes.
        InterestRequest contract = b2b(100000, {2026, 6, 15}, {2026, 7, 15});
        contract.contractualRateBasisPoints = 1200;
        QVERIFY(computeLateInterest(contract).ok());
    }

    void invalidRequests()
    {
        QCOMPARE(computeLateInterest(b2b(0, {2024, 3, 15}, {2024, 6, 10})).error().field, QStringLiteral("principal"));
        QCOMPARE(computeLateInterest(b2b(100, QDate(), {2024, 6, 10})).error().field, QStringLiteral("due_date"));
        InterestRequest req = b2b(100, {2024, 3, 15}, {2024, 6, 10});
        req.contractualRateBasisPoints = 20000;
        QCOMPARE(computeLateInterest(req).error().field, QStringLiteral("rate"));
    }

    // ---- Belgian consumers: first reminder free, 14 days, capped fixed compensation ----
    void belgianConsumerScale_data()
    {
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("indemnity");
        QTest::newRow("100.00 -> 20") << qint64(10000) << qint64(2000);
        QTest::newRow("150.00 -> 20") << qint64(15000) << qint64(2000);
        QTest::newRow("150.01 -> 30") << qint64(15001) << qint64(3000);         // 30 + 10 % of 0.01 (0.1 cent)
        QTest::newRow("300.00 -> 45") << qint64(30000) << qint64(4500);         // 30 + 15
        QTest::newRow("500.00 -> 65") << qint64(50000) << qint64(6500);         // 30 + 35
        QTest::newRow("1000.00 -> 90") << qint64(100000) << qint64(9000);       // 65 + 25
        QTest::newRow("40000.00 -> cap") << qint64(4000000) << qint64(200000);  // 65 + 1975 = 2040 > 2000
    }
    void belgianConsumerScale()
    {
        QFETCH(qint64, balance);
        QFETCH(qint64, indemnity);
        QCOMPARE(profile("be-b2c").indemnityCents(balance), indemnity);
    }

    void belgianConsumerInterestAfterTheGracePeriod()
    {
        // First reminder 2025-03-03; 14 days; interest from 2025-03-18 at the 2025-H1 rate 11.50 %.
        // 30 d on 1,000.00 = 100,000 x 11.5 % x 30 / 365 = 945.2055 cents; compensation 65 + 5 % of 500.
        InterestRequest req = b2b(100000, {2025, 2, 15}, {2025, 4, 16});
        req.profile = profile("be-b2c");
        req.noticeDate = QDate(2025, 3, 3);
        InterestResult r = compute(req);
        QCOMPARE(r.interestFrom, QDate(2025, 3, 18));
        QCOMPARE(r.days(), 30);
        QCOMPARE(r.slices.first().rateBasisPoints, 1150);
        QCOMPARE(r.interest.cents(), 945);
        QCOMPARE(r.indemnity.cents(), 9000);
        // Still inside the 14 days: nothing may be claimed yet.
        req.until = QDate(2025, 3, 17);
        r = compute(req);
        QCOMPARE(r.interest.cents(), 0);
        QCOMPARE(r.indemnity.cents(), 0);
        // Partly paid during the grace period: the compensation follows what remained unpaid.
        req.until = QDate(2025, 4, 16);
        req.partialPayments = {{QDate(2025, 3, 10), 80000}};
        r = compute(req);
        QCOMPARE(r.indemnity.cents(), 3500);  // 200.00 unpaid: 30 + 10 % of 50.00
        QCOMPARE(r.interest.cents(), 189);    // 20,000 x 11.5 % x 30 / 365 = 189.0411
    }

    // ---- L441-10 floor: 3 x the legal rate ----
    // LEGAL.md section 12: a clause under 3 x the legal rate is not valid; the default rate
    // (ECB + 10 points) applies instead, and the slice says why.
    void contractualRateUnderTheFloorGivesWayToTheDefault()
    {
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.contractualRateBasisPoints = 1200;  // under 3 x 5.07 % = 15.21 %
        InterestResult r = compute(req);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QStringLiteral("15.21%")), qPrintable(r.warnings.first()));
        QVERIFY(r.warnings.first().contains(QStringLiteral("12.00%")));
        QVERIFY(r.warnings.first().contains(QStringLiteral("14.50%")));
        QVERIFY(r.warnings.first().contains(QStringLiteral("2024-H1")));
        QCOMPARE(r.interest.cents(), 3456);  // 87 d at 14.50 % (LEGAL.md example 1), not 28.60 at 12 %
        QCOMPARE(r.slices.first().rateBasisPoints, 1450);
        QCOMPARE(r.slices.first().setAsideContractualBasisPoints, 1200);
        QCOMPARE(r.slices.first().floorBasisPoints, 1521);
        QVERIFY2(r.slices.first().basis.contains(QStringLiteral("does not apply")), qPrintable(r.slices.first().basis));
        // 16 % is above the floor: the contract's rate applies, nothing to say.
        req.contractualRateBasisPoints = 1600;
        r = compute(req);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.slices.first().rateBasisPoints, 1600);
        QCOMPARE(r.slices.first().setAsideContractualBasisPoints, -1);
    }

    void floorAboveTheDefaultShowsBothFigures()
    {
        // 2024-H1: 3 x 5.07 % = 15.21 % > default 14.50 %: the default applies, the user sees both.
        const InterestResult r2024 = compute(b2b(100000, {2024, 3, 15}, {2024, 6, 10}));
        QCOMPARE(r2024.warnings.size(), 1);
        QVERIFY(r2024.warnings.first().contains(QStringLiteral("15.21%")));
        QVERIFY(r2024.warnings.first().contains(QStringLiteral("14.50%")));
        // 2025-H1: 3 x 3.71 % = 11.13 % < 13.15 %: nothing to say.
        QVERIFY(compute(b2b(100000, {2025, 2, 1}, {2025, 3, 1})).warnings.isEmpty());
        // Consumers and Belgium have no such floor.
        InterestRequest be = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        be.profile = profile("be-b2b");
        QVERIFY(compute(be).warnings.isEmpty());
    }

    void severalPaymentsAcrossAHalfYear()
    {
        // 1,000.00 due 2024-06-15, paid 200.00 on 20 June and 300.00 on 5 July, until 20 July:
        // 5 d x 1,000 x 14.50 + 10 d x 800 x 14.50 + 5 d x 800 x 14.25 + 15 d x 500 x 14.25
        // = (72,500 + 116,000 + 57,000 + 106,875) / 365 = 965.4110 cents.
        InterestRequest req = b2b(100000, {2024, 6, 15}, {2024, 7, 20});
        req.partialPayments = {{QDate(2024, 7, 5), 30000}, {QDate(2024, 6, 20), 20000}};
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 4);
        QCOMPARE(r.slices.at(2).from, QDate(2024, 7, 1));
        QCOMPARE(r.slices.at(2).balanceCents, 80000);
        QCOMPARE(r.slices.at(3).balanceCents, 50000);
        QCOMPARE(r.interest.cents(), 965);
        QCOMPARE(r.balance.cents(), 50000);
    }

    void consumerOverLeapDay()
    {
        // Notice 2024-02-27: 28, 29 February, 1 and 2 March at 5.07 % on 1,000.00.
        // /365: 55.5616 -> 56 cents; /366: 55.4098 -> 55 cents.
        InterestRequest req = b2b(100000, {2024, 1, 31}, {2024, 3, 2});
        req.profile = profile("fr-b2c");
        req.noticeDate = QDate(2024, 2, 27);
        QCOMPARE(compute(req).days(), 4);
        QCOMPARE(compute(req).interest.cents(), 56);
        req.divisor366InLeapYears = true;
        QCOMPARE(compute(req).interest.cents(), 55);
    }

    // ---- A half-year the user adds ----
    void userAddedHalfYearComputes()
    {
        RateTable table = RateTable::builtIn();
        QCOMPARE(table.lastCompleteHalf().key(), QStringLiteral("2026-H1"));
        HalfYearRates h2;
        h2.half = {2026, 2};
        h2.ecb = 215;
        h2.legalNaturalPerson = 670;
        h2.legalOther = 260;
        h2.source = QStringLiteral("JO 2026-12-24");
        QVERIFY(table.addHalfYear(h2).ok());
        QCOMPARE(table.lastCompleteHalf().key(), QStringLiteral("2026-H2"));
        QVERIFY(table.ratesOf({2026, 2}).userAdded);
        // 30 d at 12.15 % on 1,000.00 (15 in H1, 15 in H2) = 998.6301 cents.
        const auto b2bResult = computeLateInterest(b2b(100000, {2026, 6, 15}, {2026, 7, 15}), table);
        QVERIFY(b2bResult.ok());
        QCOMPARE(b2bResult->interest.cents(), 999);
        QCOMPARE(b2bResult->slices.at(1).rateBasisPoints, 1215);
        // Consumer: 10 d at 2.62 % + 10 d at 2.60 % = (262,000 + 260,000) / 365 = 1430.1370 / 10.
        InterestRequest req = b2b(100000, {2026, 5, 1}, {2026, 7, 10});
        req.profile = profile("fr-b2c");
        req.noticeDate = QDate(2026, 6, 20);
        const auto b2c = computeLateInterest(req, table);
        QVERIFY(b2c.ok());
        QCOMPARE(b2c->interest.cents(), 143);
        QCOMPARE(b2c->slices.at(1).rateBasisPoints, 260);
        // The built-in table itself is untouched.
        QVERIFY(!computeLateInterest(b2b(100000, {2026, 6, 15}, {2026, 7, 15})).ok());
    }

    void publishedRatesAreNotReplaced()
    {
        RateTable table = RateTable::builtIn();
        HalfYearRates wrong;
        wrong.half = {2026, 1};
        wrong.ecb = 300;
        const Status s = table.addHalfYear(wrong);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("ecb"));
        HalfYearRates half;
        half.half = {2026, 2};
        half.legalOther = 260;  // without the natural-person rate
        QCOMPARE(table.addHalfYear(half).error().field, QStringLiteral("legal_other"));
        QCOMPARE(table.ratesOf({2026, 1}).belgianB2b, std::optional(1050));
        QVERIFY(!table.ratesOf({2026, 1}).userAdded);
        QCOMPARE(HalfYear::fromKey(QStringLiteral("2026-h2"))->next().key(), QStringLiteral("2027-H1"));
        QVERIFY(!HalfYear::fromKey(QStringLiteral("2026-H3")).has_value());
    }

    void belgianPublishedRatesFollowTheRule()
    {
        // Each published Belgian rate is ECB on 1 Jan / 1 Jul + 8 points rounded up to the half point.
        const RateTable &t = RateTable::builtIn();
        int checked = 0;
        for (HalfYear h{2023, 1}; h <= HalfYear{2026, 1}; h = h.next()) {
            const int ecb = t.ecbForHalf(h).value();
            QCOMPARE(t.publishedRate(QStringLiteral("be_b2b"), h).value(), (ecb + 800 + 49) / 50 * 50);
            ++checked;
        }
        QCOMPARE(checked, 7);
    }

    // ---- Profiles ----
    void profilesChosenByCountryAndConsumerFlag()
    {
        const ProfileSet &set = ProfileSet::builtIn();
        QCOMPARE(set.keys(), QStringList({QStringLiteral("fr-b2b"), QStringLiteral("fr-b2c"), QStringLiteral("be-b2b"),
                                          QStringLiteral("be-b2c")}));
        QCOMPARE(set.forClient(QStringLiteral("FR"), false).key, QStringLiteral("fr-b2b"));
        QCOMPARE(set.forClient(QStringLiteral("FR"), true).key, QStringLiteral("fr-b2c"));
        QCOMPARE(set.forClient(QStringLiteral("BE"), false).key, QStringLiteral("be-b2b"));
        QCOMPARE(set.forClient(QStringLiteral("BE"), true).key, QStringLiteral("be-b2c"));
        QCOMPARE(set.forClient(QStringLiteral("DE"), false).key, QStringLiteral("fr-b2b"));
        QCOMPARE(set.find(QStringLiteral("fr-b2b"))->limitationMonths, 60);
        QCOMPARE(set.find(QStringLiteral("fr-b2c"))->limitationMonths, 24);
        QCOMPARE(set.find(QStringLiteral("fr-b2c"))->indemnityCents(100000), 0);
        QCOMPARE(set.find(QStringLiteral("be-b2b"))->indemnityCents(100000), 4000);
        const auto broken = ProfileSet::fromJson(R"({"profiles": [{"key": "x", "interest": {"from": "tomorrow"}}]})",
                                                 QStringLiteral("p.json"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().field, QStringLiteral("profiles[0].interest.from"));
        QCOMPARE(broken.error().file, QStringLiteral("p.json"));
    }

    // ---- The rate table ----
    void ecbLookups()
    {
        const RateTable &t = RateTable::builtIn();
        QCOMPARE(t.ecbOn(QDate(2022, 7, 26)), std::optional(0));
        QCOMPARE(t.ecbOn(QDate(2022, 7, 27)), std::optional(50));
        QCOMPARE(t.ecbOn(QDate(2026, 6, 30)), std::optional(215));
        QVERIFY(!t.ecbOn(QDate(2026, 7, 1)).has_value());
        QVERIFY(!t.ecbOn(QDate(2015, 1, 1)).has_value());
    }

    void defaultRateMatchesLegalTable()
    {
        // LEGAL.md section 5, column "L441-10 default", 2019 H1 to 2026 H1.
        const QList<int> expected{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000,
                                  1250, 1400, 1450, 1425, 1315, 1215, 1215};
        HalfYear h{2019, 1};
        for (int rate : expected) {
            QCOMPARE(RateTable::builtIn().ecbOn(h.firstDay()).value() + 1000, rate);
            h = h.half == 1 ? HalfYear{h.year, 2} : HalfYear{h.year + 1, 1};
        }
        QCOMPARE(RateTable::builtIn().frenchLegalRate({2026, 1}, false), std::optional(262));
        QCOMPARE(RateTable::builtIn().frenchLegalRate({2026, 1}, true), std::optional(667));
        QVERIFY(!RateTable::builtIn().frenchLegalRate({2026, 2}, false).has_value());
    }

    void ratesParseExactly()
    {
        QCOMPARE(parseRate(QStringLiteral("12.15")), std::optional(1215));
        QCOMPARE(parseRate(QStringLiteral("8,28")), std::optional(828));
        QCOMPARE(parseRate(QStringLiteral("12")), std::optional(1200));
        QCOMPARE(parseRate(QStringLiteral("0.5")), std::optional(50));
        QVERIFY(!parseRate(QStringLiteral("12.345")).has_value());
        QVERIFY(!parseRate(QStringLiteral("-1")).has_value());
        QVERIFY(!parseRate(QStringLiteral("abc")).has_value());
        QCOMPARE(formatRate(1215), QStringLiteral("12.15"));
        QCOMPARE(formatRate(5), QStringLiteral("0.05"));
        QCOMPARE(formatRate(371, QLocale(QLocale::French)), QStringLiteral("3,71\u00a0%"));
        QCOMPARE(formatRate(1425, QLocale(QLocale::English)), QStringLiteral("14.25%"));
    }

    void brokenTablesAreRefusedWithTheirPlace()
    {
        const auto broken = RateTable::fromJson("{ not json", QStringLiteral("rates.json"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().file, QStringLiteral("rates.json"));
        const auto unordered =
            RateTable::fromJson(R"({"ecb_main_refinancing": {"known_until": "2026-06-30", "changes": [
            {"from": "2024-01-01", "rate": "4.50"}, {"from": "2023-01-01", "rate": "2.50"}]}})",
                                QStringLiteral("mine.json"));
        QCOMPARE(unordered.error().field, QStringLiteral("ecb_main_refinancing.changes[1].from"));
        const auto badRate = RateTable::fromJson(R"({"ecb_main_refinancing": {"known_until": "2026-06-30", "changes": [
            {"from": "2024-01-01", "rate": "four"}]}})",
                                                 QStringLiteral("mine.json"));
        QCOMPARE(badRate.error().field, QStringLiteral("ecb_main_refinancing.changes[0].rate"));
    }
};

QTEST_GUILESS_MAIN(TestLateInterest)
#include "tst_lateinterest.moc"
