#include "paymentservice.h"

#include "domain/dates.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)
};
}  // namespace

Result<qint64> PaymentService::record(const Payment &payment) const
{
    if (!payment.date.isValid())
        return Error{Tr::tr("the payment date is missing or invalid"), QStringLiteral("date")};
    if (payment.amountCents <= 0)
        return Error{Tr::tr("the amount must be greater than zero"), QStringLiteral("amount")};
    if (!Money::isValidCurrencyCode(payment.currency))
        return Error{Tr::tr("\"%1\" is not a currency code").arg(payment.currency), QStringLiteral("currency")};
    if (!payment.method.isEmpty() && !paymentMethodKeys().contains(payment.method))
        return Error{Tr::tr("unknown payment method \"%1\" (one of: %2)")
                         .arg(payment.method, paymentMethodKeys().join(QStringLiteral(", "))),
                     QStringLiteral("method")};
    // A payment settles invoices, or stays whole as a client's credit (a credit note).
    if (payment.allocations.isEmpty() && payment.clientId <= 0)
        return Error{Tr::tr("say which invoice the payment settles"), QStringLiteral("allocations")};
    if (payment.allocatedCents() > payment.amountCents)
        return Error{
            Tr::tr("%1 is allocated to invoices but only %2 was paid")
                .arg(Money(payment.allocatedCents(), payment.currency).toString(), payment.amount().toString()),
            QStringLiteral("allocations")};

    Transaction tx(m_db);
    const InvoiceRepository invoices(m_db);
    QSet<qint64> seen;
    for (const Allocation &a : payment.allocations) {
        const auto invoice = invoices.findById(a.invoiceId);
        if (!invoice)
            return Error{Tr::tr("invoice %1 does not exist")
                             .arg(a.invoiceNumber.isEmpty() ? QString::number(a.invoiceId) : a.invoiceNumber),
                         QStringLiteral("invoice")};
        if (seen.contains(a.invoiceId))
            return Error{Tr::tr("invoice %1 is listed twice").arg(invoice->number), QStringLiteral("allocations")};
        seen.insert(a.invoiceId);
        if (a.amountCents <= 0)
            return Error{Tr::tr("the amount allocated to invoice %1 must be greater than zero").arg(invoice->number),
                         QStringLiteral("allocations")};
        if (invoice->currency != payment.currency)
            return Error{Tr::tr("invoice %1 is in %2, the payment in %3")
                             .arg(invoice->number, invoice->currency, payment.currency),
                         QStringLiteral("currency")};
    }
    Result<qint64> id = PaymentRepository(m_db).insert(payment);
    if (!id)
        return id;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Status PaymentService::remove(qint64 paymentId) const
{
    Transaction tx(m_db);
    // A payment made from a bank credit gives the credit back to reconciliation.
    QSqlQuery reopen(m_db.connection());
    reopen.prepare(
        QStringLiteral("UPDATE bank_transactions SET status = 'open', payment_id = NULL WHERE payment_id = ?"));
    reopen.addBindValue(paymentId);
    if (!reopen.exec())
        return sqlError(reopen, Tr::tr("Deleting the payment"));
    const Result<bool> removed = PaymentRepository(m_db).remove(paymentId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error(Tr::tr("this payment no longer exists"));
    return tx.commit();
}

Result<qint64> PaymentService::recordForInvoice(const QString &invoiceNumber, Payment payment) const
{
    const auto invoice = InvoiceRepository(m_db).findByNumber(invoiceNumber);
    if (!invoice)
        return Error{Tr::tr("invoice %1 does not exist").arg(invoiceNumber.trimmed()), QStringLiteral("invoice")};
    payment.allocations = {Allocation{invoice->id, invoice->number, payment.amountCents}};
    return record(payment);
}

namespace {
// The rest of each credit payment not allocated to an invoice, with its client and currency.
const char *kCreditRests =
    "SELECT p.id, p.client_id, c.name, p.currency, p.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM "
    "allocations a WHERE a.payment_id = p.id), 0) AS rest FROM payments p INDEXED BY payments_with_credit "
    "JOIN clients c ON c.id = p.client_id WHERE p.client_id IS NOT NULL AND p.refunded_on IS NULL";
}  // namespace

QList<ClientCredit> PaymentService::credits(qint64 clientId) const
{
    QList<ClientCredit> credits;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT client_id, name, currency, sum(rest) FROM (%1%2) WHERE rest > 0 "
                             "GROUP BY client_id, currency ORDER BY name, currency")
                  .arg(QLatin1String(kCreditRests), clientId > 0 ? QStringLiteral(" AND p.client_id = ?") : QString()));
    if (clientId > 0)
        q.addBindValue(clientId);
    if (!q.exec()) {
        sqlError(q, QStringLiteral("credits"));
        return credits;
    }
    while (q.next())
        credits << ClientCredit{q.value(0).toLongLong(), q.value(1).toString(),
                                Money(q.value(3).toLongLong(), q.value(2).toString())};
    return credits;
}

Result<Money> PaymentService::useCredit(qint64 clientId, const QString &currency) const
{
    Transaction tx(m_db);
    QSqlQuery rests(m_db.connection());
    rests.prepare(QStringLiteral("SELECT id, rest FROM (%1 AND p.client_id = ? AND p.currency = ?) WHERE rest > 0 "
                                 "ORDER BY id")
                      .arg(QLatin1String(kCreditRests)));
    rests.addBindValue(clientId);
    rests.addBindValue(currency);
    if (!rests.exec())
        return sqlError(rests, Tr::tr("Using the credit"));
    QList<std::pair<qint64, qint64>> credit;  // payment, rest
    while (rests.next())
        credit.append({rests.value(0).toLongLong(), rests.value(1).toLongLong()});
    QSqlQuery open(m_db.connection());
    open.prepare(QStringLiteral("SELECT id, amount_incl_cents - paid_cents FROM invoices INDEXED BY invoices_open_by_due "
                                "WHERE paid_cents < amount_incl_cents AND client_id = ? AND currency = ? "
                                "ORDER BY due_date, id"));
    open.addBindValue(clientId);
    open.addBindValue(currency);
    if (!open.exec())
        return sqlError(open, Tr::tr("Using the credit"));
    QList<std::pair<qint64, qint64>> invoices;  // invoice, balance
    while (open.next())
        invoices.append({open.value(0).toLongLong(), open.value(1).toLongLong()});
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO allocations (payment_id, invoice_id, amount_cents) "
                                  "VALUES (?, ?, ?)"));
    qint64 used = 0;
    qsizetype next = 0;
    for (auto &[payment, rest] : credit) {
        for (; rest > 0 && next < invoices.size(); ++next) {
            auto &[invoice, balance] = invoices[next];
            const qint64 share = std::min(rest, balance);
            insert.addBindValue(payment);
            insert.addBindValue(invoice);
            insert.addBindValue(share);
            if (!insert.exec())
                return sqlError(insert, Tr::tr("Using the credit"));
            if (insert.numRowsAffected() == 0)
                continue;  // this credit already went to that invoice once: the next one
            rest -= share;
            balance -= share;
            used += share;
            if (balance > 0)
                break;  // the credit is spent; the invoice keeps the rest of its balance
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return Money(used, currency);
}

Status PaymentService::markCreditRefunded(qint64 clientId, const QString &currency, const QDate &date,
                                          const QDate &today) const
{
    if (!date.isValid() || date > today)
        return Error(Tr::tr("the refund date must be a day that has come"), QStringLiteral("date"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE payments SET refunded_on = ? WHERE id IN (SELECT id FROM (%1 AND p.client_id = ? "
                             "AND p.currency = ?) WHERE rest > 0)")
                  .arg(QLatin1String(kCreditRests)));
    q.addBindValue(dates::iso(date));
    q.addBindValue(clientId);
    q.addBindValue(currency);
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the refund"));
    if (q.numRowsAffected() == 0)
        return Error(Tr::tr("this client has no credit in %1").arg(currency), QStringLiteral("currency"));
    return tx.commit();
}

}  // namespace relance
