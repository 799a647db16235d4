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

    void frenchLoadsOnAFrenchSystem()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("fr"));
        QCOMPARE(agingBucketLabel(AgingBucket::LateOver90), QStringLiteral("Plus de 90 jours de retard"));
        QCOMPARE(Money::parse(QStringLiteral("12,3,4")).error().message,
                 QStringLiteral("« 12,3,4 » n’est pas un montant (attendu par exemple 1234.56 ou 1 234,56)"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
