#include "appcontext.h"
#include "dialogs/clientdialog.h"
#include "dialogs/firstrunwizard.h"
#include "dialogs/helpdialog.h"
#include "dialogs/issuerform.h"
#include "services/collectionsettingsservice.h"
#include "services/issuerservice.h"
#include "services/translations.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTextBrowser>
#include <QtTest>

using namespace relance;
using namespace relance::ui;

// The first launch on an empty book: set up one's own, with the company's problems shown on
// its page, or take the demo.
class TestFirstRun : public QObject
{
    Q_OBJECT

    static QLineEdit *field(QWidget *w, const char *name)
    {
        return w->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void ownBook()
    {
        test::TempDatabase t;
        QVERIFY(FirstRunWizard::isNeeded(t.db()));
        AppContext context(t.db(), QDate(2026, 11, 23));
        FirstRunWizard wizard(context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WelcomePage));
        QVERIFY(!wizard.demoChoice()->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CompanyPage));

        // No name, then a SIRET that is not one: the page stays, with the problem on its field.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CompanyPage));
        field(&wizard, "companyName")->setText(QStringLiteral("Camille Rousseau"));
        field(&wizard, "siret")->setText(QStringLiteral("123"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CompanyPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("errorBanner"))->text().contains(QStringLiteral("SIRET")));
        QCOMPARE(IssuerService(t.db()).load().companyName, QString());  // nothing stored yet
        field(&wizard, "siret")->setText(QStringLiteral("732 829 320 00074"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ChasePage));
        QCOMPARE(IssuerService(t.db()).load().companyName, QStringLiteral("Camille Rousseau"));

        // The gentle ladder, Belgian clients, the Alsace-Moselle calendar.
        const int gentle = wizard.ladder()->findText(QStringLiteral("Gentle freelancer"));
        QVERIFY(gentle >= 0);
        wizard.ladder()->setCurrentIndex(gentle);
        wizard.country()->setCurrentIndex(wizard.country()->findData(QStringLiteral("BE")));
        wizard.alsaceMoselle()->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePage));
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const CollectionSettings settings = CollectionSettingsService(t.db()).settings();
        QCOMPARE(settings.defaultLadderId, wizard.ladder()->itemData(gentle).toLongLong());
        QCOMPARE(settings.calendar, Calendar::FranceAlsaceMoselle);
        QVERIFY(!FirstRunWizard::isNeeded(t.db()));
        // A new client is Belgian unless told otherwise.
        ClientDialog client(context, 0);
        QCOMPARE(field(&client, "country")->text(), QStringLiteral("BE"));
    }

    void demoBook()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 23));
        FirstRunWizard wizard(context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.demoChoice()->setChecked(true);
        QCOMPARE(wizard.nextId(), -1);  // Finish straight away
        wizard.accept();
        QVERIFY(InvoiceRepository(t.db()).countAll() > 80);
        QVERIFY(!FirstRunWizard::isNeeded(t.db()));
    }

    // Help ▸ User guide opens the guide in the interface's language, with its screenshots.
    void userGuide()
    {
        HelpDialog english;
        QVERIFY(english.browser()->toPlainText().contains(QStringLiteral("1. The first launch")));
        const QVariant image = english.browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/help/screenshots/en/dashboard.png")));
        QVERIFY(!image.value<QImage>().isNull() || !image.toByteArray().isEmpty());
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        HelpDialog french;
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(french.browser()->toPlainText().contains(QStringLiteral("1. Le premier lancement")));
        QVERIFY(french.browser()->toPlainText().contains(QStringLiteral("Ctrl+Maj+I")));
    }

    void screenshots()
    {
        for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::French, QLocale::France)}) {
            QLocale::setDefault(locale);
            installTranslations(*QCoreApplication::instance(), locale);
            const QString suffix = locale.language() == QLocale::French ? QStringLiteral("-fr") : QString();
            test::TempDatabase t;
            AppContext context(t.db(), QDate(2026, 11, 23));
            FirstRunWizard wizard(context);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-welcome%1.png").arg(suffix)));
            wizard.next();
            field(&wizard, "companyName")->setText(QStringLiteral("Camille Rousseau — Design graphique"));
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-company%1.png").arg(suffix)));
            wizard.next();
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-chase%1.png").arg(suffix)));
            HelpDialog help;
            help.show();
            QVERIFY(QTest::qWaitForWindowExposed(&help));
            QVERIFY(help.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/user-guide%1.png").arg(suffix)));
        }
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
