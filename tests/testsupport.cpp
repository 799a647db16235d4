#include "testsupport.h"

#include "services/clientservice.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace relance::test {

Issuer sampleIssuer()
{
    Issuer i;
    i.companyName = QStringLiteral("Atelier Vasseur");
    i.legalForm = QStringLiteral("SARL");
    i.siret = QStringLiteral("12345678900012");
    i.vatNumber = QStringLiteral("FR40123456789");
    i.address = QStringLiteral("4 place Bellecour");
    i.postalCode = QStringLiteral("69002");
    i.city = QStringLiteral("Lyon");
    i.iban = QStringLiteral("FR7630006000011234567890189");
    i.bic = QStringLiteral("AGRIFRPP");
    i.signatoryName = QStringLiteral("Hélène Vasseur");
    i.signatoryTitle = QStringLiteral("Gérante");
    return i;
}

namespace {
[[noreturn]] void fixtureFailed(const Error &e) { qFatal("test fixture failed: %s", qPrintable(e.describe())); }
}  // namespace

std::unique_ptr<Database> openDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        fixtureFailed(opened.error());
    return std::move(opened).value();
}

TempDatabase::TempDatabase() : m_db(openDatabase(path())) {}

qint64 TempDatabase::addClient(const QString &name, bool consumer)
{
    Client c;
    c.name = name;
    c.isConsumer = consumer;
    Result<qint64> id = ClientService(*m_db).add(c);
    if (!id)
        fixtureFailed(id.error());
    return *id;
}

qint64 TempDatabase::addInvoice(const QString &number, qint64 clientId, const QDate &issued, const QDate &due,
                                qint64 cents, const QString &currency)
{
    Invoice inv;
    inv.number = number;
    inv.clientId = clientId;
    inv.issueDate = issued;
    inv.dueDate = due;
    inv.amountInclCents = cents;
    inv.amountExclCents = cents * 100 / 120;
    inv.currency = currency;
    Result<qint64> id = InvoiceService(*m_db).add(inv);
    if (!id)
        fixtureFailed(id.error());
    return *id;
}

qint64 TempDatabase::pay(qint64 invoiceId, const QDate &date, qint64 cents)
{
    Payment p;
    p.date = date;
    p.amountCents = cents;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT currency FROM invoices WHERE id = ?"));
    q.addBindValue(invoiceId);
    if (q.exec() && q.next())
        p.currency = q.value(0).toString();
    p.allocations = {Allocation{invoiceId, {}, cents}};
    Result<qint64> id = PaymentService(*m_db).record(p);
    if (!id)
        fixtureFailed(id.error());
    return *id;
}

void TempDatabase::addBulkInvoices(qint64 clientId, int count)
{
    Transaction tx(*m_db);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO invoices (number, client_id, issue_date, due_date, amount_excl_cents, "
                             "amount_incl_cents, paid_cents) VALUES (?, ?, ?, ?, 100000, 120000, ?)"));
    for (int i = 0; i < count; ++i) {
        const QDate issued = QDate(2020, 1, 1).addDays(i % 2400);
        q.addBindValue(QStringLiteral("B-%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(clientId);
        q.addBindValue(issued.toString(Qt::ISODate));
        q.addBindValue(issued.addDays(30).toString(Qt::ISODate));
        q.addBindValue(i % 50 == 0 ? 0 : 120000);
        if (!q.exec())
            fixtureFailed(sqlError(q, QStringLiteral("bulk invoices")));
    }
    if (Status s = tx.commit(); !s)
        fixtureFailed(s.error());
}

QString TempDatabase::dump() const
{
    QString text;
    QSqlQuery q(m_db->connection());
    for (const char *table : {"issuer", "clients", "invoices", "payments", "allocations"}) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        text += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            text += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

namespace {
QString rawPdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("l.pdf")));
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT), {file.fileName(), QStringLiteral("-")});
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
}
}  // namespace

QString pdfText(const QByteArray &pdf) { return rawPdfText(pdf).simplified(); }

QStringList pdfPages(const QByteArray &pdf)
{
    QStringList pages = rawPdfText(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();  // pdftotext ends every page with a form feed
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

}  // namespace relance::test
