#include "dashboardservice.h"

#include "domain/dates.h"
#include "storage/database.h"

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

}  // namespace relance
