#pragma once

#include "domain/money.h"
#include "rules/aging.h"

#include <QDate>
#include <QList>

#include <array>

namespace relance {

class Database;

struct AgingTotal
{
    int count = 0;
    qint64 cents = 0;
};

// What is owed in one currency on a given day. Amounts are never summed across currencies.
struct CurrencyTotals
{
    QString currency;
    qint64 outstandingCents = 0;  // every positive balance
    qint64 overdueCents = 0;      // balances past their due date
    int outstandingCount = 0;
    int overdueCount = 0;
    std::array<AgingTotal, kAgingBuckets.size()> buckets{};

    Money outstanding() const { return Money(outstandingCents, currency); }
    Money overdue() const { return Money(overdueCents, currency); }
    Money bucketAmount(AgingBucket b) const { return Money(buckets[agingBucketIndex(b)].cents, currency); }
};

struct DashboardSummary
{
    QDate asOf;
    QList<CurrencyTotals> totals;  // EUR first, then by currency code

    bool isEmpty() const { return totals.isEmpty(); }
    // The totals of one currency (zeros if there is nothing open in it).
    CurrencyTotals totalsFor(const QString &currency) const;
};

// The morning figures: one aggregate query over the open invoices (partial index), whatever
// the size of the history.
class DashboardService
{
public:
    explicit DashboardService(const Database &db) : m_db(db) {}
    DashboardSummary summary(const QDate &asOf) const;

private:
    const Database &m_db;
};

}  // namespace relance
