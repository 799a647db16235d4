#include "domain/bankaccount.h"
#include "services/issuerservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

class TestIssuer : public QObject
{
    Q_OBJECT

private slots:
    void ibanChecksum_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("French, spaced") << "FR76 3000 6000 0112 3456 7890 189" << true;
        QTest::newRow("French, packed, lower case") << "fr7630006000011234567890189" << true;
        QTest::newRow("Belgian") << "BE68 5390 0754 7034" << true;
        QTest::newRow("German") << "DE89 3704 0044 0532 0130 00" << true;
        QTest::newRow("one digit wrong") << "FR76 3000 6000 0112 3456 7890 188" << false;
        QTest::newRow("two digits swapped") << "FR76 3000 6000 0112 3456 7809 189" << false;
        QTest::newRow("too short") << "FR76 3000" << false;
        QTest::newRow("letters in the check digits") << "FRAB 3000 6000 0112 3456 7890 189" << false;
        QTest::newRow("empty") << "" << false;
    }
    void ibanChecksum()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(isValidIban(iban), valid);
    }

    void ibanFormatting()
    {
        QCOMPARE(formattedIban(QStringLiteral("fr7630006000011234567890189")),
                 QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
        QCOMPARE(normalizedIban(QStringLiteral(" BE68-5390 0754 7034 ")), QStringLiteral("BE68539007547034"));
    }

    void bic()
    {
        QVERIFY(isValidBic(QStringLiteral("AGRIFRPP")));
        QVERIFY(isValidBic(QStringLiteral("bnpafrppxxx")));
        QVERIFY(!isValidBic(QStringLiteral("AGRI")));
        QVERIFY(!isValidBic(QStringLiteral("1GRIFRPP")));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("company_name") << "company_name";
        QTest::newRow("siret") << "siret";
        QTest::newRow("iban") << "iban";
        QTest::newRow("bic") << "bic";
        QTest::newRow("email") << "email";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        Issuer i;
        i.companyName = QStringLiteral("Camille Rousseau");
        if (field == QLatin1String("company_name"))
            i.companyName = QStringLiteral("  ");
        if (field == QLatin1String("siret"))
            i.siret = QStringLiteral("852 345 678");  // a SIREN, not a SIRET
        if (field == QLatin1String("iban"))
            i.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188");
        if (field == QLatin1String("bic"))
            i.bic = QStringLiteral("AGRI");
        if (field == QLatin1String("email"))
            i.email = QStringLiteral("camille");
        QCOMPARE(IssuerService::validate(i).error().field, field);
    }

    void savesNormalizedAndRefusesWithoutWriting()
    {
        test::TempDatabase t;
        const IssuerService service(t.db());
        Issuer i;
        i.companyName = QStringLiteral(" Camille Rousseau ");
        i.siret = QStringLiteral("852 345 678 00014");
        i.iban = QStringLiteral("fr7630006000011234567890189");
        i.bic = QStringLiteral("agrifrpp");
        QVERIFY(service.save(i).ok());
        const Issuer back = service.load();
        QCOMPARE(back.companyName, QStringLiteral("Camille Rousseau"));
        QCOMPARE(back.iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
        QCOMPARE(back.bic, QStringLiteral("AGRIFRPP"));
        const QString before = t.dump();
        i.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188");
        QVERIFY(!service.save(i).ok());
        QCOMPARE(t.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestIssuer)
#include "tst_issuer.moc"
