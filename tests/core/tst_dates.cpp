#include "domain/dates.h"

#include <QtTest>

namespace dates = relance::dates;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void parsesIsoAndFrench_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << "2025-12-31" << QDate(2025, 12, 31);
        QTest::newRow("french slash") << "31/12/2025" << QDate(2025, 12, 31);
        QTest::newRow("french dots") << "1.2.2024" << QDate(2024, 2, 1);
        QTest::newRow("french dashes") << "05-03-2025" << QDate(2025, 3, 5);
        QTest::newRow("leap day") << "29/02/2024" << QDate(2024, 2, 29);
        QTest::newRow("spaces") << " 2026-01-02 " << QDate(2026, 1, 2);
    }
    void parsesIsoAndFrench()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = dates::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(*parsed, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("31 February") << "31/02/2025"
                                     << "day 31 does not exist";
        QTest::newRow("30 February iso") << "2025-02-30"
                                         << "day 30 does not exist";
        QTest::newRow("29 February non-leap") << "29/02/2025"
                                              << "day 29 does not exist";
        QTest::newRow("month 13") << "2025-13-01"
                                  << "no month 13";
        QTest::newRow("mixed separators") << "12/03-2025"
                                          << "not a date";
        QTest::newRow("american words") << "Feb 3 2025"
                                        << "not a date";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("two-digit year") << "01/02/25"
                                        << "not a date";
        QTest::newRow("year zero-ish") << "0999-01-01"
                                       << "out of range";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = dates::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }

    void isoForm() { QCOMPARE(dates::iso(QDate(2026, 3, 4)), QStringLiteral("2026-03-04")); }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
