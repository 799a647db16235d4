#include "mainwindow.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "appsettings.h"
#include "dialogs/clientdialog.h"
#include "dialogs/clientsheetdialog.h"
#include "dialogs/collectionsettingsdialog.h"
#include "dialogs/csvimportwizard.h"
#include "dialogs/helpdialog.h"
#include "dialogs/invoicedialog.h"
#include "dialogs/issuerdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/paymentlistdialog.h"
#include "dialogs/preferencesdialog.h"
#include "screenfit.h"
#include "services/backupservice.h"
#include "services/booksweep.h"
#include "services/demodata.h"
#include "services/einvoiceimportservice.h"
#include "services/exportservice.h"
#include "services/letterservice.h"
#include "services/outputpath.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/privatefiles.h"
#include "undohistory.h"
#include "views/bankview.h"
#include "views/clientlistview.h"
#include "views/dashboardview.h"
#include "views/invoicelistview.h"
#include "views/todayview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>

namespace relance::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, const QDate &today, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Relance"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relance.svg")));
    m_context = new AppContext(*m_db, today, this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/today.svg")), tr("Today")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/invoices.svg")), tr("Invoices")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/clients.svg")), tr("Clients")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/bank.svg")), tr("Bank")));
    m_navigation->setSpacing(2);
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);

    m_pages = new QStackedWidget(this);
    m_dashboard = new DashboardView(*m_context, this);
    m_invoices = new InvoiceListView(*m_context, this);
    m_clients = new ClientListView(*m_context, this);
    m_today = new TodayView(*m_context, this);
    m_bank = new BankView(*m_context, this);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_invoices);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_bank);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_dashboard, &DashboardView::invoiceActivated, this, &MainWindow::editInvoice);
    connect(m_dashboard, &DashboardView::invoicesRequested, this, [this](int filter, qint64 clientId) {
        m_invoices->showFiltered(filter, clientId);
        showPage(InvoicesPage);
    });
    connect(m_dashboard, &DashboardView::todayRequested, this, [this] { showPage(TodayPage); });
    connect(m_dashboard, &DashboardView::paymentsRequested, this, &MainWindow::showPayments);
    connect(m_today, &TodayView::invoiceActivated, this, &MainWindow::editInvoice);
    connect(m_invoices, &InvoiceListView::invoiceActivated, this, &MainWindow::editInvoice);
    connect(m_clients, &ClientListView::clientActivated, this, &MainWindow::showClientSheet);
    connect(m_context, &AppContext::dataChanged, this, &MainWindow::updateStatus);
    connect(&m_context->undo(), &UndoHistory::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Undo"), tr("This step cannot be undone: %1").arg(message));
    });

    m_statusDb = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusDb);
    createActions();
    updateStatus();
    showPage(AppSettings::startPage() == AppSettings::StartPage::Today ? TodayPage : DashboardPage);

    if (!restoreGeometry(AppSettings::windowGeometry()))
        resizeToFit(this, QSize(1200, 760));
    AppSettings::setLastDatabase(m_db->path());
    sweepStrays();
}

void MainWindow::sweepStrays()
{
    const QString swept = sweepBook(*m_db, LetterService::defaultArchiveDirectory(m_db->path()));
    if (!swept.isEmpty())
        statusBar()->showMessage(tr("After an interruption: %1.").arg(swept), 30000);
}

MainWindow::~MainWindow() { AppSettings::setWindowGeometry(saveGeometry()); }

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        a->setShortcut(shortcut);
        if (!shortcut.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        shortcut.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *openDb = action(tr("&Open database…"), {}, QKeySequence::Open, &MainWindow::openDatabase);
    QAction *newDb = action(tr("&New database…"), {}, QKeySequence(), &MainWindow::newDatabase);
    QAction *quit = action(tr("&Quit"), {}, QKeySequence::Quit, &QWidget::close);
    QAction *newInvoice = action(tr("New &invoice…"), QStringLiteral(":/icons/invoice-new.svg"),
                                 QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newInvoice);
    newInvoice->setObjectName(QStringLiteral("actionNewInvoice"));
    QAction *pay = action(tr("Record a &payment…"), QStringLiteral(":/icons/payment.svg"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::recordPayment);
    pay->setObjectName(QStringLiteral("actionRecordPayment"));
    QAction *newClient = action(tr("New &client…"), QStringLiteral(":/icons/client-new.svg"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newClient);
    newClient->setObjectName(QStringLiteral("actionNewClient"));
    QAction *find = action(tr("&Find…"), {}, QKeySequence::Find, [this] {
        if (m_pages->currentWidget() == m_clients) {
            m_clients->focusSearch();
        } else {
            showPage(InvoicesPage);
            m_invoices->focusSearch();
        }
    });
    QAction *refresh = action(tr("&Refresh"), {}, QKeySequence::Refresh, [this] { m_context->notifyDataChanged(); });
    QAction *goDashboard =
        action(tr("&Dashboard"), {}, QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(DashboardPage); });
    QAction *goToday = action(tr("&Today"), {}, QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showPage(TodayPage); });
    QAction *goInvoices =
        action(tr("&Invoices"), {}, QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showPage(InvoicesPage); });
    QAction *goClients =
        action(tr("&Clients"), {}, QKeySequence(Qt::CTRL | Qt::Key_4), [this] { showPage(ClientsPage); });
    QAction *goBank = action(tr("&Bank"), {}, QKeySequence(Qt::CTRL | Qt::Key_5), [this] { showPage(BankPage); });
    QAction *importCsv = action(tr("Import &invoices from a CSV file…"), {}, QKeySequence(Qt::CTRL | Qt::Key_I),
                                &MainWindow::importInvoices);
    importCsv->setObjectName(QStringLiteral("actionImportInvoices"));
    QAction *importEInvoices =
        action(tr("Import &e-invoices (Factur-X, UBL)…"), {}, QKeySequence(), &MainWindow::importEInvoices);
    importEInvoices->setObjectName(QStringLiteral("actionImportEInvoices"));
    QAction *importBank = action(tr("Import a &bank statement…"), QStringLiteral(":/icons/bank.svg"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::importBankStatements);
    importBank->setObjectName(QStringLiteral("actionImportBank"));
    QAction *backUp = action(tr("&Back up…"), {}, QKeySequence(), &MainWindow::backUp);
    backUp->setObjectName(QStringLiteral("actionBackUp"));
    QAction *restore = action(tr("&Restore a backup…"), {}, QKeySequence(), &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("actionRestore"));
    QAction *markDone = action(tr("&Mark the selected step done…"), QStringLiteral(":/icons/action-done.svg"),
                               QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
                                   showPage(TodayPage);
                                   m_today->markDone();
                               });
    markDone->setObjectName(QStringLiteral("actionMarkDone"));
    QAction *writeLetter =
        action(tr("&Write the selected step's letter…"), {}, QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
            showPage(TodayPage);
            m_today->writeLetter();
        });
    writeLetter->setObjectName(QStringLiteral("actionWriteLetter"));
    QAction *writeAll =
        action(tr("Write all today's &letters…"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] {
            showPage(TodayPage);
            m_today->writeDueLettersToChosenFolder();
        });
    writeAll->setObjectName(QStringLiteral("actionWriteDueLetters"));
    QAction *settings = action(tr("Collection &settings…"), QStringLiteral(":/icons/settings.svg"),
                               QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::editCollectionSettings);
    settings->setObjectName(QStringLiteral("actionCollectionSettings"));
    QAction *about = action(tr("&About Relance"), {}, QKeySequence(), &MainWindow::about);
    QAction *guide = action(tr("Relance &user guide"), {}, QKeySequence::HelpContents, [this] {
        auto *help = new HelpDialog(this);
        help->setAttribute(Qt::WA_DeleteOnClose);
        help->show();  // beside the window, not in the way of what it explains
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    QAction *payments =
        action(tr("Payments &received…"), {}, QKeySequence(), [this] { showPayments(QStringLiteral("EUR")); });
    payments->setObjectName(QStringLiteral("actionPayments"));
    QAction *aboutQt = action(tr("About &Qt"), {}, QKeySequence(), [] { QApplication::aboutQt(); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(openDb);
    file->addAction(newDb);
    file->addSeparator();
    file->addActions({importCsv, importEInvoices, importBank});
    QMenu *exports = file->addMenu(tr("E&xport"));
    exports->addAction(tr("&Invoices…"), this, [this] { exportData(int(ExportKind::Invoices)); });
    exports->addAction(tr("&Payments…"), this, [this] { exportData(int(ExportKind::Payments)); });
    exports->addAction(tr("&Actions and letters…"), this, [this] { exportData(int(ExportKind::Actions)); });
    file->addSeparator();
    file->addActions({backUp, restore});
    file->addSeparator();
    file->addAction(quit);
    QAction *issuer = action(tr("Your &company…"), {}, QKeySequence(), &MainWindow::editIssuer);
    issuer->setObjectName(QStringLiteral("actionIssuer"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // "Undo: Assigning the credit…" ("Annuler : Affectation du crédit…"): QUndoStack's own
    // actions glue the step's name to the verb, which French does not read.
    QUndoStack *stack = m_context->undo().stack();
    QAction *undo = new QAction(tr("&Undo"), this);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = new QAction(tr("&Redo"), this);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(issuer);
    edit->addAction(settings);
    QAction *preferences = action(tr("&Preferences…"), {}, QKeySequence(), [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    edit->addAction(preferences);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({goDashboard, goToday, goInvoices, goClients, goBank});
    view->addSeparator();
    view->addAction(refresh);
    QMenu *invoice = menuBar()->addMenu(tr("&Invoice"));
    invoice->addActions({newInvoice, pay, payments});
    invoice->addSeparator();
    invoice->addActions({markDone, writeLetter, writeAll});
    QMenu *client = menuBar()->addMenu(tr("&Client"));
    client->addAction(newClient);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(guide);
    help->addSeparator();
    help->addActions({about, aboutQt});

    QToolBar *tools = addToolBar(tr("Main tool bar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addActions({newInvoice, pay, newClient});
    // Search the whole book from anywhere: an invoice number, a client's name or an amount.
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    auto *search = new QLineEdit(tools);
    search->setObjectName(QStringLiteral("globalSearch"));
    search->setPlaceholderText(tr("Search: invoice number, client or amount"));
    search->setAccessibleName(tr("Search the invoices"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(280);
    search->setMaximumWidth(360);
    tools->addWidget(search);
    connect(search, &QLineEdit::returnPressed, this, [this, search] {
        m_invoices->searchFor(search->text().trimmed());
        showPage(InvoicesPage);
    });
}

void MainWindow::showPage(Page page) { m_navigation->setCurrentRow(page); }

void MainWindow::startWith(FirstRunWizard::FirstStep step)
{
    showPage(TodayPage);
    switch (step) {
    case FirstRunWizard::FirstStep::Today: break;
    case FirstRunWizard::FirstStep::FirstInvoice: newInvoice(); break;
    case FirstRunWizard::FirstStep::CsvImport: importInvoices(); break;
    case FirstRunWizard::FirstStep::EInvoices: importEInvoices(); break;
    case FirstRunWizard::FirstStep::DemoBook: openDemoBook(); break;
    }
}

bool MainWindow::openDemoBook()
{
    const QString ownBook = m_db->path();
    const QString path = QFileInfo(ownBook).dir().filePath(QStringLiteral("relance-demo.sqlite"));
    if (!openDatabaseFile(path))
        return false;
    if (InvoiceRepository(*m_db).countAll() == 0) {
        if (const Status filled = DemoData::populate(*m_db, m_context->today()); !filled) {
            QMessageBox::warning(this, tr("Demo data"), filled.error().describe());
            return false;
        }
        m_context->notifyDataChanged();
    }
    statusBar()->showMessage(
        tr("This is the demo book. Your own book stays as it was: %1 (File ▸ Open database).").arg(ownBook));
    return true;
}

void MainWindow::newInvoice()
{
    InvoiceDialog dialog(*m_context, 0, this);
    dialog.exec();
}

void MainWindow::newClient()
{
    ClientDialog dialog(*m_context, 0, this);
    dialog.exec();
}

void MainWindow::recordPayment()
{
    const qint64 current = m_pages->currentWidget() == m_invoices ? m_invoices->currentInvoiceId() : 0;
    PaymentDialog dialog(*m_context, current, this);
    dialog.exec();
}

void MainWindow::showPayments(const QString &currency)
{
    // Beside the window, so that the invoices it settles can be opened from it.
    auto *list = new PaymentListDialog(*m_context, m_context->today(), currency, this);
    list->setAttribute(Qt::WA_DeleteOnClose);
    connect(list, &PaymentListDialog::invoiceActivated, this, &MainWindow::editInvoice);
    list->show();
}

void MainWindow::editInvoice(qint64 invoiceId)
{
    if (invoiceId <= 0)
        return;
    InvoiceDialog dialog(*m_context, invoiceId, this);
    dialog.exec();
}

void MainWindow::editClient(qint64 clientId)
{
    if (clientId <= 0)
        return;
    ClientDialog dialog(*m_context, clientId, this);
    dialog.exec();
}

void MainWindow::showClientSheet(qint64 clientId)
{
    if (clientId <= 0)
        return;
    ClientSheetDialog sheet(*m_context, clientId, this);
    connect(&sheet, &ClientSheetDialog::invoiceActivated, this, &MainWindow::editInvoice);
    connect(&sheet, &ClientSheetDialog::editClientRequested, this, &MainWindow::editClient);
    sheet.exec();
}

void MainWindow::editIssuer()
{
    IssuerDialog dialog(*m_context, this);
    dialog.exec();
}

void MainWindow::editCollectionSettings()
{
    CollectionSettingsDialog dialog(*m_context, this);
    dialog.exec();
}

void MainWindow::openDatabase()
{
    const QString path =
        openFileName(this, tr("Open a Relance database"), QFileInfo(m_db->path()).path(),
                                     tr("Relance databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path, Database::Mode::Existing);
}

void MainWindow::newDatabase()
{
    const QString path = saveFileName(this, tr("New Relance database"), QFileInfo(m_db->path()).path(),
                                                      tr("Relance databases (*.sqlite)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

bool MainWindow::openDatabaseFile(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, mode);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the database"),
                             tr("%1\n\nThe database that was open stays open.").arg(opened.error().describe()));
        return false;
    }
    std::unique_ptr<Database> previous = std::move(m_db);
    m_db = std::move(opened).value();
    m_context->setDatabase(*m_db);  // views reload from the new file before the old one closes
    AppSettings::setLastDatabase(path);
    updateStatus();
    sweepStrays();
    return true;
}

void MainWindow::importInvoices()
{
    CsvImportWizard wizard(*m_context, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportReport &report = wizard.report();
    statusBar()->showMessage(tr("%n invoice(s) imported", "", report.added) + QStringLiteral(", ") +
                                 tr("%n new client(s).", "", report.clientsCreated),
                             10000);
    if (!report.clientsWithoutAddress.isEmpty())
        QMessageBox::information(
            this, tr("Clients without a postal address"),
            tr("%n of the new clients came without a postal address. E-mails reach them; paper letters wait until "
               "it is filled in on their card:",
               "", int(report.clientsWithoutAddress.size())) +
                QStringLiteral("\n\n") + report.clientsWithoutAddress.join(QLatin1Char('\n')));
}

void MainWindow::importEInvoices()
{
    const QStringList paths = openFileNames(
        this, tr("Import e-invoices"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("E-invoices (*.pdf *.xml);;All files (*)"));
    if (!paths.isEmpty())
        importEInvoiceFiles(paths);
}

bool MainWindow::importEInvoiceFiles(const QStringList &paths)
{
    const Result<QList<InputFile>> files = readImportFiles(paths, m_db->path(), true);
    const EInvoiceImportService service(*m_db, EInvoiceImportService::defaultDocumentsDirectory(m_db->path()));
    const Result<EInvoiceReport> report =
        files ? service.import(*files, m_context->today()) : Result<EInvoiceReport>(files.error());
    if (!report) {
        QMessageBox::warning(this, tr("Import e-invoices"),
                             tr("%1\n\nNothing was imported.").arg(report.error().describe()));
        return false;
    }
    m_context->notifyDataChanged();
    showPage(InvoicesPage);
    if (!report->notes.isEmpty())  // a prepaid part recorded, a self-billed invoice: worth a look
        QMessageBox::information(this, tr("Import e-invoices"), report->notes.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("%n invoice(s) imported", "", report->invoicesAdded) + QStringLiteral(", ") +
                                 tr("%n credit note(s) applied", "", report->creditNotesApplied) +
                                 QStringLiteral(", ") + tr("%n already there", "", report->unchanged) +
                                 QStringLiteral(", ") + tr("%n new client(s).", "", report->clientsCreated),
                             15000);
    return true;
}

void MainWindow::importBankStatements()
{
    showPage(BankPage);
    m_bank->importStatements();
}

void MainWindow::exportData(int kind)
{
    static const QStringList names{QStringLiteral("invoices"), QStringLiteral("payments"), QStringLiteral("actions")};
    const QString csvFilter = tr("CSV for a spreadsheet (*.csv)");
    QString filter = csvFilter;
    const QString path = saveFileName(
        this, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("relance-%1-%2.csv").arg(names.value(kind), m_context->today().toString(Qt::ISODate))),
        csvFilter + QStringLiteral(";;") + tr("JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || filter != csvFilter
                                    ? ExportFormat::Json
                                    : ExportFormat::Csv;
    if (Status s = checkOutputPath(path, m_db->path(), QStringLiteral("output")); !s) {
        QMessageBox::warning(this, tr("Export"), s.error().message);
        return;
    }
    const Result<QByteArray> bytes = ExportService(*m_db).exportAs(ExportKind(kind), format);
    const Status written = bytes ? files::writeAtomically(path, *bytes) : Status(bytes.error());
    if (!written) {
        QMessageBox::warning(this, tr("Export"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::backUp()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("relance-%1.relance-backup").arg(m_context->today().toString(Qt::ISODate)));
    const QString path =
        saveFileName(this, tr("Back up"), suggested, tr("Relance backups (*.relance-backup)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupReport> report = BackupService::backup(*m_db, path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Back up"), report.error().describe());
        return;
    }
    statusBar()->showMessage(
        tr("Backed up to %1 with %n letter(s) and document(s).", "", report->files).arg(QDir::toNativeSeparators(path)),
        10000);
}

void MainWindow::restoreBackup()
{
    const QString path = openFileName(
        this, tr("Restore a backup"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Relance backups (*.relance-backup);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Restore a backup"),
                              tr("Replace everything in %1 by the backup %2?\n\nThe current database and letters "
                                 "are kept beside it, with the suffix “.before-restore”.")
                                  .arg(QFileInfo(m_db->path()).fileName(), QFileInfo(path).fileName())) !=
        QMessageBox::Yes)
        return;
    restoreBackupFile(path);
}

bool MainWindow::restoreBackupFile(const QString &path)
{
    // The open file must be closed to be replaced: the views hold a scratch database meanwhile.
    const QString live = m_db->path();
    QTemporaryDir scratchDir;
    Result<std::unique_ptr<Database>> scratch = Database::open(scratchDir.filePath(QStringLiteral("scratch.sqlite")));
    if (!scratch) {
        QMessageBox::warning(this, tr("Restore a backup"), scratch.error().describe());
        return false;
    }
    std::unique_ptr<Database> holder = std::move(scratch).value();
    m_context->setDatabase(*holder);
    m_db.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupReport> report = BackupService::restore(path, live);
    QApplication::restoreOverrideCursor();
    Result<std::unique_ptr<Database>> reopened = Database::open(live);
    if (!reopened) {
        // Should not happen (the restore checked the file); keep a window that works.
        m_db = std::move(holder);
        m_context->setDatabase(*m_db);
        QMessageBox::critical(this, tr("Restore a backup"), reopened.error().describe());
        updateStatus();
        return false;
    }
    m_db = std::move(reopened).value();
    m_context->setDatabase(*m_db);
    updateStatus();
    if (!report) {
        QMessageBox::warning(this, tr("Restore a backup"),
                             tr("%1\n\nNothing was changed.").arg(report.error().describe()));
        return false;
    }
    statusBar()->showMessage(tr("Restored from %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::updateStatus()
{
    m_statusDb->setText(
        tr("Database: %1 — today: %2")
            .arg(QDir::toNativeSeparators(m_db->path()), QLocale().toString(m_context->today(), QLocale::ShortFormat)));
    setWindowFilePath(m_db->path());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Relance"),
                       tr("<h3>Relance %1</h3><p>Chase unpaid invoices: see what is overdue every morning, "
                          "and act on it.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QStringLiteral(RELANCE_VERSION)));
}

}  // namespace relance::ui
