// The client sheet ("where do I stand with this client") and its statement of account, driven
// through the real widgets offscreen; values computed by hand.
#include "appcontext.h"
#include "dialogs/clientsheetdialog.h"
#include "dialogs/statementdialog.h"
#include "elision.h"
#include "mainwindow.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "services/agreementservice.h"
#include "services/clientservice.h"
#include "services/issuerservice.h"
#include "services/letterservice.h"
#include "services/translations.h"
#include "storage/clientrepository.h"
#include "testsupport.h"
#include "views/clientlistview.h"
#include "whenshown.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace relance;
using namespace relance::ui;
using relance::test::whenShown;

namespace {
const QDate kToday(2026, 12, 2);

struct Book
{
    test::TempDatabase t;
    qint64 client = 0;
    qint64 late = 0;
};

// Studio Graphik owes F-1 (1,200.00 due 1 Oct, 200.00 paid on 15 Oct, in a two-instalment plan
// since 2 Nov) and F-2 (600.00 due 15 Dec); F-3 (300.00) was paid on 10 July. One reminder.
void fill(Book &b)
{
    QVERIFY(IssuerService(b.t.db()).save(test::sampleIssuer()).ok());
    Client c;
    c.name = QStringLiteral("Studio Graphik");
    c.legalForm = QStringLiteral("SARL");
    c.contactPerson = QStringLiteral("Mme Nguyen");
    c.email = QStringLiteral("compta@studio-graphik.fr");
    c.phone = QStringLiteral("04 78 00 00 00");
    c.address = QStringLiteral("8 rue Mercière");
    c.postalCode = QStringLiteral("69002");
    c.city = QStringLiteral("Lyon");
    const Result<qint64> id = ClientService(b.t.db()).add(c);
    QVERIFY(id.ok());
    b.client = *id;
    b.late = b.t.addInvoice(QStringLiteral("F-1"), b.client, QDate(2026, 9, 1), QDate(2026, 10, 1), 120000);
    b.t.addInvoice(QStringLiteral("F-2"), b.client, QDate(2026, 11, 15), QDate(2026, 12, 15), 60000);
    const qint64 paid = b.t.addInvoice(QStringLiteral("F-3"), b.client, QDate(2026, 6, 1), QDate(2026, 7, 1), 30000);
    b.t.pay(paid, QDate(2026, 7, 10), 30000);
    b.t.pay(b.late, QDate(2026, 10, 15), 20000);
    LetterService letters(b.t.db(), LetterService::defaultArchiveDirectory(b.t.path()));
    LetterRequest r;
    r.invoiceIds = {b.late};
    r.kind = LetterKind::Reminder1;
    r.date = QDate(2026, 10, 20);
    r.language = QStringLiteral("fr");
    const Result<ProducedLetter> produced = letters.produce(r);
    QVERIFY2(produced.ok(), qPrintable(produced.error().describe()));
    PlanRequest plan;
    plan.invoiceIds = {b.late};
    plan.agreedOn = QDate(2026, 11, 2);
    plan.count = 2;
    plan.first = QDate(2026, 12, 1);
    plan.waiveInterest = true;
    plan.waiveIndemnity = true;
    const Result<qint64> planId = AgreementService(b.t.db()).addPlan(plan, QDate(2026, 11, 2));
    QVERIFY2(planId.ok(), qPrintable(planId.error().describe()));
}

QString cell(QAbstractItemModel *model, int row, int column) { return model->index(row, column).data().toString(); }
}  // namespace

class TestClientSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void theSheetSaysWhereTheClientStands()
    {
        Book b;
        fill(b);
        if (QTest::currentTestFailed())
            return;
        AppContext context(b.t.db(), kToday);
        ClientSheetDialog sheet(context, b.client);
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        QCOMPARE(sheet.windowTitle(), QStringLiteral("Client sheet: Studio Graphik"));
        // 1,000.00 left on F-1 (late) and 600.00 on F-2 (not yet due).
        QCOMPARE(sheet.standing(), QStringLiteral("Outstanding: €1,600.00, of which overdue: €1,000.00."));
        QCOMPARE(sheet.findChild<QLabel *>(QStringLiteral("sheetContactLine"))->text(),
                 QStringLiteral("Mme Nguyen · <a href=\"mailto:compta@studio-graphik.fr\">compta@studio-graphik.fr</a>"
                                " · 04 78 00 00 00"));

        // Invoices, the latest due first.
        InvoiceTableModel *invoices = sheet.invoices();
        QAbstractItemModelTester invoiceTester(invoices);
        QCOMPARE(invoices->rowCount(), 3);
        QCOMPARE(cell(invoices, 0, InvoiceTableModel::Number), QStringLiteral("F-2"));
        QCOMPARE(cell(invoices, 1, InvoiceTableModel::Number), QStringLiteral("F-1"));
        QCOMPARE(cell(invoices, 1, InvoiceTableModel::Balance), QStringLiteral("€1,000.00"));
        QCOMPARE(cell(invoices, 2, InvoiceTableModel::Number), QStringLiteral("F-3"));
        QCOMPARE(cell(invoices, 2, InvoiceTableModel::Balance), QStringLiteral("€0.00"));

        // Payments, newest first, with the invoices they settled.
        PaymentTableModel *payments = sheet.payments();
        QAbstractItemModelTester paymentTester(payments);
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(cell(payments, 0, PaymentTableModel::Amount), QStringLiteral("€200.00"));
        QCOMPARE(cell(payments, 0, PaymentTableModel::Invoices), QStringLiteral("F-1"));
        QCOMPARE(cell(payments, 1, PaymentTableModel::Amount), QStringLiteral("€300.00"));
        QCOMPARE(cell(payments, 1, PaymentTableModel::Invoices), QStringLiteral("F-3"));

        // The reminder of 20 October claimed what F-1 owed then.
        QStandardItemModel *letters = sheet.letters();
        QAbstractItemModelTester letterTester(letters);
        QCOMPARE(letters->rowCount(), 1);
        QCOMPARE(cell(letters, 0, ClientSheetDialog::LetterDate),
                 QLocale().toString(QDate(2026, 10, 20), QLocale::ShortFormat));
        QCOMPARE(cell(letters, 0, ClientSheetDialog::LetterKindColumn), letterKindLabel(LetterKind::Reminder1));
        QCOMPARE(cell(letters, 0, ClientSheetDialog::LetterAmount), QStringLiteral("€1,000.00"));

        // The plan: interest and indemnity waived, so it covers the 1,000.00 left.
        QStandardItemModel *agreements = sheet.agreements();
        QAbstractItemModelTester agreementTester(agreements);
        QCOMPARE(agreements->rowCount(), 1);
        QCOMPARE(cell(agreements, 0, 0), QStringLiteral("Payment plan, 2 instalments"));
        QCOMPARE(cell(agreements, 0, 2), QStringLiteral("F-1"));
        QCOMPARE(cell(agreements, 0, 3), QStringLiteral("€1,000.00"));
        QVERIFY2(cell(agreements, 0, 4).at(0).isUpper(), qPrintable(cell(agreements, 0, 4)));  // a cell, not a phrase

        // Every tab readable: nothing cut while there is room.
        for (int tab = 0; tab < sheet.tabs()->count(); ++tab) {
            sheet.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QTableView *view : sheet.tabs()->currentWidget()->findChildren<QTableView *>()) {
                const QStringList cut = test::elidedWithRoomToSpare(view);
                QVERIFY2(cut.isEmpty(),
                         qPrintable(view->objectName() + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
            }
            if (auto *view = qobject_cast<QTableView *>(sheet.tabs()->currentWidget())) {
                const QStringList cut = test::elidedWithRoomToSpare(view);
                QVERIFY2(cut.isEmpty(),
                         qPrintable(view->objectName() + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
            }
        }

        // Opening an invoice, editing the client: the window does it.
        QSignalSpy opened(&sheet, &ClientSheetDialog::invoiceActivated);
        auto *table = sheet.findChild<QTableView *>(QStringLiteral("sheetInvoices"));
        sheet.tabs()->setCurrentIndex(ClientSheetDialog::InvoicesTab);
        emit table->activated(invoices->index(1, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), b.late);
        QSignalSpy edit(&sheet, &ClientSheetDialog::editClientRequested);
        QTest::mouseClick(sheet.findChild<QPushButton *>(QStringLiteral("editClient")), Qt::LeftButton);
        QCOMPARE(edit.count(), 1);

        // Edited elsewhere: the sheet follows.
        Client renamed = *ClientRepository(b.t.db()).findById(b.client);
        renamed.phone = QStringLiteral("06 11 22 33 44");
        QVERIFY(ClientService(b.t.db()).update(renamed).ok());
        context.notifyDataChanged();
        QVERIFY(sheet.findChild<QLabel *>(QStringLiteral("sheetContactLine"))
                    ->text()
                    .endsWith(QStringLiteral("06 11 22 33 44")));
    }

    // The statement of account from the sheet: previewed, saved as PDF, printed through QPrinter
    // (to a PDF file here), in the client's language (French for a client in France).
    void statementOfAccountPrintsAndSaves()
    {
        Book b;
        fill(b);
        if (QTest::currentTestFailed())
            return;
        AppContext context(b.t.db(), kToday);
        StatementDialog dialog(context, b.client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.statement().has_value());
        QCOMPARE(dialog.statement()->language, QStringLiteral("fr"));
        QCOMPARE(dialog.statement()->totalDue, Money::eur(100000));
        const QString saved = QDir(b.t.dir()).filePath(QStringLiteral("releve.pdf"));
        QVERIFY(dialog.saveAs(saved).ok());
        QCOMPARE(QFile::permissions(saved) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = test::pdfText(file.readAll());
        for (const QString &line :
             {QStringLiteral("RELEVÉ DE COMPTE"), QStringLiteral("À l'attention de Mme Nguyen"),
              QStringLiteral("F-1 01/09/2026 01/10/2026 62 jours 1 200,00 € 200,00 € 1 000,00 €"),
              QStringLiteral("Total restant dû 1 600,00 €"), QStringLiteral("dont échu 1 000,00 €"),
              QStringLiteral("dont 1 000,00 € échus à ce jour.")})
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
        // Never over the book.
        QVERIFY(!dialog.saveAs(b.t.path()).ok());

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = QDir(b.t.dir()).filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(dialog.printOn(printer).ok());
        QFile printedFile(printed);
        QVERIFY(printedFile.open(QIODevice::ReadOnly));
        QCOMPARE(test::pdfText(printedFile.readAll()), text);

        // In English on demand.
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("statementLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(dialog.statement()->language, QStringLiteral("en"));
        QCOMPARE(dialog.statement()->title, QStringLiteral("STATEMENT OF ACCOUNT"));
    }

    // Double-clicking a client in the list opens its sheet; from it, the statement.
    void theClientListOpensTheSheet()
    {
        Book b;
        fill(b);
        if (QTest::currentTestFailed())
            return;
        MainWindow window(test::openDatabase(b.t.path()), kToday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::ClientsPage);
        auto *table = window.clients()->table();
        table->setCurrentIndex(table->model()->index(0, 0));
        QString standing;
        bool statementShown = false;
        whenShown<ClientSheetDialog>([&](ClientSheetDialog *sheet) {
            standing = sheet->standing();
            whenShown<StatementDialog>([&](StatementDialog *statement) {
                statementShown = statement->statement().has_value();
                statement->reject();
                sheet->reject();
            });
            sheet->findChild<QPushButton *>(QStringLiteral("statementOfAccount"))->click();
        });
        emit table->activated(table->currentIndex());
        QCOMPARE(standing, QStringLiteral("Outstanding: €1,600.00, of which overdue: €1,000.00."));
        QVERIFY(statementShown);
    }
};

QTEST_MAIN(TestClientSheet)
#include "tst_clientsheet.moc"
