#include "actionrepository.h"

#include "database.h"
#include "domain/dates.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {

const QString kColumns = QStringLiteral("a.id, a.invoice_id, a.date, a.channel, a.step_index, a.step_label, a.outcome, "
                                        "a.notes, a.tracking_number, a.receipt_date, "
                                        "coalesce(a.plan_id, 0), coalesce(a.instalment, -1), a.step_template");

CollectionAction fromQuery(const QSqlQuery &q)
{
    CollectionAction a;
    a.id = q.value(0).toLongLong();
    a.invoiceId = q.value(1).toLongLong();
    a.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Email);
    a.stepIndex = q.value(4).toInt();
    a.stepLabel = q.value(5).toString();
    a.outcome = outcomeFromKey(q.value(6).toString()).value_or(Outcome::Done);
    a.notes = q.value(7).toString();
    a.trackingNumber = q.value(8).toString();
    a.receiptDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.planId = q.value(10).toLongLong();
    a.instalment = q.value(11).toInt();
    a.stepTemplate = q.value(12).toString();
    return a;
}

}  // namespace

Result<qint64> ActionRepository::insert(const CollectionAction &a) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO actions (invoice_id, date, channel, step_index, step_label, outcome, notes, "
                       "tracking_number, receipt_date, plan_id, instalment, step_template) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.invoiceId);
    q.addBindValue(dates::iso(a.date));
    q.addBindValue(channelKey(a.channel));
    q.addBindValue(a.stepIndex);
    q.addBindValue(notNull(a.stepLabel));
    q.addBindValue(outcomeKey(a.outcome));
    q.addBindValue(notNull(a.notes));
    q.addBindValue(notNull(a.trackingNumber));
    q.addBindValue(nullableDate(a.receiptDate));
    q.addBindValue(a.planId > 0 ? QVariant(a.planId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.planId > 0 ? QVariant(a.instalment) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(notNull(a.stepTemplate));
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("ActionRepository", "Recording the action"));
    return q.lastInsertId().toLongLong();
}

std::optional<CollectionAction> ActionRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions a WHERE a.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<CollectionAction> ActionRepository::forInvoice(qint64 invoiceId) const
{
    QList<CollectionAction> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM actions a WHERE a.invoice_id = ? ORDER BY a.date, a.id").arg(kColumns));
    q.addBindValue(invoiceId);
    if (q.exec())
        while (q.next())
            result << fromQuery(q);
    return result;
}

QHash<qint64, QList<CollectionAction>> ActionRepository::forOpenInvoices() const
{
    QHash<qint64, QList<CollectionAction>> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The partial index on open invoices drives this join.
    if (!q.exec(QStringLiteral("SELECT %1 FROM invoices i INDEXED BY invoices_open_by_due "
                               "JOIN actions a ON a.invoice_id = i.id WHERE i.paid_cents < i.amount_incl_cents "
                               "ORDER BY a.invoice_id, a.date, a.id")
                    .arg(kColumns)))
        return result;
    while (q.next()) {
        CollectionAction a = fromQuery(q);
        result[a.invoiceId] << a;
    }
    return result;
}

QHash<qint64, QHash<int, QDate>> ActionRepository::planReminders() const
{
    QHash<qint64, QHash<int, QDate>> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.plan_id, a.instalment, max(a.date) FROM actions a JOIN plans p "
                               "ON p.id = a.plan_id WHERE p.status = 'active' GROUP BY a.plan_id, a.instalment")))
        return result;
    while (q.next())
        result[q.value(0).toLongLong()].insert(q.value(1).toInt(),
                                               QDate::fromString(q.value(2).toString(), Qt::ISODate));
    return result;
}

Status ActionRepository::setReceipt(qint64 actionId, const QDate &receiptDate, const QString &trackingNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE actions SET receipt_date = ?, tracking_number = ? WHERE id = ?"));
    q.addBindValue(nullableDate(receiptDate));
    q.addBindValue(notNull(trackingNumber));
    q.addBindValue(actionId);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("ActionRepository", "Recording the receipt"));
    return success();
}

int ActionRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM actions")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace relance
