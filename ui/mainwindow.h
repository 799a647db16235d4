#pragma once

#include "dialogs/firstrunwizard.h"
#include "storage/database.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace relance {
class Database;
}

namespace relance::ui {

class AppContext;
class BankView;
class ClientListView;
class DashboardView;
class InvoiceListView;
class TodayView;

// The main window: a navigation list (dashboard, today, invoices, clients) beside the current view,
// with menus, a tool bar and keyboard shortcuts for the frequent actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardPage, TodayPage, InvoicesPage, ClientsPage, BankPage };

    MainWindow(std::unique_ptr<Database> db, const QDate &today, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() const { return *m_context; }
    DashboardView *dashboard() const { return m_dashboard; }
    TodayView *today() const { return m_today; }
    InvoiceListView *invoices() const { return m_invoices; }
    ClientListView *clients() const { return m_clients; }
    BankView *bank() const { return m_bank; }
    void showPage(Page page);
    // After the first-run wizard: Today, then the way in the user chose (a first invoice, a CSV
    // file, e-invoices).
    void startWith(FirstRunWizard::FirstStep step);
    // The demo book beside the open one (relance-demo.sqlite), filled on first use, then opened.
    bool openDemoBook();

public slots:
    void newInvoice();
    void newClient();
    void recordPayment();
    void editInvoice(qint64 invoiceId);
    // The payments received this month (a window beside the main one; browse by month).
    void showPayments(const QString &currency);
    void editClient(qint64 clientId);
    // Where the user stands with a client: its invoices, payments, letters, agreements, contact
    // and history, and its statement of account.
    void showClientSheet(qint64 clientId);
    void editIssuer();
    void editCollectionSettings();
    void openDatabase();
    // Opens another database file in place of the current one; on failure says why and keeps
    // the current one open. Returns whether the switch happened. `mode`: Existing when the user
    // chose a file to open (a vanished one is not silently replaced by an empty book).
    bool openDatabaseFile(const QString &path, Database::Mode mode = Database::Mode::Create);
    void newDatabase();
    void importInvoices();
    void importEInvoices();
    // Reads the e-invoices (all or none) and says what came in; false when refused.
    bool importEInvoiceFiles(const QStringList &paths);
    void importBankStatements();
    void exportData(int kind);  // an ExportKind
    void backUp();
    void restoreBackup();
    // Puts the backup in place of the open database and reopens it; false (and the book as it
    // was) when refused.
    bool restoreBackupFile(const QString &path);
    void about();

private:
    void createActions();
    void updateStatus();
    // Resolves what an interruption left among the book's files, and says so in the status bar.
    void sweepStrays();

    std::unique_ptr<Database> m_db;
    AppContext *m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardView *m_dashboard;
    TodayView *m_today;
    InvoiceListView *m_invoices;
    ClientListView *m_clients;
    BankView *m_bank;
    QLabel *m_statusDb;
};

}  // namespace relance::ui
