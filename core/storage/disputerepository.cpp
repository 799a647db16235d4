#include "disputerepository.h"

#include "database.h"
#include "domain/dates.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisputeRepository)
};
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
const QString kOpenInvoices = QStringLiteral("(SELECT id FROM invoices WHERE paid_cents < amount_incl_cents)");
}  // namespace

Result<qint64> DisputeRepository::insertDispute(const Dispute &d) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO disputes (invoice_id, opened_on, reason, contested_cents, notes) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(d.invoiceId);
    q.addBindValue(dates::iso(d.openedOn));
    q.addBindValue(notNull(d.reason.trimmed()));
    q.addBindValue(d.contestedCents);
    q.addBindValue(notNull(d.notes));
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the dispute"));
    return q.lastInsertId().toLongLong();
}

QList<Dispute> DisputeRepository::selectDisputes(const QString &where, const QVariant &bound) const
{
    QList<Dispute> result = selectRows<Dispute>(
        m_db,
        QStringLiteral("SELECT d.id, d.invoice_id, i.number, d.opened_on, d.reason, d.contested_cents, "
                       "i.currency, d.notes, d.resolution, d.resolved_on, d.resolution_notes, "
                       "coalesce(d.credit_payment_id, 0) FROM disputes d JOIN invoices i ON i.id = d.invoice_id "
                       "%1 ORDER BY d.opened_on DESC, d.id DESC")
            .arg(where),
        bound.isValid() ? QVariantList{bound} : QVariantList{}, [](const QSqlQuery &q) {
            Dispute d;
            d.id = q.value(0).toLongLong();
            d.invoiceId = q.value(1).toLongLong();
            d.invoiceNumber = q.value(2).toString();
            d.openedOn = dateOf(q.value(3));
            d.reason = q.value(4).toString();
            d.contestedCents = q.value(5).toLongLong();
            d.currency = q.value(6).toString();
            d.notes = q.value(7).toString();
            d.resolution = disputeResolutionFromKey(q.value(8).toString()).value_or(DisputeResolution::Open);
            d.resolvedOn = dateOf(q.value(9));
            d.resolutionNotes = q.value(10).toString();
            d.creditPaymentId = q.value(11).toLongLong();
            return d;
        });
    return result;
}

std::optional<Dispute> DisputeRepository::dispute(qint64 id) const
{
    const auto found = selectDisputes(QStringLiteral("WHERE d.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Dispute> DisputeRepository::openDispute(qint64 invoiceId) const
{
    const auto found = selectDisputes(QStringLiteral("WHERE d.resolution = '' AND d.invoice_id = ?"), invoiceId);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Dispute> DisputeRepository::disputesForInvoice(qint64 invoiceId) const
{
    return selectDisputes(QStringLiteral("WHERE d.invoice_id = ?"), invoiceId);
}

QList<Dispute> DisputeRepository::disputesForClient(qint64 clientId) const
{
    return selectDisputes(QStringLiteral("WHERE i.client_id = ?"), clientId);
}

Status DisputeRepository::resolve(const Dispute &d) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE disputes SET resolution = ?, resolved_on = ?, resolution_notes = ?, "
                             "credit_payment_id = ? WHERE id = ? AND resolution = ''"));
    q.addBindValue(disputeResolutionKey(d.resolution));
    q.addBindValue(nullableDate(d.resolvedOn));
    q.addBindValue(notNull(d.resolutionNotes));
    q.addBindValue(d.creditPaymentId > 0 ? QVariant(d.creditPaymentId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(d.id);
    if (!q.exec())
        return sqlError(q, Tr::tr("Resolving the dispute"));
    if (q.numRowsAffected() != 1)
        return Error(Tr::tr("dispute %1 is not open").arg(d.id), QStringLiteral("dispute"));
    return success();
}

QHash<qint64, QDate> DisputeRepository::upheldOnForOpenInvoices() const
{
    QHash<qint64, QDate> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT invoice_id, max(resolved_on) FROM disputes WHERE resolution = 'upheld' "
                               "AND invoice_id IN %1 GROUP BY invoice_id")
                    .arg(kOpenInvoices)))
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), dateOf(q.value(1)));
    return result;
}

Result<qint64> DisputeRepository::insertPromise(const PaymentPromise &p) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO promises (invoice_id, made_on, promised_date, amount_cents, channel, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.invoiceId);
    q.addBindValue(dates::iso(p.madeOn));
    q.addBindValue(dates::iso(p.promisedDate));
    q.addBindValue(p.amountCents);
    q.addBindValue(channelKey(p.channel));
    q.addBindValue(notNull(p.notes));
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the promise"));
    return q.lastInsertId().toLongLong();
}

QList<PaymentPromise> DisputeRepository::selectPromises(const QString &where, const QVariant &bound) const
{
    QList<PaymentPromise> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.invoice_id, i.number, p.made_on, p.promised_date, p.amount_cents, "
                             "p.channel, p.notes FROM promises p JOIN invoices i ON i.id = p.invoice_id %1 "
                             "ORDER BY p.made_on DESC, p.id DESC")
                  .arg(where));
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec())
        return result;
    while (q.next()) {
        PaymentPromise p;
        p.id = q.value(0).toLongLong();
        p.invoiceId = q.value(1).toLongLong();
        p.invoiceNumber = q.value(2).toString();
        p.madeOn = dateOf(q.value(3));
        p.promisedDate = dateOf(q.value(4));
        p.amountCents = q.value(5).toLongLong();
        p.channel = channelFromKey(q.value(6).toString()).value_or(Channel::Phone);
        p.notes = q.value(7).toString();
        result << p;
    }
    return result;
}

QList<PaymentPromise> DisputeRepository::promisesForInvoice(qint64 invoiceId) const
{
    return selectPromises(QStringLiteral("WHERE p.invoice_id = ?"), invoiceId);
}

QList<PaymentPromise> DisputeRepository::promisesForClient(qint64 clientId) const
{
    return selectPromises(QStringLiteral("WHERE i.client_id = ?"), clientId);
}

}  // namespace relance
