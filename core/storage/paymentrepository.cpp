#include "paymentrepository.h"

#include "database.h"
#include "domain/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

Result<qint64> PaymentRepository::insert(const Payment &payment) const
{
    const QString doing = QCoreApplication::translate("PaymentRepository", "Saving the payment");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO payments (date, amount_cents, currency, method, bank_reference, notes, "
                             "client_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(dates::iso(payment.date));
    q.addBindValue(payment.amountCents);
    q.addBindValue(notNull(payment.currency));
    q.addBindValue(notNull(payment.method));
    q.addBindValue(notNull(payment.bankReference));
    q.addBindValue(notNull(payment.notes));
    q.addBindValue(payment.clientId > 0 ? QVariant(payment.clientId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return sqlError(q, doing);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"));
    for (const Allocation &allocation : payment.allocations) {
        a.addBindValue(id);
        a.addBindValue(allocation.invoiceId);
        a.addBindValue(allocation.amountCents);
        if (!a.exec())
            return sqlError(a, doing);
    }
    return id;
}

QList<Payment> PaymentRepository::forInvoice(qint64 invoiceId) const
{
    QList<Payment> payments;
    for (ReceivedPayment &p :
         select(QStringLiteral("p.id IN (SELECT payment_id FROM allocations WHERE invoice_id = ?)"), {invoiceId}))
        payments << std::move(p.payment);
    return payments;
}

QList<ReceivedPayment> PaymentRepository::receivedBetween(const QDate &from, const QDate &to,
                                                          const QString &currency) const
{
    return select(QStringLiteral("p.id IN (SELECT id FROM payments INDEXED BY payments_by_date WHERE date BETWEEN ? "
                                 "AND ? AND currency = ? AND method <> 'credit-note')"),
                  {dates::iso(from), dates::iso(to), currency});
}

QList<Payment> PaymentRepository::fromClient(qint64 clientId, const QDate &from, const QDate &to) const
{
    // Through the client's invoices (invoices_by_client, then allocations_by_invoice): the cost
    // follows the client, not the book.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.date, p.currency, p.method, p.bank_reference, a.invoice_id, i.number, "
                             "a.amount_cents FROM invoices i JOIN allocations a ON a.invoice_id = i.id "
                             "JOIN payments p ON p.id = a.payment_id WHERE i.client_id = ? AND p.date BETWEEN ? AND ? "
                             "ORDER BY p.date, p.id, i.number"));
    q.addBindValue(clientId);
    q.addBindValue(dates::iso(from));
    q.addBindValue(dates::iso(to));
    QList<Payment> result;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("reading a client's payments"));
        return result;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != id) {
            Payment p;
            p.id = id;
            p.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            p.currency = q.value(2).toString();
            p.method = q.value(3).toString();
            p.bankReference = q.value(4).toString();
            p.clientId = clientId;
            result << p;
        }
        Payment &last = result.last();
        last.allocations << Allocation{q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toLongLong()};
        last.amountCents += q.value(7).toLongLong();
    }
    return result;
}

QList<ReceivedPayment> PaymentRepository::select(const QString &where, const QVariantList &values) const
{
    // One query for the payments and all their allocations (no query per payment). A payment
    // whose money is not allocated yet still shows.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id, p.date, p.amount_cents, p.currency, p.method, p.bank_reference, p.notes, a.invoice_id, "
                  "i.number, a.amount_cents, c.name FROM payments p LEFT JOIN allocations a ON a.payment_id = p.id "
                  "LEFT JOIN invoices i ON i.id = a.invoice_id LEFT JOIN clients c ON c.id = i.client_id "
                  "WHERE %1 ORDER BY p.date, p.id, i.number")
                  .arg(where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<ReceivedPayment> result;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("reading payments"));
        return result;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().payment.id != id) {
            Payment p;
            p.id = id;
            p.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            p.amountCents = q.value(2).toLongLong();
            p.currency = q.value(3).toString();
            p.method = q.value(4).toString();
            p.bankReference = q.value(5).toString();
            p.notes = q.value(6).toString();
            result << ReceivedPayment{p, {}};
        }
        if (q.value(7).isNull())
            continue;
        ReceivedPayment &last = result.last();
        last.payment.allocations << Allocation{q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toLongLong()};
        if (const QString client = q.value(10).toString(); !last.clients.contains(client))
            last.clients << client;
    }
    return result;
}

Result<bool> PaymentRepository::remove(qint64 paymentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM payments WHERE id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("PaymentRepository", "Deleting the payment"));
    return q.numRowsAffected() > 0;
}

int PaymentRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM payments")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace relance
