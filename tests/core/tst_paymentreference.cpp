// Payment references: ISO 11649 creditor references and Belgian structured communications,
// built, checked and found in remittance texts. Check digits computed by hand (MOD 97-10).
#include "domain/paymentreference.h"

#include <QtTest>

using namespace relance;

class TestPaymentReference : public QObject
{
    Q_OBJECT

private slots:
    void creditorReferences()
    {
        // ISO 11649's own example: 539007547034 -> RF18.
        QVERIFY(paymentref::isCreditorReference(QStringLiteral("RF18 5390 0754 7034")));
        QVERIFY(paymentref::isCreditorReference(QStringLiteral("rf18539007547034")));
        QVERIFY(!paymentref::isCreditorReference(QStringLiteral("RF19 5390 0754 7034")));
        QVERIFY(!paymentref::isCreditorReference(QStringLiteral("RF18")));
        // F2026041 + RF00 -> 15 2026041 27 15 00 ... mod 97 = 82: check 98 - 82 = 16.
        QCOMPARE(paymentref::creditorReference(QStringLiteral("F-2026-041")), QStringLiteral("RF16F2026041"));
        QCOMPARE(paymentref::grouped(QStringLiteral("RF16F2026041")), QStringLiteral("RF16 F202 6041"));
        QCOMPARE(paymentref::creditorReference(QStringLiteral("F-1")), QStringLiteral("RF98F1"));
        QVERIFY(paymentref::creditorReference(QStringLiteral("---")).isEmpty());
        // Longer than 21: the last 21 are kept, and the check still holds.
        const QString longNumber = paymentref::creditorReference(QStringLiteral("CLIENT-ATELIER-2026-000123"));
        QCOMPARE(longNumber.size(), 25);
        QVERIFY(longNumber.endsWith(QStringLiteral("ATELIER2026000123")));
        QVERIFY(paymentref::isCreditorReference(longNumber));
    }

    void creditorReferencesInARemittance()
    {
        QCOMPARE(paymentref::creditorReferencesIn(QStringLiteral("VIR SEPA STUDIO GRAPHIK RF16 F202 6041 MERCI")),
                 QStringList{QStringLiteral("RF16F2026041")});
        QCOMPARE(paymentref::creditorReferencesIn(QStringLiteral("/RFB/RF18539007547034")),
                 QStringList{QStringLiteral("RF18539007547034")});
        // A wrong check digit is no reference; a word starting with RF neither.
        QVERIFY(paymentref::creditorReferencesIn(QStringLiteral("RF17 F202 6041")).isEmpty());
        QVERIFY(paymentref::creditorReferencesIn(QStringLiteral("REFUND 2026")).isEmpty());
    }

    void belgianCommunications()
    {
        // 0909337554 mod 97 = 93.
        QCOMPARE(paymentref::belgianCommunicationsIn(QStringLiteral("+++090/9337/55493+++")),
                 QStringList{QStringLiteral("090933755493")});
        QCOMPARE(paymentref::belgianCommunicationsIn(QStringLiteral("COMMUNICATION ***090/9337/55493*** MERCI")),
                 QStringList{QStringLiteral("090933755493")});
        QVERIFY(paymentref::belgianCommunicationsIn(QStringLiteral("+++090/9337/55494+++")).isEmpty());
        // F-2026-041 -> 0002026041, mod 97 = 2.
        QCOMPARE(paymentref::belgianCommunication(QStringLiteral("F-2026-041")), QStringLiteral("+++000/2026/04102+++"));
        QCOMPARE(paymentref::belgianDigits(QStringLiteral("+++000/2026/04102+++")), QStringLiteral("000202604102"));
        // A multiple of 97 takes 97 as its check: 0000000097.
        QCOMPARE(paymentref::belgianCommunication(QStringLiteral("F-97")), QStringLiteral("+++000/0000/09797+++"));
        QVERIFY(paymentref::belgianCommunication(QStringLiteral("F-A")).isEmpty());
    }
};

QTEST_MAIN(TestPaymentReference)
#include "tst_paymentreference.moc"
