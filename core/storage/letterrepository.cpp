#include "letterrepository.h"

#include "database.h"
#include "domain/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)
};
}  // namespace

QString receiptStatusKey(ReceiptStatus s)
{
    switch (s) {
    case ReceiptStatus::Unknown: return QStringLiteral("");
    case ReceiptStatus::Received: return QStringLiteral("received");
    case ReceiptStatus::NotCollected: return QStringLiteral("not_collected");
    }
    return {};
}

QString receiptStatusLabel(ReceiptStatus s)
{
    switch (s) {
    case ReceiptStatus::Unknown: return Tr::tr("not known yet");
    case ReceiptStatus::Received: return Tr::tr("received");
    case ReceiptStatus::NotCollected: return Tr::tr("not collected (first presented)");
    }
    return {};
}

Result<qint64> LetterRepository::insert(const ArchivedLetter &l) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO letters (kind, language, channel, client_id, date, file_name, sha256, size, "
                             "total_due_cents, currency, deadline_days, deadline, tracking_number) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(letterKindKey(l.kind));
    q.addBindValue(l.language);
    q.addBindValue(channelKey(l.channel));
    q.addBindValue(l.clientId);
    q.addBindValue(dates::iso(l.date));
    q.addBindValue(l.fileName);
    q.addBindValue(l.sha256);
    q.addBindValue(l.size);
    q.addBindValue(l.totalDue.cents());
    q.addBindValue(l.totalDue.currency());
    q.addBindValue(l.deadlineDays);
    q.addBindValue(nullableDate(l.deadline));
    q.addBindValue(notNull(l.trackingNumber));
    if (!q.exec())
        return sqlError(q, Tr::tr("Archiving the letter"));
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery link(m_db.connection());
    link.prepare(QStringLiteral("INSERT INTO letter_invoices (letter_id, invoice_id, action_id) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < l.invoiceIds.size(); ++i) {
        link.addBindValue(id);
        link.addBindValue(l.invoiceIds.at(i));
        link.addBindValue(i < l.actionIds.size() && l.actionIds.at(i) > 0 ? QVariant(l.actionIds.at(i))
                                                                          : QVariant(QMetaType::fromType<qint64>()));
        if (!link.exec())
            return sqlError(link, Tr::tr("Archiving the letter"));
    }
    return id;
}

QList<ArchivedLetter> LetterRepository::select(const QString &where, const QVariant &bound) const
{
    QList<ArchivedLetter> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, l.kind, l.language, l.channel, l.client_id, c.name, l.date, l.file_name, "
                             "l.sha256, l.size, l.total_due_cents, l.currency, l.deadline_days, l.deadline, "
                             "l.tracking_number, l.receipt_status, l.receipt_date, l.receipt_scan "
                             "FROM letters l JOIN clients c ON c.id = l.client_id %1 ORDER BY l.date DESC, l.id DESC")
                  .arg(where));
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec())
        return result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ArchivedLetter l;
        l.id = q.value(0).toLongLong();
        l.kind = letterKindFromKey(q.value(1).toString()).value_or(LetterKind::Reminder1);
        l.language = q.value(2).toString();
        l.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Letter);
        l.clientId = q.value(4).toLongLong();
        l.clientName = q.value(5).toString();
        l.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        l.fileName = q.value(7).toString();
        l.sha256 = q.value(8).toString();
        l.size = q.value(9).toLongLong();
        l.totalDue = Money(q.value(10).toLongLong(), q.value(11).toString());
        l.deadlineDays = q.value(12).toInt();
        l.deadline = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        l.trackingNumber = q.value(14).toString();
        const QString status = q.value(15).toString();
        l.receipt = status == QLatin1String("received")        ? ReceiptStatus::Received
                    : status == QLatin1String("not_collected") ? ReceiptStatus::NotCollected
                                                               : ReceiptStatus::Unknown;
        l.receiptDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
        l.receiptScan = q.value(17).toString();
        index.insert(l.id, result.size());
        result << l;
    }
    if (result.isEmpty())
        return result;
    // The invoices of the letters found, in one query.
    QSqlQuery links(m_db.connection());
    links.setForwardOnly(true);
    links.prepare(QStringLiteral("SELECT li.letter_id, li.invoice_id, li.action_id FROM letter_invoices li "
                                 "JOIN letters l ON l.id = li.letter_id JOIN clients c ON c.id = l.client_id %1 "
                                 "ORDER BY li.letter_id, li.invoice_id")
                      .arg(where));
    if (bound.isValid())
        links.addBindValue(bound);
    if (links.exec())
        while (links.next()) {
            const auto it = index.constFind(links.value(0).toLongLong());
            if (it == index.cend())
                continue;
            result[*it].invoiceIds << links.value(1).toLongLong();
            result[*it].actionIds << links.value(2).toLongLong();
        }
    return result;
}

std::optional<ArchivedLetter> LetterRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE l.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ArchivedLetter> LetterRepository::findByFileName(const QString &fileName) const
{
    const auto found = select(QStringLiteral("WHERE l.file_name = ?"), fileName);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ArchivedLetter> LetterRepository::forInvoice(qint64 invoiceId) const
{
    return select(QStringLiteral("WHERE l.id IN (SELECT letter_id FROM letter_invoices WHERE invoice_id = ?)"),
                  invoiceId);
}

QList<ArchivedLetter> LetterRepository::forClient(qint64 clientId) const
{
    return select(QStringLiteral("WHERE l.client_id = ?"), clientId);
}

QList<ArchivedLetter> LetterRepository::all() const { return select({}, {}); }

Status LetterRepository::setReceipt(qint64 id, ReceiptStatus status, const QDate &date, const QDate &deadline,
                                    const QString &trackingNumber, const QString &scan) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE letters SET receipt_status = ?, receipt_date = ?, deadline = ?, "
                             "tracking_number = ?, receipt_scan = ? WHERE id = ?"));
    q.addBindValue(receiptStatusKey(status));
    q.addBindValue(nullableDate(date));
    q.addBindValue(nullableDate(deadline));
    q.addBindValue(notNull(trackingNumber));
    q.addBindValue(notNull(scan));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the letter's receipt"));
    return success();
}

int LetterRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM letters")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace relance
