#include "agreementrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)
};

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

// Links an agreement to its invoices (plan_invoices, settlement_invoices).
Status insertLinks(const Database &db, const QString &table, const QString &column, qint64 id,
                   const QList<qint64> &invoiceIds)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, invoice_id) VALUES (?, ?)").arg(table, column));
    for (qint64 invoiceId : invoiceIds) {
        q.addBindValue(id);
        q.addBindValue(invoiceId);
        if (!q.exec())
            return sqlError(q, Tr::tr("Recording the agreement"));
    }
    return success();
}

// The invoices (ids and numbers) of the agreements found by `where`, in one query.
template <typename T>
void loadLinks(const Database &db, const QString &table, const QString &column, const QString &from,
               const QString &where, const QVariant &bound, QList<T> &found)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < found.size(); ++i)
        index.insert(found.at(i).id, i);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.%2, i.id, i.number FROM %1 l JOIN invoices i ON i.id = l.invoice_id "
                             "WHERE l.%2 IN (SELECT a.id FROM %3 %4) ORDER BY l.%2, i.due_date, i.id")
                  .arg(table, column, from, where));
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec())
        return;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        found[*it].invoiceIds << q.value(1).toLongLong();
        found[*it].invoiceNumbers << q.value(2).toString();
    }
}

Status exec(QSqlQuery &q, const QString &doing) { return q.exec() ? success() : Status(sqlError(q, doing)); }

}  // namespace

Result<qint64> AgreementRepository::insertPlan(const PaymentPlan &p) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO plans (client_id, settlement_id, created_on, frequency, currency, "
                             "balance_cents, interest_cents, indemnity_cents, waive_interest, waive_indemnity, "
                             "restore_on_break, paid_at_start_cents, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.clientId);
    q.addBindValue(p.settlementId > 0 ? QVariant(p.settlementId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(dates::iso(p.createdOn));
    q.addBindValue(planFrequencyKey(p.frequency));
    q.addBindValue(p.currency);
    q.addBindValue(p.balanceCents);
    q.addBindValue(p.interestCents);
    q.addBindValue(p.indemnityCents);
    q.addBindValue(int(p.waiveInterest));
    q.addBindValue(int(p.waiveIndemnity));
    q.addBindValue(int(p.restoreOnBreak));
    q.addBindValue(p.paidAtStartCents);
    q.addBindValue(notNull(p.notes));
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the payment plan"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = insertLinks(m_db, QStringLiteral("plan_invoices"), QStringLiteral("plan_id"), id, p.invoiceIds); !s)
        return s.error();
    QSqlQuery i(m_db.connection());
    i.prepare(QStringLiteral(
        "INSERT INTO plan_instalments (plan_id, position, date, amount_cents, deposit) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype n = 0; n < p.instalments.size(); ++n) {
        i.addBindValue(id);
        i.addBindValue(int(n));
        i.addBindValue(dates::iso(p.instalments.at(n).date));
        i.addBindValue(p.instalments.at(n).cents);
        i.addBindValue(int(p.instalments.at(n).deposit));
        if (!i.exec())
            return sqlError(i, Tr::tr("Recording the payment plan"));
    }
    return id;
}

QList<PaymentPlan> AgreementRepository::selectPlans(const QString &where, const QVariant &bound) const
{
    QList<PaymentPlan> result = selectRows<PaymentPlan>(
        m_db,
        QStringLiteral("SELECT a.id, a.client_id, c.name, coalesce(a.settlement_id, 0), a.created_on, "
                       "a.frequency, a.currency, a.balance_cents, a.interest_cents, a.indemnity_cents, "
                       "a.waive_interest, a.waive_indemnity, a.restore_on_break, a.paid_at_start_cents, "
                       "a.status, a.status_date, a.notes FROM plans a JOIN clients c ON c.id = a.client_id "
                       "%1 ORDER BY a.created_on DESC, a.id DESC")
            .arg(where),
        bound.isValid() ? QVariantList{bound} : QVariantList{}, [](const QSqlQuery &q) {
            PaymentPlan p;
            p.id = q.value(0).toLongLong();
            p.clientId = q.value(1).toLongLong();
            p.clientName = q.value(2).toString();
            p.settlementId = q.value(3).toLongLong();
            p.createdOn = dateOf(q.value(4));
            p.frequency = planFrequencyFromKey(q.value(5).toString()).value_or(PlanFrequency::Custom);
            p.currency = q.value(6).toString();
            p.balanceCents = q.value(7).toLongLong();
            p.interestCents = q.value(8).toLongLong();
            p.indemnityCents = q.value(9).toLongLong();
            p.waiveInterest = q.value(10).toBool();
            p.waiveIndemnity = q.value(11).toBool();
            p.restoreOnBreak = q.value(12).toBool();
            p.paidAtStartCents = q.value(13).toLongLong();
            p.status = planStatusFromKey(q.value(14).toString()).value_or(PlanStatus::Active);
            p.statusDate = dateOf(q.value(15));
            p.notes = q.value(16).toString();
            return p;
        });
    if (result.isEmpty())
        return result;
    const QString from = QStringLiteral("plans a JOIN clients c ON c.id = a.client_id");
    loadLinks(m_db, QStringLiteral("plan_invoices"), QStringLiteral("plan_id"), from, where, bound, result);
    QHash<qint64, qsizetype> index;
    for (qsizetype n = 0; n < result.size(); ++n)
        index.insert(result.at(n).id, n);
    QSqlQuery i(m_db.connection());
    i.setForwardOnly(true);
    i.prepare(QStringLiteral("SELECT plan_id, date, amount_cents, deposit FROM plan_instalments "
                             "WHERE plan_id IN (SELECT a.id FROM %1 %2) ORDER BY plan_id, position")
                  .arg(from, where));
    if (bound.isValid())
        i.addBindValue(bound);
    if (i.exec())
        while (i.next())
            if (const auto it = index.constFind(i.value(0).toLongLong()); it != index.cend())
                result[*it].instalments.append({dateOf(i.value(1)), i.value(2).toLongLong(), i.value(3).toBool()});
    return result;
}

std::optional<PaymentPlan> AgreementRepository::plan(qint64 id) const
{
    const auto found = selectPlans(QStringLiteral("WHERE a.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<PaymentPlan> AgreementRepository::plansForInvoice(qint64 invoiceId) const
{
    return selectPlans(QStringLiteral("WHERE a.id IN (SELECT plan_id FROM plan_invoices WHERE invoice_id = ?)"),
                       invoiceId);
}

QList<PaymentPlan> AgreementRepository::plansForClient(qint64 clientId) const
{
    return selectPlans(QStringLiteral("WHERE a.client_id = ?"), clientId);
}

QList<PaymentPlan> AgreementRepository::plansWithStatus(PlanStatus status) const
{
    return selectPlans(QStringLiteral("WHERE a.status = ?"), planStatusKey(status));
}

Status AgreementRepository::setPlanStatus(qint64 id, PlanStatus status, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE plans SET status = ?, status_date = ? WHERE id = ?"));
    q.addBindValue(planStatusKey(status));
    q.addBindValue(nullableDate(date));
    q.addBindValue(id);
    return exec(q, Tr::tr("Changing the plan's status"));
}

qint64 AgreementRepository::paidOnInvoices(const QList<qint64> &invoiceIds) const
{
    if (invoiceIds.isEmpty())
        return 0;
    QStringList marks;
    for (qsizetype i = 0; i < invoiceIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(paid_cents), 0) FROM invoices WHERE id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : invoiceIds)
        q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<qint64, qint64> AgreementRepository::paidOnInvoicesOfPlans(PlanStatus status) const
{
    QHash<qint64, qint64> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT pi.plan_id, sum(i.paid_cents) FROM plan_invoices pi JOIN plans p ON p.id = pi.plan_id "
                       "JOIN invoices i ON i.id = pi.invoice_id WHERE p.status = ? GROUP BY pi.plan_id"));
    q.addBindValue(planStatusKey(status));
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

Result<qint64> AgreementRepository::insertSettlement(const Settlement &s) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settlements (client_id, date, agreed_with, channel, new_due_date, "
                             "waive_interest, waive_indemnity, restore_on_break, discount_bp, discount_until, terms, "
                             "status, status_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.clientId);
    q.addBindValue(dates::iso(s.date));
    q.addBindValue(notNull(s.agreedWith));
    q.addBindValue(channelKey(s.channel));
    q.addBindValue(nullableDate(s.newDueDate));
    q.addBindValue(int(s.waiveInterest));
    q.addBindValue(int(s.waiveIndemnity));
    q.addBindValue(int(s.restoreOnBreak));
    q.addBindValue(s.discountBasisPoints);
    q.addBindValue(nullableDate(s.discountUntil));
    q.addBindValue(notNull(s.terms));
    q.addBindValue(settlementStatusKey(s.status));
    q.addBindValue(nullableDate(s.statusDate));
    q.addBindValue(notNull(s.notes));
    if (!q.exec())
        return sqlError(q, Tr::tr("Recording the settlement"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status st =
            insertLinks(m_db, QStringLiteral("settlement_invoices"), QStringLiteral("settlement_id"), id, s.invoiceIds);
        !st)
        return st.error();
    return id;
}

QList<Settlement> AgreementRepository::selectSettlements(const QString &where, const QVariant &bound) const
{
    QList<Settlement> result = selectRows<Settlement>(
        m_db,
        QStringLiteral("SELECT a.id, a.client_id, c.name, a.date, a.agreed_with, a.channel, a.new_due_date, "
                       "a.waive_interest, a.waive_indemnity, a.restore_on_break, a.discount_bp, "
                       "a.discount_until, a.terms, a.status, a.status_date, coalesce(a.letter_id, 0), a.notes, "
                       "(SELECT coalesce(max(p.id), 0) FROM plans p WHERE p.settlement_id = a.id) "
                       "FROM settlements a JOIN clients c ON c.id = a.client_id %1 ORDER BY a.date DESC, a.id DESC")
            .arg(where),
        bound.isValid() ? QVariantList{bound} : QVariantList{}, [](const QSqlQuery &q) {
            Settlement s;
            s.id = q.value(0).toLongLong();
            s.clientId = q.value(1).toLongLong();
            s.clientName = q.value(2).toString();
            s.date = dateOf(q.value(3));
            s.agreedWith = q.value(4).toString();
            s.channel = channelFromKey(q.value(5).toString()).value_or(Channel::Phone);
            s.newDueDate = dateOf(q.value(6));
            s.waiveInterest = q.value(7).toBool();
            s.waiveIndemnity = q.value(8).toBool();
            s.restoreOnBreak = q.value(9).toBool();
            s.discountBasisPoints = q.value(10).toInt();
            s.discountUntil = dateOf(q.value(11));
            s.terms = q.value(12).toString();
            s.status = settlementStatusFromKey(q.value(13).toString()).value_or(SettlementStatus::Proposed);
            s.statusDate = dateOf(q.value(14));
            s.letterId = q.value(15).toLongLong();
            s.notes = q.value(16).toString();
            s.planId = q.value(17).toLongLong();
            return s;
        });
    if (!result.isEmpty())
        loadLinks(m_db, QStringLiteral("settlement_invoices"), QStringLiteral("settlement_id"),
                  QStringLiteral("settlements a JOIN clients c ON c.id = a.client_id"), where, bound, result);
    return result;
}

std::optional<Settlement> AgreementRepository::settlement(qint64 id) const
{
    const auto found = selectSettlements(QStringLiteral("WHERE a.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Settlement> AgreementRepository::settlementsForInvoice(qint64 invoiceId) const
{
    return selectSettlements(
        QStringLiteral("WHERE a.id IN (SELECT settlement_id FROM settlement_invoices WHERE invoice_id = ?)"),
        invoiceId);
}

QList<Settlement> AgreementRepository::settlementsForClient(qint64 clientId) const
{
    return selectSettlements(QStringLiteral("WHERE a.client_id = ?"), clientId);
}

Status AgreementRepository::setSettlementStatus(qint64 id, SettlementStatus status, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE settlements SET status = ?, status_date = ? WHERE id = ?"));
    q.addBindValue(settlementStatusKey(status));
    q.addBindValue(nullableDate(date));
    q.addBindValue(id);
    return exec(q, Tr::tr("Changing the settlement's status"));
}

Status AgreementRepository::setSettlementPlan(qint64 id, qint64 planId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE plans SET settlement_id = ? WHERE id = ?"));
    q.addBindValue(id);
    q.addBindValue(planId);
    return exec(q, Tr::tr("Recording the settlement"));
}

Status AgreementRepository::setSettlementLetter(qint64 id, qint64 letterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE settlements SET letter_id = ? WHERE id = ?"));
    q.addBindValue(letterId);
    q.addBindValue(id);
    return exec(q, Tr::tr("Recording the settlement"));
}

}  // namespace relance
