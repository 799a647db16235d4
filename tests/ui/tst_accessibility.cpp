// Keyboard and screen-reader audit of every dialog and page: each control Tab can reach has a
// name a screen reader can say (its text, its form label, or an accessible name), Tab reaches
// every enabled control and never gets trapped, and a form's fields are reached in the order
// they are shown.
#include "appcontext.h"
#include "dialogs/actiondialog.h"
#include "dialogs/agreementdialogs.h"
#include "dialogs/assigncreditdialog.h"
#include "dialogs/clientdialog.h"
#include "dialogs/clientsheetdialog.h"
#include "dialogs/collectionsettingsdialog.h"
#include "dialogs/csvimportwizard.h"
#include "dialogs/firstrunwizard.h"
#include "dialogs/helpdialog.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/issuerdialog.h"
#include "dialogs/letterdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/paymentlistdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/statementdialog.h"
#include "mainwindow.h"
#include "screenfit.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "shortcuts.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QtTest>
#include <QWizard>

using namespace relance;
using namespace relance::ui;

namespace {

// A control the keyboard can reach: shown, enabled, taking focus by Tab, and not a part of a
// composite control (a spin box's or a combo box's own line edit) which the composite stands for.
bool reachable(QWidget *w, QWidget *root)
{
    if (!w->isVisibleTo(root) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p))
            return false;
    return true;
}

QString describe(QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Presses Tab from the first control until focus comes back to it; returns the controls in the
// order reached, or names the one that kept the focus.
QList<QWidget *> walkWithTab(QWidget *root, QString *trapped)
{
    QList<QWidget *> order;
    QWidget *start = nullptr;
    for (QWidget *w = root->nextInFocusChain(); w != root; w = w->nextInFocusChain())
        if (reachable(w, root)) {
            start = w;
            break;
        }
    if (!start)
        return order;
    start->setFocus(Qt::TabFocusReason);
    QWidget *current = QApplication::focusWidget();
    int sameInARow = 0;
    for (int presses = 0; presses < 600; ++presses) {
        if (!order.contains(current))
            order << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (qEnvironmentVariableIsSet("AUDIT_DEBUG")) {
            qDebug() << "  Tab:" << describe(current) << "->" << describe(next);
            if (next == current || order.contains(next)) {
                QWidget *w = current;
                for (int i = 0; i < 12; ++i) {
                    w = w->nextInFocusChain();
                    qDebug() << "    chain" << describe(w) << w->isVisibleTo(root) << w->isEnabled()
                             << w->focusPolicy();
                }
            }
        }
        if (!next) {
            *trapped = QStringLiteral("nothing (focus lost after %1)").arg(describe(current));
            return order;
        }
        if (next == current) {
            // A grid moves from cell to cell and a date from day to month to year before letting
            // go; anything else that keeps the focus traps a keyboard user.
            const auto *view = qobject_cast<QAbstractItemView *>(next);
            const auto *label = qobject_cast<QLabel *>(next);
            const bool steps = (view && view->tabKeyNavigation()) || qobject_cast<QAbstractSpinBox *>(next) ||
                               (label && (label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard));
            if (!steps || ++sameInARow > 200) {
                *trapped = describe(next);
                return order;
            }
            continue;
        }
        sameInARow = 0;
        if (next == start)
            return order;
        current = next;
    }
    *trapped = QStringLiteral("the walk never came back to %1").arg(describe(start));
    return order;
}

// The first control a form field holds (the field may be a row of widgets).
QWidget *firstControl(QLayoutItem *item, QWidget *root)
{
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget()) {
        if (reachable(w, root))
            return w;
        for (QWidget *child : w->findChildren<QWidget *>())
            if (reachable(child, root))
                return child;
        return nullptr;
    }
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            if (QWidget *w = firstControl(layout->itemAt(i), root))
                return w;
    return nullptr;
}

}  // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_book;
    std::unique_ptr<AppContext> m_context;
    qint64 m_invoice = 0, m_client = 0;

    // Shows `root`, walks it with Tab and checks names, reach and form order; `what` names it in
    // failures.
    void audit(QWidget *root, const QString &what)
    {
        root->show();
        QVERIFY(QTest::qWaitForWindowExposed(root->window()));
        QApplication::setActiveWindow(root->window());
        // What Tab must reach: the controls enabled before the walk (a button enabled by the
        // selection the walk itself makes is reached on the next round).
        QList<QWidget *> controls;
        for (QWidget *w : root->findChildren<QWidget *>())
            if (reachable(w, root))
                controls << w;
        QString trapped;
        const QList<QWidget *> order = walkWithTab(root, &trapped);
        if (qEnvironmentVariableIsSet("AUDIT_DEBUG"))
            for (QWidget *w : order)
                qDebug() << what << describe(w) << w->parentWidget();
        QVERIFY2(trapped.isEmpty(), qPrintable(what + QStringLiteral(": Tab is stuck on ") + trapped));

        QStringList unnamed, missed;
        for (QWidget *w : std::as_const(controls)) {
            if (accessibleName(w).isEmpty())
                unnamed << describe(w);
            // A grid whose current cell holds a widget hands its focus to that widget.
            const bool reached = order.contains(w) || std::any_of(order.cbegin(), order.cend(), [w](QWidget *r) {
                                     return qobject_cast<QAbstractItemView *>(w) && w->isAncestorOf(r);
                                 });
            if (!reached)
                missed << describe(w);
        }
        // A label with a shortcut letter but no buddy shows its "&" and its shortcut leads nowhere.
        QStringList literal;
        static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->isVisibleTo(root) && !label->buddy() && !Qt::mightBeRichText(label->text()) &&
                mnemonic.match(label->text()).hasMatch())
                literal << label->text();
        QVERIFY2(literal.isEmpty(), qPrintable(what + QStringLiteral(": labels without a buddy show their &: ") +
                                               literal.join(QStringLiteral(", "))));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(what + QStringLiteral(": no accessible name: ") + unnamed.join(QStringLiteral(", "))));
        QVERIFY2(missed.isEmpty(),
                 qPrintable(what + QStringLiteral(": Tab never reaches: ") + missed.join(QStringLiteral(", "))));

        for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
            int previous = -1;
            QWidget *previousWidget = nullptr;
            for (int row = 0; row < form->rowCount(); ++row) {
                QWidget *field = firstControl(form->itemAt(row, QFormLayout::FieldRole), root);
                if (!field)
                    field = firstControl(form->itemAt(row, QFormLayout::SpanningRole), root);
                if (!field || !order.contains(field))
                    continue;
                const int position = int(order.indexOf(field));
                QVERIFY2(position > previous, qPrintable(QStringLiteral("%1: Tab reaches %2 before %3, shown above it")
                                                             .arg(what, describe(field), describe(previousWidget))));
                previous = position;
                previousWidget = field;
            }
        }
    }

    // Every page of a tab widget or a stack, each in turn.
    void auditTabs(QWidget *dialog, const QString &what)
    {
        auto *tabs = dialog->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(dialog, QStringLiteral("%1 ▸ %2").arg(what, tabs->tabText(i)));
        }
    }

    // Every dialog of the application, built on the demo book.
    std::vector<std::pair<QString, std::function<QDialog *()>>> allDialogs()
    {
        const qint64 inPlan = InvoiceRepository(m_book->db()).findByNumber(QStringLiteral("F-2026-028"))->id;
        BankCredit credit;
        credit.id = 1;
        credit.date = QDate(2026, 11, 20);
        credit.amountCents = 120000;
        credit.currency = QStringLiteral("EUR");
        return {
            {QStringLiteral("Invoice in a payment plan"), [this, inPlan] { return new InvoiceDialog(*m_context, inPlan); }},
            {QStringLiteral("Invoice"), [this] { return new InvoiceDialog(*m_context, m_invoice); }},
            {QStringLiteral("New invoice"), [this] { return new InvoiceDialog(*m_context); }},
            {QStringLiteral("Client"), [this] { return new ClientDialog(*m_context, m_client); }},
            {QStringLiteral("Payment"), [this] { return new PaymentDialog(*m_context, m_invoice); }},
            {QStringLiteral("Collection settings"), [this] { return new CollectionSettingsDialog(*m_context); }},
            {QStringLiteral("Letter"), [this] { return new LetterDialog(*m_context, {m_invoice}, LetterKind::FormalNotice); }},
            {QStringLiteral("Settlement"), [this] { return new SettlementDialog(*m_context, m_invoice); }},
            {QStringLiteral("Payment plan"), [this] { return new PlanDialog(*m_context, m_invoice); }},
            {QStringLiteral("Assign"), [this, credit] { return new AssignCreditDialog(*m_context, credit, nullptr); }},
            {QStringLiteral("Your company"), [this] { return new IssuerDialog(*m_context); }},
            {QStringLiteral("CSV import"), [this] { return new CsvImportWizard(*m_context); }},
            {QStringLiteral("User guide"), [this] { return new HelpDialog; }},
            {QStringLiteral("Client sheet"), [this] { return new ClientSheetDialog(*m_context, m_client); }},
            {QStringLiteral("Statement of account"), [this] { return new StatementDialog(*m_context, m_client); }},
            {QStringLiteral("Payments received"),
             [this] { return new PaymentListDialog(*m_context, QDate(2026, 10, 1), QStringLiteral("EUR")); }},
            {QStringLiteral("Preferences"), [this] { return new PreferencesDialog; }},
            {QStringLiteral("Action"), [this] { return new ActionDialog(*m_context, m_invoice, nullptr); }},
        };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        m_book = std::make_unique<test::TempDatabase>();
        QVERIFY(DemoData::populate(m_book->db(), QDate(2026, 11, 23)).ok());
        m_context = std::make_unique<AppContext>(m_book->db(), QDate(2026, 11, 23));
        const auto invoice = InvoiceRepository(m_book->db()).findByNumber(QStringLiteral("F-2026-043"));
        QVERIFY(invoice);
        m_invoice = invoice->id;
        m_client = invoice->clientId;
    }

    void editors()
    {
        ClientDialog newClient(*m_context);
        audit(&newClient, QStringLiteral("New client"));
        ClientDialog client(*m_context, m_client);
        audit(&client, QStringLiteral("Client"));
        InvoiceDialog newInvoice(*m_context);
        audit(&newInvoice, QStringLiteral("New invoice"));
        InvoiceDialog invoice(*m_context, m_invoice);
        audit(&invoice, QStringLiteral("Invoice"));
        PaymentDialog payment(*m_context, m_invoice);
        audit(&payment, QStringLiteral("Payment"));
        PaymentDialog paymentAnyInvoice(*m_context);
        audit(&paymentAnyInvoice, QStringLiteral("Payment (any invoice)"));
        IssuerDialog issuer(*m_context);
        audit(&issuer, QStringLiteral("Your company"));
        PreferencesDialog preferences;
        audit(&preferences, QStringLiteral("Preferences"));
    }

    void collectionSettings()
    {
        CollectionSettingsDialog settings(*m_context);
        auditTabs(&settings, QStringLiteral("Collection settings"));
    }

    void stepsAndAgreements()
    {
        ActionDialog action(*m_context, m_invoice, nullptr);
        audit(&action, QStringLiteral("Log an action"));
        PromiseDialog promise(*m_context, m_invoice);
        audit(&promise, QStringLiteral("Promise"));
        DisputeDialog dispute(*m_context, m_invoice);
        audit(&dispute, QStringLiteral("Dispute"));
        SettlementDialog settlement(*m_context, m_invoice);
        audit(&settlement, QStringLiteral("Settlement"));
        PlanDialog plan(*m_context, m_invoice);
        audit(&plan, QStringLiteral("Payment plan"));
        LetterDialog letter(*m_context, {m_invoice}, LetterKind::FormalNotice);
        audit(&letter, QStringLiteral("Letter"));
    }

    void listsAndImports()
    {
        PaymentListDialog payments(*m_context, QDate(2026, 11, 1), QStringLiteral("EUR"));
        audit(&payments, QStringLiteral("Payments received"));
        BankCredit credit;
        credit.id = 1;
        credit.date = QDate(2026, 11, 20);
        credit.amountCents = 120000;
        credit.currency = QStringLiteral("EUR");
        credit.counterparty = QStringLiteral("Hôtel du Port");
        AssignCreditDialog assign(*m_context, credit, nullptr);
        audit(&assign, QStringLiteral("Split or assign"));
        CsvImportWizard csv(*m_context);
        csv.restart();
        audit(&csv, QStringLiteral("CSV import"));
        HelpDialog help;
        audit(&help, QStringLiteral("User guide"));
    }

    void firstRunWizard()
    {
        test::TempDatabase empty;
        AppContext context(empty.db(), QDate(2026, 11, 23));
        FirstRunWizard wizard(context);
        wizard.restart();
        audit(&wizard, QStringLiteral("First run ▸ welcome"));
        wizard.next();
        audit(&wizard, QStringLiteral("First run ▸ your company"));
    }

    // Issue 17: an invoice with its payment plan opened taller than the screen, its title bar
    // above the top edge. Every dialog fits a 1280×800 and a 1366×768 laptop (a 30-pixel
    // panel, 95 % of the rest), its buttons in sight.
    void everyDialogFitsTheScreen()
    {
        const auto dialogs = allDialogs();
        for (const QSize screen : {QSize(1280, 800), QSize(1366, 768)}) {
            const QSize room = (screen - QSize(0, 30)) * 95 / 100;
            for (const auto &[what, make] : dialogs) {
                std::unique_ptr<QDialog> dialog(make());
                fitInto(dialog.get(), QSize(1400, 1000), room);
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
                const QString where = QStringLiteral("%1 at %2×%3: %4×%5")
                                          .arg(what)
                                          .arg(screen.width())
                                          .arg(screen.height())
                                          .arg(dialog->width())
                                          .arg(dialog->height());
                QVERIFY2(dialog->height() <= room.height() && dialog->width() <= room.width(), qPrintable(where));
                if (qobject_cast<QWizard *>(dialog.get()))
                    continue;
                const auto boxes = dialog->findChildren<QDialogButtonBox *>();
                QVERIFY2(!boxes.isEmpty(), qPrintable(where));
                const QDialogButtonBox *buttons = boxes.last();
                const QRect shown(buttons->mapTo(dialog.get(), QPoint(0, 0)), buttons->size());
                QVERIFY2(buttons->isVisible() && dialog->rect().contains(shown),
                         qPrintable(where + QStringLiteral(", buttons at %1,%2").arg(shown.x()).arg(shown.y())));
            }
        }
    }

    // Alt+letter leads to one place in every dialog and on every tab, in English and in French
    // (the translations choose their own letters), and in the main window with its menus.
    void noShortcutLetterUsedTwice()
    {
        for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::French, QLocale::France)}) {
            installTranslations(*QCoreApplication::instance(), locale);
            for (const auto &[what, make] : allDialogs()) {
                std::unique_ptr<QDialog> dialog(make());
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
                const auto check = [&](const QString &where) {
                    const QString clashes = test::clashingShortcuts(dialog.get());
                    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 (%2): %3")
                                                               .arg(where, locale.name(), clashes)));
                };
                check(what);
                if (auto *wizard = qobject_cast<QWizard *>(dialog.get())) {
                    for (int page = 0; page < 4 && !wizard->button(QWizard::NextButton)->isHidden(); ++page) {
                        wizard->next();
                        check(QStringLiteral("%1, page %2").arg(what).arg(wizard->currentId()));
                    }
                }
                for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
                    for (int i = 0; i < tabs->count(); ++i) {
                        tabs->setCurrentIndex(i);
                        check(QStringLiteral("%1 ▸ %2").arg(what, tabs->tabText(i)));
                    }
            }
            MainWindow window(test::openDatabase(m_book->path()), QDate(2026, 11, 23));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (auto page : {MainWindow::DashboardPage, MainWindow::TodayPage, MainWindow::InvoicesPage,
                              MainWindow::ClientsPage, MainWindow::BankPage}) {
                window.showPage(page);
                const QString clashes = test::clashingShortcuts(&window);
                QVERIFY2(clashes.isEmpty(),
                         qPrintable(QStringLiteral("main window page %1 (%2): %3").arg(int(page)).arg(locale.name(), clashes)));
            }
        }
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void mainWindowPages()
    {
        MainWindow window(test::openDatabase(m_book->path()), QDate(2026, 11, 23));
        for (auto page : {MainWindow::DashboardPage, MainWindow::TodayPage, MainWindow::InvoicesPage,
                          MainWindow::ClientsPage, MainWindow::BankPage}) {
            window.showPage(page);
            audit(&window, QStringLiteral("Main window, page %1").arg(int(page)));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
