// The letter dialog and the Today batch, driven as a user would, on the demo book.
#include "appcontext.h"
#include "dialogs/letterdialog.h"
#include "dialogs/lettersettingstab.h"
#include "domain/money.h"
#include "mainwindow.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/letterrepository.h"
#include "storage/clientrepository.h"
#include "testsupport.h"
#include "views/claimpanel.h"
#include "views/todayview.h"
#include "whenshown.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace relance;
using namespace relance::ui;
using relance::test::whenShown;

namespace {
const QDate kToday(2026, 11, 23);

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' ')).simplified();
}

qint64 invoiceId(Database &db, const QString &number) { return InvoiceRepository(db).findByNumber(number)->id; }
}  // namespace

class TestLetterDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));
    }

    // Preview, then print through the print dialog to a PDF printer: the letter is archived,
    // recorded, and the printed pages say what the preview showed.
    void printThroughThePrintDialog()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        const qint64 id = invoiceId(t.db(), QStringLiteral("F-2026-043"));
        LetterDialog dialog(context, {id}, LetterKind::FormalNotice);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preview = dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("letterPreview"));
        QTRY_COMPARE(preview->pageCount(), 2);
        // Issue 17: the preview could not be zoomed. Zoom, fit and pages, by their shortcuts.
        auto *page = dialog.findChild<QLabel *>(QStringLiteral("previewPage"));
        QCOMPARE(page->text(), QStringLiteral("Page 1 of 2"));
        QTest::keySequence(preview, QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitToWidth);
        const qreal fitted = preview->zoomFactor();
        dialog.findChild<QAction *>(QStringLiteral("zoomIn"))->trigger();
        QVERIFY(preview->zoomFactor() > fitted);
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::CustomZoom);
        dialog.findChild<QAction *>(QStringLiteral("zoomOut"))->trigger();
        dialog.findChild<QAction *>(QStringLiteral("zoomOut"))->trigger();
        QVERIFY(preview->zoomFactor() < fitted);
        dialog.findChild<QAction *>(QStringLiteral("nextPage"))->trigger();
        QCOMPARE(preview->currentPage(), 2);
        QTRY_COMPARE(page->text(), QStringLiteral("Page 2 of 2"));
        dialog.findChild<QAction *>(QStringLiteral("fitPage"))->trigger();
        QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitInView);
        dialog.findChild<QLineEdit *>(QStringLiteral("trackingNumber"))->setText(QStringLiteral("1A 000 111 2222 3"));
        QCOMPARE(dialog.request().trackingNumber, QStringLiteral("1A 000 111 2222 3"));
        QVERIFY(dialog.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/letter-dialog.png")));

        const QString printed = t.dir() + QStringLiteral("/printed.pdf");
        bool sawDialog = false;
        // The printer: a PDF file, as chosen in the dialog's "Print to file".
        dialog.printer().setOutputFormat(QPrinter::PdfFormat);
        dialog.printer().setOutputFileName(printed);
        whenShown<QPrintDialog>([&](QPrintDialog *print) {
            sawDialog = true;
            print->accept();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->click();
        QVERIFY(sawDialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString text = pdfText(printed);
        QVERIFY2(text.contains(QStringLiteral("MISE EN DEMEURE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Lettre recommandée avec accusé de réception no 1A 000 111 2222 3")));
        QVERIFY(text.contains(QStringLiteral("Librairie Le Passage")));
        // As many pages printed as previewed.
        QVERIFY(text.contains(QStringLiteral("Page %1 sur %1").arg(preview->pageCount())));
        const QList<ArchivedLetter> archived = LetterRepository(t.db()).forInvoice(id);
        QCOMPARE(archived.size(), 1);
        QCOMPARE(archived.first().trackingNumber, QStringLiteral("1A 000 111 2222 3"));
        // The archived PDF and the printed pages say the same.
        QCOMPARE(pdfText(LetterService(t.db(), archiveDirectoryOf(context)).pathOf(archived.first())), text);

        // The invoice's Collection tab lists it.
        ClaimPanel panel(context, id);
        QCOMPARE(panel.letters()->rowCount(), 1);
        QCOMPARE(panel.letters()->item(0, 2)->text(), QStringLiteral("1A 000 111 2222 3"));
    }

    // Issue 17: a first reminder planned by e-mail and printed was recorded as an e-mail. The
    // history records how it left: printed or saved as PDF, a letter.
    void theHistoryRecordsHowTheLetterLeft()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        const CollectionService collection(t.db());
        const qint64 printedId = invoiceId(t.db(), QStringLiteral("F-2026-046"));
        // Its ladder plans the first reminder by e-mail (the demo's agenda lists it under E-mail).
        QVERIFY(CollectionService(t.db()).claim(printedId, kToday)->next.has_value());
        {
            LetterDialog dialog(context, {printedId}, LetterKind::Reminder1);
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(t.dir() + QStringLiteral("/printed.pdf"));
            QVERIFY(dialog.printOn(printer).ok());
            QCOMPARE(dialog.recordedSummary(),
                     QStringLiteral("First reminder printed and archived as proof; recorded on F-2026-046 as a step "
                                    "done today by letter."));
        }
        const CollectionAction printed = collection.claim(printedId, kToday)->history.last();
        QCOMPARE(printed.channel, Channel::Letter);
        QVERIFY2(printed.notes.startsWith(QStringLiteral("First reminder, printed, archived as ")), qPrintable(printed.notes));
        QVERIFY(printed.stepIndex >= 0);

        const qint64 savedId = invoiceId(t.db(), QStringLiteral("F-2026-049"));
        {
            LetterDialog dialog(context, {savedId}, LetterKind::Reminder1);
            QVERIFY(dialog.saveAs(t.dir() + QStringLiteral("/saved.pdf")).ok());
        }
        const CollectionAction saved = collection.claim(savedId, kToday)->history.last();
        QCOMPARE(saved.channel, Channel::Letter);
        QVERIFY2(saved.notes.startsWith(QStringLiteral("First reminder, saved as PDF, archived as ")), qPrintable(saved.notes));
    }

    // Issue 17: a client without a postal address left the e-mail empty and its button greyed.
    // Only paper needs the address.
    void aClientWithoutAnAddressCanStillBeEmailed()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        const ClientRepository clients(t.db());
        Client c = *clients.findByName(QStringLiteral("Julien Bernard"));
        c.address.clear();
        c.city.clear();
        c.postalCode.clear();
        QVERIFY(clients.update(c).ok());
        AppContext context(t.db(), kToday);
        const qint64 id = invoiceId(t.db(), QStringLiteral("F-2026-046"));
        LetterDialog dialog(context, {id}, LetterKind::Reminder1);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("emailText"))
                    ->toPlainText()
                    .startsWith(QStringLiteral("Subject: ")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("emailLetter"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveLetter"))->isEnabled());
        QLabel *banner = dialog.findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("Julien Bernard's postal address is missing")),
                 qPrintable(banner->text()));
        // Paper is refused by the service too; the e-mail is produced and archived.
        const LetterService service(t.db(), archiveDirectoryOf(context));
        LetterRequest r = dialog.request();
        r.delivery = Delivery::Printed;
        QVERIFY(!service.produce(r).ok());
        r.delivery = Delivery::Email;
        const Result<ProducedLetter> mailed = service.produce(r);
        QVERIFY2(mailed.ok(), qPrintable(mailed.error().describe()));
        QCOMPARE(mailed->archived.channel, Channel::Email);
    }

    void refusalsShowInTheDialog()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        LetterDialog dialog(context, {invoiceId(t.db(), QStringLiteral("F-2026-043"))}, LetterKind::Agreement);
        dialog.show();
        auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printLetter"));
        QVERIFY(!print->isEnabled());  // no terms yet
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("agreementTerms"))
            ->setPlainText(QStringLiteral("<b>half</b> now"));
        QVERIFY(print->isEnabled());
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("emailText"))
                    ->toPlainText()
                    .contains(QStringLiteral("<b>half</b> now")));
        const QString saved = t.dir() + QStringLiteral("/agreement.pdf");
        QVERIFY(dialog.saveAs(saved).ok());
        QVERIFY(pdfText(saved).contains(QStringLiteral("<b>half</b> now")));
    }

    // A schedule spread over three months: the table fills, the letter composes, the sum is the balance.
    void scheduleSpreadMonthly()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        LetterDialog dialog(context, {invoiceId(t.db(), QStringLiteral("F-2026-043"))}, LetterKind::Schedule);
        dialog.show();
        auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printLetter"));
        QVERIFY(!print->isEnabled());  // no instalments yet
        dialog.findChild<QPushButton *>(QStringLiteral("spreadInstalments"))->click();
        const LetterRequest r = dialog.request();
        QCOMPARE(r.instalments.size(), 3);
        QCOMPARE(r.instalments.at(0).date, QDate(2026, 12, 23));
        QCOMPARE(r.instalments.at(2).date, QDate(2027, 2, 23));
        QCOMPARE(r.instalments.at(0).amount, Money::eur(32000));  // 960.00 in 3
        QCOMPARE(r.instalments.at(2).amount, Money::eur(32000));
        QVERIFY(print->isEnabled());
    }

    // Today: every letter due, one PDF each and a combined one; the agenda moves on.
    void todaysLettersInOneGo()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        TodayView view(context);
        const int due = int(LetterService(t.db(), archiveDirectoryOf(context)).due(kToday).size());
        QVERIFY(due >= 1);
        QTemporaryDir out;
        QCOMPARE(view.writeDueLetters(out.path(), false), due);
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size(), due + 1);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("letters-2026-11-23.pdf"))));
        QCOMPARE(LetterService(t.db(), archiveDirectoryOf(context)).due(kToday).size(), 0);
        QCOMPARE(LetterRepository(t.db()).count(), due);
    }

    // Settings ▸ Letters: a template with an unknown placeholder is refused with its line, and
    // nothing is stored; a good one is used by the next letter.
    void templatesAreCheckedWhenSaved()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        LetterSettingsTab tab(context);
        tab.show();
        auto *kind = tab.findChild<QComboBox *>(QStringLiteral("templateKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("reminder1")));
        auto *text = tab.findChild<QPlainTextEdit *>(QStringLiteral("templateText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("[letter]")));
        const QString before = t.dump();
        text->setPlainText(QStringLiteral("[subject]\nRappel {invoice.number}\n[letter]\nVous devez {montant_du}.\n"));
        QVERIFY(!tab.saveTemplate());
        QCOMPARE(t.dump(), before);
        text->setPlainText(
            QStringLiteral("[subject]\nRappel {invoice.number}\n[letter]\nVous devez **{balance}**, {client.name}.\n"));
        const bool saved = tab.saveTemplate();
        QVERIFY2(saved, qPrintable(tab.findChild<QLabel *>(QStringLiteral("errorBanner"))
                                       ? tab.findChild<QLabel *>(QStringLiteral("errorBanner"))->text()
                                       : QString()));
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("templateState"))->text().contains(QStringLiteral("own")));
        const Result<LetterDocument> doc = LetterService(t.db(), t.dir())
                                               .compose({{invoiceId(t.db(), QStringLiteral("F-2026-043"))},
                                                         LetterKind::Reminder1,
                                                         kToday,
                                                         QStringLiteral("fr"),
                                                         {},
                                                         {},
                                                         {}});
        QVERIFY(doc.ok());
        QCOMPARE(doc->body.size(), 1);
        QCOMPARE(doc->body.first().plainText(), QStringLiteral("Vous devez 960,00\u00a0€, Librairie Le Passage."));
    }

    // Ctrl+L on Today writes the selected step's letter, its kind chosen from the ladder.
    void shortcutOpensTheStepsLetter()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        MainWindow window(test::openDatabase(t.path()), kToday);
        window.show();
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("agenda"));
        const QModelIndex firstStep = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QVERIFY(firstStep.isValid());
        tree->setCurrentIndex(firstStep);
        QString kind;
        whenShown<LetterDialog>([&](LetterDialog *dialog) {
            kind = letterKindKey(dialog->request().kind);
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionWriteLetter"))->trigger();
        QCOMPARE(kind, QStringLiteral("reminder1"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionWriteLetter"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_L));
    }

    void frenchScreenshot()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), kToday).ok());
        AppContext context(t.db(), kToday);
        LetterDialog dialog(context, {invoiceId(t.db(), QStringLiteral("F-2026-037"))}, LetterKind::Reminder2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("letterPreview"))->pageCount() >= 1);
        QVERIFY(dialog.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/letter-dialog-fr.png")));
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestLetterDialog)
#include "tst_letterdialog.moc"
