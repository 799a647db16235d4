// SMTP through libcurl against a real server on the loopback (tests/support/smtpserver.py,
// Debian's python3-aiosmtpd) with a throwaway certificate made here: what the server received
// is compared byte for byte with what was sent, and each failure gives its own kind and the
// server's words.
#include "mail/mimemessage.h"
#include "mail/smtptransport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;

namespace {

// The throwaway certificate authority the test trusts: a self-signed certificate for
// localhost and 127.0.0.1, valid from the (possibly faked) present.
bool makeCertificate(const QString &dir)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

// One server for one test: started with its options, stopped when its standard input closes.
class SmtpServerProcess
{
public:
    SmtpServerProcess(const QString &certDir, const QStringList &options)
    {
        m_out.setAutoRemove(true);
        QStringList args{QStringLiteral(RELANCE_TEST_SUPPORT "/smtpserver.py"), QStringLiteral("--out"), m_out.path(),
                         QStringLiteral("--cert"), certDir + QStringLiteral("/cert.pem"), QStringLiteral("--key"),
                         certDir + QStringLiteral("/key.pem")};
        m_process.start(QStringLiteral("/usr/bin/python3"), args + options);
        // "PORT <n>" once it listens.
        while (m_process.waitForReadyRead(20000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT ")) {
                m_port = line.mid(5).toInt();
                break;
            }
        }
    }
    ~SmtpServerProcess()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    int port() const { return m_port; }
    QByteArray received(int n) const
    {
        QFile f(m_out.filePath(QStringLiteral("%1.eml").arg(n)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QJsonObject envelope(int n) const
    {
        QFile f(m_out.filePath(QStringLiteral("%1.json").arg(n)));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    bool receivedNothing() const { return !QFile::exists(m_out.filePath(QStringLiteral("1.eml"))); }

private:
    QTemporaryDir m_out;
    QProcess m_process;
    int m_port = 0;
};

MailMessage sampleMessage()
{
    MailMessage m;
    m.from = {QStringLiteral("Atelier Dupré"), QStringLiteral("facturation@atelier-dupre.fr")};
    m.to = {{QStringLiteral("Studio Graphik"), QStringLiteral("compta@studio-graphik.fr")}};
    m.subject = QStringLiteral("Relance : facture F-2026-041 échue");
    m.text = QStringLiteral("Bonjour,\n\nSauf erreur de notre part, la facture F-2026-041 reste impayée.\n");
    m.attachments << MailPart{QStringLiteral("relance-1_F-2026-041.pdf"), "application/pdf",
                              QByteArray("%PDF-1.4 test\n", 14), {}};
    m.date = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
    return m;
}

SmtpEnvelope envelopeOf(const QList<QByteArray> &recipients = {"compta@studio-graphik.fr"})
{
    return {"facturation@atelier-dupre.fr", recipients};
}

}  // namespace

class TestSmtp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_certs;
    SmtpServer serverAt(int port, SmtpServer::Security security = SmtpServer::Security::StartTls) const
    {
        SmtpServer s;
        s.host = QStringLiteral("localhost");
        s.port = port;
        s.security = security;
        s.user = QStringLiteral("moi");
        s.caFile = m_certs.filePath(QStringLiteral("cert.pem"));
        s.timeoutSeconds = 20;
        return s;
    }
    const QStringList kAuth{QStringLiteral("--user"), QStringLiteral("moi"), QStringLiteral("--password"),
                            QStringLiteral("s3cret é")};

private slots:
    void initTestCase() { QVERIFY(makeCertificate(m_certs.path())); }

    void startTlsWithAuthenticationDeliversTheExactBytes()
    {
        SmtpServerProcess server(m_certs.path(), kAuth);
        QVERIFY(server.port() > 0);
        const QByteArray mime = sampleMessage().toMime();
        SmtpTransport transport(serverAt(server.port()), {QStringLiteral("s3cret é"), false});
        const Result<SmtpReceipt> receipt = transport.send(envelopeOf(), mime);
        QVERIFY2(receipt, qPrintable(receipt.error().describe()));
        QCOMPARE(receipt->finalReply, QStringLiteral("250 2.0.0 Ok: queued as RELANCE0001"));
        QVERIFY(receipt->acceptedAt.isValid());
        // What the server stored is what was sent, byte for byte (dot-stuffing undone).
        QCOMPARE(server.received(1), mime);
        const QJsonObject env = server.envelope(1);
        QCOMPARE(env.value(QStringLiteral("from")).toString(), QStringLiteral("facturation@atelier-dupre.fr"));
        QCOMPARE(env.value(QStringLiteral("to")).toVariant().toStringList(), QStringList{QStringLiteral("compta@studio-graphik.fr")});
        QCOMPARE(env.value(QStringLiteral("login")).toString(), QStringLiteral("moi"));
    }

    void smtpsAndABlindCopy()
    {
        SmtpServerProcess server(m_certs.path(), kAuth + QStringList{QStringLiteral("--security"), QStringLiteral("tls")});
        QVERIFY(server.port() > 0);
        SmtpTransport transport(serverAt(server.port(), SmtpServer::Security::Tls), {QStringLiteral("s3cret é"), false});
        const QByteArray mime = sampleMessage().toMime();
        const auto receipt = transport.send(envelopeOf({"compta@studio-graphik.fr", "facturation@atelier-dupre.fr"}), mime);
        QVERIFY2(receipt, qPrintable(receipt.error().describe()));
        QCOMPARE(server.received(1), mime);
        // The copy to oneself is an envelope recipient only: no header names it.
        QCOMPARE(server.envelope(1).value(QStringLiteral("to")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("compta@studio-graphik.fr"), QStringLiteral("facturation@atelier-dupre.fr")}));
        QVERIFY(!mime.contains("Bcc"));
    }

    void aWrongPasswordIsAnAuthenticationFailure()
    {
        SmtpServerProcess server(m_certs.path(), kAuth);
        SmtpTransport transport(serverAt(server.port()), {QStringLiteral("wrong"), false});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::authentication);
        QVERIFY2(receipt.error().message.contains(QStringLiteral("535")), qPrintable(receipt.error().message));
        QVERIFY(server.receivedNothing());
    }

    void noStartTlsMeansNothingLeaves()
    {
        SmtpServerProcess server(m_certs.path(), {QStringLiteral("--no-starttls")});
        SmtpTransport transport(serverAt(server.port()), {QStringLiteral("s3cret é"), false});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::tls);
        QVERIFY(server.receivedNothing());
    }

    void anUntrustedCertificateIsRefused()
    {
        SmtpServerProcess server(m_certs.path(), kAuth);
        SmtpServer s = serverAt(server.port());
        s.caFile.clear();  // the throwaway authority is not among the system's
        SmtpTransport transport(s, {QStringLiteral("s3cret é"), false});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::tls);
        QVERIFY(server.receivedNothing());
    }

    void aRefusedRecipientIsNamed()
    {
        SmtpServerProcess server(m_certs.path(), kAuth + QStringList{QStringLiteral("--refuse"),
                                                                     QStringLiteral("compta@studio-graphik.fr")});
        SmtpTransport transport(serverAt(server.port()), {QStringLiteral("s3cret é"), false});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::recipient);
        QVERIFY2(receipt.error().message.contains(QStringLiteral("compta@studio-graphik.fr")),
                 qPrintable(receipt.error().message));
        QVERIFY2(receipt.error().message.contains(QStringLiteral("550 5.1.1")), qPrintable(receipt.error().message));
        QVERIFY(server.receivedNothing());
    }

    void aServerThatIsDownIsAConnectionFailure()
    {
        int port = 0;
        {
            SmtpServerProcess server(m_certs.path(), kAuth);
            port = server.port();
        }  // stopped: nothing listens there now
        SmtpTransport transport(serverAt(port), {QStringLiteral("s3cret é"), false});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::connection);
    }

    void plainTextOnlyOnTheLoopback()
    {
        SmtpServer s;
        s.host = QStringLiteral("smtp.example.fr");
        s.port = 25;
        s.security = SmtpServer::Security::None;
        SmtpTransport transport(s, {});
        const auto receipt = transport.send(envelopeOf(), sampleMessage().toMime());
        QVERIFY(!receipt);
        QCOMPARE(receipt.error().field, smtperror::tls);
        QVERIFY(SmtpServer{QStringLiteral("127.0.0.1")}.isLoopback());
        QVERIFY(SmtpServer{QStringLiteral("::1")}.isLoopback());
        QVERIFY(!SmtpServer{QStringLiteral("192.168.1.10")}.isLoopback());
    }

    void aPlainServerOnTheLoopback()
    {
        SmtpServerProcess server(m_certs.path(), {QStringLiteral("--security"), QStringLiteral("none")});
        SmtpServer s = serverAt(server.port(), SmtpServer::Security::None);
        s.host = QStringLiteral("127.0.0.1");
        s.user.clear();
        SmtpTransport transport(s, {});
        const QByteArray mime = sampleMessage().toMime();
        const auto receipt = transport.send(envelopeOf(), mime);
        QVERIFY2(receipt, qPrintable(receipt.error().describe()));
        QCOMPARE(server.received(1), mime);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
