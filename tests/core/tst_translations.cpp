#include "domain/invoice.h"
#include "domain/money.h"
#include "rules/aging.h"
#include "services/collectionservice.h"
#include "services/collectionsettingsservice.h"
#include "services/translations.h"
#include "storage/actionrepository.h"
#include "testsupport.h"

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

    // Issue 17: steps and carried-forward rates recorded by the CLI under a C locale stayed
    // English in a French window. The book keeps keys; each reader sees them in their language.
    void shippedNamesAreKeptAsKeys()
    {
        test::TempDatabase t;
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        const qint64 client = t.addClient(QStringLiteral("Garage Dumas"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2026, 9, 1}, {2026, 10, 1}, 120000);
        ActionInput done;
        done.invoiceId = inv;
        done.date = QDate(2026, 10, 10);
        done.stepIndex = 1;
        QVERIFY(CollectionService(t.db()).recordAction(done, QDate(2026, 11, 23)).ok());
        QVERIFY(CollectionSettingsService(t.db()).carryForward(QDate(2026, 11, 23)).ok());
        const CollectionAction stored = ActionRepository(t.db()).forInvoice(inv).first();
        QCOMPARE(stored.stepLabel, QString());
        QCOMPARE(stored.stepTemplate, QStringLiteral("reminder1"));
        QCOMPARE(stored.stepName(), QStringLiteral("First reminder"));

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        QCOMPARE(ActionRepository(t.db()).forInvoice(inv).first().stepName(), QStringLiteral("Première relance"));
        const RateTable rates = CollectionSettingsService(t.db()).rates();
        QCOMPARE(rates.ratesOf({2026, 2}).source,
                 QStringLiteral("valeurs de 2026-H1 reprises, acceptées le 23/11/2026 en attendant la publication des "
                                "nouveaux taux"));
        QLocale::setDefault(before);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
