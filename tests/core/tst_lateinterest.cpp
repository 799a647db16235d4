#include "rules/lateinterest.h"
#include "rules/ratetable.h"

#include <QtTest>

using namespace relance;

// Every expected value here is computed by hand: interest = balance x rate x days / 365 per
// slice, summed unrounded, rounded half-up to the cent once (LEGAL.md section 3).
class TestLateInterest : public QObject
{
    Q_OBJECT

    static InterestRequest b2b(qint64 cents, const QDate &due, const QDate &until)
    {
        InterestRequest r;
        r.profile = InterestProfile::FranceB2B;
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
        req.profile = InterestProfile::FranceB2C;
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
        req.profile = InterestProfile::BelgiumB2B;
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
        req.contractualRateBasisPoints = 1000;
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.size(), 2);
        QCOMPARE(r.slices.at(0).roundedCents, 0);
        QCOMPARE(r.slices.at(1).roundedCents, 0);
        QCOMPARE(r.interest.cents(), 1);
    }

    void contractualRate()
    {
        // 12 %: 100,000 x 12 % x 87 / 365 = 2860.2740
        InterestRequest req = b2b(100000, {2024, 3, 15}, {2024, 6, 10});
        req.contractualRateBasisPoints = 1200;
        const InterestResult r = compute(req);
        QCOMPARE(r.interest.cents(), 2860);
        QCOMPARE(r.slices.first().basis, QStringLiteral("contractual rate"));
    }

    void belgianRoundingUpToTheHalfPoint()
    {
        // 2024 H2: ECB 4.25 % + 8 = 12.25 % -> 12.5 %; 30 d on 2,000.00 = 2054.7945
        InterestRequest req = b2b(200000, {2024, 7, 31}, {2024, 8, 30});
        req.profile = InterestProfile::BelgiumB2B;
        const InterestResult r = compute(req);
        QCOMPARE(r.slices.first().rateBasisPoints, 1250);
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
        req.profile = InterestProfile::FranceB2C;
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
        req.profile = InterestProfile::FranceB2C;
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
        req.profile = InterestProfile::FranceB2C;
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
