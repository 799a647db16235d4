#include "services/issuerservice.h"
#include "services/letterservice.h"
#include "storage/letterrepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace relance;

// Runs the real relance-cli binary on a temporary database, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The day every run takes as today, whatever the clock says: the demo is written for
    // 23 November 2026, and a test must pass on any day it is run (tests/CMakeLists.txt runs
    // this one under faketime at dates years apart).
    static constexpr const char *kToday = "2026-11-30";

    static Run cli(const QString &db, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RELANCE_CLI),
                QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"), QString::fromLatin1(kToday)} + args);
        if (!p.waitForFinished(60000))
            qFatal("relance-cli did not finish");
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
        return doc.object();
    }

    static qint64 cents(const QJsonValue &v)
    {
        // Decimal strings "1234.56": parse as integers, never through a double.
        const QString s = v.toString();
        const bool negative = s.startsWith(QLatin1Char('-'));
        const QString digits = QString(s).remove(QLatin1Char('-'));
        const qint64 c = digits.section(QLatin1Char('.'), 0, 0).toLongLong() * 100 +
                         digits.section(QLatin1Char('.'), 1).toLongLong();
        return negative ? -c : c;
    }

private slots:
    void demoDashboardBucketsAddUpToOutstanding()
    {
        test::TempDatabase t;
        const Run demo =
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("12 clients")), qPrintable(demo.out));

        const Run dash = cli(t.path(), {QStringLiteral("dashboard"), QStringLiteral("--json"),
                                        QStringLiteral("--as-of"), QStringLiteral("2026-11-22")});
        QCOMPARE(dash.exitCode, 0);
        const QJsonObject d = json(dash);
        QCOMPARE(d.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-22"));
        const QJsonObject eur = d.value(QStringLiteral("totals")).toArray().first().toObject();
        QCOMPARE(eur.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        const QJsonArray buckets = eur.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 5);
        QStringList keys;
        qint64 sum = 0, overdueSum = 0;
        for (const QJsonValue &b : buckets) {
            keys << b.toObject().value(QStringLiteral("key")).toString();
            sum += cents(b.toObject().value(QStringLiteral("amount")));
            if (b.toObject().value(QStringLiteral("key")).toString() != QLatin1String("not_due"))
                overdueSum += cents(b.toObject().value(QStringLiteral("amount")));
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("not_due"), QStringLiteral("1_30"), QStringLiteral("31_60"),
                                    QStringLiteral("61_90"), QStringLiteral("over_90")}));
        QVERIFY(sum > 0);
        QCOMPARE(sum, cents(eur.value(QStringLiteral("outstanding"))));
        QCOMPARE(overdueSum, cents(eur.value(QStringLiteral("overdue"))));

        // The overdue list: most late first, and its balances make the overdue total.
        const QJsonArray late = d.value(QStringLiteral("overdue_invoices")).toArray();
        QCOMPARE(late.size(), eur.value(QStringLiteral("overdue_count")).toInt());
        qint64 lateSum = 0;
        int previous = INT_MAX;
        for (const QJsonValue &v : late) {
            const QJsonObject inv = v.toObject();
            QVERIFY(inv.value(QStringLiteral("days_late")).toInt() <= previous);
            previous = inv.value(QStringLiteral("days_late")).toInt();
            QVERIFY(inv.value(QStringLiteral("overdue")).toBool());
            lateSum += cents(inv.value(QStringLiteral("balance")));
        }
        QCOMPARE(lateSum, overdueSum);

        // The same figure from the invoice list.
        const Run list =
            cli(t.path(), {QStringLiteral("invoices"), QStringLiteral("--overdue"), QStringLiteral("--json"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-11-22")});
        QCOMPARE(json(list).value(QStringLiteral("invoices")).toArray(), late);
    }

    void demoRefusesANonEmptyDatabase()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Mine"));
        const Run r = cli(t.path(), {QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty database")), qPrintable(r.err));
    }

    void addClientInvoiceAndPayments()
    {
        test::TempDatabase t;
        QCOMPARE(cli(t.path(), {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Atelier Lumière"), QStringLiteral("--siret"),
                                QStringLiteral("81234567800017"), QStringLiteral("--email"),
                                QStringLiteral("compta@atelier.fr"), QStringLiteral("--terms"), QStringLiteral("45")})
                     .exitCode,
                 0);
        QCOMPARE(cli(t.path(), {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Claire Moreau"), QStringLiteral("--consumer")})
                     .exitCode,
                 0);
        // No --due: issue date + the client's 45 days.
        const Run inv =
            cli(t.path(), {QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--number"),
                           QStringLiteral("F-2026-101"), QStringLiteral("--client"), QStringLiteral("atelier lumière"),
                           QStringLiteral("--issued"), QStringLiteral("15/09/2026"), QStringLiteral("--amount"),
                           QStringLiteral("1 440,00"), QStringLiteral("--amount-excl"), QStringLiteral("1200")});
        QCOMPARE(inv.exitCode, 0);
        QCOMPARE(
            cli(t.path(), {QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--number"),
                           QStringLiteral("F-2026-102"), QStringLiteral("--client"), QStringLiteral("Atelier Lumière"),
                           QStringLiteral("--issued"), QStringLiteral("2026-09-20"), QStringLiteral("--due"),
                           QStringLiteral("2026-10-20"), QStringLiteral("--amount"), QStringLiteral("300.00")})
                .exitCode,
            0);
        // One transfer of 1,500.00 over both invoices, oldest first: 1,440.00 then 60.00.
        const Run pay =
            cli(t.path(), {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--invoice"),
                           QStringLiteral("F-2026-101"), QStringLiteral("--invoice"), QStringLiteral("F-2026-102"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-02"), QStringLiteral("--amount"),
                           QStringLiteral("1500"), QStringLiteral("--reference"), QStringLiteral("VIR ATELIER")});
        QVERIFY2(pay.exitCode == 0, qPrintable(pay.err));
        const Run list = cli(t.path(), {QStringLiteral("invoices"), QStringLiteral("--json"), QStringLiteral("--as-of"),
                                        QStringLiteral("2026-11-22")});
        const QJsonArray rows = json(list).value(QStringLiteral("invoices")).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("F-2026-101"));
        QCOMPARE(first.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-10-30"));
        QCOMPARE(first.value(QStringLiteral("amount_incl")).toString(), QStringLiteral("1440.00"));
        QCOMPARE(first.value(QStringLiteral("amount_excl")).toString(), QStringLiteral("1200.00"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(first.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
        const QJsonObject second = rows.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(second.value(QStringLiteral("paid")).toString(), QStringLiteral("60.00"));
        QCOMPARE(second.value(QStringLiteral("balance")).toString(), QStringLiteral("240.00"));
        QCOMPARE(second.value(QStringLiteral("days_late")).toInt(), 33);
        QCOMPARE(second.value(QStringLiteral("aging_bucket")).toString(), QStringLiteral("31_60"));
        QCOMPARE(second.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));

        // Explicit shares.
        QCOMPARE(cli(t.path(), {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--invoice"),
                                QStringLiteral("F-2026-102=240,00"), QStringLiteral("--date"),
                                QStringLiteral("2026-11-20"), QStringLiteral("--amount"), QStringLiteral("240.00"),
                                QStringLiteral("--method"), QStringLiteral("cheque")})
                     .exitCode,
                 0);
        const Run dash =
            cli(t.path(), {QStringLiteral("dashboard"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22")});
        QCOMPARE(dash.exitCode, 0);
        QVERIFY2(dash.out.contains(QStringLiteral("Nothing is owed to you")), qPrintable(dash.out));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expectedError");
        const QString invoiceAdd =
            QStringLiteral("invoice add --number F-NEW --client Nova --issued 2026-01-05 --amount 100");
        QTest::newRow("payment on unknown invoice")
            << QStringLiteral("payment add --invoice F-404 --date 2026-02-01 --amount 10").split(QLatin1Char(' '))
            << "--invoice: invoice F-404 does not exist";
        QTest::newRow("negative payment")
            << QStringLiteral("payment add --invoice F-1 --date 2026-02-01 --amount -10").split(QLatin1Char(' '))
            << "--amount: the amount must be greater than zero";
        QTest::newRow("31 February") << (invoiceAdd + QStringLiteral(" --due 31/02/2025")).split(QLatin1Char(' '))
                                     << "--due: \"31/02/2025\": day 31 does not exist in that month";
        QTest::newRow("duplicate invoice number")
            << QStringLiteral("invoice add --number F-1 --client Nova --issued 2026-01-05 --amount 100")
                   .split(QLatin1Char(' '))
            << "--number: invoice F-1 already exists (client Nova)";
        QTest::newRow("garbage amount")
            << QStringLiteral("invoice add --number F-NEW --client Nova --issued 2026-01-05 --amount 12,3,4")
                   .split(QLatin1Char(' '))
            << "--amount: \"12,3,4\" is not an amount";
        QTest::newRow("unknown client")
            << QStringLiteral("invoice add --number F-NEW --client Nobody --issued 2026-01-05 --amount 100")
                   .split(QLatin1Char(' '))
            << "--client: no client is named \"Nobody\"";
        QTest::newRow("due before issue") << (invoiceAdd + QStringLiteral(" --due 2025-12-31")).split(QLatin1Char(' '))
                                          << "--due: the due date (2025-12-31) is before the issue date (2026-01-05)";
        QTest::newRow("over-allocated shares")
            << QStringLiteral("payment add --invoice F-1=80 --invoice F-2=30 --date 2026-02-01 --amount 100")
                   .split(QLatin1Char(' '))
            << "--invoice: €110.00 is allocated to invoices but only €100.00 was paid";
        QTest::newRow("action on unknown invoice")
            << QStringLiteral("action add --invoice F-404 --channel phone").split(QLatin1Char(' '))
            << "--invoice: invoice F-404 does not exist";
        QTest::newRow("unknown channel")
            << QStringLiteral("action add --invoice F-1 --channel fax").split(QLatin1Char(' '))
            << "--channel: \"fax\" is not one of email, phone, sms, letter, registered";
        QTest::newRow("action in the future")
            << QStringLiteral("action add --invoice F-1 --channel phone --date 2999-01-01").split(QLatin1Char(' '))
            << "--date: an action cannot be recorded in the future";
        QTest::newRow("receipt before posting")
            << QStringLiteral("action add --invoice F-1 --channel registered --date 2026-03-01 --receipt 2026-02-27")
                   .split(QLatin1Char(' '))
            << "--receipt: the letter cannot be received before it was sent";
        QTest::newRow("replacing a published rate")
            << QStringLiteral("rates add --half 2026-H1 --ecb 3.00 --source me").split(QLatin1Char(' '))
            << "--ecb: 2026-H1 already has this rate (2.15)";
        QTest::newRow("rates without a source")
            << QStringLiteral("rates add --half 2026-H2 --ecb 2.15").split(QLatin1Char(' ')) << "--source: say where";
        QTest::newRow("plan on unknown invoice")
            << QStringLiteral("plan add --invoice F-404 --instalments 3 --first 2026-03-01 --date 2026-02-15")
                   .split(QLatin1Char(' '))
            << "--invoice: invoice F-404 does not exist";
        QTest::newRow("plan from 30 February")
            << QStringLiteral("plan add --invoice F-1 --instalments 3 --first 2026-02-30 --date 2026-02-15")
                   .split(QLatin1Char(' '))
            << "--first: \"2026-02-30\": day 30 does not exist in that month";
        QTest::newRow("instalment of 12,3,4")
            << QStringLiteral("plan add --invoice F-1 --instalment 2026-03-01=12,3,4 --date 2026-02-15")
                   .split(QLatin1Char(' '))
            << "--instalment: \"2026-03-01=12,3,4\" is not DATE=AMOUNT";
        QTest::newRow("instalments not adding up")
            << QStringLiteral("plan add --invoice F-1 --instalment 2026-03-01=100 --date 2026-02-15 --waive-interest "
                              "--waive-indemnity")
                   .split(QLatin1Char(' '))
            << "--instalment: the instalments add up to €100.00, but the plan covers €500.00";
        QTest::newRow("plan over two invoices, one twice")
            << QStringLiteral(
                   "plan add --invoice F-1 --invoice F-1 --instalments 2 --first 2026-03-01 --date 2026-02-15")
                   .split(QLatin1Char(' '))
            << "--invoice: invoice F-1 is listed twice";
        QTest::newRow("dispute without a reason")
            << QStringLiteral("dispute add --invoice F-1 --date 2026-02-15").split(QLatin1Char(' '))
            << "--reason: say what the client disputes";
        QTest::newRow("resolving no dispute")
            << QStringLiteral("dispute resolve --invoice F-1 --as upheld").split(QLatin1Char(' '))
            << "--invoice: invoice F-1 has no open dispute";
        QTest::newRow("promise before it was made")
            << QStringLiteral("promise add --invoice F-1 --by 2026-02-10 --date 2026-02-15").split(QLatin1Char(' '))
            << "--by: the promised date is missing or before the promise";
        QTest::newRow("promise of 12,3,4")
            << QStringLiteral("promise add --invoice F-1 --by 2026-03-01 --date 2026-02-15 --amount 12,3,4")
                   .split(QLatin1Char(' '))
            << "--amount: \"12,3,4\" is not an amount";
        QTest::newRow("export of nothing known") << QStringLiteral("export clients").split(QLatin1Char(' '))
                                                 << "say what to export: invoices, payments or actions";
        QTest::newRow("export format") << QStringLiteral("export invoices --format xlsx").split(QLatin1Char(' '))
                                       << "--format: \"xlsx\" is not a format (csv or json)";
        QTest::newRow("backup without a file")
            << QStringList{QStringLiteral("backup")} << "-o: say where to write the backup";
        QTest::newRow("restore of no backup") << QStringLiteral("restore /nonexistent.backup").split(QLatin1Char(' '))
                                              << "/nonexistent.backup: there is no such file";
        QTest::newRow("bad siret") << QStringLiteral("client add --name Other --siret 123").split(QLatin1Char(' '))
                                   << "--siret: \"123\" is neither a SIREN";
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expectedError);
        test::TempDatabase t;
        const qint64 nova = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), nova, QDate(2026, 1, 2), QDate(2026, 2, 1), 50000);
        t.addInvoice(QStringLiteral("F-2"), nova, QDate(2026, 1, 3), QDate(2026, 2, 2), 50000);
        const QString before = t.dump();
        const Run r = cli(t.path(), args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("relance-cli: ") + expectedError), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(t.dump(), before);
    }

    void agendaAndActionsOnTheDemo()
    {
        test::TempDatabase t;
        QCOMPARE(
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
            0);
        const QStringList agendaArgs{QStringLiteral("agenda"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23"),
                                     QStringLiteral("--json")};
        const QJsonObject before = json(cli(t.path(), agendaArgs));
        const int due = before.value(QStringLiteral("due_count")).toInt();
        QVERIFY2(due >= 3, qPrintable(QString::number(due)));
        QCOMPARE(before.value(QStringLiteral("paused")).toInt(), 1);
        const QJsonObject first = before.value(QStringLiteral("items")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("late")).toBool());
        const QString number = first.value(QStringLiteral("invoice")).toString();
        const int step = first.value(QStringLiteral("step_number")).toInt();

        // Do that step: the invoice moves to its next one, later, and leaves today's list.
        const Run done =
            cli(t.path(), {QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--invoice"), number,
                           QStringLiteral("--channel"), first.value(QStringLiteral("channel")).toString(),
                           QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--outcome"),
                           QStringLiteral("Sent with the invoice attached")});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QStringLiteral("Recorded action")), qPrintable(done.out));
        const QJsonObject after = json(cli(t.path(), agendaArgs));
        QCOMPARE(after.value(QStringLiteral("due_count")).toInt(), due - 1);
        const QJsonObject week =
            json(cli(t.path(), {QStringLiteral("agenda"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23"),
                                QStringLiteral("--days"), QStringLiteral("60"), QStringLiteral("--json")}));
        for (const QJsonValue &v : week.value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("invoice")).toString() == number)
                QCOMPARE(v.toObject().value(QStringLiteral("step_number")).toInt(), step + 1);

        // The invoice's claim tells its law, figures and history-based next step.
        const QJsonObject claim =
            json(cli(t.path(), {QStringLiteral("claim"), QStringLiteral("--invoice"), number, QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-23"), QStringLiteral("--json")}));
        QCOMPARE(claim.value(QStringLiteral("number")).toString(), number);
        QVERIFY(claim.value(QStringLiteral("profile")).toString().startsWith(QStringLiteral("fr-")));
        QVERIFY(claim.contains(QStringLiteral("risk")));
    }

    // A plan, a dispute resolved by a credit note, a promise and the timeline, all from the
    // command line, checked on the JSON.
    void agreementsFromTheCommandLine()
    {
        test::TempDatabase t;
        const qint64 acme = t.addClient(QStringLiteral("Acme"));
        t.addInvoice(QStringLiteral("F-1"), acme, QDate(2025, 9, 1), QDate(2025, 10, 1), 100000);
        t.addInvoice(QStringLiteral("F-2"), acme, QDate(2025, 9, 1), QDate(2025, 10, 1), 60000);
        t.addInvoice(QStringLiteral("F-3"), acme, QDate(2025, 9, 1), QDate(2025, 10, 1), 30000);
        const auto run = [&](const QString &line) {
            const Run r = cli(t.path(), line.split(QLatin1Char(' ')));
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(line), qPrintable(r.err));
            return r;
        };
        QCOMPARE(run(QStringLiteral("plan add --invoice F-1 --instalments 3 --first 2025-11-15 --every month "
                                    "--waive-interest --waive-indemnity --date 2025-10-15"))
                     .exitCode,
                 0);
        QCOMPARE(run(QStringLiteral("payment add --invoice F-1 --amount 400 --date 2025-11-20")).exitCode, 0);
        const QJsonDocument plans = QJsonDocument::fromJson(
            run(QStringLiteral("plan show --invoice F-1 --json --as-of 2025-12-16")).out.toUtf8());
        const QJsonObject plan = plans.array().first().toObject();
        QCOMPARE(plan.value(QStringLiteral("total")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(plan.value(QStringLiteral("status")).toString(), QStringLiteral("late"));
        const QJsonArray instalments = plan.value(QStringLiteral("instalments")).toArray();
        QCOMPARE(instalments.size(), 3);
        const QStringList expected{QStringLiteral("2025-11-15 333.33 333.33 paid"),
                                   QStringLiteral("2025-12-15 333.33 66.67 overdue"),
                                   QStringLiteral("2026-01-15 333.34 0.00 upcoming")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject in = instalments.at(i).toObject();
            QCOMPARE(QStringList(
                         {in.value(QStringLiteral("date")).toString(), in.value(QStringLiteral("amount")).toString(),
                          in.value(QStringLiteral("paid")).toString(), in.value(QStringLiteral("status")).toString()})
                         .join(QLatin1Char(' ')),
                     expected.at(i));
        }
        // The late instalment's reminder is on the agenda the next working day.
        QCOMPARE(
            run(QStringLiteral("dispute add --invoice F-2 --reason Hours --amount 200 --date 2025-11-01")).exitCode, 0);
        QCOMPARE(run(QStringLiteral("promise add --invoice F-3 --by 2025-12-20 --date 2025-12-10")).exitCode, 0);
        const QJsonObject agenda = json(run(QStringLiteral("agenda --as-of 2025-12-16 --json")));
        QCOMPARE(agenda.value(QStringLiteral("in_plans")).toInt(), 1);
        QCOMPARE(agenda.value(QStringLiteral("paused")).toInt(), 1);
        QCOMPARE(agenda.value(QStringLiteral("promised")).toInt(), 1);
        const QJsonArray items = agenda.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("instalment_reminder"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("instalment")).toInt(), 2);
        QCOMPARE(items.first().toObject().value(QStringLiteral("instalment_owed")).toString(),
                 QStringLiteral("266.66"));
        // After the promised day, F-3 is back, flagged.
        const QJsonArray later =
            json(run(QStringLiteral("agenda --as-of 2025-12-22 --json"))).value(QStringLiteral("items")).toArray();
        bool flagged = false;
        for (const QJsonValue &v : later)
            if (v.toObject().value(QStringLiteral("invoice")).toString() == QLatin1String("F-3"))
                flagged =
                    v.toObject().value(QStringLiteral("missed_promise")).toString() == QLatin1String("2025-12-20");
        QVERIFY(flagged);

        // The dispute ends with a credit note: the balance drops, the story tells it.
        QCOMPARE(run(QStringLiteral("dispute resolve --invoice F-2 --as credited --credit 200 --credit-note AV-1 "
                                    "--date 2025-11-10"))
                     .exitCode,
                 0);
        const QString pdf = QDir(t.dir()).filePath(QStringLiteral("f2.pdf"));
        const QJsonDocument timeline =
            QJsonDocument::fromJson(run(QStringLiteral("timeline --invoice F-2 --json --pdf ") + pdf).out.toUtf8());
        QStringList story;
        for (const QJsonValue &v : timeline.array())
            story << v.toObject().value(QStringLiteral("date")).toString() + QLatin1Char(' ') +
                         v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                         v.toObject().value(QStringLiteral("amount")).toString();
        QCOMPARE(story, (QStringList{QStringLiteral("2025-11-10 dispute "), QStringLiteral("2025-11-10 payment 200.00"),
                                     QStringLiteral("2025-11-01 dispute 200.00"), QStringLiteral("2025-10-01 due "),
                                     QStringLiteral("2025-09-01 issued 600.00")}));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("History of invoice F-2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Credit note")));
        QVERIFY(text.contains(QStringLiteral("AV-1")));

        // The client signs an acknowledgement of the debt: the limitation period restarts.
        const Run early = run(QStringLiteral("acknowledgement add --invoice F-2 --date 2025-08-01"));
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("after the signature")), qPrintable(early.err));
        QCOMPARE(run(QStringLiteral("acknowledgement add --invoice F-2 --invoice F-3 --date 2025-11-12")).exitCode, 0);
        for (const char *number : {"F-2", "F-3"})
            QCOMPARE(json(run(QStringLiteral("claim --invoice %1 --as-of 2025-12-01 --json").arg(QLatin1String(number))))
                         .value(QStringLiteral("limitation_expires"))
                         .toString(),
                     QStringLiteral("2030-11-12"));
        QVERIFY(run(QStringLiteral("timeline --invoice F-2 --json")).out.contains(QStringLiteral("\"acknowledgement\"")));
    }

    void importInvoicesFromTheCommandLine()
    {
        test::TempDatabase t;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("factures.csv"));
        const auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("N\xC2\xB0 facture;Client;Date;\xC3\x89"
              "ch\xC3\xA9"
              "ance;Montant TTC\n"
              "F-1;Acme;05/01/2025;04/02/2025;1 200,00\n"
              "F-2;Acme;30/02/2025;;12,3,4\n");
        const QString before = t.dump();
        Run r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("invoices"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            (QStringList{
                QStringLiteral("relance-cli: %1:2: client: no client is named \"Acme\" (create the "
                               "clients with the import, or add it first)")
                    .arg(path),
                QStringLiteral("relance-cli: %1:3: issue_date: \"30/02/2025\" is not a date that exists").arg(path),
                QStringLiteral("relance-cli: %1:3: amount_incl: \"12,3,4\" is not an amount").arg(path),
                QStringLiteral("relance-cli: 3 problems: nothing was imported.")}));
        QCOMPARE(t.dump(), before);

        write("N\xC2\xB0 facture;Client;Date;\xC3\x89"
              "ch\xC3\xA9"
              "ance;Montant TTC\n"
              "F-1;Acme;05/01/2025;04/02/2025;1 200,00\n"
              "F-2;Acme;28/02/2025;;12,34\n");
        r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("invoices"), path, QStringLiteral("--dry-run"),
                           QStringLiteral("--create-clients")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(t.dump(), before);
        r = cli(t.path(),
                {QStringLiteral("import"), QStringLiteral("invoices"), path, QStringLiteral("--create-clients")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Imported 2 invoice(s)")), qPrintable(r.out));
        r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("invoices"), path});
        QVERIFY2(r.out.contains(QStringLiteral("(2 already there)")), qPrintable(r.out + r.err));
        const QJsonArray list = json(cli(t.path(), {QStringLiteral("invoices"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("invoices"))
                                    .toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("amount_incl")).toString(), QStringLiteral("12.34"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("due_date")).toString(), QStringLiteral("2025-03-30"));
    }

    void importEInvoicesFromTheCommandLine()
    {
        test::TempDatabase t;
        const QString corpus = QStringLiteral(RELANCE_CORPUS "/facturx/");
        Run r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("einvoice"),
                               corpus + QStringLiteral("Facture_FR_BASICWL.pdf"),
                               corpus + QStringLiteral("Avoir_FR_type381_BASIC.pdf")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Imported 1 invoice(s) and 1 credit note(s)")), qPrintable(r.out));
        const QJsonArray list = json(cli(t.path(), {QStringLiteral("invoices"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("invoices"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("FA-2017-0010"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("236.68"));
        const QString before = t.dump();
        r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("einvoice"),
                           corpus + QStringLiteral("zugferd_2p0_BASIC_Einfach.pdf"),
                           corpus + QStringLiteral("corrupt-factur-x-waytoosmall.pdf")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(),
                 QStringLiteral("relance-cli: %1corrupt-factur-x-waytoosmall.pdf: this PDF cannot be read "
                                "(damaged or not a PDF)")
                     .arg(corpus));
        QCOMPARE(t.dump(), before);
    }

    // A statement whose remittance texts name invoice numbers reconciles them without help, and
    // the dashboard follows.
    void bankStatementReconcilesFromTheCommandLine()
    {
        test::TempDatabase t;
        QCOMPARE(
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
            0);
        const auto outstanding = [&] {
            return json(cli(t.path(), {QStringLiteral("dashboard"), QStringLiteral("--json")}))
                .value(QStringLiteral("totals"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("outstanding"))
                .toString();
        };
        const QString before = outstanding();
        const QString path = QDir(t.dir()).filePath(QStringLiteral("nov.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                "<BkToCstmrStmt><Stmt><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>"
                "<Ntry><Amt Ccy=\"EUR\">960.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt>"
                "<AcctSvcrRef>X1</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Reglement facture F-2026-043</Ustrd>"
                "</RmtInf></TxDtls></NtryDtls></Ntry>"
                "<Ntry><Amt Ccy=\"EUR\">12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-21</Dt></BookgDt>"
                "<AcctSvcrRef>X2</AcctSvcrRef></Ntry></Stmt></BkToCstmrStmt></Document>");
        f.close();
        Run r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("bank"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("2 credit(s) imported")), qPrintable(r.out));
        r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("bank"), path});
        QVERIFY2(r.out.startsWith(QStringLiteral("0 credit(s) imported, 2 already there")), qPrintable(r.out));
        // A bank CSV with a bad amount: named by file, line and column; nothing imported.
        const QString badCsv = QDir(t.dir()).filePath(QStringLiteral("releve.csv"));
        QFile bad(badCsv);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Date;Libell\xC3\xA9;Cr\xC3\xA9"
                  "dit\n01/11/2026;VIR F-2026-043;960,00\n02/11/2026;VIR;12,3,4\n");
        bad.close();
        const QString beforeBad = t.dump();
        r = cli(t.path(), {QStringLiteral("import"), QStringLiteral("bank"), badCsv});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("relance-cli: %1:3: Crédit: \"12,3,4\" is not an amount").arg(badCsv));
        QCOMPARE(t.dump(), beforeBad);
        const QJsonObject listed = json(cli(t.path(), {QStringLiteral("reconcile"), QStringLiteral("--json")}));
        QCOMPARE(listed.value(QStringLiteral("unmatched")).toArray().size(), 2);
        const QJsonObject done = json(cli(
            t.path(), {QStringLiteral("reconcile"), QStringLiteral("--auto-confirm-exact"), QStringLiteral("--json")}));
        QCOMPARE(done.value(QStringLiteral("confirmed")).toInt(), 1);
        const QJsonArray left = done.value(QStringLiteral("unmatched")).toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("12.00"));
        QCOMPARE(cents(QJsonValue(outstanding())), cents(QJsonValue(before)) - 96000);
        const QJsonObject claim = json(cli(t.path(), {QStringLiteral("claim"), QStringLiteral("--invoice"),
                                                      QStringLiteral("F-2026-043"), QStringLiteral("--json")}));
        QCOMPARE(claim.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
    }

    // Export for a spreadsheet, a backup of the demo, and the demo back after a mistake.
    void exportBackupAndRestore()
    {
        test::TempDatabase t;
        QCOMPARE(
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
            0);
        const QString csvPath = QDir(t.dir()).filePath(QStringLiteral("invoices.csv"));
        Run r = cli(t.path(), {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"), csvPath});
        QCOMPARE(r.exitCode, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().endsWith(QStringLiteral("number,client,issue_date,due_date,service_date,currency,"
                                                      "amount_excl,amount_incl,paid,balance,status,paused,notes,object")));
        QVERIFY(lines.contains(QStringLiteral("F-2026-043,Librairie Le Passage,2026-09-15,2026-10-15,2026-09-13,"
                                              "EUR,800.00,960.00,0.00,960.00,unpaid,,,")));
        r = cli(t.path(), {QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().size() > 5);

        const QString backup = QDir(t.dir()).filePath(QStringLiteral("demo.relance-backup"));
        r = cli(t.path(), {QStringLiteral("backup"), QStringLiteral("-o"), backup});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Backup written to ")), qPrintable(r.out));
        const QString before = t.dump();
        // A mistake: a payment recorded on the wrong invoice.
        QCOMPARE(cli(t.path(), {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--invoice"),
                                QStringLiteral("F-2026-043"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                QStringLiteral("--amount"), QStringLiteral("960")})
                     .exitCode,
                 0);
        QVERIFY(t.dump() != before);
        const QString restored = QDir(t.dir()).filePath(QStringLiteral("restored.sqlite"));
        r = cli(restored, {QStringLiteral("restore"), backup});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Restored ")), qPrintable(r.out));
        const QJsonObject claim = json(cli(restored, {QStringLiteral("claim"), QStringLiteral("--invoice"),
                                                      QStringLiteral("F-2026-043"), QStringLiteral("--json")}));
        QCOMPARE(claim.value(QStringLiteral("balance")).toString(), QStringLiteral("960.00"));
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT), {path, QStringLiteral("-")});
        p.waitForFinished(30000);
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' ')).simplified();
    }

    // "1 013,76 €" from cents, as the French letters print it (spaces made plain).
    static QString frenchMoney(qint64 cents)
    {
        QString units = QString::number(cents / 100);
        for (qsizetype i = units.size() - 3; i > 0; i -= 3)
            units.insert(i, QLatin1Char(' '));
        return QStringLiteral("%1,%2 €").arg(units).arg(cents % 100, 2, 10, QLatin1Char('0'));
    }

    // The demo's invoices 45 days overdue: a formal notice to a business and to a consumer, the
    // archive, then every letter due today in one go.
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // No output path can destroy the book or its proof: the database, its WAL, a link to it, or a
    // file inside its letters' archive are refused with exit 1, and nothing at all is done.
    void outputsNeverGoOverTheBook()
    {
        test::TempDatabase t;
        QCOMPARE(cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
                 0);
        const QString archive = LetterService::defaultArchiveDirectory(t.path());
        const Run first = cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                                         QStringLiteral("--kind"), QStringLiteral("reminder1"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-29"), QStringLiteral("-o"), t.dir() + QStringLiteral("/r.pdf")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QList<ArchivedLetter> letters = LetterRepository(t.db()).all();
        QCOMPARE(letters.size(), 1);
        const QString proof = QDir(archive).filePath(letters.first().fileName);
        const QByteArray proofBytes = bytesOf(proof);
        QVERIFY(QFile::link(t.path(), t.dir() + QStringLiteral("/link.csv")));
        const QString before = t.dump();

        const QList<QStringList> attempts{
            {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"), t.path()},
            {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"), t.path() + QStringLiteral("-wal")},
            {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"), t.dir() + QStringLiteral("/link.csv")},
            {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"), proof},
            {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("-o"),
             t.dir() + QStringLiteral("/sub/../test.sqlite")},
            {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"), QStringLiteral("--kind"),
             QStringLiteral("reminder2"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("-o"),
             t.path()},
            {QStringLiteral("timeline"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"), QStringLiteral("--pdf"),
             t.path()},
            {QStringLiteral("backup"), QStringLiteral("-o"), t.path()},
            {QStringLiteral("letters"), QStringLiteral("--due"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23"),
             QStringLiteral("--out"), QFileInfo(proof).absolutePath()},
        };
        QDir().mkpath(t.dir() + QStringLiteral("/sub"));
        for (const QStringList &args : attempts) {
            const Run r = cli(t.path(), args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("the book itself")) || r.err.contains(QStringLiteral("inside the book's archive")),
                     qPrintable(r.err));
        }
        // Nor is the book read as an import: reading and closing it would drop SQLite's locks.
        for (const QStringList &args : {QStringList{QStringLiteral("import"), QStringLiteral("einvoice"), t.path()},
                                        QStringList{QStringLiteral("import"), QStringLiteral("bank"),
                                                    t.path() + QStringLiteral("-wal")},
                                        QStringList{QStringLiteral("import"), QStringLiteral("invoices"),
                                                    t.dir() + QStringLiteral("/link.csv")}}) {
            const Run r = cli(t.path(), args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is the book itself (or one of its files), not a file to import")),
                     qPrintable(r.err));
        }
        QCOMPARE(t.dump(), before);  // the book's bytes move with WAL checkpoints; its content may not
        QCOMPARE(bytesOf(proof), proofBytes);
        QCOMPARE(LetterRepository(t.db()).count(), 1);  // the refused letter was not produced
    }

    // `letters verify` checks every archived letter against the SHA-256 recorded when it was sent;
    // a backup and a restore report a letter changed since, rather than carrying it in silence.
    void aTamperedLetterIsReported()
    {
        test::TempDatabase t;
        QCOMPARE(cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
                 0);
        QCOMPARE(cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                                QStringLiteral("--kind"), QStringLiteral("reminder1"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-29"), QStringLiteral("-o"), t.dir() + QStringLiteral("/r.pdf")})
                     .exitCode,
                 0);
        Run verify = cli(t.path(), {QStringLiteral("letters"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.out.trimmed(), QStringLiteral("1 letter checked: each file is the one that was sent."));

        const ArchivedLetter letter = LetterRepository(t.db()).all().first();
        const QString proof = QDir(LetterService::defaultArchiveDirectory(t.path())).filePath(letter.fileName);
        QByteArray pdf = bytesOf(proof);
        pdf[pdf.size() / 2] = char(pdf.at(pdf.size() / 2) ^ 1);  // one bit changed in the PDF
        {
            QFile f(proof);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(pdf);
        }
        QFile stray(QFileInfo(proof).absolutePath() + QStringLiteral("/stray.pdf"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        verify = cli(t.path(), {QStringLiteral("letters"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(letter.fileName + QStringLiteral(": letter %1's file is not the one that was sent")
                                                          .arg(letter.id)),
                 qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral("stray.pdf: no letter of the book records this file")),
                 qPrintable(verify.err));
        QCOMPARE(verify.out.trimmed(), QStringLiteral("2 problems in the archive of %1")
                                           .arg(LetterService::defaultArchiveDirectory(t.path())));

        const QString backup = t.dir() + QStringLiteral("/b.relance-backup");
        const Run b = cli(t.path(), {QStringLiteral("backup"), QStringLiteral("-o"), backup});
        QCOMPARE(b.exitCode, 1);
        QVERIFY2(b.err.contains(letter.fileName + QStringLiteral(": this archived letter is not the one that was sent")),
                 qPrintable(b.err));
        const Run r = cli(t.dir() + QStringLiteral("/restored.sqlite"), {QStringLiteral("restore"), backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(letter.fileName + QStringLiteral(": this archived letter is not the one that was sent")),
                 qPrintable(r.err));
    }

    // Reports never create or change a file: a mistyped --db is an error (no empty book), and
    // another program's SQLite database is refused and left byte-identical, WAL switch included.
    void foreignAndMissingBooksAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("typo.sqlite"));
        for (const QString &command : {QStringLiteral("invoices"), QStringLiteral("dashboard"), QStringLiteral("agenda")}) {
            const Run r = cli(missing, {command});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.trimmed(), QStringLiteral("relance-cli: there is no Relance book at %1").arg(missing));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

        const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = bytesOf(foreign);
        for (const QStringList &args : {QStringList{QStringLiteral("invoices")},
                                        QStringList{QStringLiteral("client"), QStringLiteral("add"),
                                                    QStringLiteral("--name"), QStringLiteral("Nova")}}) {
            const Run r = cli(foreign, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is another program's database, not a Relance book")), qPrintable(r.err));
        }
        QCOMPARE(bytesOf(foreign), before);
        QVERIFY(!QFile::exists(foreign + QStringLiteral("-wal")));
    }

    // A book on read-only media is read (reports) and refused with the reason (changes); a full
    // disk is said to be full, and leaves no half-written file. Needs a tmpfs, so root (CI is).
    void readOnlyMediaAndAFullDisk()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        QTemporaryDir dir;
        const QString ro = dir.filePath(QStringLiteral("ro")), full = dir.filePath(QStringLiteral("full"));
        QDir().mkpath(ro);
        QDir().mkpath(full);
        const auto mount = [](const QStringList &args) {
            return QProcess::execute(QStringLiteral("mount"), args) == 0;
        };
        if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"),
                    QStringLiteral("tmpfs"), ro}))
            QSKIP("cannot mount a tmpfs here");
        struct Unmount
        {
            QStringList points;
            ~Unmount()
            {
                for (const QString &p : points)
                    QProcess::execute(QStringLiteral("umount"), {p});
            }
        } unmount{{ro}};
        const QString book = ro + QStringLiteral("/book.sqlite");
        QCOMPARE(cli(book, {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode, 0);
        QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,ro"), ro}));
        const Run read = cli(book, {QStringLiteral("dashboard")});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QVERIFY(read.out.contains(QStringLiteral("Outstanding")));
        const Run write = cli(book, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Nova")});
        QCOMPARE(write.exitCode, 1);
        QCOMPARE(write.err.trimmed(),
                 QStringLiteral("relance-cli: %1 cannot be written (a read-only file or disk)").arg(book));

        QVERIFY(mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                       QStringLiteral("tmpfs"), full}));
        unmount.points.prepend(full);
        {
            QFile filler(full + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) {
            }
        }
        for (const QStringList &args : {QStringList{QStringLiteral("export"), QStringLiteral("invoices"),
                                                    QStringLiteral("-o"), full + QStringLiteral("/x.csv")},
                                        QStringList{QStringLiteral("backup"), QStringLiteral("-o"),
                                                    full + QStringLiteral("/b.relance-backup")}}) {
            const Run r = cli(book, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("full")), qPrintable(r.err));
        }
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("filler")});
    }

    // rates update against a real HTTP server on the loopback (Python's http.server, started
    // here, serving the recorded ECB series): on a book dated 1 December 2026 the second half of
    // 2026 gets its ECB rate, and a formal notice for an invoice due in September claims 12.15 %.
    void ratesUpdateFromALocalServer()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(test::sampleIssuer()).ok());
        const qint64 client = t.addClient(QStringLiteral("Garage Dumas"));
        t.addInvoice(QStringLiteral("F-2026-070"), client, QDate(2026, 8, 16), QDate(2026, 9, 15), 100000);
        QTemporaryDir served;
        QVERIFY(QFile::copy(QStringLiteral(RELANCE_TEST_DATA "/rates/ecb-mrr.csv"), served.filePath(QStringLiteral("mrr.csv"))));
        QProcess server;
        server.setWorkingDirectory(served.path());
        server.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
        QVERIFY(server.waitForStarted());
        QString banner;
        static const QRegularExpression portRe(QStringLiteral("port (\\d+)"));
        for (int i = 0; i < 100 && !portRe.match(banner).hasMatch(); ++i) {
            server.waitForReadyRead(100);
            banner += QString::fromUtf8(server.readAllStandardOutput());
        }
        const QString port = portRe.match(banner).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(banner));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mrr.csv").arg(port);

        const Run update = cli(t.path(), {QStringLiteral("rates"), QStringLiteral("update"), QStringLiteral("--ecb-url"), url});
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        QVERIFY2(update.out.startsWith(QStringLiteral("2026-H2: ECB rate 2.15% (in force on")), qPrintable(update.out));
        const Run again = cli(t.path(), {QStringLiteral("rates"), QStringLiteral("update"), QStringLiteral("--ecb-url"), url});
        QVERIFY2(again.out.startsWith(QStringLiteral("Nothing new")), qPrintable(again.out));
        const Run missing = cli(t.path(), {QStringLiteral("rates"), QStringLiteral("update"), QStringLiteral("--ecb-url"),
                                           url + QStringLiteral(".old")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("--ecb-url: ")) && missing.err.contains(QStringLiteral("404")),
                 qPrintable(missing.err));
        server.kill();
        server.waitForFinished();

        const QString notice = t.dir() + QStringLiteral("/notice.pdf");
        const Run letter = cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-070"),
                                          QStringLiteral("--kind"), QStringLiteral("formal-notice"),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-12-01"), QStringLiteral("--insist"),
                                          QStringLiteral("--draft"), QStringLiteral("-o"), notice});
        QVERIFY2(letter.exitCode == 0, qPrintable(letter.err));
        const QString text = pdfText(notice);
        QVERIFY2(text.contains(QStringLiteral("12,15 %")), qPrintable(text));
    }

    // A statement of account from the command line: the client's open invoices, written as a
    // PDF; the book is left as it was (the command only reads).
    void statementOnTheDemo()
    {
        test::TempDatabase t;
        QCOMPARE(
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
            0);
        const QString before = t.dump();
        const QString file = t.dir() + QStringLiteral("/releve.pdf");
        const Run run = cli(t.path(), {QStringLiteral("statement"), QStringLiteral("--client"),
                                       QStringLiteral("Librairie Le Passage"), QStringLiteral("--as-of"),
                                       QStringLiteral("2026-11-29"), QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote %1: statement of account of Librairie Le Passage").arg(file)),
                 qPrintable(run.out));
        const QString text = pdfText(file);
        for (const QString &e : {QStringLiteral("RELEVÉ DE COMPTE"), QStringLiteral("Lyon, le 29 novembre 2026"),
                                 QStringLiteral("F-2026-043 15/09/2026 15/10/2026 45 jours 960,00 € 0,00 € 960,00 €")})
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in %2").arg(e, text)));
        QCOMPARE(t.dump(), before);
        const Run unknown = cli(t.path(), {QStringLiteral("statement"), QStringLiteral("--client"),
                                           QStringLiteral("Nobody"), QStringLiteral("-o"), file});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("--client")), qPrintable(unknown.err));
    }

    void lettersOnTheDemo()
    {
        test::TempDatabase t;
        QCOMPARE(
            cli(t.path(), {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}).exitCode,
            0);
        const QString archive = t.dir() + QStringLiteral("/archive");
        const QString business = t.dir() + QStringLiteral("/business.pdf");
        const QString businessDay = QStringLiteral("2026-11-29");  // F-2026-043, due 15 October: 45 days
        const QJsonObject claim =
            json(cli(t.path(), {QStringLiteral("claim"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                                QStringLiteral("--as-of"), businessDay, QStringLiteral("--json")}));
        QCOMPARE(claim.value(QStringLiteral("days_late")).toInt(), 45);
        const QJsonObject interest = claim.value(QStringLiteral("claim")).toObject();
        const qint64 total = cents(interest.value(QStringLiteral("total")));
        QVERIFY(total > cents(claim.value(QStringLiteral("balance"))));
        const Run notice =
            cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                           QStringLiteral("--kind"), QStringLiteral("formal-notice"), QStringLiteral("--as-of"),
                           businessDay, QStringLiteral("--tracking"), QStringLiteral("1A 123 456 7890 1"),
                           QStringLiteral("-o"), business, QStringLiteral("--archive"), archive});
        QVERIFY2(notice.exitCode == 0, qPrintable(notice.err));
        const QString text = pdfText(business);
        for (const QString &e :
             {QStringLiteral("MISE EN DEMEURE"), QStringLiteral("Lyon, le 29 novembre 2026"),
              QStringLiteral("Camille Rousseau – Conception web (EI)"), QStringLiteral("SIRET 852 345 678 00014"),
              QStringLiteral("Librairie Le Passage"), QStringLiteral("67000 STRASBOURG"),
              QStringLiteral("F-2026-043 15/09/2026 15/10/2026 960,00 € 0,00 € 960,00 €"),
              QStringLiteral("Indemnité forfaitaire pour frais de recouvrement (40,00 € × 1) 40,00 €"),
              QStringLiteral("Total réclamé ") + frenchMoney(total),
              QStringLiteral("Lettre recommandée avec accusé de réception no 1A 123 456 7890 1"),
              QStringLiteral("L441-10 II et D441-5"), QStringLiteral("articles 1344, 1344-1 et 1231-6 du Code civil"),
              QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("injonction de payer"),
              QStringLiteral("Pièces jointes")})
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in %2").arg(e, text)));

        const QString consumer = t.dir() + QStringLiteral("/consumer.pdf");
        const Run consumerNotice =
            cli(t.path(),
                {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-046"),
                 QStringLiteral("--kind"), QStringLiteral("formal-notice"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-12-02"), QStringLiteral("--insist"), QStringLiteral("-o"), consumer,
                 QStringLiteral("--archive"), archive});
        QVERIFY2(consumerNotice.exitCode == 0, qPrintable(consumerNotice.err));
        const QString consumerText = pdfText(consumer);
        QVERIFY(consumerText.contains(QStringLiteral("Julien Bernard")));
        QVERIFY(consumerText.contains(QStringLiteral("la somme totale de 1 200,00 €")));
        QVERIFY2(consumerText.contains(QStringLiteral("portera intérêts au taux")), qPrintable(consumerText));
        QVERIFY(consumerText.contains(QStringLiteral("à compter de la réception de la présente mise en demeure")));
        QVERIFY(!consumerText.contains(QStringLiteral("relances (")));  // none is recorded
        QVERIFY(!consumerText.contains(QStringLiteral("frais de recouvrement")));
        QVERIFY(!consumerText.contains(QStringLiteral("Indemnité forfaitaire")));

        // The archive: both letters, their files' SHA-256 as stored.
        const Run list = cli(t.path(), {QStringLiteral("letters"), QStringLiteral("list"), QStringLiteral("--json"),
                                        QStringLiteral("--archive"), archive});
        const QJsonArray letters = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(letters.size(), 2);
        for (const QJsonValue &v : letters) {
            QFile f(v.toObject().value(QStringLiteral("file")).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        }
        const QJsonObject businessLetter = letters.at(1).toObject();
        QCOMPARE(businessLetter.value(QStringLiteral("tracking_number")).toString(),
                 QStringLiteral("1A 123 456 7890 1"));
        // Received on 1 December: the deadline is recomputed (+ 8 days = 9 December).
        const Run receipt =
            cli(t.path(), {QStringLiteral("letter"), QStringLiteral("receipt"), QStringLiteral("--letter"),
                           QString::number(businessLetter.value(QStringLiteral("id")).toInt()),
                           QStringLiteral("--date"), QStringLiteral("2026-12-01")});
        QVERIFY2(receipt.exitCode != 0, "a receipt in the future is refused");  // kToday is before December

        // Every letter due on the demo's day, one PDF each and one combined.
        const QJsonObject before = json(cli(t.path(), {QStringLiteral("agenda"), QStringLiteral("--as-of"),
                                                       QStringLiteral("2026-11-23"), QStringLiteral("--json")}));
        // Steps that write a letter (not a call or a text message), due on or before the day.
        auto letterSteps = [](const QJsonObject &agenda) {
            static const QStringList kinds{QStringLiteral("courtesy"),      QStringLiteral("reminder1"),
                                           QStringLiteral("reminder2"),     QStringLiteral("final"),
                                           QStringLiteral("formal-notice"), QStringLiteral("handover")};
            int n = 0;
            for (const QJsonValue &v : agenda.value(QStringLiteral("items")).toArray())
                if (kinds.contains(v.toObject().value(QStringLiteral("template")).toString()) &&
                    v.toObject().value(QStringLiteral("planned")).toString() <= QLatin1String("2026-11-23"))
                    ++n;
            return n;
        };
        QVERIFY(letterSteps(before) >= 1);
        const QString out = t.dir() + QStringLiteral("/today");
        const Run batch = cli(t.path(), {QStringLiteral("letters"), QStringLiteral("--due"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-23"), QStringLiteral("--out"), out,
                                         QStringLiteral("--archive"), archive});
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err + batch.out));
        QVERIFY(QFile::exists(out + QStringLiteral("/letters-2026-11-23.pdf")));
        const int written = int(QDir(out).entryList({QStringLiteral("*.pdf")}).size()) - 1;
        QVERIFY2(written >= 1, qPrintable(batch.out));
        QVERIFY(batch.out.contains(QStringLiteral("%1 letter").arg(written)));
        const QJsonObject after = json(cli(t.path(), {QStringLiteral("agenda"), QStringLiteral("--as-of"),
                                                      QStringLiteral("2026-11-23"), QStringLiteral("--json")}));
        QCOMPARE(letterSteps(after), 0);          // every letter due was written
        QVERIFY(written <= letterSteps(before));  // one per client and kind

        // Bad input writes nothing.
        const QString dump = t.dump();
        const Run unknown =
            cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("NOPE"),
                           QStringLiteral("--kind"), QStringLiteral("reminder1"), QStringLiteral("-o"),
                           t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("--invoice")), qPrintable(unknown.err));
        const Run badKind =
            cli(t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                           QStringLiteral("--kind"), QStringLiteral("threat"), QStringLiteral("-o"),
                           t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(badKind.exitCode, 1);
        QVERIFY(badKind.err.contains(QStringLiteral("formal-notice")));
        const Run badInstalment = cli(
            t.path(), {QStringLiteral("letter"), QStringLiteral("--invoice"), QStringLiteral("F-2026-043"),
                       QStringLiteral("--kind"), QStringLiteral("schedule"), QStringLiteral("--instalment"),
                       QStringLiteral("2026-02-30=12,3,4"), QStringLiteral("-o"), t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(badInstalment.exitCode, 1);
        QVERIFY(badInstalment.err.contains(QStringLiteral("--instalment")));
        QCOMPARE(t.dump(), dump);
        QVERIFY(!QFile::exists(t.dir() + QStringLiteral("/x.pdf")));
    }

    void ratesAddedFromTheCommandLine()
    {
        test::TempDatabase t;
        const Run added = cli(t.path(), QStringLiteral("rates add --half 2026-H2 --ecb 2.15 --legal-natural 6.70 "
                                                       "--legal-other 2.60 --source JO")
                                            .split(QLatin1Char(' ')));
        QCOMPARE(added.exitCode, 0);
        const Run list = cli(t.path(), {QStringLiteral("rates"), QStringLiteral("--json")});
        const QJsonDocument doc = QJsonDocument::fromJson(list.out.toUtf8());
        const QJsonArray rows = doc.array();
        QJsonObject h2;
        for (const QJsonValue &row : rows)
            if (row.toObject().value(QStringLiteral("half")).toString() == QLatin1String("2026-H2"))
                h2 = row.toObject();
        QCOMPARE(h2.value(QStringLiteral("legal_other")).toString(), QStringLiteral("2.60"));
        QVERIFY(h2.value(QStringLiteral("user_added")).toBool());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("half")).toString(), QStringLiteral("2016-H1"));
        // An invoice due in June 2026 now has a figure for July.
        const qint64 nova = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("F-1"), nova, QDate(2026, 5, 16), QDate(2026, 6, 15), 100000);
        const QJsonObject claim =
            json(cli(t.path(), {QStringLiteral("claim"), QStringLiteral("--invoice"), QStringLiteral("F-1"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-07-15"), QStringLiteral("--json")}));
        QCOMPARE(claim.value(QStringLiteral("claim")).toObject().value(QStringLiteral("interest")).toString(),
                 QStringLiteral("9.99"));
    }

    void deadlineNeedsNoDatabase()
    {
        QTemporaryDir dir;
        const QString untouched = dir.filePath(QStringLiteral("never.sqlite"));
        // LEGAL.md section 6: receipt on Wed 7 May 2025 (8 May a holiday).
        const Run ouvrables = cli(
            untouched, QStringLiteral("deadline --from 07/05/2025 --days 5 --kind ouvrables").split(QLatin1Char(' ')));
        QCOMPARE(ouvrables.exitCode, 0);
        QCOMPARE(ouvrables.out, QStringLiteral("2025-05-14\n"));
        QCOMPARE(
            cli(untouched, QStringLiteral("deadline --from 2025-05-07 --days 5 --kind ouvres").split(QLatin1Char(' ')))
                .out,
            QStringLiteral("2025-05-15\n"));
        QCOMPARE(cli(untouched, QStringLiteral("deadline --from 2025-12-24 --days 1 --calendar fr-alsace-moselle")
                                    .split(QLatin1Char(' ')))
                     .out,
                 QStringLiteral("2025-12-29\n"));
        const Run bad =
            cli(untouched, QStringLiteral("deadline --from 2025-05-07 --days five").split(QLatin1Char(' ')));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith(QStringLiteral("relance-cli: --days: ")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(untouched));
    }

    void interestFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString untouched = dir.filePath(QStringLiteral("never.sqlite"));
        // LEGAL.md section 6, second example.
        const Run run =
            cli(untouched, QStringLiteral("interest --amount 2400.00 --due 2024-05-31 --until 2024-08-20 --json")
                               .split(QLatin1Char(' ')));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = json(run);
        QCOMPARE(r.value(QStringLiteral("interest")).toString(), QStringLiteral("76.39"));
        QCOMPARE(r.value(QStringLiteral("indemnity")).toString(), QStringLiteral("40.00"));
        QCOMPARE(r.value(QStringLiteral("total")).toString(), QStringLiteral("2516.39"));
        QCOMPARE(r.value(QStringLiteral("days")).toInt(), 81);
        const QJsonArray slices = r.value(QStringLiteral("slices")).toArray();
        QCOMPARE(slices.size(), 2);
        QCOMPARE(slices.at(0).toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("14.50"));
        QCOMPARE(slices.at(1).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2024-07-01"));
        QCOMPARE(slices.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("47.79"));
        // A consumer: legal rate from the notice, no indemnity (fourth example).
        const QJsonObject b2c =
            json(cli(untouched, QStringLiteral("interest --profile fr-b2c --amount 1200 --due 2025-01-31 "
                                               "--notice-date 03/03/2025 --until 2025-05-02 --json")
                                    .split(QLatin1Char(' '))));
        QCOMPARE(b2c.value(QStringLiteral("interest")).toString(), QStringLiteral("7.32"));
        QCOMPARE(b2c.value(QStringLiteral("indemnity")).toString(), QStringLiteral("0.00"));
        // A period the table does not know: a clear refusal, no option blamed.
        const Run missing =
            cli(untouched,
                QStringLiteral("interest --amount 1000 --due 2026-06-15 --until 2026-07-15").split(QLatin1Char(' ')));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, QStringLiteral("relance-cli: the ECB rate in force on 1 July 2026 is not in the rate "
                                             "table yet (it is known until 30 June 2026): add the half-year 2026-H2 "
                                             "in the settings\n"));
        const Run noNotice =
            cli(untouched,
                QStringLiteral("interest --profile fr-b2c --amount 1200 --due 2025-01-31").split(QLatin1Char(' ')));
        QVERIFY2(noNotice.err.startsWith(QStringLiteral("relance-cli: --notice-date: ")), qPrintable(noNotice.err));
        QVERIFY(!QFile::exists(untouched));
    }

    void usageErrorsAndHelp()
    {
        test::TempDatabase t;
        QCOMPARE(cli(t.path(), {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli(t.path(), {QStringLiteral("invoices"), QStringLiteral("--bogus")}).exitCode, 2);
        const Run help = cli(t.path(), {QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--amount-excl")));
        QTemporaryDir dir;
        const QString untouched = dir.filePath(QStringLiteral("never.sqlite"));
        QCOMPARE(cli(untouched, {QStringLiteral("dashboard"), QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(!QFile::exists(untouched));  // help opens no database
        const Run bad =
            cli(t.path(), {QStringLiteral("dashboard"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("--as-of")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
