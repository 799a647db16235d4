// Crashes at every step (a build with RELANCE_FAULT_POINTS: relance-cli _exits at the Nth fault
// point when RELANCE_CRASH_AT=N, as a power cut would): for each N until the command completes,
// a fresh copy of a book runs the command and dies there. Afterwards the book must open as the
// old one or the new one, and — once the start-up sweep has run — the archive must hold no file
// without its row nor a row without its file (`letters verify`).
#include "services/backupservice.h"
#include "services/booksweep.h"
#include "services/letterservice.h"
#include "storage/invoicerepository.h"
#include "storage/letterrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace relance;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run cli(const QString &db, const QStringList &args, int crashAt = -1)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (crashAt >= 0)
        env.insert(QStringLiteral("RELANCE_CRASH_AT"), QString::number(crashAt));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RELANCE_CLI),
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-30")} + args);
    if (!p.waitForFinished(120000))
        qFatal("relance-cli did not finish");
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

// Copies a folder's files (a book with its archive), recursively.
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir())
            copyTree(info.filePath(), target);
        else
            QFile::copy(info.filePath(), target);
    }
}

int invoiceCount(const QString &book)
{
    const std::unique_ptr<Database> db = test::openDatabase(book);
    return InvoiceRepository(*db).countAll();
}

}  // namespace

class TestCrashPoints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;  // a demo book, its letters' archive beside it, closed

    // Runs `args` on a fresh copy of the template, crashing at each point in turn; `check` is
    // called with the crashed copy's book path and whether the command had completed.
    template <typename Check> void everyPoint(const QString &name, const QStringList &args, Check check, int &points)
    {
        points = 0;
        for (int n = 0; n < 300; ++n) {
            const QString folder = m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(n));
            copyTree(QFileInfo(m_template).absolutePath(), folder);
            const QString book = QDir(folder).filePath(QFileInfo(m_template).fileName());
            QStringList expanded = args;
            expanded.replaceInStrings(QStringLiteral("{dir}"), folder);
            const Run r = cli(book, expanded, n);
            const bool completed = r.exitCode != 99;
            if (!completed)
                ++points;
            else
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            check(book, completed);
            if (QTest::currentTestFailed()) {
                qWarning("after a crash at point %d of %s: %s", n, qPrintable(name), qPrintable(r.err));
                return;
            }
            QDir(folder).removeRecursively();
            if (completed)
                break;
        }
        qInfo("%s: %d crash points, each survived", qPrintable(name), points);
    }

    // The start-up sweep of the next run, then the archive against the book.
    static void archiveMatchesBook(const QString &book)
    {
        {
            const std::unique_ptr<Database> db = test::openDatabase(book);
            sweepBook(*db, LetterService::defaultArchiveDirectory(book));
        }
        const Run verify = cli(book, {QStringLiteral("letters"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }

private slots:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template/book.sqlite"));
        QCOMPARE(cli(m_template, {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
                 0);
        // One letter already archived, and a backup of this state.
        QCOMPARE(cli(m_template, {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                                  QStringLiteral("--kind"), QStringLiteral("reminder1"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-11-25"), QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("first.pdf"))})
                     .exitCode,
                 0);
        QCOMPARE(cli(m_template, {QStringLiteral("backup"), QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("template/book.relance-backup"))})
                     .exitCode,
                 0);
        // The live book then moves on: one invoice more than the backup.
        QCOMPARE(cli(m_template, {QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--number"),
                                  QStringLiteral("F-NEW"), QStringLiteral("--client"), QStringLiteral("Librairie Le Passage"),
                                  QStringLiteral("--issued"), QStringLiteral("2026-11-26"), QStringLiteral("--amount"),
                                  QStringLiteral("100")})
                     .exitCode,
                 0);
    }

    void aLetter()
    {
        const int before = LetterRepository(*test::openDatabase(m_template)).count();
        int points = 0;
        everyPoint(QStringLiteral("letter"),
                                      {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                                       QStringLiteral("--kind"), QStringLiteral("reminder2"), QStringLiteral("--as-of"),
                                       QStringLiteral("2026-11-30"), QStringLiteral("-o"), QStringLiteral("{dir}/out.pdf")},
                                      [&](const QString &book, bool completed) {
                                          archiveMatchesBook(book);
                                          const int letters = LetterRepository(*test::openDatabase(book)).count();
                                          QVERIFY(letters == before || letters == before + 1);
                                          if (completed)
                                              QCOMPARE(letters, before + 1);
                                      }, points);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(points >= 4);
    }

    void anEInvoice()
    {
        const int before = invoiceCount(m_template);
        int points = 0;
        everyPoint(
            QStringLiteral("einvoice"),
            {QStringLiteral("import"), QStringLiteral("einvoice"),
             QStringLiteral(RELANCE_CORPUS "/facturx/Facture_FR_BASICWL.pdf")},
            [&](const QString &book, bool completed) {
                {
                    const std::unique_ptr<Database> db = test::openDatabase(book);
                    sweepBook(*db, LetterService::defaultArchiveDirectory(book));
                    const int count = InvoiceRepository(*db).countAll();
                    QVERIFY(count == before || count == before + 1);
                    if (completed)
                        QCOMPARE(count, before + 1);
                    // The kept original exists exactly when its invoice does.
                    const auto invoice = InvoiceRepository(*db).findByNumber(QStringLiteral("FA-2017-0010"));
                    const QDir kept(BackupService::documentsDirectory(book) + QStringLiteral("/einvoices"));
                    const QStringList files = kept.entryList(QDir::Files | QDir::Hidden);
                    QCOMPARE(files, invoice ? QStringList{QStringLiteral("FA-2017-0010.pdf")} : QStringList());
                }
            }, points);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(points >= 2);
    }

    void aBackup()
    {
        const QString previous = QStringLiteral("{dir}/book.relance-backup");
        int points = 0;
        everyPoint(QStringLiteral("backup"), {QStringLiteral("backup"), QStringLiteral("-o"), previous},
                                      [&](const QString &book, bool) {
                                          // The old backup or the new one, whole, always there.
                                          const QString backup = QFileInfo(book).absolutePath() +
                                                                 QStringLiteral("/book.relance-backup");
                                          const QString target = QFileInfo(book).absolutePath() +
                                                                 QStringLiteral("/check/restored.sqlite");
                                          const Result<BackupReport> r = BackupService::restore(backup, target);
                                          QVERIFY2(r.ok(), qPrintable(r.error().describe()));
                                      }, points);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(points >= 2);
    }

    void aRestore()
    {
        const int live = invoiceCount(m_template);
        int points = 0;
        everyPoint(
            QStringLiteral("restore"), {QStringLiteral("restore"), QStringLiteral("{dir}/book.relance-backup")},
            [&](const QString &book, bool completed) {
                // The next command opens a book: the old one, or the restored one (one invoice less).
                const Run list = cli(book, {QStringLiteral("invoices"), QStringLiteral("--json")});
                QVERIFY2(list.exitCode == 0, qPrintable(list.err));
                const int count = invoiceCount(book);
                QVERIFY2(count == live || count == live - 1, qPrintable(QString::number(count)));
                if (completed)
                    QCOMPARE(count, live - 1);
                archiveMatchesBook(book);  // the sweep also removes what an abandoned restore staged
                QVERIFY(!QFile::exists(book + QStringLiteral(".restore-journal")));
                QVERIFY(!QFile::exists(book + QStringLiteral(".restoring")));
                QVERIFY(!QFile::exists(BackupService::lettersDirectory(book) + QStringLiteral(".restoring")));
            }, points);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(points >= 8);
    }
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crashpoints.moc"
