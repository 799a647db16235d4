#include "rules/businesscalendar.h"

#include <QtTest>

using namespace relance;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

    // Gauss's Easter algorithm (Gregorian, with the 1876 corrections): a second, independent
    // computation to check the one in the product.
    static QDate gaussEaster(int year)
    {
        const int a = year % 19, b = year % 4, c = year % 7;
        const int k = year / 100;
        const int p = (13 + 8 * k) / 25;
        const int q = k / 4;
        const int M = (15 - p + k - q) % 30;
        const int N = (4 + k - q) % 7;
        const int d = (19 * a + M) % 30;
        const int e = (2 * b + 4 * c + 6 * d + N) % 7;
        if (d == 29 && e == 6)
            return QDate(year, 4, 19);
        if (d == 28 && e == 6 && (11 * M + 11) % 30 < 19)
            return QDate(year, 4, 18);
        return QDate(year, 3, 22).addDays(d + e);
    }

private slots:
    void easterMatchesPublishedDatesAndGauss_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        const QList<QDate> published{{2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},
                                     {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28},
                                     {2028, 4, 16}, {2029, 4, 1},  {2030, 4, 21}, {2031, 4, 13},
                                     {2032, 3, 28}, {2033, 4, 17}, {2034, 4, 9},  {2035, 3, 25}};
        for (const QDate &d : published)
            QTest::addRow("%d", d.year()) << d.year() << d;
    }
    void easterMatchesPublishedDatesAndGauss()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(easterSunday(year), easter);
        QCOMPARE(gaussEaster(year), easter);
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
    }

    void algorithmsAgreeOverFourCenturies()
    {
        for (int year = 1900; year <= 2299; ++year)
            QCOMPARE(easterSunday(year), gaussEaster(year));
    }

    void holidaysOf2025()
    {
        QCOMPARE(publicHolidays(2025), (QList<QDate>{{2025, 1, 1},
                                                     {2025, 4, 21},
                                                     {2025, 5, 1},
                                                     {2025, 5, 8},
                                                     {2025, 5, 29},
                                                     {2025, 6, 9},
                                                     {2025, 7, 14},
                                                     {2025, 8, 15},
                                                     {2025, 11, 1},
                                                     {2025, 11, 11},
                                                     {2025, 12, 25}}));
    }

    void holidaysFrom2020To2035()
    {
        for (int year = 2020; year <= 2035; ++year) {
            const QDate easter = gaussEaster(year);
            const QList<QDate> days = publicHolidays(year);
            QCOMPARE(days.size(), 11);
            QVERIFY(days.contains(easter.addDays(1)));   // Easter Monday
            QVERIFY(days.contains(easter.addDays(39)));  // Ascension, a Thursday
            QCOMPARE(easter.addDays(39).dayOfWeek(), int(Qt::Thursday));
            QVERIFY(days.contains(easter.addDays(50)));   // Whit Monday
            QVERIFY(!days.contains(easter.addDays(-2)));  // Good Friday only in Alsace-Moselle
            const QList<QDate> alsace = publicHolidays(year, Calendar::FranceAlsaceMoselle);
            QCOMPARE(alsace.size(), 13);
            QVERIFY(alsace.contains(easter.addDays(-2)));
            QVERIFY(alsace.contains(QDate(year, 12, 26)));
            QVERIFY(std::is_sorted(alsace.begin(), alsace.end()));
        }
    }

    void ascensionOnMayDayIsOneHoliday()
    {
        // Easter 2008 was 23 March: Ascension fell on 1 May.
        QCOMPARE(easterSunday(2008), QDate(2008, 3, 23));
        QCOMPARE(publicHolidays(2008).size(), 10);
        QVERIFY(isPublicHoliday(QDate(2008, 5, 1)));
    }

    void dayKinds()
    {
        const QDate saturday(2025, 11, 15), sunday(2025, 11, 16), armistice(2025, 11, 11), monday(2025, 11, 17);
        QVERIFY(countsAs(saturday, DayKind::Ouvrables));
        QVERIFY(!countsAs(saturday, DayKind::Ouvres));
        QVERIFY(!countsAs(sunday, DayKind::Ouvrables));
        QVERIFY(!countsAs(armistice, DayKind::Ouvrables));
        QVERIFY(!countsAs(armistice, DayKind::Ouvres));
        QVERIFY(countsAs(armistice, DayKind::Calendaires));
        QVERIFY(countsAs(monday, DayKind::Ouvres));
    }

    void deadlines_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("calendar");
        QTest::addColumn<QDate>("expected");
        const int fr = int(Calendar::France), alsace = int(Calendar::FranceAlsaceMoselle);
        const int cal = int(DayKind::Calendaires), ouvrables = int(DayKind::Ouvrables), ouvres = int(DayKind::Ouvres);
        // LEGAL.md section 6: receipt on Wed 7 May 2025, 8 May a holiday.
        QTest::newRow("LEGAL 5 ouvrables") << QDate(2025, 5, 7) << 5 << ouvrables << fr << QDate(2025, 5, 14);
        QTest::newRow("LEGAL 5 ouvres") << QDate(2025, 5, 7) << 5 << ouvres << fr << QDate(2025, 5, 15);
        // 8 calendar days: Thu 6 Nov -> Fri 14 Nov; from Fri 7 -> Sat 15, moved to Mon 17.
        QTest::newRow("8 days, weekday") << QDate(2025, 11, 6) << 8 << cal << fr << QDate(2025, 11, 14);
        QTest::newRow("8 days, ends Saturday") << QDate(2025, 11, 7) << 8 << cal << fr << QDate(2025, 11, 17);
        // Crossing 11 November (skipped): ouvrables Wed 12 to Sat 15, Sunday skipped, 5th is Mon 17;
        // ouvrés Wed 12, Thu 13, Fri 14, Mon 17, 5th is Tue 18.
        QTest::newRow("ouvrables across Armistice")
            << QDate(2025, 11, 10) << 5 << ouvrables << fr << QDate(2025, 11, 17);
        QTest::newRow("ouvres across Armistice") << QDate(2025, 11, 10) << 5 << ouvres << fr << QDate(2025, 11, 18);
        // Ending on Christmas: 26 December in France, the Monday after in Alsace-Moselle.
        QTest::newRow("ends on Christmas") << QDate(2025, 12, 24) << 1 << cal << fr << QDate(2025, 12, 26);
        QTest::newRow("ends on Christmas, Alsace") << QDate(2025, 12, 24) << 1 << cal << alsace << QDate(2025, 12, 29);
        // Good Friday 2026 (3 April) counts in France, not in Alsace-Moselle; Easter Monday in neither.
        QTest::newRow("Easter week, France") << QDate(2026, 4, 1) << 3 << ouvres << fr << QDate(2026, 4, 7);
        QTest::newRow("Easter week, Alsace") << QDate(2026, 4, 1) << 3 << ouvres << alsace << QDate(2026, 4, 8);
        // Across New Year, 30 days.
        QTest::newRow("30 days over New Year") << QDate(2025, 12, 15) << 30 << cal << fr << QDate(2026, 1, 14);
        QTest::newRow("zero days on a Sunday") << QDate(2025, 11, 16) << 0 << cal << fr << QDate(2025, 11, 17);
        QTest::newRow("leap day") << QDate(2028, 2, 25) << 4 << cal << fr << QDate(2028, 2, 29);
    }
    void deadlines()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(int, kind);
        QFETCH(int, calendar);
        QFETCH(QDate, expected);
        QCOMPARE(deadline(start, days, DayKind(kind), Calendar(calendar)), expected);
    }

    void keys()
    {
        QCOMPARE(dayKindFromKey(QStringLiteral("ouvres")), std::optional(DayKind::Ouvres));
        QCOMPARE(dayKindFromKey(QStringLiteral("ouvrables")), std::optional(DayKind::Ouvrables));
        QCOMPARE(dayKindFromKey(QStringLiteral("calendaires")), std::optional(DayKind::Calendaires));
        QVERIFY(!dayKindFromKey(QStringLiteral("working")).has_value());
        QCOMPARE(calendarFromKey(QStringLiteral("fr-alsace-moselle")), std::optional(Calendar::FranceAlsaceMoselle));
        QCOMPARE(calendarFromKey(QStringLiteral("be")), std::optional(Calendar::Belgium));
        QVERIFY(!calendarFromKey(QStringLiteral("de")).has_value());
    }

    // CDE XIX.2: 14 days from the third working day after posting, or the day after an e-mail.
    void belgianFreeReminderPeriod()
    {
        // Posted Thursday 16 July 2026: Fri 17, Sat 18, (Sun), Mon 20 -> third working day; 21 July
        // is the Belgian national day, not 14 July. 20 July + 14 = Mon 3 August.
        QCOMPARE(freeReminderPeriodEnd(QDate(2026, 7, 16), false), QDate(2026, 8, 3));
        // Posted Friday 10 July 2026: Sat 11, Mon 13, Tue 14 (a working day in Belgium) -> 14 July
        // + 14 = Tue 28 July.
        QCOMPARE(freeReminderPeriodEnd(QDate(2026, 7, 10), false), QDate(2026, 7, 28));
        // E-mailed Monday 2 November 2026: from Tue 3, + 14 = Tue 17 November.
        QCOMPARE(freeReminderPeriodEnd(QDate(2026, 11, 2), true), QDate(2026, 11, 17));
        // E-mailed Friday 6 November: from Sat 7, + 14 = Saturday 21, which moves to Monday 23.
        QCOMPARE(freeReminderPeriodEnd(QDate(2026, 11, 6), true), QDate(2026, 11, 23));
        QVERIFY(isPublicHoliday(QDate(2026, 7, 21), Calendar::Belgium));
        QVERIFY(!isPublicHoliday(QDate(2026, 7, 14), Calendar::Belgium));
        QVERIFY(!isPublicHoliday(QDate(2026, 5, 8), Calendar::Belgium));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
