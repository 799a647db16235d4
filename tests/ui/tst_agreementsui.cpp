#include "appcontext.h"
#include "dialogs/agreementdialogs.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/planeditor.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "services/agreementservice.h"
#include "services/collectionservice.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"
#include "views/agreementpanel.h"
#include "views/clientlistview.h"
#include "views/dashboardview.h"
#include "views/timelineview.h"
#include "views/todayview.h"
#include "whenshown.h"
#include "widgets/datefield.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace relance;
using namespace relance::ui;
using relance::test::whenShown;

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' ')).simplified();
}

// The first child row of the Today view's group whose heading starts with `group`.
QStandardItem *firstStepOf(QStandardItemModel *model, const QString &group)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r)->text().startsWith(group) && model->item(r)->rowCount() > 0)
            return model->item(r)->child(0);
    return nullptr;
}
}  // namespace

// Plans, disputes, promises and the story of an invoice, driven through the real widgets.
class TestAgreementsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    // A plan created in the editor: its live preview, then its instalments in the agenda.
    void aPlanMadeInTheEditorShowsInTheAgenda()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Atelier Durand"));
        const qint64 inv =
            t.addInvoice(QStringLiteral("F-100"), client, QDate(2026, 10, 1), QDate(2026, 10, 31), 100000);
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 2));
        window.resize(1180, 760);
        window.show();
        AppContext &context = window.context();

        PlanDialog dialog(context, inv, &window);
        PlanEditor *editor = dialog.editor();
        editor->findChild<QCheckBox *>(QStringLiteral("waiveInterest"))->setChecked(true);
        editor->findChild<QCheckBox *>(QStringLiteral("waiveIndemnity"))->setChecked(true);
        editor->findChild<QSpinBox *>(QStringLiteral("count"))->setValue(3);
        editor->findChild<DateField *>(QStringLiteral("first"))->setDate(QDate(2026, 11, 10));
        QTableWidget *schedule = editor->schedule();
        QCOMPARE(schedule->rowCount(), 3);
        QCOMPARE(schedule->item(0, PlanEditor::Amount)->text(), QStringLiteral("€333.33"));
        QCOMPARE(schedule->item(2, PlanEditor::Amount)->text(), QStringLiteral("€333.34"));
        QCOMPARE(schedule->item(1, PlanEditor::Date)->text(),
                 QLocale().toString(QDate(2026, 12, 10), QLocale::ShortFormat));
        QVERIFY(
            editor->findChild<QLabel *>(QStringLiteral("planSummary"))->text().contains(QStringLiteral("€1,000.00")));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());

        // Typed by hand: amounts that do not add up are refused before anything is stored.
        auto *frequency = editor->findChild<QComboBox *>(QStringLiteral("frequency"));
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("custom")));
        QCOMPARE(schedule->rowCount(), 3);
        auto *amount = qobject_cast<QLineEdit *>(schedule->cellWidget(2, PlanEditor::Amount));
        QCOMPARE(amount->text(), QStringLiteral("333.34"));
        amount->setText(QStringLiteral("300"));
        QVERIFY(!save->isEnabled());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("planProblem"))->text().contains(QStringLiteral("€966.66")));
        amount->setText(QStringLiteral("333,34"));
        QVERIFY(save->isEnabled());
        dialog.writeLetter()->setChecked(false);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.planId() > 0);

        // While on schedule the invoice is out of the ladder; the working day after an unpaid
        // instalment (10 November; the 11th is a holiday), its reminder is on the agenda.
        TodayView *today = window.today();
        QAbstractItemModelTester tester(today->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(today->agenda().inPlans, 1);
        QVERIFY(!firstStepOf(today->model(), QStringLiteral("Payment plans")));
        context.setToday(QDate(2026, 11, 11));
        QVERIFY(!firstStepOf(today->model(), QStringLiteral("Payment plans")));
        context.setToday(QDate(2026, 11, 12));
        QStandardItem *step = firstStepOf(today->model(), QStringLiteral("Payment plans"));
        QVERIFY(step);
        QCOMPARE(step->text(), QStringLiteral("Remind instalment 1 of 3 (plan %1)").arg(dialog.planId()));
        const QModelIndex row = step->index();
        QCOMPARE(row.siblingAtColumn(TodayView::InvoiceNumber).data().toString(), QStringLiteral("F-100"));
        QCOMPARE(row.siblingAtColumn(TodayView::Balance).data().toString(), QStringLiteral("€333.33"));

        // Marked done: recorded on the invoice, and eight days later the plan is up for breaking.
        today->tree()->setCurrentIndex(row);
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(today->findChild<QPushButton *>(QStringLiteral("markDone")), Qt::LeftButton);
        QVERIFY(!firstStepOf(today->model(), QStringLiteral("Payment plans")));
        context.setToday(QDate(2026, 11, 19));
        QVERIFY(!firstStepOf(today->model(), QStringLiteral("Payment plans")));
        context.setToday(QDate(2026, 11, 20));
        step = firstStepOf(today->model(), QStringLiteral("Payment plans"));
        QVERIFY(step);
        QVERIFY(step->text().startsWith(QStringLiteral("Plan broken? Resume chasing")));

        // The Agreements tab shows the plan and its instalments.
        InvoiceDialog invoice(context, inv, &window);
        AgreementPanel *panel = invoice.agreementPanel();
        QVERIFY(panel->status()->text().contains(QStringLiteral("late")));
        QCOMPARE(panel->instalments()->rowCount(), 3);
        QCOMPARE(panel->instalments()->item(0, AgreementPanel::State)->text(), QStringLiteral("overdue"));
    }

    // A dispute opened and upheld, a promise: the dashboard sets them apart and the history tells it.
    void disputesAndPromisesFromTheInvoice()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Atelier Durand"));
        const qint64 inv = t.addInvoice(QStringLiteral("F-200"), client, QDate(2025, 9, 1), QDate(2025, 10, 1), 240000);
        const qint64 other =
            t.addInvoice(QStringLiteral("F-201"), client, QDate(2025, 9, 1), QDate(2025, 10, 1), 60000);
        MainWindow window(test::openDatabase(t.path()), QDate(2025, 11, 3));
        window.resize(1180, 760);
        window.show();
        AppContext &context = window.context();

        DisputeDialog dispute(context, inv, &window);
        const QString before = t.dump();
        dispute.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("12,3,4"));
        dispute.findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Two days not worked"));
        dispute.accept();
        QVERIFY(dispute.isVisible() || dispute.result() != QDialog::Accepted);
        QCOMPARE(t.dump(), before);
        dispute.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("800,00"));
        dispute.accept();
        QCOMPARE(dispute.result(), int(QDialog::Accepted));

        PromiseDialog promise(context, other, &window);
        promise.findChild<DateField *>(QStringLiteral("promisedDate"))->setDate(QDate(2025, 11, 7));
        promise.accept();
        QCOMPARE(promise.result(), int(QDialog::Accepted));

        auto *dashboard = window.findChild<DashboardView *>();
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("disputed"))->text(), QStringLiteral("€2,400.00"));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("disputedDetail"))->text(), QStringLiteral("1 invoice"));
        QVERIFY(
            dashboard->findChild<QLabel *>(QStringLiteral("disputed"))->toolTip().contains(QStringLiteral("€800.00")));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("promisedThisWeek"))->text(), QStringLiteral("€600.00"));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("promisedThisWeekDetail"))->text(),
                 QStringLiteral("1 invoice"));
        QCOMPARE(window.today()->agenda().paused, 1);
        QCOMPARE(window.today()->agenda().promised, 1);

        // Upheld from the Agreements tab: chasing resumes.
        InvoiceDialog invoice(context, inv, &window);
        auto *button = invoice.agreementPanel()->findChild<QPushButton *>(QStringLiteral("dispute"));
        QCOMPARE(button->text(), QStringLiteral("Resol&ve the dispute…"));
        whenShown<ResolveDisputeDialog>([](ResolveDisputeDialog *d) {
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.today()->agenda().paused, 0);
        QCOMPARE(DisputeRepository(context.db()).disputesForInvoice(inv).first().resolution, DisputeResolution::Upheld);

        // The History tab: the story newest first, exported as a PDF dossier.
        TimelineView *timeline = invoice.timeline();
        QAbstractItemModelTester tester(timeline->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TimelineEvent> &events = timeline->model()->events();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).kind, QStringLiteral("dispute"));
        QCOMPARE(events.at(0).title, QStringLiteral("Dispute resolved: invoice upheld, chasing resumes"));
        QCOMPARE(events.at(1).title, QStringLiteral("Disputed: Two days not worked"));
        QCOMPARE(events.at(2).kind, QStringLiteral("due"));
        QCOMPARE(events.at(3).kind, QStringLiteral("issued"));
        const QString path = QDir(t.dir()).filePath(QStringLiteral("history.pdf"));
        QVERIFY(timeline->exportPdf(path).ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("History of invoice F-200")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Disputed: Two days not worked")));
        QVERIFY(text.contains(QStringLiteral("€2,400.00")));

        // The client's story: both invoices, from the client list.
        window.showPage(MainWindow::ClientsPage);
        auto *clients = window.findChild<ClientListView *>();
        auto *table = clients->findChild<QTableView *>(QStringLiteral("clientTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *sheet = clients->findChild<QPushButton *>(QStringLiteral("clientSheet"));
        QVERIFY(sheet->isEnabled());
        int rows = 0;
        whenShown<QDialog>([&rows](QDialog *d) {
            rows = d->findChild<TimelineView *>()->model()->rowCount();
            d->reject();
        });
        QTest::mouseClick(sheet, Qt::LeftButton);
        QCOMPARE(rows, 4 + 3);  // F-201: issued, due, the promise
    }

    // A settlement with its instalment plan: the waiver reaches the plan and the claim.
    void aSettlementWithItsPlan()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Atelier Durand"));
        const qint64 inv =
            t.addInvoice(QStringLiteral("F-300"), client, QDate(2025, 5, 31), QDate(2025, 6, 30), 120000);
        MainWindow window(test::openDatabase(t.path()), QDate(2025, 8, 4));
        AppContext &context = window.context();
        SettlementDialog dialog(context, inv, &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("agreedWith"))->setText(QStringLiteral("Mme Durand"));
        dialog.findChild<QCheckBox *>(QStringLiteral("waiveInterest"))->setChecked(true);
        dialog.findChild<QGroupBox *>(QStringLiteral("withPlan"))->setChecked(true);
        auto *editor = dialog.findChild<PlanEditor *>();
        editor->findChild<QSpinBox *>(QStringLiteral("count"))->setValue(2);
        editor->findChild<DateField *>(QStringLiteral("first"))->setDate(QDate(2025, 9, 1));
        // Interest given up, the 40.00 indemnity kept: 1,240.00 in two.
        QCOMPARE(editor->schedule()->item(0, PlanEditor::Amount)->text(), QStringLiteral("€620.00"));
        dialog.findChild<QCheckBox *>(QStringLiteral("writeConfirmation"))->setChecked(false);
        const QString before = t.dump();
        dialog.findChild<QLineEdit *>(QStringLiteral("discount"))->setText(QStringLiteral("abc"));
        dialog.accept();
        QCOMPARE(dialog.settlementId(), 0);
        QCOMPARE(t.dump(), before);
        dialog.findChild<QLineEdit *>(QStringLiteral("discount"))->clear();
        dialog.accept();
        QVERIFY(dialog.settlementId() > 0);
        const Settlement stored = *AgreementService(context.db()).settlement(dialog.settlementId());
        QCOMPARE(stored.agreedWith, QStringLiteral("Mme Durand"));
        QVERIFY(stored.planId > 0);
        const auto claim = CollectionService(context.db()).claim(inv, QDate(2025, 8, 4));
        QCOMPARE(claim->interest->interest.cents(), 0);
        QVERIFY(claim->waivedInterestCents > 0);
        QCOMPARE(claim->interest->indemnity.cents(), 4000);

        // The client returns the letter signed: recorded from the Agreements tab, once right.
        InvoiceDialog invoice(context, inv, &window);
        auto *acknowledge = invoice.agreementPanel()->findChild<QPushButton *>(QStringLiteral("recordAcknowledgement"));
        QVERIFY(acknowledge->isEnabled());
        const QString unsigned_ = t.dump();
        QString refusal;
        whenShown<AcknowledgementDialog>([&refusal](AcknowledgementDialog *d) {
            d->findChild<DateField *>(QStringLiteral("signedOn"))->setDate(QDate(2025, 5, 1));  // before the invoice
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            refusal = d->findChild<QLabel *>(QStringLiteral("errorBanner"))->text();
            d->findChild<DateField *>(QStringLiteral("signedOn"))->setDate(QDate(2025, 8, 1));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("after the signature")), qPrintable(refusal));
        QVERIFY(t.dump() != unsigned_);
        QCOMPARE(InvoiceRepository(context.db()).findById(inv)->acknowledgedOn, QDate(2025, 8, 1));
        QVERIFY(invoice.agreementPanel()->status()->text().contains(QStringLiteral("<b>Debt acknowledged</b>")));
        QCOMPARE(CollectionService(context.db()).claim(inv, QDate(2025, 8, 4))->limitation.start, QDate(2025, 8, 1));
    }

    // The demo's agreements on the dashboard, the plan editor and the tabs (English, then French
    // for the documentation).
    void screenshots()
    {
        for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::French, QLocale::France)}) {
            QLocale::setDefault(locale);
            installTranslations(*QCoreApplication::instance(), locale);
            const QString suffix = locale.language() == QLocale::French ? QStringLiteral("-fr") : QString();
            test::TempDatabase t;
            QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
            MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
            window.resize(1180, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));
            window.showPage(MainWindow::DashboardPage);
            auto *dashboard = window.findChild<DashboardView *>();
            QVERIFY(!dashboard->findChild<QLabel *>(QStringLiteral("plans"))->text().startsWith(QLatin1Char('0')));
            QVERIFY(
                window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/dashboard-agreements%1.png").arg(suffix)));
            window.showPage(MainWindow::TodayPage);
            QVERIFY(window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/today-plans%1.png").arg(suffix)));

            const qint64 open = InvoiceRepository(window.context().db()).findByNumber(QStringLiteral("F-2026-050"))->id;
            PlanDialog plan(window.context(), open, &window);
            plan.editor()->findChild<QSpinBox *>(QStringLiteral("count"))->setValue(4);
            plan.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plan));
            QVERIFY(plan.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/plan-editor%1.png").arg(suffix)));
            plan.reject();

            const qint64 planned =
                InvoiceRepository(window.context().db()).findByNumber(QStringLiteral("F-2026-031"))->id;
            InvoiceDialog invoice(window.context(), planned, &window);
            invoice.resize(900, 640);
            auto *tabs = invoice.findChild<QTabWidget *>(QStringLiteral("invoiceTabs"));
            invoice.show();
            QVERIFY(QTest::qWaitForWindowExposed(&invoice));
            tabs->setCurrentWidget(invoice.agreementPanel());
            QVERIFY(
                invoice.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoice-agreements%1.png").arg(suffix)));
            tabs->setCurrentWidget(invoice.timeline());
            QVERIFY(invoice.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoice-history%1.png").arg(suffix)));
        }
    }
};

QTEST_MAIN(TestAgreementsUi)
#include "tst_agreementsui.moc"
