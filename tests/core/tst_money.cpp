#include "domain/money.h"

#include <QtTest>

using relance::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void arithmetic()
    {
        const Money a = Money::eur(123456);
        const Money b = Money::eur(-6);
        QCOMPARE((a + b).cents(), 123450);
        QCOMPARE((a - b).cents(), 123462);
        QCOMPARE((-a).cents(), -123456);
        Money c = Money::eur(5);
        c += Money::eur(10);
        c -= Money::eur(3);
        QCOMPARE(c.cents(), 12);
        QCOMPARE(c.currency(), QStringLiteral("EUR"));
        QVERIFY(Money::eur(0).isZero());
        QVERIFY(Money::eur(-1).isNegative());
        QVERIFY(Money(100, QStringLiteral("USD")) != Money::eur(100));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("point") << "1234.56" << qint64(123456);
        QTest::newRow("comma") << "1234,56" << qint64(123456);
        QTest::newRow("french grouping space") << "1 234,56" << qint64(123456);
        QTest::newRow("french nbsp") << QStringLiteral("1\u00a0234,56") << qint64(123456);
        QTest::newRow("french narrow nbsp") << QStringLiteral("12\u202f345\u202f678,90") << qint64(1234567890);
        QTest::newRow("dot grouping comma decimal") << "1.234,56" << qint64(123456);
        QTest::newRow("comma grouping dot decimal") << "1,234.56" << qint64(123456);
        QTest::newRow("integer") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "3,5" << qint64(350);
        QTest::newRow("negative") << "-0,05" << qint64(-5);
        QTest::newRow("euro suffix") << QStringLiteral("1 200,00 €") << qint64(120000);
        QTest::newRow("code suffix") << "99.99 EUR" << qint64(9999);
        QTest::newRow("surrounding spaces") << "  7.10 " << qint64(710);
        QTest::newRow("leading decimal") << ",50" << qint64(50);
        QTest::newRow("dot groups only") << "1.234.567" << qint64(123456700);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = Money::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->cents(), cents);
        QCOMPARE(parsed->currency(), QStringLiteral("EUR"));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedMessagePart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("two commas") << "12,3,4"
                                    << "not an amount";
        QTest::newRow("letters") << "12a"
                                 << "not an amount";
        QTest::newRow("three decimals") << "1,234"
                                        << "more than two decimals";
        QTest::newRow("three decimals point") << "10.005"
                                              << "more than two decimals";
        QTest::newRow("bad grouping") << "1 23,45"
                                      << "not an amount";
        QTest::newRow("first group too long") << "1234 567"
                                              << "not an amount";
        QTest::newRow("trailing separator") << "12."
                                            << "not an amount";
        QTest::newRow("only sign") << "-"
                                   << "not an amount";
        QTest::newRow("mixed group marks") << "1 234.567,00"
                                           << "not an amount";
        QTest::newRow("too large") << "12345678901234567"
                                   << "too large";
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << "not an amount";
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedMessagePart);
        const auto parsed = Money::parse(text);
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QVERIFY2(parsed.error().message.contains(expectedMessagePart), qPrintable(parsed.error().message));
    }

    void decimalString()
    {
        QCOMPARE(Money::eur(123456).toDecimalString(), QStringLiteral("1234.56"));
        QCOMPARE(Money::eur(5).toDecimalString(), QStringLiteral("0.05"));
        QCOMPARE(Money::eur(-5).toDecimalString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::eur(-123400).toDecimalString(), QStringLiteral("-1234.00"));
        QCOMPARE(Money::eur(0).toDecimalString(), QStringLiteral("0.00"));
    }

    void frenchFormat()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        // No-break spaces between thousands and before the symbol (not the narrow one, at which
        // Qt 6.4 breaks lines: a label showed "2" and "162,70 €" on two lines).
        QCOMPARE(Money::eur(123456).toString(fr), QStringLiteral("1\u00a0234,56\u00a0€"));
        QCOMPARE(Money::eur(123456789).toString(fr), QStringLiteral("1\u00a0234\u00a0567,89\u00a0€"));
        QCOMPARE(Money::eur(5).toString(fr), QStringLiteral("0,05\u00a0€"));
        QCOMPARE(Money::eur(-4000).toString(fr), QStringLiteral("-40,00\u00a0€"));
        QCOMPARE(Money(99900, QStringLiteral("USD")).toString(fr), QStringLiteral("999,00\u00a0USD"));
    }

    void englishFormat()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::eur(123456).toString(en), QStringLiteral("€1,234.56"));
        QCOMPARE(Money::eur(-5).toString(en), QStringLiteral("-€0.05"));
        QCOMPARE(Money(100, QStringLiteral("USD")).toString(en), QStringLiteral("1.00 USD"));
    }

    void roundTripThroughFrenchText()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        for (qint64 cents : {qint64(0), qint64(1), qint64(99), qint64(100000), qint64(987654321)}) {
            const auto back = Money::parse(Money::eur(cents).toString(fr));
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QCOMPARE(back->cents(), cents);
        }
    }

    void currencyCodes()
    {
        QVERIFY(Money::isValidCurrencyCode(QStringLiteral("EUR")));
        QVERIFY(Money::isValidCurrencyCode(QStringLiteral("CHF")));
        QVERIFY(!Money::isValidCurrencyCode(QStringLiteral("eur")));
        QVERIFY(!Money::isValidCurrencyCode(QStringLiteral("EURO")));
        QVERIFY(!Money::isValidCurrencyCode(QString()));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
