#include "jsonformat.h"

#include "domain/dates.h"

#include <QJsonArray>

namespace relance::cli {

QJsonObject invoiceJson(const Invoice &inv, const QDate &asOf)
{
    const qint64 daysLate = inv.daysLate(asOf);
    const bool open = inv.balance().cents() > 0;
    return QJsonObject{
        {QStringLiteral("number"), inv.number},
        {QStringLiteral("client"), inv.clientName},
        {QStringLiteral("issue_date"), dates::iso(inv.issueDate)},
        {QStringLiteral("service_date"),
         inv.serviceDate.isValid() ? QJsonValue(dates::iso(inv.serviceDate)) : QJsonValue()},
        {QStringLiteral("due_date"), dates::iso(inv.dueDate)},
        {QStringLiteral("currency"), inv.currency},
        {QStringLiteral("amount_excl"), inv.totalExcl().toDecimalString()},
        {QStringLiteral("amount_incl"), inv.totalIncl().toDecimalString()},
        {QStringLiteral("paid"), inv.paid().toDecimalString()},
        {QStringLiteral("balance"), inv.balance().toDecimalString()},
        {QStringLiteral("status"), statusKey(inv.status())},
        {QStringLiteral("overdue"), inv.isOverdue(asOf)},
        {QStringLiteral("days_late"), open && daysLate > 0 ? QJsonValue(qint64(daysLate)) : QJsonValue(0)},
        {QStringLiteral("aging_bucket"), open ? QJsonValue(agingBucketKey(agingBucket(daysLate))) : QJsonValue()},
    };
}

QJsonObject currencyTotalsJson(const CurrencyTotals &t)
{
    QJsonArray buckets;
    for (AgingBucket b : kAgingBuckets) {
        const AgingTotal &total = t.buckets[size_t(agingBucketIndex(b))];
        const int last = agingBucketLastDay(b);
        buckets.append(QJsonObject{
            {QStringLiteral("key"), agingBucketKey(b)},
            {QStringLiteral("first_day_late"),
             b == AgingBucket::NotYetDue ? QJsonValue() : QJsonValue(agingBucketFirstDay(b))},
            {QStringLiteral("last_day_late"),
             b == AgingBucket::NotYetDue || last < 0 ? QJsonValue() : QJsonValue(last)},
            {QStringLiteral("count"), total.count},
            {QStringLiteral("amount"), Money(total.cents, t.currency).toDecimalString()},
        });
    }
    return QJsonObject{
        {QStringLiteral("currency"), t.currency},
        {QStringLiteral("outstanding"), t.outstanding().toDecimalString()},
        {QStringLiteral("outstanding_count"), t.outstandingCount},
        {QStringLiteral("overdue"), t.overdue().toDecimalString()},
        {QStringLiteral("overdue_count"), t.overdueCount},
        {QStringLiteral("buckets"), buckets},
    };
}

}  // namespace relance::cli
