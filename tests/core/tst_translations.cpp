#include "domain/invoice.h"
#include "domain/money.h"
#include "rules/aging.h"
#include "services/translations.h"

#include <QDirIterator>
#include <QtTest>

using namespace relance;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void compiledTranslationsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/relance_fr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/relance_en.qm")));
    }

    void everyMessageIsTranslated()
    {
        // lrelease leaves unfinished entries out of the .qm: check the sources instead.
        for (const char *ts :
             {RELANCE_SOURCE_DIR "/translations/relance_fr.ts", RELANCE_SOURCE_DIR "/translations/relance_en.ts"}) {
            QFile file(QString::fromUtf8(ts));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.count("<message") > 250);
            QCOMPARE(text.count("type=\"unfinished\""), 0);
        }
    }

    void frenchLoadsOnAFrenchSystem()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("fr"));
        QCOMPARE(agingBucketLabel(AgingBucket::LateOver90), QStringLiteral("Plus de 90 jours de retard"));
        QCOMPARE(statusLabel(InvoiceStatus::PartiallyPaid), QStringLiteral("Partiellement payée"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n invoice(s)", nullptr, 1), QStringLiteral("1 facture"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n invoice(s)", nullptr, 3), QStringLiteral("3 factures"));
        QCOMPARE(Money::parse(QStringLiteral("12,3,4")).error().message,
                 QStringLiteral("«\u00a012,3,4\u00a0» n’est pas un montant (attendu par exemple 1234.56 ou 1 234,56)"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
