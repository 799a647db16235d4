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

QJsonObject interestJson(const InterestResult &r)
{
    QJsonArray slices;
    for (const InterestSlice &s : r.slices)
        slices.append(
            QJsonObject{{QStringLiteral("from"), dates::iso(s.from)},
                        {QStringLiteral("to"), dates::iso(s.to)},
                        {QStringLiteral("days"), s.days},
                        {QStringLiteral("balance"), Money(s.balanceCents, r.interest.currency()).toDecimalString()},
                        {QStringLiteral("rate"), formatRate(s.rateBasisPoints)},
                        {QStringLiteral("divisor"), s.divisor},
                        {QStringLiteral("amount"), Money(s.roundedCents, r.interest.currency()).toDecimalString()},
                        {QStringLiteral("basis"), s.basis}});
    return QJsonObject{{QStringLiteral("currency"), r.interest.currency()},
                       {QStringLiteral("interest_from"), dates::iso(r.interestFrom)},
                       {QStringLiteral("days"), r.days()},
                       {QStringLiteral("interest"), r.interest.toDecimalString()},
                       {QStringLiteral("indemnity"), r.indemnity.toDecimalString()},
                       {QStringLiteral("total"), r.totalClaimed().toDecimalString()},
                       {QStringLiteral("slices"), slices},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

QJsonObject agendaItemJson(const AgendaItem &item)
{
    return QJsonObject{
        {QStringLiteral("invoice"), item.invoice.number},
        {QStringLiteral("client"), item.invoice.clientName},
        {QStringLiteral("email"), item.clientEmail},
        {QStringLiteral("phone"), item.clientPhone},
        {QStringLiteral("due_date"), dates::iso(item.invoice.dueDate)},
        {QStringLiteral("currency"), item.invoice.currency},
        {QStringLiteral("balance"), item.invoice.balance().toDecimalString()},
        {QStringLiteral("days_late"), qint64(std::max<qint64>(item.daysLate(), 0))},
        {QStringLiteral("risk"), recoveryRiskKey(item.risk())},
        {QStringLiteral("ladder"), item.ladderName},
        {QStringLiteral("step"), item.step.displayName()},
        {QStringLiteral("step_number"), item.stepIndex + 1},
        {QStringLiteral("step_count"), item.stepCount},
        {QStringLiteral("template"), item.step.templateKey},
        {QStringLiteral("channel"), channelKey(item.step.channel)},
        {QStringLiteral("tone"), toneKey(item.step.tone)},
        {QStringLiteral("planned"), dates::iso(item.plan.date)},
        {QStringLiteral("late"), item.stepDaysLate() > 0},
        {QStringLiteral("days_behind"), qint64(std::max<qint64>(item.stepDaysLate(), 0))},
        {QStringLiteral("attempts"), item.plan.attempts},
        {QStringLiteral("receipt_assumed"), item.plan.receiptAssumed},
        {QStringLiteral("kind"), item.kind == AgendaKind::LadderStep           ? QStringLiteral("ladder")
                                 : item.kind == AgendaKind::InstalmentReminder ? QStringLiteral("instalment_reminder")
                                                                               : QStringLiteral("plan_broken")},
        {QStringLiteral("missed_promise"), item.missedPromise.isValid() ? dates::iso(item.missedPromise) : QString()},
        {QStringLiteral("plan"), item.planId},
        {QStringLiteral("instalment"), item.instalment + 1},
        {QStringLiteral("instalment_owed"),
         item.isPlanItem() ? Money(item.instalmentOwedCents, item.invoice.currency).toDecimalString() : QString()},
    };
}

}  // namespace relance::cli
