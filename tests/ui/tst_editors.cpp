#include "appcontext.h"
#include "dialogs/clientdialog.h"
#include "domain/typeddate.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/issuerdialog.h"
#include "dialogs/paymentdialog.h"
#include "services/issuerservice.h"
#include "services/paymentservice.h"
#include "services/translations.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"
#include "whenshown.h"
#include "widgets/datefield.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace relance;
using namespace relance::ui;

// Drives the real dialogs as a person would: typing in fields and pressing Save.
class TestEditors : public QObject
{
    Q_OBJECT

    template <typename T> static T *field(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

    static void save(QDialog *dialog)
    {
        QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        // QTest types ASCII only; other characters arrive as an input method would commit them.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void clientDialogCreatesAClientAndNamesTheBadField()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 22));
        QSignalSpy changed(&context, &AppContext::dataChanged);
        ClientDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(field<QLineEdit>(&dialog, "name"), QStringLiteral("Atelier Lumière"));
        type(field<QLineEdit>(&dialog, "siret"), QStringLiteral("8123"));
        save(&dialog);
        // Refused: the dialog stays, the banner says why, the SIRET field has the focus.
        QVERIFY(dialog.isVisible());
        QLabel *banner = field<QLabel>(&dialog, "errorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("SIRET")), qPrintable(banner->text()));
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "siret"));
        QCOMPARE(ClientRepository(t.db()).count(), 0);

        type(field<QLineEdit>(&dialog, "siret"), QStringLiteral("812 345 678 00017"));
        type(field<QLineEdit>(&dialog, "email"), QStringLiteral("compta@atelier.fr"));
        type(field<QLineEdit>(&dialog, "rate"), QStringLiteral("12,5"));
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        const auto stored = ClientRepository(t.db()).findByName(QStringLiteral("Atelier Lumière"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->email, QStringLiteral("compta@atelier.fr"));
        QCOMPARE(stored->penaltyRateBasisPoints.value_or(0), 1250);
    }

    void invoiceDialogFillsDueDateAndTotal()
    {
        test::TempDatabase t;
        Client c;
        c.name = QStringLiteral("Durand");
        c.paymentTermsDays = 45;
        const qint64 clientId = ClientRepository(t.db()).insert(c).value();
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *client = field<QComboBox>(&dialog, "client");
        client->setCurrentIndex(client->findData(clientId));
        field<DateField>(&dialog, "issued")->setDate(QDate(2026, 10, 1));
        QCOMPARE(field<DateField>(&dialog, "due")->date(), QDate(2026, 11, 15));  // + the client's 45 days
        type(field<QLineEdit>(&dialog, "amountExcl"), QStringLiteral("1 234,56"));
        // 20 % VAT, rounded half-up: 246.912 -> 246.91.
        QCOMPARE(field<QLineEdit>(&dialog, "amountIncl")->text(), QStringLiteral("1481.47"));
        auto *vat = field<QComboBox>(&dialog, "vatRate");
        vat->setCurrentIndex(vat->findData(550));  // 5.5 %: 67.9008 -> 67.90
        QCOMPARE(field<QLineEdit>(&dialog, "amountIncl")->text(), QStringLiteral("1302.46"));
        save(&dialog);
        QVERIFY(dialog.isVisible());  // no number yet
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "number"));
        type(field<QLineEdit>(&dialog, "number"), QStringLiteral("F-2026-200"));
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        const auto inv = InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-2026-200"));
        QVERIFY(inv.has_value());
        QCOMPARE(inv->amountExclCents, 123456);
        QCOMPARE(inv->amountInclCents, 130246);
        QCOMPARE(inv->dueDate, QDate(2026, 11, 15));
        QVERIFY(!inv->serviceDate.isValid());
    }

    // A first invoice comes with its client: "New client…" beside the list creates it and picks it.
    void invoiceDialogCreatesItsClient()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *client = field<QComboBox>(&dialog, "client");
        QCOMPARE(client->count(), 1);  // "choose a client" alone
        test::whenShown<ClientDialog>([](ClientDialog *created) {
            QTest::keyClicks(created->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Atelier Bois"));
            created->accept();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newClient")), Qt::LeftButton);
        QCOMPARE(client->count(), 2);
        QCOMPARE(client->currentText(), QStringLiteral("Atelier Bois"));
        QCOMPARE(client->currentData().toLongLong(), ClientRepository(t.db()).all().value(0).id);
        // The typing goes on in the next field, the issue date, selected to be typed over.
        auto *issued = field<QLineEdit>(&dialog, "issued");
        QCOMPARE(dialog.focusWidget(), issued);
        QCOMPARE(issued->selectedText(), issued->text());
        // Cancelled, nothing changes.
        test::whenShown<ClientDialog>([](ClientDialog *cancelled) { cancelled->reject(); });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newClient")), Qt::LeftButton);
        QCOMPARE(client->count(), 2);
        QCOMPARE(client->currentText(), QStringLiteral("Atelier Bois"));
    }

    void invoiceDialogRefusesADuplicateNumberAndKeepsTheDatabase()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 50000);
        const QString before = t.dump();
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *client = field<QComboBox>(&dialog, "client");
        client->setCurrentIndex(client->findData(c));
        type(field<QLineEdit>(&dialog, "number"), QStringLiteral("F-1"));
        type(field<QLineEdit>(&dialog, "amountExcl"), QStringLiteral("100"));
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(&dialog, "errorBanner")->text().contains(QStringLiteral("already exists")));
        QCOMPARE(t.dump(), before);
        // Garbage in the amount names that field.
        type(field<QLineEdit>(&dialog, "number"), QStringLiteral("F-2"));
        type(field<QLineEdit>(&dialog, "amountIncl"), QStringLiteral("12,3,4"));
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "amountIncl"));
        QCOMPARE(t.dump(), before);
    }

    void invoiceDialogShowsPaymentsReceived()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const qint64 a = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 b = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 1, 3), QDate(2026, 2, 2), 50000);
        t.pay(a, QDate(2026, 2, 10), 30000);
        Payment both;  // one transfer over both invoices
        both.date = QDate(2026, 3, 1);
        both.amountCents = 60000;
        both.method = QStringLiteral("cheque");
        both.bankReference = QStringLiteral("CHQ 1234567");
        both.allocations = {Allocation{a, {}, 20000}, Allocation{b, {}, 40000}};
        QVERIFY(PaymentService(t.db()).record(both).ok());
        AppContext context(t.db(), QDate(2026, 3, 10));
        InvoiceDialog dialog(context, a);
        dialog.show();
        auto *payments = field<QTableWidget>(&dialog, "payments");
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(payments->item(0, InvoiceDialog::PaymentAmount)->text(), QStringLiteral("€300.00"));
        QCOMPARE(payments->item(1, InvoiceDialog::PaymentAmount)->text(), QStringLiteral("€200.00 of €600.00"));
        QCOMPARE(payments->item(1, InvoiceDialog::PaymentMethod)->text(), QStringLiteral("Cheque"));
        QCOMPARE(payments->item(1, InvoiceDialog::PaymentReference)->text(), QStringLiteral("CHQ 1234567"));
        QCOMPARE(field<QLabel>(&dialog, "paidSummary")->text(), QStringLiteral("Paid €500.00 — balance €500.00"));
        // Deleting needs a selection; then the list, the summary and the stored balances follow.
        auto *remove = field<QPushButton>(&dialog, "deletePayment");
        QVERIFY(!remove->isEnabled());
        QVERIFY(!dialog.deleteSelectedPayment(false));
        payments->selectRow(0);
        QVERIFY(remove->isEnabled());
        QVERIFY(dialog.deleteSelectedPayment(false));
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(field<QLabel>(&dialog, "paidSummary")->text(), QStringLiteral("Paid €200.00 — balance €800.00"));
        QCOMPARE(InvoiceRepository(t.db()).findById(a)->paidCents, 20000);
        QCOMPARE(InvoiceRepository(t.db()).findById(b)->paidCents, 40000);  // the shared payment is untouched
        t.pay(a, QDate(2026, 3, 5), 30000);  // put back what was deleted, for the save below
        // Saving the edited invoice keeps what was paid.
        type(field<QLineEdit>(&dialog, "number"), QStringLiteral("F-1A"));
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(InvoiceRepository(t.db()).findById(a)->number, QStringLiteral("F-1A"));
        QCOMPARE(InvoiceRepository(t.db()).findById(a)->paidCents, 50000);
    }

    void issuerDialogChecksTheIban()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 22));
        IssuerDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        save(&dialog);  // no name yet
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "companyName"));
        type(field<QLineEdit>(&dialog, "companyName"), QStringLiteral("Camille Rousseau"));
        type(field<QLineEdit>(&dialog, "iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "iban"));
        QVERIFY(field<QLabel>(&dialog, "errorBanner")->text().contains(QStringLiteral("IBAN")));
        type(field<QLineEdit>(&dialog, "iban"), QStringLiteral("FR7630006000011234567890189"));
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(IssuerService(t.db()).load().iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    }

    void paymentDialogSpreadsOldestFirst()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        const qint64 older = t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 newer = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 2, 2), QDate(2026, 3, 1), 80000);
        t.addInvoice(QStringLiteral("G-1"), t.addClient(QStringLiteral("Garage")), QDate(2026, 1, 5), QDate(2026, 2, 5),
                     5000);  // two clients owe: the dialog asks which one paid
        AppContext context(t.db(), QDate(2026, 3, 10));
        PaymentDialog dialog(context);
        dialog.show();
        auto *hint = field<QLabel>(&dialog, "invoicesHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().startsWith(QStringLiteral("Choose the client")));
        auto *client = field<QComboBox>(&dialog, "client");
        client->setCurrentIndex(client->findData(c));
        QVERIFY(!hint->isVisible());
        auto *table = field<QTableWidget>(&dialog, "invoices");
        QCOMPARE(table->rowCount(), 2);
        type(field<QLineEdit>(&dialog, "amount"), QStringLiteral("1 500,00"));
        QCOMPARE(table->item(0, PaymentDialog::Share)->text(), QStringLiteral("1000.00"));
        QCOMPARE(table->item(1, PaymentDialog::Share)->text(), QStringLiteral("500.00"));
        type(field<QLineEdit>(&dialog, "reference"), QStringLiteral("VIR NOVA"));
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(InvoiceRepository(t.db()).findById(older)->status(), InvoiceStatus::Paid);
        QCOMPARE(InvoiceRepository(t.db()).findById(newer)->balance().cents(), 30000);
    }

    // Issue 17: with only one client owing anything, the payment is theirs, preselected.
    void theOnlyClientOwingIsPreselected()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addClient(QStringLiteral("Paid up"));
        t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        AppContext context(t.db(), QDate(2026, 3, 10));
        PaymentDialog dialog(context);
        QCOMPARE(field<QComboBox>(&dialog, "client")->currentData().toLongLong(), c);
        QCOMPARE(field<QTableWidget>(&dialog, "invoices")->rowCount(), 1);
    }

    void paymentDialogOpenedOnAnInvoiceSettlesThatOneFirst()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 1, 2), QDate(2026, 2, 1), 100000);
        const qint64 newer = t.addInvoice(QStringLiteral("F-2"), c, QDate(2026, 2, 2), QDate(2026, 3, 1), 80000);
        AppContext context(t.db(), QDate(2026, 3, 10));
        PaymentDialog dialog(context, newer);
        dialog.show();
        QCOMPARE(field<QLineEdit>(&dialog, "amount")->text(), QStringLiteral("800.00"));
        auto *table = field<QTableWidget>(&dialog, "invoices");
        QCOMPARE(table->item(0, PaymentDialog::Number)->text(), QStringLiteral("F-2"));
        QCOMPARE(table->item(0, PaymentDialog::Share)->text(), QStringLiteral("800.00"));
        QCOMPARE(table->item(1, PaymentDialog::Share)->text(), QString());
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(InvoiceRepository(t.db()).findById(newer)->status(), InvoiceStatus::Paid);
    }

    // Issue 17: a QDateEdit turned "17/09/2026", typed as people type it, into 17/12/2026. Each
    // form below is typed key by key into the invoice's date, then Tab, pressed once, leaves it.
    void datesAreReadAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("17/09/2026") << "17/09/2026" << QDate(2026, 9, 17);
        QTest::newRow("17/9/26") << "17/9/26" << QDate(2026, 9, 17);
        QTest::newRow("17-09-2026") << "17-09-2026" << QDate(2026, 9, 17);
        QTest::newRow("17092026") << "17092026" << QDate(2026, 9, 17);
        QTest::newRow("17 sept. 2026") << "17 sept. 2026" << QDate(2026, 9, 17);
        QTest::newRow("aujourd'hui") << "aujourd'hui" << QDate(2026, 11, 22);
        QTest::newRow("today") << "today" << QDate(2026, 11, 22);
    }
    void datesAreReadAsPeopleTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        {
            test::TempDatabase t;
            AppContext context(t.db(), QDate(2026, 11, 22));
            InvoiceDialog dialog(context);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *issued = field<DateField>(&dialog, "issued");
            issued->setFocus();
            QTest::keyClick(issued, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(issued, typed);
            QTest::keyClick(issued, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), field<QCheckBox>(&dialog, "hasServiceDate"));
            QCOMPARE(issued->date(), expected);
            QCOMPARE(issued->text(), expected.toString(QStringLiteral("dd/MM/yyyy")));
            QVERIFY(issued->error().isEmpty());
            QCOMPARE(field<DateField>(&dialog, "due")->date(), expected.addDays(30));  // followed as typed
        }
        QLocale::setDefault(before);
    }

    void aDateThatDoesNotExistKeepsTheInvoiceUnsaved()
    {
        test::TempDatabase t;
        const qint64 clientId = t.addClient(QStringLiteral("Durand"));
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        type(field<QLineEdit>(&dialog, "number"), QStringLiteral("F-1"));
        auto *client = field<QComboBox>(&dialog, "client");
        client->setCurrentIndex(client->findData(clientId));
        type(field<QLineEdit>(&dialog, "amountExcl"), QStringLiteral("100"));
        auto *issued = field<DateField>(&dialog, "issued");
        issued->setFocus();
        type(issued, QStringLiteral("30/02/2026"));
        QTest::keyClick(issued, Qt::Key_Tab);
        QCOMPARE(issued->text(), QStringLiteral("30/02/2026"));  // kept as typed, to be corrected
        QVERIFY2(issued->error().contains(QStringLiteral("day 30 does not exist in")), qPrintable(issued->error()));
        QCOMPARE(issued->toolTip(), issued->error());
        // Said in words under the dates too, not only by the red outline.
        QVERIFY2(field<QLabel>(&dialog, "datesHint")->text().startsWith(QStringLiteral("⚠ Issued on: \"30/02/2026\"")),
                 qPrintable(field<QLabel>(&dialog, "datesHint")->text()));
        QVERIFY(!issued->date().isValid());
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QLabel *banner = field<QLabel>(&dialog, "errorBanner");
        QVERIFY2(banner->text().contains(QStringLiteral("Issued on: \"30/02/2026\"")), qPrintable(banner->text()));
        QCOMPARE(QApplication::focusWidget(), issued);
        QCOMPARE(InvoiceRepository(t.db()).countAll(), 0);

        type(issued, QStringLiteral("28/02/2026"));
        QTest::keyClick(issued, Qt::Key_Tab);
        save(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-1"))->issueDate, QDate(2026, 2, 28));
    }

    void theCalendarAndTheArrowsPickADay()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *issued = field<DateField>(&dialog, "issued");
        issued->setFocus();
        QTest::keyClick(issued, Qt::Key_Up);
        QCOMPARE(issued->date(), QDate(2026, 11, 23));
        QTest::keyClick(issued, Qt::Key_PageDown);
        QCOMPARE(issued->date(), QDate(2026, 10, 23));
        QTest::keyClick(issued, Qt::Key_Down, Qt::AltModifier);
        QWidget *popup = QApplication::activePopupWidget();
        QVERIFY(popup);
        auto *calendar = popup->findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 10, 23));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(issued->date(), QDate(2026, 10, 24));
        QCOMPARE(issued->text(), QLocale().toString(QDate(2026, 10, 24), dates::typedFormat()));
    }

    // Issue 17: 1 600 excl. VAT kept 1 800 incl. VAT on a stored invoice and saved silently.
    void theTotalFollowsTheAmountAndAHandTypedOneIsFlagged()
    {
        test::TempDatabase t;
        const qint64 clientId = t.addClient(QStringLiteral("Durand"));
        Invoice inv = InvoiceRepository(t.db()).findById(t.addInvoice(QStringLiteral("F-2026-017"), clientId,
                                                                       QDate(2026, 9, 1), QDate(2026, 10, 1), 180000))
                          .value();
        inv.amountExclCents = 150000;
        QVERIFY(InvoiceRepository(t.db()).update(inv).ok());
        AppContext context(t.db(), QDate(2026, 11, 22));
        {
            InvoiceDialog dialog(context, inv.id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(field<QComboBox>(&dialog, "vatRate")->currentData().toInt(), 2000);
            type(field<QLineEdit>(&dialog, "amountExcl"), QStringLiteral("1600"));
            QCOMPARE(field<QLineEdit>(&dialog, "amountIncl")->text(), QStringLiteral("1920.00"));
            auto *hint = field<QLabel>(&dialog, "totalHint");
            QVERIFY(hint->isHidden());
            type(field<QLineEdit>(&dialog, "amountIncl"), QStringLiteral("1800"));
            QVERIFY(!hint->isHidden());
            QVERIFY2(hint->text().contains(QStringLiteral("20 %")) && hint->text().contains(QStringLiteral("1,920.00")),
                     qPrintable(hint->text()));
            emit hint->linkActivated(QStringLiteral("recompute"));
            QCOMPARE(field<QLineEdit>(&dialog, "amountIncl")->text(), QStringLiteral("1920.00"));
            QVERIFY(hint->isHidden());
            save(&dialog);
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(InvoiceRepository(t.db()).findById(inv.id)->amountInclCents, 192000);
        QCOMPARE(InvoiceRepository(t.db()).findById(inv.id)->amountExclCents, 160000);

        // The next invoice's number is suggested from this one; the dates are checked as typed.
        InvoiceDialog next(context);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(field<QLineEdit>(&next, "number")->text(), QStringLiteral("F-2026-018"));
        auto *dates = field<QLabel>(&next, "datesHint");
        QVERIFY(dates->isHidden());
        field<DateField>(&next, "issued")->setDate(QDate(2026, 12, 5));
        QVERIFY(!dates->isHidden());
        QVERIFY2(dates->text().contains(QStringLiteral("in the future")), qPrintable(dates->text()));
        field<DateField>(&next, "issued")->setDate(QDate(2026, 11, 2));
        QVERIFY(dates->isHidden());
        field<DateField>(&next, "due")->setDate(QDate(2026, 11, 1));
        QVERIFY2(dates->text().contains(QStringLiteral("before the issue date")), qPrintable(dates->text()));
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
