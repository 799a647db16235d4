#include "domain/identifiers.h"
#include "services/clientservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/issuerrepository.h"
#include "storage/migrations.h"
#include "storage/paymentrepository.h"
#include "services/paymentservice.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <QtTest>

using namespace relance;

class TestStorage : public QObject
{
    Q_OBJECT

    static QString pragma(const Database &db, const char *name)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void migratesAnEmptyFile()
    {
        test::TempDatabase t;
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(t.db(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(t.db(), "journal_mode"), QStringLiteral("wal"));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QCOMPARE(tables.join(QLatin1Char(' ')),
                 QStringLiteral(
                     "actions allocations bank_transactions clients disputes invoices issuer ladder_steps ladders "
                     "letter_invoices letter_templates letters mail_claims payments plan_instalments plan_invoices "
                     "plans promises sent_mails settings settlement_invoices settlements user_rates"));
    }

    void upgradesASchema1FileKeepingItsData()
    {
        // A file written by the first release: schema 1 only, with one invoice.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &statement : migrations().at(0))
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (name, city) VALUES ('Éditions Bérénice', 'Orléans')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices (number, client_id, issue_date, due_date, "
                                          "amount_excl_cents, amount_incl_cents) VALUES ('F-1', 1, '2024-01-01', "
                                          "'2024-01-31', 1000, 1200)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), 9);
        {
            // Schema 8 gave the client written before it its folded search key.
            QSqlQuery key(db.connection());
            QVERIFY(key.exec(QStringLiteral("SELECT search_key FROM clients")) && key.next());
            QCOMPARE(key.value(0).toString(), QStringLiteral("editions berenice orleans "));
            QCOMPARE(ClientRepository(db).page(0, 10, QStringLiteral("BERENICE orl")).size(), 1);
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT number, pause_reason, penalty_rate_bp IS NULL FROM invoices")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("F-1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral(""));
        QVERIFY(q.value(2).toBool());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(builtin_key, ',') FROM ladders")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("standard,gentle"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ladder_steps")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 13);
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Client c;
            c.name = QStringLiteral("Atelier");
            QVERIFY(ClientRepository(*db.value()).insert(c).ok());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(ClientRepository(*again.value()).count(), 1);
    }

    void twoDatabasesOpenAtOnce()
    {
        test::TempDatabase a, b;
        a.addClient(QStringLiteral("Only in A"));
        QCOMPARE(ClientRepository(a.db()).count(), 1);
        QCOMPARE(ClientRepository(b.db()).count(), 0);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto reopened = Database::open(path);
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(reopened.error().message));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Relance database")), qPrintable(db.error().message));
        QVERIFY(!Database::open(dir.path()).ok());  // a folder
    }

    void clientRoundTrip()
    {
        test::TempDatabase t;
        Client c;
        c.name = QStringLiteral("Cabinet Durand & Associés");
        c.legalForm = QStringLiteral("SCP");
        c.sirenSiret = QStringLiteral("45678912300024");
        c.vatNumber = QStringLiteral("FR12456789123");
        c.address = QStringLiteral("48 boulevard Haussmann\nBâtiment B");
        c.postalCode = QStringLiteral("75009");
        c.city = QStringLiteral("Paris");
        c.email = QStringLiteral("compta@durand.fr");
        c.phone = QStringLiteral("01 45 67 89 10");
        c.contactPerson = QStringLiteral("Hélène Durand");
        c.emailCc = QStringLiteral("helene@durand.fr, direction@durand.fr");
        c.paymentTermsDays = 45;
        c.penaltyRateBasisPoints = 1200;
        c.notes = QStringLiteral("Pays by transfer");
        const ClientRepository repo(t.db());
        auto id = repo.insert(c);
        QVERIFY(id.ok());
        const auto back = repo.findByName(QStringLiteral("cabinet durand & associés"));  // case-insensitive
        QVERIFY(back.has_value());
        QCOMPARE(back->id, *id);
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->address, c.address);
        QCOMPARE(back->paymentTermsDays, 45);
        QCOMPARE(back->penaltyRateBasisPoints.value_or(-1), 1200);
        QCOMPARE(back->contactPerson, c.contactPerson);
        QCOMPARE(back->emailCc, c.emailCc);
        QCOMPARE(emailList(back->emailCc), (QStringList{QStringLiteral("helene@durand.fr"), QStringLiteral("direction@durand.fr")}));
        QCOMPARE(back->postalAddressOneLine(), QStringLiteral("48 boulevard Haussmann, Bâtiment B, 75009 Paris"));
        Client changed = *back;
        changed.penaltyRateBasisPoints.reset();
        changed.isConsumer = true;
        QVERIFY(repo.update(changed).ok());
        QVERIFY(!repo.findById(*id)->penaltyRateBasisPoints.has_value());
        QVERIFY(repo.findById(*id)->isConsumer);
        // A copy recipient is checked like the billing address, and named as the field in error.
        changed.emailCc = QStringLiteral("helene@durand.fr; pas-une-adresse");
        const Status refused = ClientService(t.db()).update(changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("email_cc"));
        QVERIFY(refused.error().message.contains(QStringLiteral("pas-une-adresse")));
        QCOMPARE(repo.findById(*id)->emailCc, c.emailCc);
    }

    void invoiceRoundTripAndPaidTotalKeptByTriggers()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Nova"));
        const qint64 a = t.addInvoice(QStringLiteral("F-1"), client, QDate(2026, 1, 5), QDate(2026, 2, 4), 120000);
        const qint64 b = t.addInvoice(QStringLiteral("F-2"), client, QDate(2026, 1, 6), QDate(2026, 2, 5), 60000);
        const InvoiceRepository invoices(t.db());
        auto inv = invoices.findByNumber(QStringLiteral("F-1"));
        QVERIFY(inv.has_value());
        QCOMPARE(inv->clientName, QStringLiteral("Nova"));
        QCOMPARE(inv->issueDate, QDate(2026, 1, 5));
        QCOMPARE(inv->dueDate, QDate(2026, 2, 4));
        QVERIFY(!inv->serviceDate.isValid());
        QCOMPARE(inv->amountInclCents, 120000);
        QCOMPARE(inv->amountExclCents, 100000);

        // One payment over two invoices.
        Payment p;
        p.date = QDate(2026, 2, 10);
        p.amountCents = 150000;
        p.method = QStringLiteral("transfer");
        p.bankReference = QStringLiteral("VIR NOVA F-1 F-2");
        p.allocations = {Allocation{a, {}, 100000}, Allocation{b, {}, 50000}};
        QVERIFY(PaymentRepository(t.db()).insert(p).ok());
        QCOMPARE(invoices.findById(a)->paidCents, 100000);
        QCOMPARE(invoices.findById(b)->paidCents, 50000);
        const QList<Payment> ofA = PaymentRepository(t.db()).forInvoice(a);
        QCOMPARE(ofA.size(), 1);
        QCOMPARE(ofA.first().allocations.size(), 2);
        QCOMPARE(ofA.first().bankReference, p.bankReference);
        QCOMPARE(ofA.first().allocations.at(1).invoiceNumber, QStringLiteral("F-2"));

        // Deleting the payment gives the money back to the invoices.
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM payments")));
        QCOMPARE(invoices.findById(a)->paidCents, 0);
        QCOMPARE(invoices.findById(b)->paidCents, 0);
    }

    void foreignKeysAreEnforced()
    {
        test::TempDatabase t;
        Invoice orphan;
        orphan.number = QStringLiteral("X-1");
        orphan.clientId = 4242;
        orphan.issueDate = QDate(2026, 1, 1);
        orphan.dueDate = QDate(2026, 1, 31);
        orphan.amountInclCents = 100;
        QVERIFY(!InvoiceRepository(t.db()).insert(orphan).ok());
    }

    void transactionRollsBackWhenNotCommitted()
    {
        test::TempDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            Client c;
            c.name = QStringLiteral("Ghost");
            QVERIFY(ClientRepository(t.db()).insert(c).ok());
            {
                Transaction inner(t.db());  // nests as a savepoint
                c.name = QStringLiteral("Inner ghost");
                QVERIFY(ClientRepository(t.db()).insert(c).ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(ClientRepository(t.db()).count(), 2);
        }
        QCOMPARE(ClientRepository(t.db()).count(), 0);
    }

    // Two connections to one book (two processes, in real life): while one holds a write, the
    // other's transaction waits for the lock (busy timeout) and then succeeds, instead of
    // starting as a reader and failing at once with "database is locked" at its first write.
    void aSecondWriterWaitsForTheFirst()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Nova"));
        const qint64 invoice = t.addInvoice(QStringLiteral("F-1"), client, QDate(2026, 1, 1), QDate(2026, 2, 1), 50000);
        std::atomic<bool> started = false;
        Status second = Error{QStringLiteral("not run")};
        QThread *writer = nullptr;
        {
            Transaction holding(t.db());
            QVERIFY(holding.isActive());
            Client c;
            c.name = QStringLiteral("Written by the first");
            QVERIFY(ClientRepository(t.db()).insert(c).ok());
            writer = QThread::create([&] {
                const std::unique_ptr<Database> other = test::openDatabase(t.path());
                started = true;
                Payment p;
                p.date = QDate(2026, 2, 10);
                p.amountCents = 20000;
                p.method = QStringLiteral("transfer");
                Allocation a;
                a.invoiceId = invoice;
                a.amountCents = 20000;
                p.allocations = {a};
                const Result<qint64> id = PaymentService(*other).record(p);
                second = id ? success() : Status(id.error());
            });
            writer->start();
            QTRY_VERIFY(started.load());
            QThread::msleep(800);  // the second writer is now waiting on the lock
            QVERIFY(!writer->isFinished());
            QVERIFY(holding.commit().ok());
        }
        writer->wait();  // no deadline: a wait with one misbehaves under faketime, and the busy timeout bounds it
        delete writer;
        QVERIFY2(second.ok(), qPrintable(second.error().describe()));
        QCOMPARE(ClientRepository(t.db()).count(), 2);
        QCOMPARE(InvoiceRepository(t.db()).findById(invoice)->paidCents, 20000);
    }

    void issuerRoundTrip()
    {
        test::TempDatabase t;
        Issuer i;
        i.companyName = QStringLiteral("Camille Rousseau");
        i.siret = QStringLiteral("85234567800014");
        i.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
        i.signatoryName = QStringLiteral("Camille Rousseau");
        QVERIFY(IssuerRepository(t.db()).save(i).ok());
        const Issuer back = IssuerRepository(t.db()).load();
        QCOMPARE(back.companyName, i.companyName);
        QCOMPARE(back.iban, i.iban);
        QCOMPARE(back.country, QStringLiteral("FR"));
    }

    void dashboardQueriesUseIndexes()
    {
        test::TempDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT currency, count(*), sum(amount_incl_cents - paid_cents) "
                                  "FROM invoices WHERE paid_cents < amount_incl_cents GROUP BY currency")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("invoices_open_by_due")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
