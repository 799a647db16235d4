#include "dashboardservice.h"

#include "agreementservice.h"
#include "paymentservice.h"
#include "domain/dates.h"
#include "storage/database.h"
#include "storage/invoiceconditions.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relance {

CurrencyTotals DashboardSummary::totalsFor(const QString &currency) const
{
    for (const CurrencyTotals &t : totals)
        if (t.currency == currency)
            return t;
    CurrencyTotals empty;
    empty.currency = currency;
    return empty;
}

DashboardSummary DashboardService::summary(const QDate &asOf) const
{
    // The bucket boundaries come from rules/aging, so SQL and C++ can never disagree.
    QString bucketCase = QStringLiteral("CASE");
    for (AgingBucket b : kAgingBuckets) {
        const int last = agingBucketLastDay(b);
        if (last >= 0)
            bucketCase += QStringLiteral(" WHEN julianday(:asof) - julianday(due_date) <= %1 THEN %2")
                              .arg(last)
                              .arg(agingBucketIndex(b));
        else
            bucketCase += QStringLiteral(" ELSE %1").arg(agingBucketIndex(b));
    }
    bucketCase += QStringLiteral(" END");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT currency, %1 AS bucket, count(*), sum(amount_incl_cents - paid_cents) "
                             "FROM invoices WHERE paid_cents < amount_incl_cents GROUP BY currency, bucket")
                  .arg(bucketCase));
    q.bindValue(QStringLiteral(":asof"), dates::iso(asOf));
    DashboardSummary summary;
    summary.asOf = asOf;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("dashboard"));
        return summary;
    }
    while (q.next()) {
        const QString currency = q.value(0).toString();
        auto it = std::find_if(summary.totals.begin(), summary.totals.end(),
                               [&](const CurrencyTotals &t) { return t.currency == currency; });
        if (it == summary.totals.end()) {
            CurrencyTotals t;
            t.currency = currency;
            summary.totals << t;
            it = summary.totals.end() - 1;
        }
        const int bucket = q.value(1).toInt();
        const int count = q.value(2).toInt();
        const qint64 cents = q.value(3).toLongLong();
        it->buckets[size_t(bucket)] = {count, cents};
        it->outstandingCents += cents;
        it->outstandingCount += count;
        if (bucket != agingBucketIndex(AgingBucket::NotYetDue)) {
            it->overdueCents += cents;
            it->overdueCount += count;
        }
    }
    std::sort(summary.totals.begin(), summary.totals.end(), [](const CurrencyTotals &a, const CurrencyTotals &b) {
        const bool aEur = a.currency == QLatin1String("EUR"), bEur = b.currency == QLatin1String("EUR");
        return aEur != bEur ? aEur : a.currency < b.currency;
    });
    return summary;
}

AgreementFigures DashboardService::agreements(const QDate &asOf) const
{
    AgreementFigures f;
    const QString today = dates::iso(asOf), weekEnd = dates::iso(asOf.addDays(6));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Open invoices only: a paid one kept its promise. The promised day is the invoice list's
    // (invoiceconditions), so the figure and the list it opens agree.
    if (q.exec(QStringLiteral("SELECT i.currency, i.amount_incl_cents - i.paid_cents, coalesce(d.contested_cents, 0), "
                              "d.id IS NOT NULL, %1 FROM invoices i INDEXED BY invoices_open_by_due "
                              "LEFT JOIN disputes d ON d.invoice_id = i.id AND d.resolution = '' WHERE %2")
                   .arg(invoiceconditions::promisedDate(), invoiceconditions::open())))
        while (q.next()) {
            const bool eur = q.value(0).toString() == QLatin1String("EUR");
            const qint64 balance = q.value(1).toLongLong();
            if (q.value(3).toBool()) {
                ++f.disputed;
                if (eur) {
                    f.disputedCents += balance;
                    f.contestedCents += std::min(balance, q.value(2).toLongLong());
                }
                continue;
            }
            const QString day = q.value(4).toString();
            if (!day.isEmpty() && day >= today && day <= weekEnd) {
                ++f.promisedThisWeek;
                if (eur)
                    f.promisedCents += balance;
            }
        }
    for (const PlanView &v : AgreementService(m_db).activePlans(asOf)) {
        if (v.health == PlanHealth::Late)
            ++f.plansLate;
        else if (v.health == PlanHealth::OnTrack)
            ++f.plansOnTrack;
    }
    for (const ClientCredit &credit : PaymentService(m_db).credits())
        if (credit.amount.currency() == QLatin1String("EUR")) {
            f.clientCreditCents += credit.amount.cents();
            ++f.clientsWithCredit;
        }
    return f;
}

KeyFigures DashboardService::keyFigures(const QDate &asOf, const QString &currency) const
{
    KeyFigures f;
    f.currency = currency;
    const QDate firstMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-11);
    const QDate yearAgo = asOf.addDays(-365);
    for (int i = 0; i < 12; ++i)
        f.months << MonthFigures{firstMonth.addMonths(i), 0, 0};
    const auto monthIndex = [&](const QString &yearMonth) {
        const QDate month = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
        return (month.year() - firstMonth.year()) * 12 + month.month() - firstMonth.month();
    };
    // Positional placeholders: the Qt 6.4 SQLite driver mishandles a named one used twice.
    const auto run = [&](QSqlQuery &q, const QString &sql, const QVariantList &values) {
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            sqlError(q, QStringLiteral("dashboard"));
            return false;
        }
        return true;
    };
    const QString from = dates::iso(firstMonth), to = dates::iso(asOf);

    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT substr(issue_date, 1, 7), sum(amount_incl_cents) FROM invoices INDEXED BY "
                           "invoices_by_issue WHERE issue_date BETWEEN ? AND ? AND currency = ? GROUP BY 1"),
            {from, to, currency}))
        while (q.next())
            if (const int i = monthIndex(q.value(0).toString()); i >= 0 && i < 12)
                f.months[i].invoicedCents = q.value(1).toLongLong();
    if (run(q,
            QStringLiteral("SELECT substr(date, 1, 7), sum(amount_cents) FROM payments INDEXED BY payments_by_date "
                           "WHERE date BETWEEN ? AND ? AND currency = ? AND method <> 'credit-note' GROUP BY 1"),
            {from, to, currency}))
        while (q.next())
            if (const int i = monthIndex(q.value(0).toString()); i >= 0 && i < 12)
                f.months[i].collectedCents = q.value(1).toLongLong();
    f.collectedThisMonthCents = f.months.last().collectedCents;

    // What is owed, and what is more than 60 days late, from the open invoices.
    qint64 outstanding = 0;
    if (run(q,
            QStringLiteral("SELECT sum(amount_incl_cents - paid_cents), "
                           "sum(CASE WHEN julianday(?) - julianday(due_date) > 60 THEN amount_incl_cents - "
                           "paid_cents ELSE 0 END), "
                           "sum(julianday(?) - julianday(due_date) > 60) FROM invoices INDEXED BY "
                           "invoices_open_by_due WHERE paid_cents < amount_incl_cents AND currency = ?"),
            {to, to, currency}) &&
        q.next()) {
        outstanding = q.value(0).toLongLong();
        f.atRiskCents = q.value(1).toLongLong();
        f.atRiskCount = q.value(2).toInt();
    }
    if (run(q,
            QStringLiteral("SELECT sum(amount_incl_cents), count(*), min(issue_date) FROM invoices INDEXED BY "
                           "invoices_by_issue WHERE issue_date > ? AND issue_date <= ? AND currency = ?"),
            {dates::iso(yearAgo), to, currency}) &&
        q.next() && q.value(0).toLongLong() > 0) {
        const QDate first = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (q.value(1).toInt() < KeyFigures::kDsoMinimumInvoices || first.daysTo(asOf) < KeyFigures::kDsoMinimumDays)
            f.dsoLacksHistory = true;
        else
            f.dso = int((outstanding * 365 + q.value(0).toLongLong() / 2) / q.value(0).toLongLong());
    }
    // Invoices whose last payment fell in the last 12 months and left them paid.
    if (run(q,
            QStringLiteral("SELECT count(*), sum(max(0, julianday(last) - julianday(due))) FROM ("
                           "SELECT i.due_date AS due, max(p.date) AS last FROM payments p INDEXED BY "
                           "payments_by_date JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = "
                           "a.invoice_id WHERE p.date > ? AND p.date <= ? AND i.currency = ? AND i.paid_cents >= "
                           "i.amount_incl_cents GROUP BY i.id)"),
            {dates::iso(yearAgo), to, currency}) &&
        q.next() && q.value(0).toInt() > 0) {
        const qint64 count = q.value(0).toLongLong();
        const qint64 days = qRound64(q.value(1).toDouble());  // a sum of whole days, exact in a double
        f.averageDaysLate = int((days + count / 2) / count);
    }
    if (run(q,
            QStringLiteral("SELECT c.id, c.name, sum(i.amount_incl_cents - i.paid_cents), count(*), "
                           "max(julianday(?) - julianday(i.due_date)) FROM invoices i INDEXED BY "
                           "invoices_open_by_due JOIN clients c ON c.id = i.client_id WHERE i.paid_cents < "
                           "i.amount_incl_cents AND i.due_date < ? AND i.currency = ? GROUP BY c.id "
                           "ORDER BY 3 DESC, c.name LIMIT 5"),
            {to, to, currency}))
        while (q.next())
            f.topOverdue << ClientOverdue{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                          q.value(3).toInt(), q.value(4).toInt()};
    return f;
}

}  // namespace relance
