// E-mail as MIME bytes: what goes to the server and into the archive. Read back by an
// independent parser (Python's email package, as a mail program would read it) and checked
// field by field, the attachment byte for byte.
#include "mail/mimemessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace relance;

namespace {
// What Python's email parser makes of the message: headers decoded, the parts' types, the
// plain text, the attachment's and the inline image's bytes (hex).
QJsonObject parsed(const QByteArray &mime)
{
    static const char *script = R"(
import email, email.policy, json, sys
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
out = {'subject': str(m['subject']), 'from': str(m['from']), 'to': str(m['to']), 'cc': str(m['cc']),
       'date': str(m['date']), 'id': str(m['message-id']), 'defects': len(m.defects),
       'types': [p.get_content_type() for p in m.walk()]}
out['text'] = m.get_body(('plain',)).get_content()
out['html'] = m.get_body(('html',)).get_content()
for p in m.iter_attachments():
    out['attachment_name'] = p.get_filename(); out['attachment'] = p.get_content().hex()
for p in m.walk():
    if p['content-id']:
        out['inline_id'] = str(p['content-id']); out['inline'] = p.get_content().hex()
out['longest_line'] = max(len(l) for l in open(sys.argv[1], 'rb').read().split(b'\r\n'))
out['bare_lf'] = open(sys.argv[1], 'rb').read().replace(b'\r\n', b'').count(b'\n')
print(json.dumps(out))
)";
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("m.eml")));
    file.open(QIODevice::WriteOnly);
    file.write(mime);
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), file.fileName()});
    python.waitForFinished(30000);
    const QByteArray out = python.readAllStandardOutput();
    if (python.exitCode() != 0)
        qFatal("python: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(out).object();
}

MailMessage sample()
{
    MailMessage m;
    m.from = {QStringLiteral("Atelier Durand"), QStringLiteral("contact@atelier-durand.fr")};
    m.to = {{QStringLiteral("Studio Graphik, comptabilité"), QStringLiteral("compta@studio-graphik.fr")}};
    m.cc = {{QString(), QStringLiteral("direction@studio-graphik.fr")}};
    m.replyTo = {QString(), QStringLiteral("relances@atelier-durand.fr")};
    m.subject = QStringLiteral("Relance : facture F-2026-041 échue le 31 octobre 2026 — 1 200,00 €, à régler au plus tôt");
    m.text = QStringLiteral("Bonjour,\n\nSauf erreur de notre part, la facture F-2026-041 du 1er octobre 2026 (1\u00a0200,00\u00a0€), "
                            "échue le 31 octobre 2026, n'a pas encore été réglée.\n\nVirement : IBAN FR76 3000 6000 0112 "
                            "3456 7890 189, référence RF16 F202 6041\n\nBien cordialement,\nAtelier Durand\n");
    m.inlineImages = {{QStringLiteral("qr.png"), "image/png", QByteArray("\x89PNG\r\n\x1a\n-qr-", 13), "qr@relance"}};
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 3000; ++i)
        pdf += char(i % 256);
    m.attachments = {{QStringLiteral("relance-1_F-2026-041.pdf"), "application/pdf", pdf, {}}};
    m.date = QDateTime(QDate(2026, 12, 2), QTime(9, 30, 0), QTimeZone(3600));
    return m;
}
}  // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
    void aMailProgramReadsWhatWasWritten()
    {
        const MailMessage m = sample();
        const QByteArray mime = m.toMime();
        QCOMPARE(mime, m.toMime());  // the same bytes each time: the archive is the message sent
        const QJsonObject p = parsed(mime);
        QCOMPARE(p.value(QStringLiteral("defects")).toInt(), 0);
        QCOMPARE(p.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(p.value(QStringLiteral("from")).toString(), QStringLiteral("Atelier Durand <contact@atelier-durand.fr>"));
        QCOMPARE(p.value(QStringLiteral("to")).toString(),
                 QStringLiteral("\"Studio Graphik, comptabilité\" <compta@studio-graphik.fr>"));
        QCOMPARE(p.value(QStringLiteral("cc")).toString(), QStringLiteral("direction@studio-graphik.fr"));
        QCOMPARE(p.value(QStringLiteral("date")).toString(), QStringLiteral("Wed, 02 Dec 2026 09:30:00 +0100"));
        QCOMPARE(p.value(QStringLiteral("id")).toString(), QString::fromLatin1(m.effectiveMessageId()));
        QVERIFY(m.effectiveMessageId().endsWith("@atelier-durand.fr>"));
        QCOMPARE(p.value(QStringLiteral("types")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("multipart/related"),
                              QStringLiteral("multipart/alternative"), QStringLiteral("text/plain"),
                              QStringLiteral("text/html"), QStringLiteral("image/png"), QStringLiteral("application/pdf")}));
        // The wire's CRLF read back as the text's line breaks.
        QCOMPARE(p.value(QStringLiteral("text")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")), m.text);
        const QString html = p.value(QStringLiteral("html")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QVERIFY2(html.contains(QStringLiteral("<p>Sauf erreur de notre part, la facture F-2026-041")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Bien cordialement,<br>\nAtelier Durand")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"cid:qr@relance\"")));
        QCOMPARE(p.value(QStringLiteral("inline_id")).toString(), QStringLiteral("<qr@relance>"));
        QCOMPARE(QByteArray::fromHex(p.value(QStringLiteral("inline")).toString().toLatin1()), m.inlineImages.first().data);
        QCOMPARE(p.value(QStringLiteral("attachment_name")).toString(), QStringLiteral("relance-1_F-2026-041.pdf"));
        QCOMPARE(QByteArray::fromHex(p.value(QStringLiteral("attachment")).toString().toLatin1()), m.attachments.first().data);
        // The wire format: CRLF only, no line over 78 characters.
        QVERIFY(p.value(QStringLiteral("longest_line")).toInt() <= 78);
        QCOMPARE(p.value(QStringLiteral("bare_lf")).toInt(), 0);
    }

    void headersAndBodiesAreEncodedAsTheRfcsSay()
    {
        QCOMPARE(encodedWords(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        QCOMPARE(encodedWords(QStringLiteral("é")), QByteArray("=?UTF-8?B?w6k=?="));
        QCOMPARE(quotedPrintable(QStringLiteral("réglée = payée")), QByteArray("r=C3=A9gl=C3=A9e =3D pay=C3=A9e"));
        QCOMPARE(quotedPrintable(QStringLiteral("trailing \nnext")), QByteArray("trailing=20\r\nnext"));
        const QByteArray longLine = quotedPrintable(QString(100, QLatin1Char('a')));
        QCOMPARE(longLine, QByteArray(75, 'a') + "=\r\n" + QByteArray(25, 'a'));
        // A file name that is not ASCII (RFC 2231), read back by the parser.
        MailMessage m = sample();
        m.attachments.first().fileName = QStringLiteral("relevé-de-compte.pdf");
        QCOMPARE(parsed(m.toMime()).value(QStringLiteral("attachment_name")).toString(), QStringLiteral("relevé-de-compte.pdf"));
    }
};

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
