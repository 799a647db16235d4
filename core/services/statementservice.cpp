#include "statementservice.h"

#include "issuerservice.h"
#include "letterframe.h"
#include "letterservice.h"
#include "paymentservice.h"

#include "domain/dates.h"
#include "letters/letterrenderer.h"
#include "letters/letterstrings.h"
#include "letters/lettertemplate.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatementService)
};

// Every open invoice of the client, by due date, in keyset pages (a client with thousands of
// invoices is read through the index, never all of the book).
QList<Invoice> openInvoicesOf(const Database &db, qint64 clientId, const QDate &asOf)
{
    InvoiceQuery query;
    query.filter = InvoiceQuery::Filter::Outstanding;
    query.clientId = clientId;
    query.asOf = asOf;
    query.sort = InvoiceQuery::Sort::DueDate;
    const InvoiceRepository invoices(db);
    QList<Invoice> all;
    std::optional<InvoiceCursor> after;
    for (;;) {
        InvoiceRepository::Page page = invoices.page(query, after, 500);
        all += page.rows;
        if (page.rows.size() < 500 || !page.last)
            return all;
        after = page.last;
    }
}

struct Owed
{
    qint64 balance = 0;
    qint64 overdue = 0;
    QStringList overdueNumbers;
    QStringList numbers;
};
}  // namespace

Result<LetterDocument> StatementService::compose(qint64 clientId, const QDate &asOf, const QString &language) const
{
    if (!asOf.isValid())
        return Error(Tr::tr("the statement's date is missing or invalid"), QStringLiteral("date"));
    const auto client = ClientRepository(m_db).findById(clientId);
    if (!client)
        return Error(Tr::tr("client %1 does not exist").arg(clientId), QStringLiteral("client"));
    const Issuer issuer = IssuerService(m_db).load();
    if (issuer.companyName.trimmed().isEmpty() || issuer.address.trimmed().isEmpty() || issuer.city.trimmed().isEmpty())
        return Error(Tr::tr("your company's name and address print on the statement: fill them in first "
                            "(Edit > Your company)"),
                     QStringLiteral("issuer"));

    LetterDocument d;
    d.language = language.isEmpty() ? defaultLetterLanguage(*client) : language;
    d.date = asOf;
    d.clientId = client->id;
    d.clientEmail = client->email.trimmed();
    const LetterStrings &s = LetterStrings::of(d.language, client->country);
    const bool french = d.language == QLatin1String("fr");
    const auto paragraph = [french](const QString &text, bool bold = false) {
        return LetterBlock{LetterBlock::Kind::Paragraph, {{french ? frenchSpaces(text) : text, bold}}};
    };
    frameSheet(d, issuer, *client, s, asOf);
    d.title = s.get(QStringLiteral("statement.title"));
    d.subject = s.get(QStringLiteral("subject")).arg(s.get(QStringLiteral("statement.subject")).arg(s.date(asOf)));
    d.roomToSign = false;  // it states the book and asks for no signature: one page where it fits
    // A statement, not a letter: no salutation nor closing formula, so that an ordinary account
    // (a few invoices, a year of payments) holds on one page.
    d.body << paragraph(s.get(QStringLiteral("statement.intro")).arg(s.date(asOf)));

    // The open invoices, and what they add up to in each currency.
    const QList<Invoice> open = openInvoicesOf(m_db, clientId, asOf);
    QMap<QString, Owed> owed;  // by currency, in a stable order
    d.invoiceTable.headers = {s.get(QStringLiteral("col.invoice")), s.get(QStringLiteral("col.date")),
                              s.get(QStringLiteral("col.due")),     s.get(QStringLiteral("col.late")),
                              s.get(QStringLiteral("col.amount")),  s.get(QStringLiteral("col.paid")),
                              s.get(QStringLiteral("col.balance"))};
    d.invoiceTable.numeric = {false, false, false, true, true, true, true};
    for (const Invoice &i : open) {
        const qint64 late = i.daysLate(asOf);
        d.invoiceTable.rows << QStringList{i.number,
                                           s.shortDate(i.issueDate),
                                           s.shortDate(i.dueDate),
                                           late > 0 ? s.count(QStringLiteral("days"), late)
                                                    : s.get(QStringLiteral("late.not_due")),
                                           s.money(i.totalIncl()),
                                           s.money(i.paid()),
                                           s.money(i.balance())};
        Owed &o = owed[i.currency];
        o.balance += i.balance().cents();
        o.numbers << i.number;
        d.invoiceIds << i.id;
        d.invoiceNumbers << i.number;
        if (late > 0) {
            o.overdue += i.balance().cents();
            o.overdueNumbers << i.number;
        }
    }
    QStringList balances;
    for (auto it = owed.cbegin(); it != owed.cend(); ++it) {
        const Money balance(it->balance, it.key());
        const Money overdue(it->overdue, it.key());
        d.invoiceTable.totals << QStringList{s.get(QStringLiteral("total.balance")), s.money(balance)};
        d.invoiceTable.totals << QStringList{s.get(QStringLiteral("total.overdue")), s.money(overdue)};
        balances << (it->overdue > 0
                         ? s.get(QStringLiteral("statement.balance")).arg(s.money(balance), s.money(overdue))
                         : s.get(QStringLiteral("statement.balance_not_due")).arg(s.money(balance)));
    }
    for (const ClientCredit &credit : PaymentService(m_db).credits(clientId))
        d.invoiceTable.notes << s.get(QStringLiteral("statement.credit")).arg(s.money(credit.amount));
    if (open.isEmpty()) {
        d.body << paragraph(s.get(QStringLiteral("statement.none_open")));
        for (const QString &note : d.invoiceTable.notes)
            d.body << paragraph(note);
    } else {
        d.body << paragraph(s.get(QStringLiteral("statement.open")), true);
        d.body << LetterBlock{LetterBlock::Kind::InvoiceTable, {}};
    }

    // The payments of the past year, this client's part of each.
    const QDate since = asOf.addMonths(-kPaymentMonths).addDays(1);
    const QList<Payment> paid = PaymentRepository(m_db).fromClient(clientId, since, asOf);
    if (paid.isEmpty()) {
        d.body << paragraph(s.get(QStringLiteral("statement.no_payments")).arg(s.date(since), s.date(asOf)));
    } else {
        d.paymentsTable.headers = {s.get(QStringLiteral("col.payment_date")), s.get(QStringLiteral("col.method")),
                                   s.get(QStringLiteral("col.bank_reference")), s.get(QStringLiteral("col.invoices")),
                                   s.get(QStringLiteral("col.received"))};
        d.paymentsTable.numeric = {false, false, false, false, true};
        QMap<QString, qint64> received;
        for (const Payment &p : paid) {
            QStringList numbers;
            for (const Allocation &a : p.allocations)
                numbers << a.invoiceNumber;
            const QString methodKey = QStringLiteral("method.") + p.method;
            d.paymentsTable.rows << QStringList{s.shortDate(p.date), s.has(methodKey) ? s.get(methodKey) : p.method,
                                                p.bankReference.trimmed(), numbers.join(QStringLiteral(", ")),
                                                s.money(p.amount())};
            received[p.currency] += p.amountCents;
        }
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            d.paymentsTable.totals << QStringList{s.get(QStringLiteral("total.received")),
                                                  s.money(Money(it.value(), it.key()))};
        d.body << paragraph(s.get(QStringLiteral("statement.payments")).arg(s.date(since), s.date(asOf)), true);
        d.body << LetterBlock{LetterBlock::Kind::PaymentsTable, {}};
    }

    // The balance, and (when something is owed) that a payment may have crossed the statement.
    for (const QString &line : balances)
        d.body << paragraph(line + QLatin1Char(' ') + s.get(QStringLiteral("statement.crossed")));
    // How to pay what is overdue (or, when nothing is yet, the balance): one currency only, as
    // a transfer names one amount.
    if (owed.size() == 1 && owed.first().balance > 0) {
        const Owed &o = owed.first();
        const bool overdue = o.overdue > 0;
        const Money amount(overdue ? o.overdue : o.balance, owed.firstKey());
        const PaymentReference reference = paymentReferenceFor(overdue ? o.overdueNumbers : o.numbers, *client);
        addTransferDetails(d, issuer, s, reference);
        d.paymentDetails << qMakePair(
            s.get(overdue ? QStringLiteral("pay.amount_overdue") : QStringLiteral("pay.amount")), s.money(amount));
        addTransferQr(d, issuer, s, reference, amount);
        d.body << LetterBlock{LetterBlock::Kind::PaymentDetails, {}};
        d.totalDue = amount;
    }
    return d;
}

Result<QByteArray> StatementService::pdf(const LetterDocument &statement) const
{
    return LetterRenderer(LetterService(m_db, {}).layout()).pdf({statement}, statement.subject);
}

QString StatementService::fileName(const LetterDocument &statement, const QString &clientName)
{
    QString stem =
        QStringLiteral("%1_%2_%3")
            .arg(dates::iso(statement.date),
                 LetterStrings::of(statement.language).get(QStringLiteral("file.statement")), clientName.trimmed());
    // ASCII letters survive ("Bérénice" keeps "B" and "r"...): accents are dropped first.
    stem = stem.normalized(QString::NormalizationForm_KD);
    stem.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return stem + QStringLiteral(".pdf");
}

}  // namespace relance
