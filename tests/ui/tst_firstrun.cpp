#include "appcontext.h"
#include "dialogs/clientdialog.h"
#include "dialogs/firstrunwizard.h"
#include "dialogs/helpdialog.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/issuerform.h"
#include "dialogs/letterdialog.h"
#include "mainwindow.h"
#include "services/collectionsettingsservice.h"
#include "services/issuerservice.h"
#include "services/translations.h"
#include "storage/invoicerepository.h"
#include "shortcuts.h"
#include "testsupport.h"
#include "views/todayview.h"
#include "whenshown.h"
#include "widgets/datefield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace relance;
using namespace relance::ui;
using relance::test::whenShown;

// The first launch on an empty book: set up one's own, with the company's problems shown on
// its page, or take the demo.
class TestFirstRun : public QObject
{
    Q_OBJECT

    static QLineEdit *field(QWidget *w, const char *name)
    {
        return w->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    // The address and IBAN that a letter cannot go without.
    static void fillWhatLettersNeed(QWidget *w)
    {
        w->findChild<QPlainTextEdit *>(QStringLiteral("address"))->setPlainText(QStringLiteral("12 rue Mercière"));
        field(w, "postalCode")->setText(QStringLiteral("69002"));
        field(w, "city")->setText(QStringLiteral("Lyon"));
        field(w, "iban")->setText(QStringLiteral("FR7630006000011234567890189"));
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
        fillWhatLettersNeed(&wizard);
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
        QCOMPARE(settings.defaultClientCountry, QStringLiteral("BE"));
        CollectionSettings wrong = settings;
        wrong.defaultClientCountry = QStringLiteral("Belgique");
        QCOMPARE(CollectionSettingsService(t.db()).save(wrong).error().field, QStringLiteral("default_country"));
        QVERIFY(!FirstRunWizard::isNeeded(t.db()));
        // A new client is Belgian unless told otherwise.
        ClientDialog client(context, 0);
        QCOMPARE(field(&client, "country")->text(), QStringLiteral("BE"));
    }

    // The company page marks what letters need; a micro-entrepreneur is told about the VAT
    // franchise and gets 0 % on a new invoice; the last page offers three ways in, and the
    // window opens the one chosen.
    void requiredFieldsMicroEntrepreneurAndTheWaysIn()
    {
        test::TempDatabase t;
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        AppContext &context = window.context();
        FirstRunWizard wizard(context, &window);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        auto label = [&](const char *name) {
            QWidget *fieldWidget = wizard.issuerForm()->findChild<QWidget *>(QString::fromLatin1(name));
            for (QFormLayout *f : wizard.issuerForm()->findChildren<QFormLayout *>())
                if (auto *l = qobject_cast<QLabel *>(f->labelForField(fieldWidget)))
                    return l->text();
            return QString();
        };
        QCOMPARE(label("companyName"), QStringLiteral("C&ompany name*:"));
        QCOMPARE(label("iban"), QStringLiteral("&IBAN*:"));
        QCOMPARE(label("city"), QStringLiteral("Cit&y*:"));
        QCOMPARE(label("siret"), QStringLiteral("&SIRET:"));  // can wait
        QCOMPARE(field(&wizard, "iban")->accessibleDescription(), QStringLiteral("required"));

        auto *legalForm = wizard.findChild<QComboBox *>(QStringLiteral("legalForm"));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("vatExemptionHint"));
        QVERIFY(!hint->isVisible());
        legalForm->setCurrentIndex(legalForm->findText(QStringLiteral("Entrepreneur individuel (micro-entrepreneur)")));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("art. 293 B du CGI")));
        field(&wizard, "companyName")->setText(QStringLiteral("Camille Rousseau"));
        fillWhatLettersNeed(&wizard);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePage));
        for (const char *name : {"startFirstInvoice", "startCsvImport", "startEInvoices"})
            QVERIFY2(wizard.findChild<QCommandLinkButton *>(QString::fromLatin1(name))->isVisible(), name);

        // "Enter my first invoice": the wizard closes and the invoice editor opens, at 0 %.
        int vatShown = -1;
        whenShown<InvoiceDialog>([&](InvoiceDialog *editor) {
            vatShown = editor->findChild<QComboBox *>(QStringLiteral("vatRate"))->currentData().toInt();
            editor->reject();
        });
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("startFirstInvoice"))->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.firstStep(), FirstRunWizard::FirstStep::FirstInvoice);
        window.startWith(wizard.firstStep());
        QCOMPARE(vatShown, 0);
        QCOMPARE(IssuerService(t.db()).load().legalForm, QStringLiteral("Entrepreneur individuel (micro-entrepreneur)"));
    }

    // What a new user does on the first morning, without reading anything: the wizard, a
    // client, an invoice already late, then Today's first step written and printed as a letter.
    void fromFirstLaunchToAPrintedReminder()
    {
        test::TempDatabase t;
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(FirstRunWizard::isNeeded(window.context().db()));
        {
            FirstRunWizard wizard(window.context(), &window);
            wizard.show();
            wizard.next();
            field(&wizard, "companyName")->setText(QStringLiteral("Camille Rousseau"));
            field(&wizard, "city")->setText(QStringLiteral("Lyon"));
            wizard.next();  // the letters need the whole address: the page says so and stays
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::CompanyPage));
            QVERIFY(
                wizard.findChild<QLabel *>(QStringLiteral("errorBanner"))->text().contains(QStringLiteral("address")));
            wizard.findChild<QPlainTextEdit *>(QStringLiteral("address"))
                ->setPlainText(QStringLiteral("12 rue Mercière"));
            field(&wizard, "postalCode")->setText(QStringLiteral("69002"));
            wizard.next();  // and where to pay
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::CompanyPage));
            QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("errorBanner"))->text().contains(QStringLiteral("IBAN")));
            field(&wizard, "iban")->setText(QStringLiteral("FR7630006000011234567890189"));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::ChasePage));
            wizard.next();
            wizard.accept();
        }
        {
            ClientDialog client(window.context(), 0, &window);
            field(&client, "name")->setText(QStringLiteral("Atelier Lumière"));
            field(&client, "email")->setText(QStringLiteral("compta@atelier-lumiere.fr"));
            client.findChild<QPlainTextEdit *>(QStringLiteral("address"))
                ->setPlainText(QStringLiteral("3 quai Saint-Vincent"));
            field(&client, "postalCode")->setText(QStringLiteral("69001"));
            field(&client, "city")->setText(QStringLiteral("Lyon"));
            client.accept();
            QVERIFY(client.savedClientId() > 0);
        }
        {
            InvoiceDialog invoice(window.context(), 0, &window);
            auto *clients = invoice.findChild<QComboBox *>(QStringLiteral("client"));
            clients->setCurrentIndex(clients->findText(QStringLiteral("Atelier Lumière")));
            field(&invoice, "number")->setText(QStringLiteral("F-2026-001"));
            invoice.findChild<DateField *>(QStringLiteral("issued"))->setDate(QDate(2026, 10, 1));
            invoice.findChild<DateField *>(QStringLiteral("due"))->setDate(QDate(2026, 10, 31));
            QTest::keyClicks(field(&invoice, "amountExcl"), QStringLiteral("1500"));
            invoice.accept();
        }
        window.showPage(MainWindow::TodayPage);
        TodayView *today = window.today();
        QCOMPARE(today->agenda().dueCount(), 1);
        QStandardItemModel *model = today->model();
        today->tree()->setCurrentIndex(model->item(0)->child(0)->index());
        QCOMPARE(today->currentItem()->invoice.number, QStringLiteral("F-2026-001"));
        auto *write = today->findChild<QPushButton *>(QStringLiteral("writeLetter"));
        QVERIFY(write->isEnabled());

        QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));  // kept, to be looked at
        const QString printed = QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-reminder.pdf");
        bool printedIt = false;
        whenShown<LetterDialog>([&](LetterDialog *letter) {
            letter->printer().setOutputFormat(QPrinter::PdfFormat);
            letter->printer().setOutputFileName(printed);
            whenShown<QPrintDialog>([&](QPrintDialog *print) {
                printedIt = true;
                print->accept();
            });
            letter->findChild<QPushButton *>(QStringLiteral("printLetter"))->click();
        });
        write->click();
        QVERIFY(printedIt);
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {printed, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString letter = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(letter.contains(QStringLiteral("Camille Rousseau")), qPrintable(letter));
        QVERIFY(letter.contains(QStringLiteral("Atelier Lumière")));
        QVERIFY(letter.contains(QStringLiteral("F-2026-001")));
        QVERIFY(letter.contains(QStringLiteral("3 quai Saint-Vincent")));
        QVERIFY(letter.contains(QStringLiteral("FR76 3000 6000 0112 3456 7890 189")));
        // 2026-H2 rates are not shipped: the rate is given as the law states it, not left blank.
        QVERIFY2(letter.contains(QStringLiteral("des pénalités de retard au taux de refinancement de la BCE en vigueur au 1er "
                                                 "juillet 2026, majoré de 10 points ainsi")),
                 qPrintable(letter));
        // The step is recorded: nothing left to do today.
        QCOMPARE(today->agenda().dueCount(), 0);
    }

    // The demo never mixes with real data: it fills a book of its own beside the open one, which
    // the window opens; the user's book stays empty, and the demo book is reused next time.
    void demoBook()
    {
        test::TempDatabase t;
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        FirstRunWizard wizard(window.context(), &window);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.demoChoice()->setChecked(true);
        QCOMPARE(wizard.nextId(), -1);  // Finish straight away
        wizard.accept();
        QCOMPARE(wizard.firstStep(), FirstRunWizard::FirstStep::DemoBook);
        QCOMPARE(InvoiceRepository(t.db()).countAll(), 0);  // nothing written yet, anywhere
        window.startWith(wizard.firstStep());
        const QString demo = QDir(t.dir()).filePath(QStringLiteral("relance-demo.sqlite"));
        QCOMPARE(window.context().db().path(), demo);
        const int invoices = InvoiceRepository(window.context().db()).countAll();
        QVERIFY(invoices > 80);
        QVERIFY(window.statusBar()->currentMessage().contains(t.path()));
        QCOMPARE(InvoiceRepository(t.db()).countAll(), 0);  // the user's own book is untouched
        QVERIFY(FirstRunWizard::isNeeded(t.db()));
        // Opened again (the wizard on another empty book): the same demo, not filled twice.
        QVERIFY(window.openDatabaseFile(t.path(), Database::Mode::Existing));
        QVERIFY(window.openDemoBook());
        QCOMPARE(InvoiceRepository(window.context().db()).countAll(), invoices);
    }

    // Help ▸ User guide opens the guide in the interface's language, with its screenshots.
    void userGuide()
    {
        HelpDialog english;
        QVERIFY(english.browser()->toPlainText().contains(QStringLiteral("1. The first launch")));
        const QVariant image = english.browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/help/screenshots/en/dashboard.png")));
        QVERIFY(!image.value<QImage>().isNull() || !image.toByteArray().isEmpty());
        // The interface's language, not the system's: a user may choose French on an English system.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        HelpDialog french;
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
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
            QVERIFY2(test::clashingShortcuts(&wizard).isEmpty(), qPrintable(test::clashingShortcuts(&wizard)));
            wizard.next();
            field(&wizard, "companyName")->setText(QStringLiteral("Camille Rousseau — Design graphique"));
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-company%1.png").arg(suffix)));
            QVERIFY2(test::clashingShortcuts(&wizard).isEmpty(), qPrintable(test::clashingShortcuts(&wizard)));
            fillWhatLettersNeed(&wizard);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::ChasePage));
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-chase%1.png").arg(suffix)));
            QVERIFY2(test::clashingShortcuts(&wizard).isEmpty(), qPrintable(test::clashingShortcuts(&wizard)));
            wizard.next();
            QVERIFY(wizard.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/first-run-done%1.png").arg(suffix)));
            QVERIFY2(test::clashingShortcuts(&wizard).isEmpty(), qPrintable(test::clashingShortcuts(&wizard)));
            HelpDialog help;
            help.show();
            QVERIFY(QTest::qWaitForWindowExposed(&help));
            QVERIFY(help.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/user-guide%1.png").arg(suffix)));
        }
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
