#include "import/csvreader.h"
#include "services/backupservice.h"
#include "services/clientservice.h"
#include "services/exportservice.h"
#include "services/invoiceimportservice.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/privatefiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace relance;

// Export as CSV and JSON (exact cells, formula injection neutralised, an export that imports
// back), and backups that restore the database, letters and documents — or change nothing.
class TestExportBackup : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A small book: a client whose name would be a formula, a paid, an overpaid and an open
    // invoice, a payment over two invoices.
    static void fill(test::TempDatabase &t)
    {
        const qint64 evil = t.addClient(QStringLiteral("=HYPERLINK(\"http://x\",\"Clic\")"));
        const qint64 dumas = t.addClient(QStringLiteral("Garage Dumas, SARL"));
        const qint64 f1 = t.addInvoice(QStringLiteral("F-001"), dumas, {2026, 9, 1}, {2026, 10, 1}, 120000);
        const qint64 f2 = t.addInvoice(QStringLiteral("F-002"), dumas, {2026, 9, 5}, {2026, 10, 5}, 60000);
        const qint64 f3 = t.addInvoice(QStringLiteral("-F-003"), evil, {2026, 9, 9}, {2026, 10, 9}, 25000);
        Payment p;
        p.date = QDate(2026, 10, 3);
        p.amountCents = 150000;
        p.currency = QStringLiteral("EUR");
        p.method = QStringLiteral("transfer");
        p.bankReference = QStringLiteral("@SUM(A1)");
        p.allocations = {{f1, QStringLiteral("F-001"), 120000}, {f2, QStringLiteral("F-002"), 30000}};
        QVERIFY(PaymentService(t.db()).record(p).ok());
        t.pay(f3, {2026, 10, 9}, 30000);  // 50.00 too much
    }

private slots:
    void csvCellsAndFormulaInjection()
    {
        test::TempDatabase t;
        fill(t);
        const QByteArray csv = *ExportService(t.db()).exportAs(ExportKind::Invoices, ExportFormat::Csv);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("number,client,issue_date,due_date,service_date,currency,amount_excl,"
                                             "amount_incl,paid,balance,status,paused,notes,object"));
        QCOMPARE(lines.at(1), QStringLiteral("F-001,\"Garage Dumas, SARL\",2026-09-01,2026-10-01,,EUR,1000.00,1200.00,"
                                             "1200.00,0.00,paid,,,"));
        QCOMPARE(lines.at(2), QStringLiteral("F-002,\"Garage Dumas, SARL\",2026-09-05,2026-10-05,,EUR,500.00,600.00,"
                                             "300.00,300.00,partial,,,"));
        // The number and the name that would run as formulas are shown as text; the negative
        // balance Relance wrote stays a number.
        QCOMPARE(lines.at(3), QStringLiteral("'-F-003,\"'=HYPERLINK(\"\"http://x\"\",\"\"Clic\"\")\",2026-09-09,"
                                             "2026-10-09,,EUR,208.33,250.00,300.00,-50.00,overpaid,,,"));
        QCOMPARE(lines.size(), 5);  // and the final line break

        const QStringList payments =
            QString::fromUtf8(ExportService(t.db()).exportAs(ExportKind::Payments, ExportFormat::Csv)->mid(3))
                .split(QStringLiteral("\r\n"));
        QCOMPARE(payments.at(1), QStringLiteral("1,2026-10-03,1500.00,EUR,transfer,'@SUM(A1),F-001,\"Garage Dumas, "
                                                "SARL\",1200.00,"));
        QCOMPARE(payments.at(2), QStringLiteral("1,2026-10-03,1500.00,EUR,transfer,'@SUM(A1),F-002,\"Garage Dumas, "
                                                "SARL\",300.00,"));
        QCOMPARE(ExportService::neutralised(QStringLiteral("+33 6 12")), QStringLiteral("'+33 6 12"));
        QCOMPARE(ExportService::neutralised(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(ExportService::neutralised(QStringLiteral("Dumas")), QStringLiteral("Dumas"));
    }

    void jsonRows()
    {
        test::TempDatabase t;
        fill(t);
        const QJsonArray payments =
            QJsonDocument::fromJson(*ExportService(t.db()).exportAs(ExportKind::Payments, ExportFormat::Json)).array();
        QCOMPARE(payments.size(), 3);
        // JSON is for programs: nothing is prefixed there.
        QCOMPARE(payments.at(0)[QStringLiteral("reference")].toString(), QStringLiteral("@SUM(A1)"));
        QCOMPARE(payments.at(1)[QStringLiteral("allocated")].toString(), QStringLiteral("300.00"));
        QCOMPARE(payments.at(2)[QStringLiteral("invoice")].toString(), QStringLiteral("-F-003"));
        const QJsonArray invoices =
            QJsonDocument::fromJson(*ExportService(t.db()).exportAs(ExportKind::Invoices, ExportFormat::Json)).array();
        QCOMPARE(invoices.at(1)[QStringLiteral("balance")].toString(), QStringLiteral("300.00"));
    }

    // What Relance exports, Relance imports: the same invoices in a new book.
    void anExportImportsBack()
    {
        test::TempDatabase t;
        fill(t);
        const QByteArray csv = *ExportService(t.db()).exportAs(ExportKind::Invoices, ExportFormat::Csv);
        test::TempDatabase fresh;
        const InvoiceImportService import(fresh.db());
        const CsvTable table = *readCsv(csv, QStringLiteral("export.csv"));
        ColumnMapping mapping = import.mappingFor(table);
        mapping.createClients = true;
        const Result<ImportReport> report = import.import(table, mapping, QStringLiteral("export.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error().describe()));
        QCOMPARE(report->added, 3);
        const std::optional<Invoice> back = InvoiceRepository(fresh.db()).findByNumber(QStringLiteral("F-002"));
        QCOMPARE(back->amountInclCents, 60000);
        QCOMPARE(back->amountExclCents, 50000);
        QCOMPARE(back->dueDate, QDate(2026, 10, 5));
        QCOMPARE(back->clientName, QStringLiteral("Garage Dumas, SARL"));
    }

    void backupAndRestore()
    {
        test::TempDatabase t;
        fill(t);
        const QString letters = BackupService::lettersDirectory(t.path());
        const QString documents = BackupService::documentsDirectory(t.path());
        write(letters + QStringLiteral("/2026/F-001-reminder.pdf"), "%PDF-1.4 letter");
        write(documents + QStringLiteral("/einvoices/F-002.xml"), "<Invoice/>");
        const QString before = t.dump();
        const QString backup = t.dir() + QStringLiteral("/saved.relance-backup");
        const Result<BackupReport> saved = BackupService::backup(t.db(), backup);
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        QCOMPARE(saved->files, 2);
        QCOMPARE(saved->schemaVersion, Database::latestSchemaVersion());
        QVERIFY(!QFile::exists(backup + QStringLiteral(".part")));

        // Life goes on: a new invoice, a letter lost.
        t.addInvoice(QStringLiteral("F-004"), 1, {2026, 11, 1}, {2026, 12, 1}, 1000);
        QFile::remove(letters + QStringLiteral("/2026/F-001-reminder.pdf"));
        const QString afterwards = t.dump();
        const QString path = t.path();
        const QString dir = t.dir();

        // Restoring into a folder where another book lives keeps that one aside.
        const QString target = dir + QStringLiteral("/restored.sqlite");
        QVERIFY(QFile::copy(path, target));
        const Result<BackupReport> restored = BackupService::restore(backup, target);
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        QCOMPARE(restored->files, 2);
        QVERIFY(QFile::exists(target + QStringLiteral(".before-restore")));
        {
            const std::unique_ptr<Database> db = test::openDatabase(target);
            QVERIFY(!InvoiceRepository(*db).findByNumber(QStringLiteral("F-004")));
            QCOMPARE(InvoiceRepository(*db).findByNumber(QStringLiteral("F-002"))->paidCents, 30000);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'relance_backup%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QCOMPARE(read(BackupService::lettersDirectory(target) + QStringLiteral("/2026/F-001-reminder.pdf")),
                 QByteArray("%PDF-1.4 letter"));
        QCOMPARE(read(BackupService::documentsDirectory(target) + QStringLiteral("/einvoices/F-002.xml")),
                 QByteArray("<Invoice/>"));
        QCOMPARE(afterwards, t.dump());  // the live book was not touched
        QVERIFY(before != afterwards);
    }

    // A file that is not a backup, a damaged one, or one of a newer Relance changes nothing.
    void refusedRestoresChangeNothing()
    {
        test::TempDatabase t;
        fill(t);
        const QString backup = t.dir() + QStringLiteral("/saved.relance-backup");
        QVERIFY(BackupService::backup(t.db(), backup).ok());
        const QString target = t.dir() + QStringLiteral("/live.sqlite");
        {
            test::TempDatabase other;
            other.addClient(QStringLiteral("Acme"));
            QVERIFY(QFile::copy(other.path(), target));
        }
        const QByteArray live = read(target);
        const auto refused = [&](const QString &file, const char *message) {
            const Result<BackupReport> r = BackupService::restore(file, target);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QString::fromLatin1(message)), qPrintable(r.error().describe()));
            QCOMPARE(r.error().file, file);
            QCOMPARE(read(target), live);
            QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
            QVERIFY(!QFile::exists(target + QStringLiteral(".before-restore")));
        };
        refused(t.dir() + QStringLiteral("/missing"), "no such file");
        const QString text = t.dir() + QStringLiteral("/notes.txt");
        write(text, "hello");
        refused(text, "not a Relance backup");
        refused(t.path(), "not a Relance backup");  // a database, not a backup
        const QString newer = t.dir() + QStringLiteral("/newer.relance-backup");
        QVERIFY(QFile::copy(backup, newer));
        {
            const std::unique_ptr<Database> db = test::openDatabase(t.path());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS b").arg(newer)));
            QVERIFY(q.exec(QStringLiteral("UPDATE b.relance_backup SET value = '99' WHERE key = 'schema'")));
            QVERIFY(q.exec(QStringLiteral("DETACH DATABASE b")));
        }
        refused(newer, "newer version");
        const QString damaged = t.dir() + QStringLiteral("/damaged.relance-backup");
        QVERIFY(QFile::copy(backup, damaged));
        {
            const std::unique_ptr<Database> db = test::openDatabase(t.path());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS b").arg(damaged)));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO b.relance_backup_files VALUES ('letters/x.pdf', 'abc', x'00')")));
            QVERIFY(q.exec(QStringLiteral("DETACH DATABASE b")));
        }
        refused(damaged, "damaged");
    }
    // A cell holding the delimiter of a French spreadsheet (;) is quoted, and a formula after it
    // neutralised: "Acme;=cmd|..." never becomes a formula cell, whatever the delimiter.
    void csvCellsThatAnotherDelimiterWouldSplit()
    {
        QCOMPARE(ExportService::neutralised(QStringLiteral("Acme;=cmd|' /C calc'!A0")),
                 QStringLiteral("Acme;'=cmd|' /C calc'!A0"));
        QCOMPARE(ExportService::neutralised(QStringLiteral("a,+b\t-c|@d")), QStringLiteral("a,'+b\t'-c|'@d"));
        ExportTable table;
        table.columns = {QStringLiteral("client"), QStringLiteral("note")};
        table.rows = {{ExportTable::Cell{QStringLiteral("Acme;=cmd|' /C calc'!A0"), false}, ExportTable::Cell{QStringLiteral("tab\there"), false}}};
        const QList<QByteArray> lines = ExportService::toCsv(table).mid(3).split('\n');
        QCOMPARE(lines.at(1), QByteArray("\"Acme;'=cmd|' /C calc'!A0\",\"tab\there\"\r"));
    }

    // One changed bit in a backup ("22 rue Foch" become "32 rue Foch") is refused: the backup
    // carries the SHA-256 of everything it holds.
    void aBitFlippedBackupIsRefused()
    {
        test::TempDatabase t;
        fill(t);
        QSqlQuery(t.db().connection()).exec(QStringLiteral("UPDATE clients SET address = '22 rue Foch'"));
        const QString backup = t.dir() + QStringLiteral("/saved.relance-backup");
        QVERIFY(BackupService::backup(t.db(), backup).ok());
        QByteArray bytes = read(backup);
        const qsizetype at = bytes.indexOf("22 rue Foch");
        QVERIFY(at > 0);
        bytes[at] = char(bytes.at(at) ^ 0x01);  // '2' (0x32) becomes '3' (0x33)
        write(backup, bytes);
        const QString target = t.dir() + QStringLiteral("/restored.sqlite");
        const Result<BackupReport> r = BackupService::restore(backup, target);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("does not match its checksum")), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(target));
    }

    // A restore never replaces a book that a window or a command has open (an exclusive lock).
    void noRestoreUnderAnOpenBook()
    {
        test::TempDatabase t;
        fill(t);
        const QString backup = t.dir() + QStringLiteral("/saved.relance-backup");
        QVERIFY(BackupService::backup(t.db(), backup).ok());
        const QString before = t.dump();
        const Result<BackupReport> r = BackupService::restore(backup, t.path());  // t keeps it open
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("is open in another Relance window or command")),
                 qPrintable(r.error().message));
        QCOMPARE(t.dump(), before);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral(".before-restore")));
        t.close();
        QVERIFY(BackupService::restore(backup, t.path()).ok());  // closed: it goes through
    }

    // Under an ordinary umask (022) every file that holds clients' data is its owner's alone.
    void filesHoldingClientsDataArePrivate()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString book = dir.filePath(QStringLiteral("books/mine.sqlite"));
        {
            const std::unique_ptr<Database> db = test::openDatabase(book);
            QVERIFY(ClientService(*db).add([] {
                        Client c;
                        c.name = QStringLiteral("Nova");
                        return c;
                    }())
                        .ok());
            const Result<BackupReport> saved = BackupService::backup(*db, dir.filePath(QStringLiteral("b.relance-backup")));
            QVERIFY(saved.ok());
            QVERIFY(files::StagedFile::write(BackupService::lettersDirectory(book) + QStringLiteral("/2026/x.pdf"), "%PDF")
                        ->publish()
                        .ok());
            QVERIFY(files::writeAtomically(dir.filePath(QStringLiteral("export.csv")), "a,b\r\n").ok());
            struct stat st;
            QVERIFY(::stat(QFile::encodeName(book + QStringLiteral("-wal")).constData(), &st) == 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);  // SQLite gives its WAL the book's mode
        }
        QVERIFY(BackupService::restore(dir.filePath(QStringLiteral("b.relance-backup")), book).ok());
        ::umask(previous);
        const auto mode = [](const QString &path) {
            struct stat st;
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        for (const QString &file : {book, book + QStringLiteral(".lock"),
                                    book + QStringLiteral(".before-restore"), dir.filePath(QStringLiteral("b.relance-backup")),
                                    dir.filePath(QStringLiteral("export.csv")),
                                    BackupService::lettersDirectory(book) + QStringLiteral(".before-restore/2026/x.pdf")})
            QVERIFY2(mode(file) == 0600, qPrintable(QStringLiteral("%1: %2").arg(file).arg(mode(file), 0, 8)));
        for (const QString &folder : {dir.filePath(QStringLiteral("books")),
                                      BackupService::lettersDirectory(book) + QStringLiteral(".before-restore"),
                                      BackupService::lettersDirectory(book) + QStringLiteral(".before-restore/2026")})
            QVERIFY2(mode(folder) == 0700, qPrintable(QStringLiteral("%1: %2").arg(folder).arg(mode(folder), 0, 8)));
    }
};

QTEST_GUILESS_MAIN(TestExportBackup)
#include "tst_exportbackup.moc"
