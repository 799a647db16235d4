#include "appcontext.h"
#include "dialogs/actiondialog.h"
#include "dialogs/collectionsettingsdialog.h"
#include "dialogs/invoicedialog.h"
#include "mainwindow.h"
#include "services/collectionsettingsservice.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/database.h"
#include "testsupport.h"
#include "views/claimpanel.h"
#include "views/todayview.h"
#include "whenshown.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace relance;
using namespace relance::ui;
using relance::test::whenShown;

// The Today view, the invoice's Collection tab and the settings, driven as a user would.
class TestToday : public QObject
{
    Q_OBJECT

    // The main window on the demo book of 23 November 2026, shown.
    static std::unique_ptr<MainWindow> demoWindow(test::TempDatabase &t)
    {
        if (!DemoData::populate(t.db(), QDate(2026, 11, 23)).ok())
            qFatal("demo data refused");
        auto window = std::make_unique<MainWindow>(test::openDatabase(t.path()), QDate(2026, 11, 23));
        window->resize(1180, 760);
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void markingAStepDoneMovesTheInvoiceOn()
    {
        test::TempDatabase t;
        const auto shown = demoWindow(t);
        MainWindow &window = *shown;
        window.showPage(MainWindow::TodayPage);
        TodayView *today = window.today();
        QAbstractItemModelTester tester(today->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int due = today->agenda().dueCount();
        QVERIFY2(due >= 3, qPrintable(QString::number(due)));
        QCOMPARE(today->agenda().paused, 1);
        // Grouped by channel: each top-level row is a channel with its steps below.
        QStandardItemModel *model = today->model();
        QVERIFY(model->rowCount() >= 2);
        // A payment plan's late instalment comes first, then the ladders' steps by channel.
        QVERIFY(model->item(0)->text().startsWith(QStringLiteral("Payment plans (")));
        QVERIFY(model->item(1)->text().startsWith(QStringLiteral("E-mail (")));
        QVERIFY(model->item(1)->rowCount() >= 1);
        today->tree()->setCurrentIndex(model->item(1)->child(0)->index());
        QVERIFY(today->findChild<QLabel *>(QStringLiteral("agendaSummary"))
                    ->text()
                    .contains(QStringLiteral("steps to do")));

        // The first e-mail is selected; mark it done through the dialog.
        const AgendaItem *item = today->currentItem();
        QVERIFY(item);
        const qint64 invoiceId = item->invoice.id;
        const int step = item->stepIndex;
        whenShown<ActionDialog>([](ActionDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"))
                ->setPlainText(QStringLiteral("Sent, copy attached"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(today->findChild<QPushButton *>(QStringLiteral("markDone")), Qt::LeftButton);
        QCOMPARE(today->agenda().dueCount(), due - 1);
        const InvoiceClaim claim = *CollectionService(window.context().db()).claim(invoiceId, QDate(2026, 11, 23));
        QCOMPARE(claim.history.last().stepIndex, step);
        QCOMPARE(claim.history.last().notes, QStringLiteral("Sent, copy attached"));
        QCOMPARE(claim.next->stepIndex, step + 1);
        QVERIFY(claim.next->date > QDate(2026, 11, 23));

        // Its Collection tab shows the figures and the new line of history.
        InvoiceDialog editor(window.context(), invoiceId, &window);
        ClaimPanel *panel = editor.claimPanel();
        QVERIFY(panel);
        QCOMPARE(panel->history()->item(0, ClaimPanel::Notes)->text(), QStringLiteral("Sent, copy attached"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("nextStep"))->text().contains(QStringLiteral("Next step")));

        // With the next 7 days shown, the invoice is back with its next step.
        today->findChild<QCheckBox *>(QStringLiteral("showUpcoming"))->setChecked(true);
        bool found = false;
        for (const AgendaItem &i : today->agenda().items)
            if (i.invoice.id == invoiceId && i.stepIndex == step + 1)
                found = true;
        QVERIFY(found || claim.next->date > QDate(2026, 11, 30));
    }

    // Several steps selected together are ticked off at once, in one step Edit ▸ Undo takes back.
    void severalStepsMarkedDoneAtOnce()
    {
        test::TempDatabase t;
        const auto shown = demoWindow(t);
        MainWindow &window = *shown;
        window.showPage(MainWindow::TodayPage);
        TodayView *today = window.today();
        QStandardItemModel *model = today->model();
        const int due = today->agenda().dueCount();
        // Every ladder step (not the payment plans' group), selected with Ctrl-clicks.
        QItemSelection selection;
        int picked = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r)->text().startsWith(QStringLiteral("Payment plans")))
                continue;
            for (int c = 0; c < model->item(r)->rowCount(); ++c, ++picked)
                selection.select(model->item(r)->child(c)->index(), model->item(r)->child(c)->index());
        }
        QVERIFY(picked >= 3);
        today->tree()->selectionModel()->select(selection,
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(today->selectedItems().size(), picked);
        QString asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(today->findChild<QPushButton *>(QStringLiteral("markDone")), Qt::LeftButton);
        QVERIFY2(asked.startsWith(QStringLiteral("Record these %1 steps as done today?").arg(picked)),
                 qPrintable(asked));
        QCOMPARE(today->agenda().dueCount(), due - picked);
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Marking %1 steps done").arg(picked));
        undo->trigger();
        QCOMPARE(today->agenda().dueCount(), due);
    }

    void claimPanelShowsTheInterestBreakdown()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Acme"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-1"), client, {2024, 2, 14}, {2024, 3, 15}, 100000);
        AppContext context(t.db(), QDate(2024, 6, 10));
        InvoiceDialog editor(context, inv);
        ClaimPanel *panel = editor.claimPanel();
        QCOMPARE(panel->breakdown()->rowCount(), 1);
        QCOMPARE(panel->breakdown()->item(0, ClaimPanel::Days)->text(), QStringLiteral("87"));
        QCOMPARE(panel->breakdown()->item(0, ClaimPanel::Amount)->text(), QStringLiteral("€34.56"));
        const QString totals = panel->findChild<QLabel *>(QStringLiteral("claimTotals"))->text();
        QVERIFY2(totals.contains(QStringLiteral("€1,074.56")), qPrintable(totals));
        // 2024-H1: the legal floor is above the default rate, and the user is told both figures.
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("claimWarnings"))->text().contains(QStringLiteral("15.21%")));
    }

    void settingsEditALadderAndAddRates()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 11, 23));
        CollectionSettingsDialog dialog(context);
        QTableWidget *steps = dialog.stepsTable();
        QCOMPARE(steps->rowCount(), 7);  // the standard ladder
        auto *callDelay = qobject_cast<QSpinBox *>(steps->cellWidget(2, CollectionSettingsDialog::Offset));
        QCOMPARE(callDelay->value(), 7);
        callDelay->setValue(5);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveLadder"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(CollectionSettingsService(t.db()).ladders().first().steps.at(2).offsetDays, 5);

        // The rates tab says 2026-H2 is missing; accepting the last known rates fills it.
        QTableWidget *rates = dialog.ratesTable();
        QCOMPARE(rates->item(0, 0)->text(), QStringLiteral("2026-H2"));
        QCOMPARE(rates->item(0, 4)->text(), QStringLiteral("not known"));
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        dialog.findChild<QPushButton *>(QStringLiteral("carryForward"))->click();
        QCOMPARE(rates->item(1, 0)->text(), QStringLiteral("2026-H2"));
        QCOMPARE(rates->item(1, 4)->text(), QStringLiteral("2.62%"));
        QVERIFY(rates->item(1, 6)->text().startsWith(QStringLiteral("added by you")));
    }

    void screenshots()
    {
        test::TempDatabase t;
        const auto shown = demoWindow(t);
        MainWindow &window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));
        window.showPage(MainWindow::TodayPage);
        QVERIFY(window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/today.png")));
        const qint64 invoiceId = window.today()->agenda().items.first().invoice.id;
        InvoiceDialog editor(window.context(), invoiceId, &window);
        editor.findChild<QTabWidget *>(QStringLiteral("invoiceTabs"))->setCurrentIndex(1);
        editor.resize(860, 640);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoice-collection.png")));
        CollectionSettingsDialog settings(window.context(), &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        auto *tabs = settings.findChild<QTabWidget *>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(settings.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/settings-%1.png").arg(i + 1)));
        }
    }

    // Last: the French UI, as a French user sees it (README).
    void frenchScreenshots()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        test::TempDatabase t;
        const auto shown = demoWindow(t);
        MainWindow &window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::TodayPage);
        QVERIFY(window.today()
                    ->findChild<QLabel *>(QStringLiteral("agendaSummary"))
                    ->text()
                    .contains(QStringLiteral("étapes à faire")));
        QVERIFY(window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/today-fr.png")));
        const qint64 invoiceId = window.today()->agenda().items.at(2).invoice.id;
        InvoiceDialog editor(window.context(), invoiceId, &window);
        editor.findChild<QTabWidget *>(QStringLiteral("invoiceTabs"))->setCurrentIndex(1);
        editor.resize(900, 640);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoice-collection-fr.png")));
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
