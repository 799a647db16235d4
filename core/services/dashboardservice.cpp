#include "dashboardservice.h"

#include "agreementservice.h"
#include "domain/dates.h"
#include "storage/agreementrepository.h"
#include "storage/database.h"
#include "storage/disputerepository.h"

#include <QHash>
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
    const QDate weekEnd = asOf.addDays(6);
    QHash<qint64, QDate> promised;
    for (const PaymentPromise &p : DisputeRepository(m_db).latestPromisesForOpenInvoices())
        promised.insert(p.invoiceId, p.promisedDate);
    for (const Settlement &s : AgreementRepository(m_db).liveSettlements())
        if (s.newDueDate.isValid())
            for (qint64 id : s.invoiceIds)
                promised.insert(id, std::max(promised.value(id), s.newDueDate));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Open invoices only: a paid one kept its promise.
    if (q.exec(QStringLiteral("SELECT i.id, i.currency, i.amount_incl_cents - i.paid_cents, "
                              "coalesce(d.contested_cents, 0), d.id IS NOT NULL FROM invoices i "
                              "INDEXED BY invoices_open_by_due LEFT JOIN disputes d ON d.invoice_id = i.id "
                              "AND d.resolution = '' WHERE i.paid_cents < i.amount_incl_cents")))
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool eur = q.value(1).toString() == QLatin1String("EUR");
            const qint64 balance = q.value(2).toLongLong();
            if (q.value(4).toBool()) {
                ++f.disputed;
                if (eur) {
                    f.disputedCents += balance;
                    f.contestedCents += std::min(balance, q.value(3).toLongLong());
                }
                continue;
            }
            const QDate day = promised.value(id);
            if (day.isValid() && day >= asOf && day <= weekEnd) {
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
    return f;
}

}  // namespace relance
