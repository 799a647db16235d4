#include "appcontext.h"
#include "appsettings.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/issuerdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/paymentlistdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"
#include "models/clienttablemodel.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "darkpalette.h"
#include "elision.h"
#include "testsupport.h"
#include "widgets/datefield.h"
#include "views/clientlistview.h"
#include "views/timelineview.h"
#include "views/dashboardview.h"
#include "views/invoicelistview.h"
#include "views/todayview.h"
#include "widgets/barchart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace relance;
using namespace relance::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QStringList column(QTableView *table, int col)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, col).data().toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // window geometry goes to a test settings file
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void emptyDatabaseShowsEmptyStates()
    {
        QTemporaryDir dir;
        MainWindow window(test::openDatabase(dir.filePath(QStringLiteral("empty.sqlite"))), QDate(2026, 11, 22));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *overdueEmpty = window.findChild<QLabel *>(QStringLiteral("overdueEmpty"));
        QVERIFY(overdueEmpty->isVisible());
        QVERIFY2(overdueEmpty->text().startsWith(QStringLiteral("No invoice yet.")), qPrintable(overdueEmpty->text()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("outstanding"))->text(), QStringLiteral("€0.00"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("outstandingDetail"))->text(), QStringLiteral("0 invoices"));
        window.showPage(MainWindow::InvoicesPage);
        QLabel *empty = window.findChild<QLabel *>(QStringLiteral("invoiceEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+N")));
    }

    // The acceptance path: enter an invoice through the editor, see it on the dashboard.
    void invoiceEnteredThroughTheEditorAppearsOnTheDashboard()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Studio Nova"));
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 22));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *overdue = window.dashboard()->overdueTable();
        QCOMPARE(overdue->model()->rowCount(), 0);

        InvoiceDialog dialog(window.context(), 0, &window);
        dialog.show();
        auto *clients = dialog.findChild<QComboBox *>(QStringLiteral("client"));
        clients->setCurrentIndex(clients->findData(client));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("number")), QStringLiteral("F-2026-077"));
        dialog.findChild<DateField *>(QStringLiteral("issued"))->setDate(QDate(2026, 8, 1));
        dialog.findChild<DateField *>(QStringLiteral("due"))->setDate(QDate(2026, 8, 31));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("amountExcl")), QStringLiteral("2000"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        // 2026-08-31 to 2026-11-22: 83 days late, 61-90 bucket, 2,400.00 incl. 20 % VAT.
        QCOMPARE(overdue->model()->rowCount(), 1);
        QCOMPARE(column(overdue, InvoiceTableModel::Number), QStringList{QStringLiteral("F-2026-077")});
        QCOMPARE(column(overdue, InvoiceTableModel::Late), QStringList{QStringLiteral("83 days late")});
        QCOMPARE(column(overdue, InvoiceTableModel::Balance), QStringList{QStringLiteral("€2,400.00")});
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overdue"))->text(), QStringLiteral("€2,400.00"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overdueDetail"))->text(), QStringLiteral("1 invoice"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("bucket_61_90"))->text(), QStringLiteral("€2,400.00"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("overdueEmpty"))->isVisible());
        // Issue 17: one invoice made a DSO of "365 days". Too little history is said as such.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("dso"))->text(), QStringLiteral("—"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("dsoDetail"))->text(),
                 QStringLiteral("not enough history yet (3 invoices over 90 days)"));
        // The two rows of cards line up, column by column.
        for (const auto &[top, bottom] : {std::pair{"outstanding", "averageDaysLate"}, std::pair{"atRisk", "promisedThisWeek"},
                                          std::pair{"todaySteps", "disputed"}}) {
            const QWidget *a = window.findChild<QLabel *>(QString::fromLatin1(top))->parentWidget();
            const QWidget *b = window.findChild<QLabel *>(QString::fromLatin1(bottom))->parentWidget();
            QCOMPARE(a->x(), b->x());
            QCOMPARE(a->width(), b->width());
        }
    }

    // Each figure opens the list behind it: the Overdue card, a client among those who owe the
    // most, the Today card; the chart's data are read out to a screen reader.
    void dashboardFiguresClickThrough()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dashboard = window.dashboard();
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("overdue"))->text(), QStringLiteral("€12,663.38"));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("atRisk"))->text(), QStringLiteral("€5,643.38"));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("atRiskDetail"))->text(), QStringLiteral("4 invoices"));
        auto *overdueCard = dashboard->findChild<QWidget *>(QStringLiteral("overdueCard"));
        overdueCard->setFocus();
        QTest::keyClick(overdueCard, Qt::Key_Return);
        QVERIFY(window.invoices()->isVisible());
        QCOMPARE(window.invoices()->model()->query().filter, InvoiceQuery::Filter::Overdue);
        QCOMPARE(window.invoices()->model()->totalCount(), 9);

        window.showPage(MainWindow::DashboardPage);
        auto *clients = dashboard->findChild<QLabel *>(QStringLiteral("topClients"));
        QVERIFY(clients->text().startsWith(QStringLiteral("<a href=")));
        const QString link = clients->text().section(QLatin1Char('"'), 1, 1);
        emit clients->linkActivated(link);
        QCOMPARE(window.invoices()->model()->query().clientId, link.toLongLong());
        QCOMPARE(window.invoices()->model()->totalCount(), 3);  // Studio Graphique Nova's overdue ones

        window.showPage(MainWindow::DashboardPage);
        QTest::mouseClick(dashboard->findChild<QWidget *>(QStringLiteral("todayStepsCard")), Qt::LeftButton);
        QVERIFY(window.today()->isVisible());
        const QString chart = dashboard->monthsChart()->accessibleDescription();
        QVERIFY2(chart.startsWith(QStringLiteral("Dec: Invoiced ")), qPrintable(chart));
        QCOMPARE(chart.count(QStringLiteral("Collected")), 12);

        // Every other figure opens the list behind it, and that list holds what the figure says.
        const auto openCard = [&](const char *name) {
            window.showPage(MainWindow::DashboardPage);
            auto *card = dashboard->findChild<QWidget *>(QString::fromLatin1(name) + QStringLiteral("Card"));
            QVERIFY2(card, name);
            QTest::mouseClick(card, Qt::LeftButton);
        };
        const auto detail = [&](const char *name) {
            return dashboard->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Detail"))->text();
        };
        const auto listed = [&] { return window.invoices()->model()->totalCount(); };
        const auto counted = [&](const char *name) { return detail(name).section(QLatin1Char(' '), 0, 0).toInt(); };
        using F = InvoiceQuery::Filter;
        openCard("atRisk");
        QCOMPARE(window.invoices()->model()->query().filter, F::AtRisk);
        QCOMPARE(listed(), counted("atRisk"));
        openCard("promisedThisWeek");
        QCOMPARE(window.invoices()->model()->query().filter, F::PromisedThisWeek);
        QCOMPARE(listed(), 1);
        QCOMPARE(counted("promisedThisWeek"), 1);
        openCard("disputed");
        QCOMPARE(window.invoices()->model()->query().filter, F::Disputed);
        QCOMPARE(listed(), counted("disputed"));
        openCard("plans");
        QCOMPARE(window.invoices()->model()->query().filter, F::InPlan);
        QCOMPARE(window.invoices()->model()->totalCount(), 2);  // one invoice in each active plan
        // A bucket's name opens that bucket.
        window.showPage(MainWindow::DashboardPage);
        QLabel *bucket = nullptr;
        for (QLabel *label : dashboard->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("61–90 days late</a>")))
                bucket = label;
        QVERIFY(bucket);
        emit bucket->linkActivated(bucket->text().section(QLatin1Char('"'), 1, 1));
        QCOMPARE(window.invoices()->model()->query().filter, F::Late61To90);
        QCOMPARE(window.invoices()->model()->totalCount(), 1);

        // Collected this month: the payments received, adding up to the figure.
        const QString collected = dashboard->findChild<QLabel *>(QStringLiteral("collected"))->text();
        openCard("collected");
        auto *payments = window.findChild<PaymentListDialog *>();
        QVERIFY(payments);
        QVERIFY(QTest::qWaitForWindowExposed(payments));
        QAbstractItemModelTester tester(payments->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(payments->findChild<QLabel *>(QStringLiteral("monthTitle"))->text(), QStringLiteral("November 2026"));
        QCOMPARE(collected, QStringLiteral("€2,820.00"));
        QCOMPARE(payments->total()->text(),
                 QStringLiteral("1 payment, €2,820.00 in all (credit notes are not counted)."));
        QCOMPARE(payments->model()->rowCount(), 1);
        const auto cell = [&](int column) { return payments->model()->index(0, column).data().toString(); };
        QCOMPARE((QStringList{cell(0), cell(1), cell(2), cell(3), cell(4), cell(5)}),
                 (QStringList{QStringLiteral("18 Nov 2026"), QStringLiteral("Hôtel du Port"),
                              QStringLiteral("€2,820.00"), QStringLiteral("Bank transfer"),
                              QStringLiteral("VIR HÔTEL DU PORT F-2026-042"), QStringLiteral("F-2026-042")}));
        // Nothing is received in the future; a month back holds October's payments.
        auto *next = payments->findChild<QPushButton *>(QStringLiteral("nextMonth"));
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(payments->findChild<QPushButton *>(QStringLiteral("previousMonth")), Qt::LeftButton);
        QCOMPARE(payments->findChild<QLabel *>(QStringLiteral("monthTitle"))->text(), QStringLiteral("October 2026"));
        QVERIFY(next->isEnabled());
        QCOMPARE(payments->total()->text(),
                 QStringLiteral("5 payments, €7,232.62 in all (credit notes are not counted)."));
        QVERIFY2(chart.contains(QStringLiteral("Collected €7,232.62")), qPrintable(chart));  // October's bar
        payments->close();
    }

    // Edit ▸ Undo takes back an invoice edit, and the invoice creation before it; Redo brings
    // both back, and the dashboard follows each time.
    void undoAndRedoAnInvoiceEdit()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Studio Nova"));
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 22));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(!undo->isEnabled());

        InvoiceDialog create(window.context(), 0, &window);
        auto *clients = create.findChild<QComboBox *>(QStringLiteral("client"));
        clients->setCurrentIndex(clients->findData(client));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("number")), QStringLiteral("F-2026-077"));
        create.findChild<DateField *>(QStringLiteral("issued"))->setDate(QDate(2026, 8, 1));
        create.findChild<DateField *>(QStringLiteral("due"))->setDate(QDate(2026, 8, 31));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("amountExcl")), QStringLiteral("2000"));
        create.accept();
        const qint64 id = InvoiceRepository(window.context().db()).findByNumber(QStringLiteral("F-2026-077"))->id;

        InvoiceDialog edit(window.context(), id, &window);
        auto *amount = edit.findChild<QLineEdit *>(QStringLiteral("amountIncl"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("3000"));
        edit.accept();
        const auto total = [&] {
            const auto inv = InvoiceRepository(window.context().db()).findById(id);
            return inv ? inv->amountInclCents : -1;
        };
        QCOMPARE(total(), 300000);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo: Changes to invoice F-2026-077"));

        undo->trigger();
        QCOMPARE(total(), 240000);
        QCOMPARE(undo->text(), QStringLiteral("&Undo: New invoice F-2026-077"));
        QCOMPARE(redo->text(), QStringLiteral("&Redo: Changes to invoice F-2026-077"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overdue"))->text(), QStringLiteral("€2,400.00"));
        undo->trigger();
        QCOMPARE(total(), -1);  // the invoice was never there
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overdue"))->text(), QStringLiteral("€0.00"));
        QVERIFY(!undo->isEnabled());
        redo->trigger();
        redo->trigger();
        QCOMPARE(total(), 300000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overdue"))->text(), QStringLiteral("€3,000.00"));
        QVERIFY(!redo->isEnabled());
    }

    // The tool bar's search finds an invoice by client or amount from any page; the widths given
    // to the list's columns come back in the next window.
    void globalSearchAndRememberedColumns()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        {
            MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *search = window.findChild<QLineEdit *>(QStringLiteral("globalSearch"));
            QTest::keyClicks(search, QStringLiteral("Librairie"));
            QTest::keyClick(search, Qt::Key_Return);
            QVERIFY(window.invoices()->isVisible());
            QCOMPARE(window.invoices()->searchField()->text(), QStringLiteral("Librairie"));
            QVERIFY(window.invoices()->model()->totalCount() > 0);
            for (int r = 0; r < window.invoices()->model()->rowCount(); ++r)
                QCOMPARE(window.invoices()->model()->index(r, InvoiceTableModel::Client).data().toString(),
                         QStringLiteral("Librairie Le Passage"));
            search->clear();
            QTest::keyClicks(search, QStringLiteral("960,00"));
            QTest::keyClick(search, Qt::Key_Return);
            QCOMPARE(window.invoices()->model()->index(0, InvoiceTableModel::Number).data().toString(),
                     QStringLiteral("F-2026-043"));
            // The user drags the Client column's right edge to 333 pixels.
            QHeaderView *header = window.invoices()->table()->horizontalHeader();
            const int edge = header->sectionViewportPosition(InvoiceTableModel::Client) +
                             header->sectionSize(InvoiceTableModel::Client) - 1;
            const int y = header->height() / 2;
            const int target = edge + 333 - header->sectionSize(InvoiceTableModel::Client);
            QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
            QMouseEvent move(QEvent::MouseMove, QPointF(target, y), header->viewport()->mapToGlobal(QPointF(target, y)),
                             Qt::NoButton, Qt::LeftButton, {});
            QCoreApplication::sendEvent(header->viewport(), &move);
            QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(target, y));
            QCOMPARE(header->sectionSize(InvoiceTableModel::Client), 333);
        }
        {
            MainWindow again(test::openDatabase(t.path()), QDate(2026, 11, 23));
            QCOMPARE(again.invoices()->table()->horizontalHeader()->sectionSize(InvoiceTableModel::Client), 333);
            // Edit ▸ Preferences gives the lists their default widths back (the other tests
            // start from them too).
            PreferencesDialog preferences(&again);
            QTest::mouseClick(preferences.findChild<QPushButton *>(QStringLiteral("forgetColumnWidths")),
                              Qt::LeftButton);
            preferences.reject();  // the reset does not wait for OK
        }
        MainWindow fresh(test::openDatabase(t.path()), QDate(2026, 11, 23));
        const int defaultWidth = fresh.invoices()->table()->horizontalHeader()->sectionSize(InvoiceTableModel::Client);
        QVERIFY2(defaultWidth != 333 && defaultWidth > 50, qPrintable(QString::number(defaultWidth)));
    }

    // Preferences: the language takes effect at the next start (and says so), the window opens
    // on the page chosen; Cancel keeps everything as it was.
    void preferences()
    {
        test::TempDatabase t;
        {
            PreferencesDialog dialog;
            auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
            QCOMPARE(language->currentIndex(), 0);
            QCOMPARE(language->currentText(), QStringLiteral("As the system"));  // LANG=C names no language
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
            QVERIFY(note->isHidden());
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            QVERIFY(!note->isHidden());
            QCOMPARE(language->currentText(), QStringLiteral("Français"));
            auto *start = dialog.findChild<QComboBox *>(QStringLiteral("startPage"));
            start->setCurrentIndex(start->findData(int(AppSettings::StartPage::Today)));
            dialog.reject();
        }
        QCOMPARE(AppSettings::language(), QString());
        QCOMPARE(AppSettings::startPage(), AppSettings::StartPage::Dashboard);
        {
            PreferencesDialog dialog;
            auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            auto *start = dialog.findChild<QComboBox *>(QStringLiteral("startPage"));
            start->setCurrentIndex(start->findData(int(AppSettings::StartPage::Today)));
            dialog.accept();
        }
        QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
        QCOMPARE(AppSettings::interfaceLocale().language(), QLocale::French);
        {
            MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.today()->isVisible());
        }
        AppSettings::setLanguage({});
        AppSettings::setStartPage(AppSettings::StartPage::Dashboard);
        QCOMPARE(AppSettings::interfaceLocale(), QLocale());
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.dashboard()->isVisible());
    }

    void openingAnotherDatabaseShowsItsData()
    {
        QTemporaryDir dir;
        MainWindow window(test::openDatabase(dir.filePath(QStringLiteral("empty.sqlite"))), QDate(2026, 11, 22));
        QCOMPARE(window.invoices()->model()->totalCount(), 0);
        test::TempDatabase other;
        QVERIFY(DemoData::populate(other.db(), QDate(2026, 11, 23)).ok());
        QVERIFY(window.openDatabaseFile(other.path()));
        QCOMPARE(window.invoices()->model()->totalCount(), InvoiceRepository(other.db()).countAll());
        QCOMPARE(window.clients()->model()->rowCount(), 12);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("outstanding"))->text() != QStringLiteral("€0.00"));
        QCOMPARE(window.windowFilePath(), QFileInfo(other.path()).absoluteFilePath());
        // The next launch without --db opens this book again; a book since deleted falls back to
        // the default one.
        QCOMPARE(AppSettings::lastDatabase(), QFileInfo(other.path()).absoluteFilePath());
        AppSettings::setLastDatabase(dir.filePath(QStringLiteral("gone.sqlite")));
        QCOMPARE(AppSettings::lastDatabase(), Database::defaultPath());
    }

    void aNewDayRecomputesLateness()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), c, QDate(2026, 10, 1), QDate(2026, 11, 22), 10000);
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 22));
        QCOMPARE(window.dashboard()->overdueTable()->model()->rowCount(), 0);  // due today: not late
        window.context().setToday(QDate(2026, 11, 23));
        QCOMPARE(column(window.dashboard()->overdueTable(), InvoiceTableModel::Late),
                 QStringList{QStringLiteral("1 day late")});
    }

    void searchAndFilterTheInvoiceList()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 22));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence::Find);  // Ctrl+F goes to the invoice search
        InvoiceListView *list = window.invoices();
        QVERIFY(list->isVisible());
        QCOMPARE(QApplication::focusWidget(), list->searchField());
        QTest::keyClicks(list->searchField(), QStringLiteral("Nova"));
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QVERIFY(list->model()->totalCount() > 0);
        for (const QString &name : column(list->table(), InvoiceTableModel::Client))
            QCOMPARE(name, QStringLiteral("Studio Graphique Nova"));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(InvoiceQuery::Filter::Overdue)));
        for (const QString &s : column(list->table(), InvoiceTableModel::Status))
            QVERIFY2(s.startsWith(QStringLiteral("Overdue")), qPrintable(s));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("invoiceCount"))->text(),
                 QStringLiteral("%1 invoices").arg(list->model()->totalCount()));
    }

    // Issue 17: "berenice" found nothing, "Bérénice" did. Typed without accents or capitals,
    // client names are found; amounts typed either way too.
    void searchIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("client");
        QTest::newRow("no accent") << "hotel du port" << "Hôtel du Port";
        QTest::newRow("capitals, no accent") << "TROIS CHENES" << "Domaine des Trois Chênes";
        QTest::newRow("with the accent") << "Chênes" << "Domaine des Trois Chênes";
        QTest::newRow("lumiere") << "lumiere" << "Atelier Lumière";
        // Amounts: the invoice of that total is among those found (another one has it as balance).
        QTest::newRow("amount with a comma") << "960,00" << "F-2026-043";
        QTest::newRow("amount with a point") << "960.00" << "F-2026-043";
        QTest::newRow("amount alone") << "960" << "F-2026-043";
    }
    void searchIgnoresAccentsAndCase()
    {
        QFETCH(QString, typed);
        QFETCH(QString, client);
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence::Find);
        InvoiceListView *list = window.invoices();
        if (typed.contains(QChar(u'ê')))
            list->searchField()->insert(typed);  // as an input method commits it
        else
            QTest::keyClicks(list->searchField(), typed);
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QVERIFY2(list->model()->totalCount() > 0, qPrintable(typed));
        if (typed.front().isDigit()) {
            QVERIFY(column(list->table(), InvoiceTableModel::Number).contains(client));
            return;
        }
        for (const QString &name : column(list->table(), InvoiceTableModel::Client))
            QCOMPARE(name, client);

        window.showPage(MainWindow::ClientsPage);
        auto *clientSearch = window.clients()->findChild<QLineEdit *>(QStringLiteral("clientSearch"));
        QVERIFY(clientSearch);
        {
            clientSearch->setText(typed);
            QTRY_COMPARE(window.clients()->findChild<QTableView *>()->model()->rowCount(), 1);
            QCOMPARE(window.clients()->findChild<QTableView *>()->model()->index(0, 0).data().toString(), client);
        }
    }

    // Issue 17: "En retard, partielleme…", "124 jours de r…", the Risk column off-screen, with
    // room to spare. On a 1280×800 laptop in French, no page cuts a text it has room for.
    void noTextIsCutWithRoomToSpare()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        {
            test::TempDatabase t;
            QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
            MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 23));
            window.resize(1280, 770);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const auto check = [](QAbstractItemView *view, const QString &what) {
                QTest::qWait(50);  // the columns are fitted once the rows are in
                const QStringList cut = test::elidedWithRoomToSpare(view);
                QVERIFY2(cut.isEmpty(), qPrintable(what + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
            };
            window.showPage(MainWindow::DashboardPage);
            check(window.dashboard()->overdueTable(), QStringLiteral("Dashboard"));
            window.showPage(MainWindow::TodayPage);
            check(window.today()->tree(), QStringLiteral("Today"));
            window.showPage(MainWindow::InvoicesPage);
            check(window.invoices()->table(), QStringLiteral("Invoices"));
            window.showPage(MainWindow::ClientsPage);
            check(window.clients()->findChild<QTableView *>(), QStringLiteral("Clients"));

            const qint64 id = InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-2026-043"))->id;
            InvoiceDialog editor(window.context(), id, &window);
            editor.resize(900, 640);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("invoiceTabs"));
            tabs->setCurrentIndex(3);
            check(editor.findChild<TimelineView *>()->findChild<QTableView *>(), QStringLiteral("History"));
        }
        QLocale::setDefault(before);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    // Writes a picture of each main view, to look at and for the README.
    void screenshotsOfTheMainViews()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        MainWindow window(test::openDatabase(t.path()), QDate(2026, 11, 22));
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDir().mkpath(QStringLiteral(RELANCE_SCREENSHOT_DIR));
        const QList<QPair<MainWindow::Page, QString>> pages{{MainWindow::DashboardPage, QStringLiteral("dashboard")},
                                                            {MainWindow::InvoicesPage, QStringLiteral("invoices")},
                                                            {MainWindow::ClientsPage, QStringLiteral("clients")}};
        for (const auto &[page, name] : pages) {
            window.showPage(page);
            QCoreApplication::processEvents();
            const QString file = QStringLiteral(RELANCE_SCREENSHOT_DIR "/%1.png").arg(name);
            QVERIFY(window.grab().save(file));
            QVERIFY(QFileInfo(file).size() > 10000);
        }
        // The dashboard in a dark theme: colours come from the palette.
        {
            const QPalette light = QApplication::palette();
            const QPalette dark = test::darkPalette();
            QApplication::setPalette(dark);
            window.showPage(MainWindow::DashboardPage);
            QCoreApplication::processEvents();  // the rows rebuilt for the new palette show
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/dashboard-dark.png")));
            QApplication::setPalette(light);
        }
        // The editors, on the demo's partly paid invoice.
        const auto partlyPaid = [&] {
            InvoiceQuery q;
            q.filter = InvoiceQuery::Filter::PartlyPaid;
            return InvoiceRepository(t.db()).page(q, std::nullopt, 1).rows.value(0);
        }();
        QVERIFY(partlyPaid.id > 0);
        InvoiceDialog invoice(window.context(), partlyPaid.id, &window);
        invoice.show();
        QVERIFY(QTest::qWaitForWindowExposed(&invoice));
        QVERIFY(invoice.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoice-editor.png")));
        PaymentDialog payment(window.context(), partlyPaid.id, &window);
        payment.show();
        QVERIFY(QTest::qWaitForWindowExposed(&payment));
        QVERIFY(payment.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/payment-editor.png")));
        IssuerDialog issuer(window.context(), &window);
        issuer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&issuer));
        QVERIFY(issuer.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/issuer-editor.png")));
        PaymentListDialog payments(window.context(), QDate(2026, 10, 1), QStringLiteral("EUR"), &window);
        payments.show();
        QVERIFY(QTest::qWaitForWindowExposed(&payments));
        QVERIFY(payments.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/payments-received.png")));
        PreferencesDialog preferences(&window);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        QVERIFY(preferences.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/preferences.png")));
        // The list behind the "At risk" figure.
        window.invoices()->showFiltered(int(InvoiceQuery::Filter::AtRisk));
        window.showPage(MainWindow::InvoicesPage);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(RELANCE_SCREENSHOT_DIR "/invoices-at-risk.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
