// Rates that stay current: the ECB series read from its data portal (here a recorded file served
// by a small HTTP server on the loopback, started by the test), checked against the published
// table, and what it adds used by the claims. No test reaches the internet.
#include "testsupport.h"

#include "services/collectionservice.h"
#include "services/collectionsettingsservice.h"
#include "services/ecbrates.h"
#include "services/httpfetch.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace relance;

namespace {
QByteArray fixture()
{
    QFile f(QStringLiteral(RELANCE_TEST_DATA "/rates/ecb-mrr.csv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/rates/ecb-mrr.csv");
    return f.readAll();
}

// An HTTP/1.1 server on 127.0.0.1 answering every GET of `path` with `body`, anything else
// with 404: real sockets, in this process's event loop (which httpGet runs while it waits).
class LoopbackServer : public QTcpServer
{
public:
    LoopbackServer(QByteArray path, QByteArray content) : m_path(std::move(path)), m_body(std::move(content))
    {
        if (!listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on the loopback");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    const QByteArray target = m_request.split(' ').value(1);
                    m_request.clear();
                    const bool found = target == m_path;
                    const QByteArray body = found ? m_body : QByteArray("not here");
                    socket->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                                  QByteArray("Content-Type: text/csv\r\nConnection: close\r\nContent-Length: ") +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
        });
    }
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QString::fromLatin1(path)));
    }

private:
    QByteArray m_path, m_body, m_request;
};
}  // namespace

class TestRateUpdate : public QObject
{
    Q_OBJECT

private slots:
    void theSeriesIsReadAndChecked()
    {
        const Result<QList<EcbObservation>> obs = parseEcbCsv(fixture(), QStringLiteral("ecb-mrr.csv"));
        QVERIFY2(obs.ok(), qPrintable(obs.error().describe()));
        QCOMPARE(obs->size(), 498);  // business days from 2 January 2025 to 30 November 2026
        QCOMPARE(obs->first(), (EcbObservation{QDate(2025, 1, 2), 315}));
        QCOMPARE(obs->last(), (EcbObservation{QDate(2026, 11, 30), 215}));

        // What it adds to the shipped table (known until 30 June 2026): the second half of 2026,
        // at the rate in force on 1 July; 1 January 2027 is beyond the series.
        const Result<EcbUpdate> update = ecbUpdateFor(RateTable::builtIn(), *obs, QStringLiteral("ecb-mrr.csv"));
        QVERIFY2(update.ok(), qPrintable(update.error().describe()));
        QCOMPARE(update->added.size(), 1);
        QCOMPARE(update->added.first().half.key(), QStringLiteral("2026-H2"));
        QCOMPARE(update->added.first().ecb, std::optional<int>(215));
        QCOMPARE(update->added.first().source, kEcbPortalSourceKey);
        QCOMPARE(update->lastObservation, QDate(2026, 11, 30));

        // A file that rewrites a published value is refused whole.
        QByteArray rewritten = fixture();
        rewritten.replace("2025-06-20,2.15", "2025-06-20,2.40");
        const Result<QList<EcbObservation>> wrong = parseEcbCsv(rewritten, QStringLiteral("ecb-mrr.csv"));
        const Result<EcbUpdate> refused = ecbUpdateFor(RateTable::builtIn(), *wrong, QStringLiteral("ecb-mrr.csv"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().file, QStringLiteral("ecb-mrr.csv"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("the published table 2.15%")),
                 qPrintable(refused.error().message));

        // Broken files name their line and column.
        QByteArray badValue = fixture();
        badValue.replace("2025-01-03,3.15", "2025-01-03,3.1x5");
        const Result<QList<EcbObservation>> bad = parseEcbCsv(badValue, QStringLiteral("ecb.csv"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, 3);
        QCOMPARE(bad.error().describe().left(15), QStringLiteral("ecb.csv:3: OBS_"));
        QVERIFY(!parseEcbCsv("<html>Service unavailable</html>", QStringLiteral("ecb.csv")).ok());
        QCOMPARE(parseEcbCsv("TIME_PERIOD,OBS_VALUE\n2026-07-01,2.150000\n", QStringLiteral("x")).value().first(),
                 (EcbObservation{QDate(2026, 7, 1), 215}));
    }

    void theSeriesComesFromALocalServer()
    {
        LoopbackServer server("/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV", fixture());
        const Result<QByteArray> got = httpGet(server.url("/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV"));
        QVERIFY2(got.ok(), qPrintable(got.error().describe()));
        QCOMPARE(*got, fixture());
        const Result<QByteArray> missing = httpGet(server.url("/elsewhere"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.endsWith(QStringLiteral("answered 404 Not Found")),
                 qPrintable(missing.error().message));
        const quint16 port = server.serverPort();
        server.close();
        const Result<QByteArray> down =
            httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/service").arg(port)), 5000);
        QVERIFY(!down.ok());
        QVERIFY2(down.error().message.startsWith(QStringLiteral("cannot read")), qPrintable(down.error().message));
    }

    // On a book dated 1 December 2026, an invoice due in September 2026: before the update its
    // interest after 30 June has no rate; after it, ECB 2.15 % + 10 points = 12.15 %.
    void theClaimUsesTheFetchedRate()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Garage Dumas"));
        const qint64 invoice =
            t.addInvoice(QStringLiteral("F-2026-070"), client, QDate(2026, 8, 16), QDate(2026, 9, 15), 100000);
        const QDate today(2026, 12, 1);
        const CollectionService collection(t.db());
        const auto before = collection.claim(invoice, today);
        QVERIFY(before);
        QVERIFY(!before->interest || before->interest->interest.cents() == 0);

        const CollectionSettingsService settings(t.db());
        const Result<EcbUpdate> update =
            ecbUpdateFor(settings.rates(), *parseEcbCsv(fixture(), QStringLiteral("ecb")), QStringLiteral("ecb"));
        QVERIFY(settings.addHalfYears(update->added, today).ok());
        QCOMPARE(settings.rates().ecbForHalf(HalfYear{2026, 2}), std::optional<int>(215));
        QCOMPARE(settings.rates().ratesOf(HalfYear{2026, 2}).source, ecbPortalSource(today));
        // The same update again adds nothing (and refuses nothing).
        const Result<EcbUpdate> again =
            ecbUpdateFor(settings.rates(), *parseEcbCsv(fixture(), QStringLiteral("ecb")), QStringLiteral("ecb"));
        QVERIFY(again.ok());
        QVERIFY(again->added.isEmpty());

        const auto after = collection.claim(invoice, today);
        QVERIFY(after && after->interest);
        QCOMPARE(after->interest->slices.size(), 1);
        const InterestSlice &slice = after->interest->slices.first();
        QCOMPARE(slice.from, QDate(2026, 9, 16));
        QCOMPARE(slice.to, QDate(2026, 12, 1));
        QCOMPARE(slice.days, 77);
        QCOMPARE(slice.rateBasisPoints, 1215);
        // 1,000.00 x 12.15 % x 77 / 365 = 25.63 (25.6315...).
        QCOMPARE(after->interest->interest.cents(), 2563);
    }
};

QTEST_MAIN(TestRateUpdate)
#include "tst_rateupdate.moc"
