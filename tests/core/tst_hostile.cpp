// Hostile files (tests/data/hostile, made by make-hostile.py there): entity expansion, deep
// nesting, Factur-X attachments that inflate to gigabytes. Each is read in a child process with
// its address space capped at 100 MB over what it started with (setrlimit; not under ASan, whose
// shadow memory is reserved up front), and must be refused, with a short message, before a
// generous wall-clock limit (a runaway reader takes minutes: this is a bound, not a timing).
#include "import/bankstatement.h"
#include "import/facturx.h"

#include <QFile>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace relance;

namespace {

QByteArray hostile(const char *name)
{
    QFile f(QStringLiteral(RELANCE_HOSTILE "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing hostile file %s", name);
    return f.readAll();
}

// Virtual memory of this process, in bytes (Linux: /proc/self/statm, in pages).
qint64 addressSpace()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    statm.open(QIODevice::ReadOnly);
    return statm.readAll().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

struct Outcome
{
    bool finished = false;  // before the wall-clock bound
    bool refused = false;
    QString message;
    qint64 maxRssKb = 0;
};

// Runs `read` (true: accepted; false: refused, with a message) in a child process.
template <typename Read> Outcome inChild(Read read)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        qFatal("pipe");
    const qint64 start = addressSpace();
    const pid_t pid = fork();
    if (pid == 0) {
        ::close(pipeFds[0]);
#ifndef __SANITIZE_ADDRESS__
        const rlimit cap{rlim_t(start + 100 * 1024 * 1024), rlim_t(start + 100 * 1024 * 1024)};
        setrlimit(RLIMIT_AS, &cap);
#else
        Q_UNUSED(start);
#endif
        QString message;
        const bool accepted = read(message);
        const QByteArray bytes = (accepted ? QByteArray("A") : QByteArray("R")) + message.toUtf8();
        (void)!::write(pipeFds[1], bytes.constData(), size_t(bytes.size()));
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    Outcome outcome;
    int status = 0;
    rusage usage{};
    for (int waited = 0; waited < 600; ++waited) {  // 60 s at most
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            outcome.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            break;
        }
        usleep(100 * 1000);
    }
    if (!outcome.finished && kill(pid, 0) == 0) {
        kill(pid, SIGKILL);
        wait4(pid, &status, 0, &usage);
    }
    QByteArray said;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        said.append(buffer, qsizetype(n));
    ::close(pipeFds[0]);
    outcome.refused = said.startsWith('R');
    outcome.message = QString::fromUtf8(said.mid(1));
    outcome.maxRssKb = usage.ru_maxrss;
    return outcome;
}

Outcome readInvoice(const char *name)
{
    const QByteArray bytes = hostile(name);
    return inChild([&](QString &message) {
        const Result<QList<EInvoice>> r = readEInvoiceFile(bytes, QString::fromLatin1(name));
        if (!r)
            message = r.error().describe();
        return r.ok();
    });
}

Outcome readStatement(const char *name)
{
    const QByteArray bytes = hostile(name);
    return inChild([&](QString &message) {
        const Result<QList<BankStatement>> r = readBankStatementFile(bytes, QString::fromLatin1(name));
        if (!r)
            message = r.error().describe();
        return r.ok();
    });
}

}  // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    static void expectRefused(const Outcome &o, const QString &said)
    {
        QVERIFY2(o.finished, "the reader ran out of memory or time");
        QVERIFY2(o.refused, "the hostile file was accepted");
        QVERIFY2(o.message.contains(said), qPrintable(o.message));
        QVERIFY2(o.message.size() < 400, qPrintable(QString::number(o.message.size())));  // no expanded text
        qInfo("refused (%lld kB at most): %s", o.maxRssKb, qPrintable(o.message));
    }

private slots:
    void entityExpansionIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("CII") << QStringLiteral("cii-entity-expansion.xml");
        QTest::newRow("CAMT") << QStringLiteral("camt-entity-expansion.xml");
    }
    void entityExpansionIsRefused()
    {
        QFETCH(QString, file);
        const QByteArray name = file.toLatin1();
        const Outcome o = file.startsWith(QLatin1String("camt")) ? readStatement(name.constData())
                                                                  : readInvoice(name.constData());
        expectRefused(o, QStringLiteral("document type (<!DOCTYPE>)"));
        QVERIFY(o.message.startsWith(file + QStringLiteral(":")));  // names the file
    }

    void deepNestingIsRefused()
    {
        expectRefused(readInvoice("ubl-deep-nesting.xml"), QStringLiteral("more than 64 levels deep"));
        expectRefused(readStatement("camt-deep-nesting.xml"), QStringLiteral("more than 64 levels deep"));
    }

    // An attachment that is not the invoice's XML is never inflated; the invoice's own is
    // inflated block by block and dropped past 8 MB, whatever size the PDF claims for it.
    void attachmentBombsAreRefused()
    {
        expectRefused(readInvoice("facturx-bomb-logo.pdf"), QStringLiteral("carries no invoice XML"));
        expectRefused(readInvoice("facturx-bomb-named.pdf"), QStringLiteral("larger than any invoice"));
    }

    // An attachment whose file specification is a bare string crashes poppler-glib 22.12 (found
    // by fuzz_facturx): the attachments are read in a child process, and the PDF is refused.
    void anAttachmentThatCrashesPopplerIsRefused()
    {
        expectRefused(readInvoice("facturx-string-filespec.pdf"), QStringLiteral("this PDF is damaged"));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
