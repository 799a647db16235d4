#include "appcontext.h"
#include "dialogs/clientdialog.h"
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

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
        field<QDateEdit>(&dialog, "issued")->setDate(QDate(2026, 10, 1));
        QCOMPARE(field<QDateEdit>(&dialog, "due")->date(), QDate(2026, 11, 15));  // + the client's 45 days
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
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
