// The window and a script on one book. SQLite's locks are POSIX locks, which a process loses
// when any of its descriptors of the file is closed: a file dialog that sniffs the folder's file
// types (opening and closing the book) used to let the next relance-cli run believe it was the
// last user of the book and delete the window's WAL, after which the window's writes were seen
// by no one. The window must not open the book behind SQLite's back, and its WAL must survive.
#include "appcontext.h"
#include "mainwindow.h"
#include "services/clientservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QProcess>
#include <QtTest>

#include <unistd.h>

using namespace relance;
using namespace relance::ui;

namespace {

qint64 addClient(const Database &db, const QString &name)
{
    Client c;
    c.name = name;
    const Result<qint64> id = ClientService(db).add(c);
    return id ? *id : 0;
}

// The files this process has open whose link says they were deleted.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files)) {
        char buffer[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fd.filePath()).constData(), buffer, sizeof buffer - 1);
        const QString link = n > 0 ? QString::fromLocal8Bit(buffer, int(n)) : QString();
        if (link.endsWith(QLatin1String(" (deleted)")))
            deleted << link;
    }
    return deleted;
}

}  // namespace

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowsWalSurvivesAFileDialogAndAScript()
    {
        test::TempDatabase t;
        const QString path = t.path();
        t.close();
        MainWindow window(test::openDatabase(path), QDate(2026, 11, 23));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(addClient(window.context().db(), QStringLiteral("Before")) > 0);

        // File ▸ Import…, then Cancel: the dialog lists the book's folder, types and icons.
        {
            QFileDialog dialog(&window, QStringLiteral("Import"), QFileInfo(path).absolutePath());
            prepareFileDialog(dialog);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(1500);  // the dialog's gatherer thread reads the folder meanwhile
            dialog.reject();
        }

        QProcess script;
        script.start(QStringLiteral(RELANCE_CLI), {QStringLiteral("--db"), path, QStringLiteral("client"),
                                                   QStringLiteral("add"), QStringLiteral("--name"),
                                                   QStringLiteral("Script")});
        QVERIFY(script.waitForFinished(60000));
        QCOMPARE(script.exitCode(), 0);

        QCOMPARE(deletedOpenFiles(), QStringList());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(addClient(window.context().db(), QStringLiteral("After")) > 0);
        // A new reader sees everything the window and the script wrote.
        const std::unique_ptr<Database> reader = test::openDatabase(path);
        QStringList names;
        for (const Client &c : ClientRepository(*reader).all())
            names << c.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("Script")}));
    }
};

QTEST_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
