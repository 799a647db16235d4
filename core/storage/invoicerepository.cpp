#include "invoicerepository.h"

#include "domain/textfold.h"

#include "database.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "invoiceconditions.h"
#include "rules/aging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace relance {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.number, i.client_id, c.name, i.issue_date, i.service_date, i.due_date, i.amount_excl_cents, "
    "i.amount_incl_cents, i.currency, i.pdf_path, i.notes, i.paid_cents, i.penalty_rate_bp, i.pause_reason, "
    "i.object, i.acknowledged_on");

Invoice fromQuery(const QSqlQuery &q)
{
    Invoice inv;
    inv.id = q.value(0).toLongLong();
    inv.number = q.value(1).toString();
    inv.clientId = q.value(2).toLongLong();
    inv.clientName = q.value(3).toString();
    inv.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    inv.serviceDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    inv.amountExclCents = q.value(7).toLongLong();
    inv.amountInclCents = q.value(8).toLongLong();
    inv.currency = q.value(9).toString();
    inv.pdfPath = q.value(10).toString();
    inv.notes = q.value(11).toString();
    inv.paidCents = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        inv.penaltyRateBasisPoints = q.value(13).toInt();
    inv.pause = pauseReasonFromKey(q.value(14).toString()).value_or(PauseReason::None);
    inv.object = q.value(15).toString();
    inv.acknowledgedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    return inv;
}

void bindFields(QSqlQuery &q, const Invoice &inv)
{
    q.bindValue(QStringLiteral(":number"), notNull(inv.number.trimmed()));
    q.bindValue(QStringLiteral(":client_id"), inv.clientId);
    q.bindValue(QStringLiteral(":issue_date"), dates::iso(inv.issueDate));
    q.bindValue(QStringLiteral(":service_date"), nullableDate(inv.serviceDate));
    q.bindValue(QStringLiteral(":due_date"), dates::iso(inv.dueDate));
    q.bindValue(QStringLiteral(":amount_excl_cents"), inv.amountExclCents);
    q.bindValue(QStringLiteral(":amount_incl_cents"), inv.amountInclCents);
    q.bindValue(QStringLiteral(":currency"), notNull(inv.currency));
    q.bindValue(QStringLiteral(":pdf_path"), notNull(inv.pdfPath));
    q.bindValue(QStringLiteral(":notes"), notNull(inv.notes));
    q.bindValue(QStringLiteral(":penalty_rate_bp"), nullable(inv.penaltyRateBasisPoints));
    q.bindValue(QStringLiteral(":pause_reason"), pauseReasonKey(inv.pause));
    q.bindValue(QStringLiteral(":object"), notNull(inv.object.trimmed()));
    q.bindValue(QStringLiteral(":acknowledged_on"), nullableDate(inv.acknowledgedOn));
}

QString sortExpression(InvoiceQuery::Sort sort)
{
    switch (sort) {
    case InvoiceQuery::Sort::Number: return QStringLiteral("i.number");
    case InvoiceQuery::Sort::Client: return QStringLiteral("c.name COLLATE NOCASE");
    case InvoiceQuery::Sort::IssueDate: return QStringLiteral("i.issue_date");
    case InvoiceQuery::Sort::DueDate: return QStringLiteral("i.due_date");
    case InvoiceQuery::Sort::Amount: return QStringLiteral("i.amount_incl_cents");
    case InvoiceQuery::Sort::Balance: return QStringLiteral("(i.amount_incl_cents - i.paid_cents)");
    }
    return QStringLiteral("i.id");
}

// The WHERE clause and its bound values for a query's filter and search.
struct Where
{
    QStringList conditions;
    QVariantMap values;
    bool openOnly = false;  // only invoices with a balance: read through their partial index

    // The planner, left alone, may prefer the client index and read the whole history; the open
    // invoices are a small part of a book, and their index holds nothing else.
    QString from() const
    {
        return openOnly ? QStringLiteral("invoices i INDEXED BY invoices_open_by_due") : QStringLiteral("invoices i");
    }

    QString sql() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery &q) const
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
    }
};

Where whereFor(const InvoiceQuery &query)
{
    namespace cond = invoiceconditions;
    Where w;
    const QString open = cond::open();
    // Open and between `first` and `last` days late (-1: no end), as due dates before asOf.
    const auto daysLate = [&](int first, int last) {
        w.conditions << open << QStringLiteral("i.due_date <= :latest");
        w.values.insert(QStringLiteral(":latest"), dates::iso(query.asOf.addDays(-first)));
        if (last >= 0) {
            w.conditions << QStringLiteral("i.due_date >= :earliest");
            w.values.insert(QStringLiteral(":earliest"), dates::iso(query.asOf.addDays(-last)));
        }
    };
    const auto bucket = [&](AgingBucket b) { daysLate(agingBucketFirstDay(b), agingBucketLastDay(b)); };
    using F = InvoiceQuery::Filter;
    switch (query.filter) {
    case F::All: break;
    case F::Outstanding: w.conditions << open; break;
    case F::Overdue: daysLate(1, -1); break;
    case F::NotYetDue: w.conditions << open << QStringLiteral("i.due_date >= :asof"); break;
    case F::PartlyPaid: w.conditions << open << QStringLiteral("i.paid_cents > 0"); break;
    case F::Paid: w.conditions << QStringLiteral("i.paid_cents >= i.amount_incl_cents"); break;
    case F::Late1To30: bucket(AgingBucket::Late1To30); break;
    case F::Late31To60: bucket(AgingBucket::Late31To60); break;
    case F::Late61To90: bucket(AgingBucket::Late61To90); break;
    case F::LateOver90: bucket(AgingBucket::LateOver90); break;
    case F::AtRisk: daysLate(agingBucketFirstDay(AgingBucket::Late61To90), -1); break;
    case F::PromisedThisWeek:
        // As the dashboard counts them: a disputed invoice is not chased, nor counted as promised.
        w.conditions << open << QStringLiteral("NOT ") + cond::openDispute()
                     << cond::promisedDate() + QStringLiteral(" BETWEEN :asof AND :weekEnd");
        w.values.insert(QStringLiteral(":weekEnd"), dates::iso(query.asOf.addDays(6)));
        break;
    case F::InPlan: w.conditions << open << cond::inActivePlan(); break;
    case F::Disputed: w.conditions << open << cond::openDispute(); break;
    }
    w.openOnly = w.conditions.contains(open);
    if (w.conditions.join(QString()).contains(QLatin1String(":asof")))
        w.values.insert(QStringLiteral(":asof"), dates::iso(query.asOf));
    if (query.clientId > 0) {
        w.conditions << QStringLiteral("i.client_id = :client");
        w.values.insert(QStringLiteral(":client"), query.clientId);
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        // Each placeholder appears once: Qt 6.4's SQLite driver mis-binds a name used twice.
        // The client by its folded key: "berenice" finds "Éditions Bérénice".
        QString condition = QStringLiteral("(i.number LIKE :s1 ESCAPE '\\' OR c.search_key LIKE :s2 ESCAPE '\\'");
        w.values.insert(QStringLiteral(":s1"), likeContains(search));
        w.values.insert(QStringLiteral(":s2"), likeContains(text::fold(search.simplified())));
        // A search that reads as an amount also finds invoices of that total or balance.
        if (const Result<Money> amount = Money::parse(search); amount.ok() && amount->cents() > 0) {
            condition +=
                QStringLiteral(" OR i.amount_incl_cents = :amount1 OR i.amount_incl_cents - i.paid_cents = :amount2");
            w.values.insert(QStringLiteral(":amount1"), amount->cents());
            w.values.insert(QStringLiteral(":amount2"), amount->cents());
        }
        w.conditions << condition + QLatin1Char(')');
    }
    return w;
}

}  // namespace

Result<qint64> InvoiceRepository::insert(const Invoice &invoice) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO invoices (number, client_id, issue_date, service_date, due_date, amount_excl_cents, "
        "amount_incl_cents, currency, pdf_path, notes, penalty_rate_bp, pause_reason, object, acknowledged_on) VALUES (:number, "
        ":client_id, :issue_date, :service_date, :due_date, :amount_excl_cents, :amount_incl_cents, :currency, "
        ":pdf_path, :notes, :penalty_rate_bp, :pause_reason, :object, :acknowledged_on)"));
    bindFields(q, invoice);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("InvoiceRepository", "Saving the invoice"));
    return q.lastInsertId().toLongLong();
}

Status InvoiceRepository::update(const Invoice &invoice) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE invoices SET number = :number, client_id = :client_id, issue_date = :issue_date, service_date = "
        ":service_date, due_date = :due_date, amount_excl_cents = :amount_excl_cents, amount_incl_cents = "
        ":amount_incl_cents, currency = :currency, pdf_path = :pdf_path, notes = :notes, penalty_rate_bp = "
        ":penalty_rate_bp, pause_reason = :pause_reason, object = :object, acknowledged_on = :acknowledged_on "
        "WHERE id = :id"));
    bindFields(q, invoice);
    q.bindValue(QStringLiteral(":id"), invoice.id);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("InvoiceRepository", "Saving the invoice"));
    return success();
}

Status InvoiceRepository::recordAcknowledgement(qint64 invoiceId, const QDate &signedOn) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE invoices SET acknowledged_on = :signed WHERE id = :id AND "
                             "(acknowledged_on IS NULL OR acknowledged_on < :signed_again)"));
    q.bindValue(QStringLiteral(":signed"), signedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":signed_again"), signedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":id"), invoiceId);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("InvoiceRepository", "Saving the acknowledgement"));
    return success();
}

std::optional<Invoice> InvoiceRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Invoice> InvoiceRepository::findByNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" FROM invoices i JOIN clients c ON c.id = i.client_id "
                                       "WHERE i.issuer_id = 1 AND i.number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<qint64> InvoiceRepository::clientsOwing(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT client_id FROM invoices INDEXED BY invoices_open_by_due "
                             "WHERE paid_cents < amount_incl_cents LIMIT ?"));
    q.addBindValue(limit);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QHash<qint64, InvoiceRepository::Standing> InvoiceRepository::standingOf(const QList<qint64> &clientIds,
                                                                         const QDate &today) const
{
    QHash<qint64, Standing> out;
    if (clientIds.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < clientIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT client_id, currency, SUM(amount_incl_cents - paid_cents), "
                             "SUM(CASE WHEN due_date < ? THEN amount_incl_cents - paid_cents ELSE 0 END) "
                             "FROM invoices INDEXED BY invoices_by_client "
                             "WHERE client_id IN (%1) AND paid_cents < amount_incl_cents "
                             "GROUP BY client_id, currency ORDER BY client_id, currency")
                  .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(dates::iso(today));
    for (qint64 id : clientIds)
        q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Standing &s = out[q.value(0).toLongLong()];
        const QString currency = q.value(1).toString();
        s.owed << Money(q.value(2).toLongLong(), currency);
        if (const qint64 late = q.value(3).toLongLong(); late > 0)
            s.overdue << Money(late, currency);
    }
    return out;
}

QString InvoiceRepository::lastNumber() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number FROM invoices WHERE issuer_id = 1 ORDER BY id DESC LIMIT 1"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

InvoiceRepository::Page InvoiceRepository::page(const InvoiceQuery &query, const std::optional<InvoiceCursor> &after,
                                                int limit) const
{
    const QString key = sortExpression(query.sort);
    const bool ascending = query.order == Qt::AscendingOrder;
    Where where = whereFor(query);
    if (after) {
        where.conditions << QStringLiteral("(%1 %2 :after_key1 OR (%1 = :after_key2 AND i.id %2 :after_id))")
                                .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        where.values.insert(QStringLiteral(":after_key1"), after->sortValue);
        where.values.insert(QStringLiteral(":after_key2"), after->sortValue);
        where.values.insert(QStringLiteral(":after_id"), after->id);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(", %1 FROM %4 JOIN clients c ON c.id = i.client_id%2 "
                                       "ORDER BY %1 %3, i.id %3 LIMIT :limit")
                            .arg(key, where.sql(), direction, where.from()));
    where.bind(q);
    q.bindValue(QStringLiteral(":limit"), limit);
    Page page;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("invoice page"));
        return page;
    }
    while (q.next()) {
        page.rows << fromQuery(q);
        page.last = InvoiceCursor{q.value(17), page.rows.constLast().id};
    }
    return page;
}

int InvoiceRepository::count(const InvoiceQuery &query) const
{
    const Where where = whereFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 JOIN clients c ON c.id = i.client_id").arg(where.from()) +
              where.sql());
    where.bind(q);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<qint64, QDate> InvoiceRepository::promisedDates() const
{
    QHash<qint64, QDate> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, day FROM (SELECT i.id AS id, %1 AS day FROM invoices i INDEXED BY "
                               "invoices_open_by_due WHERE %2) WHERE day <> ''")
                    .arg(invoiceconditions::promisedDate(), invoiceconditions::open()))) {
        sqlError(q, QStringLiteral("promised dates"));
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return result;
}

int InvoiceRepository::countAll() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM invoices")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Invoice> InvoiceRepository::openInvoices() const
{
    QList<Invoice> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" FROM invoices i INDEXED BY invoices_open_by_due JOIN clients c ON "
                                         "c.id = i.client_id WHERE i.paid_cents < i.amount_incl_cents "
                                         "ORDER BY i.due_date, i.id"))) {
        sqlError(q, QStringLiteral("open invoices"));
        return result;
    }
    while (q.next())
        result << fromQuery(q);
    return result;
}

}  // namespace relance
