// relance-bench: how long the things a user waits for take on a large book, beside their budgets.
// Not a test (a loaded machine would make it fail at random): scripts/bench.sh runs it and prints
// the table; a figure over its budget is marked, and the exit code says whether any was.
//
//   relance-bench [--sizes 100000,1000000]
//
// Each size gets a fresh book in a temporary folder: `size` invoices of 1,200.00 incl. VAT over
// 1,000 clients, one issued a day from 2020 over 2,400 days, every 50th one unpaid (so 2 % open,
// as a freelancer who is paid most of the time), written straight in SQL.
#include "import/csvreader.h"
#include "services/bankservice.h"
#include "services/clientservice.h"
#include "services/collectionservice.h"
#include "services/dashboardservice.h"
#include "services/invoiceimportservice.h"
#include "services/issuerservice.h"
#include "services/letterservice.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace relance;

namespace {

const QDate kToday(2026, 11, 23);

struct Figure
{
    QString what;
    int size;
    qint64 ms;
    qint64 budgetMs;
};

QList<Figure> figures;

// Runs `work` once and records its time; `check` failing means the figure measures nothing.
void measure(const QString &what, int size, qint64 budgetMs, const std::function<bool()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = work();
    const qint64 ms = timer.elapsed();
    if (!ok) {
        std::fprintf(stderr, "relance-bench: %s on %d invoices did not do its work\n", qPrintable(what), size);
        std::exit(2);
    }
    figures << Figure{what, size, ms, budgetMs};
    std::fprintf(stderr, "  %-52s %9d %8lld ms\n", qPrintable(what), size, ms);
}

bool fill(Database &db, int size)
{
    Transaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO clients (name, address, postal_code, city) VALUES (?, ?, '69002', 'Lyon')"));
    for (int c = 0; c < 1000; ++c) {
        q.addBindValue(QStringLiteral("Client %1").arg(c, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("%1 rue de la République").arg(c + 1));
        if (!q.exec())
            return false;
    }
    // As ClientRepository keeps it (schema 8).
    if (!q.exec(QStringLiteral("UPDATE clients SET search_key = relance_fold(name || ' ' || city || ' ' || email)")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO invoices (number, client_id, issue_date, due_date, amount_excl_cents, "
                             "amount_incl_cents, paid_cents) VALUES (?, ?, ?, ?, 100000, 120000, ?)"));
    for (int i = 0; i < size; ++i) {
        const QDate issued = QDate(2020, 1, 1).addDays(i % 2400);
        q.addBindValue(QStringLiteral("B-%1").arg(i, 7, 10, QLatin1Char('0')));
        q.addBindValue(1 + i % 1000);
        q.addBindValue(issued.toString(Qt::ISODate));
        q.addBindValue(issued.addDays(30).toString(Qt::ISODate));
        q.addBindValue(i % 50 == 0 ? 0 : 120000);
        if (!q.exec())
            return false;
    }
    return tx.commit().ok() && QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
}

Issuer benchIssuer()
{
    Issuer i;
    i.companyName = QStringLiteral("Camille Rousseau");
    i.address = QStringLiteral("12 rue de la République");
    i.postalCode = QStringLiteral("69002");
    i.city = QStringLiteral("Lyon");
    i.country = QStringLiteral("FR");
    i.iban = QStringLiteral("FR7630006000011234567890189");
    return i;
}

void benchBook(int size)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "relance-bench: %s\n", qPrintable(opened.error().describe()));
        std::exit(2);
    }
    Database &db = **opened;
    measure(QStringLiteral("writing the book (SQL, not a user's wait)"), size, 0, [&] { return fill(db, size); });
    const int open = size / 50;

    measure(QStringLiteral("dashboard: totals and aging"), size, 100, [&] {
        return DashboardService(db).summary(kToday).totalsFor(QStringLiteral("EUR")).outstandingCount == open;
    });
    measure(QStringLiteral("dashboard: key figures (DSO, 12 months, top)"), size, 300,
            [&] { return DashboardService(db).keyFigures(kToday).months.size() == 12; });
    measure(QStringLiteral("list: first page by due date"), size, 50, [&] {
        InvoiceQuery all;
        return InvoiceRepository(db).page(all, std::nullopt, 200).rows.size() == 200;
    });
    measure(QStringLiteral("list: a page in the middle (keyset)"), size, 50, [&] {
        InvoiceQuery all;
        return InvoiceRepository(db).page(all, InvoiceCursor{QStringLiteral("2023-06-01"), size / 2}, 200).rows.size() ==
               200;
    });
    using F = InvoiceQuery::Filter;
    for (const auto &[filter, name] : {std::pair{F::Overdue, "overdue"}, std::pair{F::AtRisk, "at risk"},
                                       std::pair{F::LateOver90, "over 90 days"}}) {
        measure(QStringLiteral("list: %1, count and first page").arg(QLatin1String(name)), size, 100, [&] {
            InvoiceQuery q;
            q.filter = filter;
            q.asOf = kToday;
            const int count = InvoiceRepository(db).count(q);
            return count > 0 && InvoiceRepository(db).page(q, std::nullopt, 200).rows.size() == std::min(count, 200);
        });
    }
    measure(QStringLiteral("list: search by number"), size, 100, [&] {
        InvoiceQuery q;
        q.search = QStringLiteral("B-0000050");
        return InvoiceRepository(db).count(q) == 1;
    });
    measure(QStringLiteral("today: the agenda of every open invoice"), size, 1000,
            [&] { return CollectionService(db).agenda(kToday).items.size() == open; });

    if (!IssuerService(db).save(benchIssuer()).ok())
        std::exit(2);
    const QList<Invoice> openInvoices = InvoiceRepository(db).openInvoices();
    measure(QStringLiteral("letter: a first reminder composed, PDF archived"), size, 1000, [&] {
        LetterService letters(db, dir.filePath(QStringLiteral("letters")));
        LetterRequest r;
        r.invoiceIds = {openInvoices.last().id};
        r.kind = LetterKind::Reminder1;
        r.date = kToday;
        r.language = QStringLiteral("fr");
        const Result<ProducedLetter> produced = letters.produce(r);
        if (!produced)
            std::fprintf(stderr, "relance-bench: %s\n", qPrintable(produced.error().describe()));
        return produced.ok();
    });

    QByteArray statement = "Date;Libellé;Crédit;Tiers\n";
    for (int i = 0; i < 500; ++i)  // every other one names its invoice
        statement += QStringLiteral("10/11/2026;VIR %1;%2,00;CLIENT %3\n")
                         .arg(i % 2 == 0 ? openInvoices.at(i).number : QStringLiteral("DIVERS"))
                         .arg(i % 2 == 0 ? 1200 : 17 + i)
                         .arg(i)
                         .toUtf8();
    const BankService bank(db);
    measure(QStringLiteral("bank: a 500-credit statement imported"), size, 1000, [&] {
        const auto r = bank.import({{QStringLiteral("bench.csv"), statement}}, kToday);
        return r.ok() && r->creditsAdded == 500;
    });
    measure(QStringLiteral("bank: proposals for the 500 credits"), size, 1000,
            [&] { return bank.openCreditsWithProposals(kToday).size() == 500; });
    measure(QStringLiteral("bank: the 250 certain matches confirmed"), size, 2000, [&] {
        const Result<int> done = bank.confirmCertain(kToday);
        return done.ok() && *done == 250;
    });

    QByteArray csv = "Numéro;Client;Date;Échéance;Montant TTC\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("N-%1;Client %2;%3;%4;1 %5,%6\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i % 1000, 4, 10, QLatin1Char('0'))
                   .arg(QDate(2026, 1, 1).addDays(i % 300).toString(QStringLiteral("dd/MM/yyyy")),
                        QDate(2026, 1, 31).addDays(i % 300).toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(100 + i % 900)
                   .arg(i % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    measure(QStringLiteral("import: 10,000 CSV rows read, checked, written"), size, 2000, [&] {
        const InvoiceImportService service(db);
        const Result<CsvTable> table = readCsv(csv, QStringLiteral("bench.csv"));
        if (!table)
            return false;
        const Result<ImportReport> report = service.import(*table, service.mappingFor(*table), QStringLiteral("bench.csv"));
        return report.ok() && report->added == 10000;
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");  // letters need fonts, hence a GUI application
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times what a user waits for on large books."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Book sizes, comma-separated."),
                                   QStringLiteral("N,N"), QStringLiteral("100000,1000000"));
    parser.addOption(sizes);
    parser.process(app);

    for (const QString &n : parser.value(sizes).split(QLatin1Char(','))) {
        std::fprintf(stderr, "Book of %s invoices:\n", qPrintable(n));
        benchBook(n.toInt());
    }

    QTextStream out(stdout);
    int over = 0;
    out << QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(QStringLiteral("what"), -52).arg(QStringLiteral("invoices"), 9)
               .arg(QStringLiteral("ms"), 7).arg(QStringLiteral("budget"), 7);
    out << "|" << QString(54, QLatin1Char('-')) << "|" << QString(11, QLatin1Char('-')) << "|"
        << QString(9, QLatin1Char('-')) << "|" << QString(9, QLatin1Char('-')) << "|\n";
    for (const Figure &f : figures) {
        const bool late = f.budgetMs > 0 && f.ms > f.budgetMs;
        over += late;
        out << QStringLiteral("| %1 | %2 | %3 | %4 |%5\n")
                   .arg(f.what, -52)
                   .arg(f.size, 9)
                   .arg(f.ms, 7)
                   .arg(f.budgetMs > 0 ? QString::number(f.budgetMs) : QStringLiteral("-"), 7)
                   .arg(late ? QStringLiteral(" OVER BUDGET") : QString());
    }
    out << (over ? QStringLiteral("%1 figure(s) over budget\n").arg(over) : QStringLiteral("every figure within budget\n"));
    return over ? 1 : 0;
}
