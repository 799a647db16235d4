#include "domain/dates.h"
#include "domain/textfold.h"
#include "domain/typeddate.h"

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

    // What people type into a date field, read as they mean it (issue 17: "17/09/2026" gave
    // 17/12/2026 in a QDateEdit). Seen from a fixed day, never the real one.
    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("expected");
        const QString fr = QStringLiteral("fr_FR");
        QTest::newRow("slashes") << "17/09/2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("short") << "17/9/26" << fr << QDate(2026, 9, 17);
        QTest::newRow("dashes") << "17-09-2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("dots") << "17.09.2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("spaces") << "17 09 2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("compact 8") << "17092026" << fr << QDate(2026, 9, 17);
        QTest::newRow("compact 6") << "170926" << fr << QDate(2026, 9, 17);
        QTest::newRow("compact 4, this year") << "1709" << fr << QDate(2026, 9, 17);
        QTest::newRow("day and month only") << "5/1" << fr << QDate(2026, 1, 5);
        QTest::newRow("abbreviated month") << "17 sept. 2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("long month") << "17 septembre 2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("no accent") << "3 fevrier 2027" << fr << QDate(2027, 2, 3);
        QTest::newRow("accent and capital") << "3 Février 2027" << fr << QDate(2027, 2, 3);
        QTest::newRow("1er") << "1er mars 2026" << fr << QDate(2026, 3, 1);
        QTest::newRow("month, no year") << "8 déc" << fr << QDate(2026, 12, 8);
        QTest::newRow("juil") << "14 juil 2026" << fr << QDate(2026, 7, 14);
        QTest::newRow("english month in french") << "Sep 17, 2026" << fr << QDate(2026, 9, 17);
        QTest::newRow("iso") << "2026-09-17" << fr << QDate(2026, 9, 17);
        QTest::newRow("today fr") << "aujourd'hui" << fr << QDate(2026, 12, 2);
        QTest::newRow("today fr curly") << "Aujourd’hui" << fr << QDate(2026, 12, 2);
        QTest::newRow("today en") << "today" << fr << QDate(2026, 12, 2);
        QTest::newRow("yesterday") << "hier" << fr << QDate(2026, 12, 1);
        QTest::newRow("tomorrow") << "tomorrow" << fr << QDate(2026, 12, 3);
        QTest::newRow("two-digit past") << "01/02/98" << fr << QDate(1998, 2, 1);
        QTest::newRow("leap day") << "29/02/2028" << fr << QDate(2028, 2, 29);
        QTest::newRow("en_GB day first") << "17/09/2026" << "en_GB" << QDate(2026, 9, 17);
        QTest::newRow("en_US month first") << "09/17/2026" << "en_US" << QDate(2026, 9, 17);
        QTest::newRow("en_US compact") << "09172026" << "en_US" << QDate(2026, 9, 17);
        QTest::newRow("en_US named") << "Sept 17 2026" << "en_US" << QDate(2026, 9, 17);
    }
    void parsesWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(QDate, expected);
        const auto parsed = dates::parseTyped(text, QDate(2026, 12, 2), QLocale(locale));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(*parsed, expected);
    }

    void refusesWhatIsNoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("30 February") << "30/02/2026" << "day 30 does not exist in";
        QTest::newRow("29 February, not leap") << "29022027" << "day 29 does not exist in";
        QTest::newRow("month 13") << "17/13/2026" << "no month 13";
        QTest::newRow("three-digit year") << "17/09/202" << "two or four digits";
        QTest::newRow("five digits") << "17092" << "not a date";
        QTest::newRow("ambiguous month") << "3 ju 2026" << "not a date";
        QTest::newRow("ju is June or July") << "3 jui 2026" << "which month";
        QTest::newRow("a word") << "bientot" << "not a date";
        QTest::newRow("empty") << "  " << "empty";
    }
    void refusesWhatIsNoDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = dates::parseTyped(text, QDate(2026, 12, 2), QLocale(QLocale::French, QLocale::France));
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }

    void aFieldShowsFourDigitYearsAndTwoDigitDays()
    {
        QCOMPARE(dates::typedFormat(QLocale(QLocale::French, QLocale::France)), QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(dates::typedFormat(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("MM/dd/yyyy"));
    }

    void foldingIgnoresCaseAndAccents()
    {
        using relance::text::fold;
        QCOMPARE(fold(QStringLiteral("Éditions Bérénice")), QStringLiteral("editions berenice"));
        QCOMPARE(fold(QStringLiteral("Cœur d’Alène ÇA")), QStringLiteral("coeur d'alene ca"));
        QCOMPARE(fold(QStringLiteral("F-2026-017")), QStringLiteral("f-2026-017"));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
