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
    q.prepare(QStringLiteral("INSERT INTO payments (date, amount_cents, currency, method, bank_reference, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(dates::iso(payment.date));
    q.addBindValue(payment.amountCents);
    q.addBindValue(notNull(payment.currency));
    q.addBindValue(notNull(payment.method));
    q.addBindValue(notNull(payment.bankReference));
    q.addBindValue(notNull(payment.notes));
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
    // One query for the payments and all their allocations (no query per payment).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.date, p.amount_cents, p.currency, p.method, p.bank_reference, p.notes, a.invoice_id, "
        "i.number, a.amount_cents FROM payments p JOIN allocations a ON a.payment_id = p.id "
        "JOIN invoices i ON i.id = a.invoice_id "
        "WHERE p.id IN (SELECT payment_id FROM allocations WHERE invoice_id = ?) ORDER BY p.date, p.id, i.number"));
    q.addBindValue(invoiceId);
    QList<Payment> result;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("payments of an invoice"));
        return result;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != id) {
            Payment p;
            p.id = id;
            p.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            p.amountCents = q.value(2).toLongLong();
            p.currency = q.value(3).toString();
            p.method = q.value(4).toString();
            p.bankReference = q.value(5).toString();
            p.notes = q.value(6).toString();
            result << p;
        }
        result.last().allocations << Allocation{q.value(7).toLongLong(), q.value(8).toString(),
                                                q.value(9).toLongLong()};
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
