#include "appcontext.h"
#include "dialogs/actiondialog.h"
#include "dialogs/collectionsettingsdialog.h"
#include "dialogs/invoicedialog.h"
#include "mainwindow.h"
#include "services/collectionsettingsservice.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "severity.h"
#include "storage/database.h"
#include "testsupport.h"
#include "models/invoicetablemodel.h"
#include "views/claimpanel.h"
#include "views/invoicelistview.h"
#include "views/todayview.h"
#include "darkpalette.h"
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



    static QColor colourOf(const QVariant &v, const QColor &fallback)
    {
        if (!v.isValid())
            return fallback;
        if (v.typeId() == QMetaType::QBrush)
            return v.value<QBrush>().color();
        return v.value<QColor>();
    }

    // Every cell of `model` (recursively) reads at 4.5:1 at least, on its own background or on
    // the view's base and alternate rows; returns how many cells had a background of their own.
    static int checkContrast(const QAbstractItemModel *model, const QPalette &palette,
                             const QModelIndex &parent = QModelIndex())
    {
        int tinted = 0;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QVariant background = index.data(Qt::BackgroundRole);
                const QColor fg = colourOf(index.data(Qt::ForegroundRole), palette.color(QPalette::Text));
                QList<QColor> backs;
                if (background.isValid()) {
                    ++tinted;
                    backs << colourOf(background, {});
                } else {
                    backs << palette.color(QPalette::Base) << palette.color(QPalette::AlternateBase);
                }
                for (const QColor &bg : backs) {
                    if (!bg.isValid() || bg.alpha() != 255 || fg.alpha() != 255)
                        qFatal("row %d column %d: a colour that is not opaque (%s on %s)", row, column,
                               qPrintable(fg.name(QColor::HexArgb)), qPrintable(bg.name(QColor::HexArgb)));
                    const double ratio = contrastRatio(fg, bg);
                    if (ratio < 4.5)
                        qFatal("row %d column %d \"%s\": contrast %.2f (%s on %s)", row, column,
                               qPrintable(index.data().toString()), ratio, qPrintable(fg.name()), qPrintable(bg.name()));
                }
            }
            tinted += checkContrast(model, palette, model->index(row, 0, parent));
        }
        return tinted;
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
        QCOMPARE(undo->text(), QStringLiteral("&Undo: Marking %1 steps done").arg(picked));
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
        // The courtesy reminder reads "3 days before the due date", and is saved as 3 days before.
        // (Saving rebuilds the rows: the cells are looked up again after each save.)
        auto days = [&](int row) { return qobject_cast<QSpinBox *>(steps->cellWidget(row, CollectionSettingsDialog::Offset)); };
        auto anchor = [&](int row) { return qobject_cast<QComboBox *>(steps->cellWidget(row, CollectionSettingsDialog::Anchor)); };
        QCOMPARE(days(0)->text(), QStringLiteral("3 days"));
        QCOMPARE(anchor(0)->currentText(), QStringLiteral("before the due date"));
        QCOMPARE(days(2)->text(), QStringLiteral("5 days"));
        days(0)->setValue(1);
        QCOMPARE(days(0)->text(), QStringLiteral("1 day"));
        save->click();
        QCOMPARE(CollectionSettingsService(t.db()).ladders().first().steps.at(0).offsetDays, -1);
        anchor(0)->setCurrentIndex(anchor(0)->findText(QStringLiteral("after the due date")));
        save->click();
        QCOMPARE(CollectionSettingsService(t.db()).ladders().first().steps.at(0).offsetDays, 1);
        QCOMPARE(CollectionSettingsService(t.db()).ladders().first().steps.at(0).anchor, StepAnchor::DueDate);

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

    // Rates ▸ Update the ECB rate: the same update as `rates update`, here from the recorded
    // series as a file (tests never reach the network): 2026-H2 gets 2.15 %, from the portal.
    void settingsUpdateTheEcbRate()
    {
        test::TempDatabase t;
        AppContext context(t.db(), QDate(2026, 12, 1));
        CollectionSettingsDialog dialog(context);
        dialog.setQuiet(true);
        QTableWidget *rates = dialog.ratesTable();
        QCOMPARE(rates->item(0, 0)->text(), QStringLiteral("2026-H2"));
        QCOMPARE(rates->item(0, 1)->text(), QStringLiteral("not known"));
        const QUrl series = QUrl::fromLocalFile(QStringLiteral(RELANCE_TEST_DATA "/rates/ecb-mrr.csv"));
        const QString said = dialog.updateEcbRate(series);
        QCOMPARE(said, QStringLiteral("2026-H2: ECB rate 2.15%, in force on %1.")
                           .arg(QLocale().toString(QDate(2026, 7, 1), QLocale::ShortFormat)));
        QCOMPARE(rates->item(0, 0)->text(), QStringLiteral("2026-H2"));
        QCOMPARE(rates->item(0, 1)->text(), QStringLiteral("2.15%"));
        QVERIFY2(rates->item(0, 6)->text().contains(QStringLiteral("ECB data portal")), qPrintable(rates->item(0, 6)->text()));
        // Again: nothing new, nothing stored twice.
        QVERIFY(dialog.updateEcbRate(series).startsWith(QStringLiteral("Nothing new")));
        // A file that is not the series: said, nothing stored.
        const QString wrong = dialog.updateEcbRate(QUrl::fromLocalFile(QStringLiteral(RELANCE_TEST_DATA "/rates/NOTES.md")));
        QVERIFY2(wrong.contains(QStringLiteral("TIME_PERIOD")), qPrintable(wrong));
    }

    // Issue 17: the courtesy step of an invoice not yet due had an invalid background, a solid
    // black row. Every row of Today and of the invoice list, light and dark, reads at 4.5:1.
    void everyRowReadsInLightAndDarkPalettes()
    {
        test::TempDatabase t;
        // Seen on Wednesday 25 November, due the next day: its courtesy reminder (three days
        // before, on Monday) is two days behind.
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        t.addInvoice(QStringLiteral("F-COURTESY"), t.addClient(QStringLiteral("Courtoisie SARL")), QDate(2026, 10, 27),
                     QDate(2026, 11, 26), 50000);
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 25));
        window.resize(1180, 760);
        window.show();
        bool courtesyBeforeDue = false;
        for (const AgendaItem &item : window.today()->agenda().items)
            courtesyBeforeDue |= item.stepDaysLate() > 0 && item.daysLate() <= 0;
        QVERIFY2(courtesyBeforeDue, "the demo has a late step on an invoice not yet due");
        const QPalette light = QApplication::palette();
        for (const QPalette &palette : {light, test::darkPalette()}) {
            QApplication::setPalette(palette);
            QTRY_COMPARE(isDarkPalette(window.today()->tree()->palette()), isDarkPalette(palette));
            QVERIFY(checkContrast(window.today()->model(), palette) > 0);
            window.showPage(MainWindow::InvoicesPage);
            QVERIFY(checkContrast(window.invoices()->model(), palette) > 0);
        }
        QApplication::setPalette(light);
    }

    // Issue 17: after the only step was done, Today said every invoice was paid while one was
    // 45 days late. It says there is nothing today, the next step, and what is overdue.
    void anEmptyAgendaSaysWhatIsTrue()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Studio Graphik"));
        const qint64 invoice =
            t.addInvoice(QStringLiteral("F-2026-012"), client, QDate(2026, 9, 18), QDate(2026, 10, 18), 120000);
        AppContext context(t.db(), QDate(2026, 12, 2));
        TodayView today(context);
        today.resize(1000, 600);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        QCOMPARE(today.agenda().dueCount(), 1);
        today.tree()->setCurrentIndex(today.model()->item(0)->child(0)->index());
        whenShown<ActionDialog>([](ActionDialog *dialog) {
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(today.findChild<QPushButton *>(QStringLiteral("markDone")), Qt::LeftButton);

        // What was recorded, with Undo.
        QLabel *recorded = today.recordedLabel();
        QVERIFY(recorded->isVisible());
        QVERIFY2(recorded->text().startsWith(QStringLiteral("Recorded for F-2026-012 (Studio Graphik): ")) &&
                     recorded->text().contains(
                         QStringLiteral("on %1: Done").arg(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat))),
                 qPrintable(recorded->text()));

        QCOMPARE(today.agenda().dueCount(), 0);
        QVERIFY(today.emptyLabel()->isVisible());
        const AgendaItem next = today.agenda().next.value();
        QCOMPARE(next.invoice.id, invoice);
        const QString text = today.emptyLabel()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Nothing to do today. Next step: %1 for Studio Graphik (F-2026-012), on %2.")
                                     .arg(next.step.displayName(),
                                          QLocale().toString(next.plan.date, QStringLiteral("dddd d MMMM yyyy")))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 invoice overdue, %1 in all.").arg(Money::eur(120000).toString())),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("paid or not due")));

        // Undo takes the step back: it is on the agenda again.
        auto *undo = today.findChild<QPushButton *>(QStringLiteral("undoRecorded"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE(today.agenda().dueCount(), 1);
        QVERIFY(!recorded->isVisible());
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
