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

// Where the agreements stand: promises, plans and disputes (amounts in euros; the counts take
// every currency).
struct AgreementFigures
{
    int promisedThisWeek = 0;  // open invoices promised (or newly due by a settlement) in the next 7 days
    qint64 promisedCents = 0;
    int plansOnTrack = 0;
    int plansLate = 0;
    int disputed = 0;           // open invoices with an open dispute
    qint64 disputedCents = 0;   // their balance
    qint64 contestedCents = 0;  // what the clients contest of it
};

// The morning figures: one aggregate query over the open invoices (partial index), whatever
// the size of the history.
class DashboardService
{
public:
    explicit DashboardService(const Database &db) : m_db(db) {}
    DashboardSummary summary(const QDate &asOf) const;
    // A few queries: the promises and disputes of open invoices, and the active plans.
    AgreementFigures agreements(const QDate &asOf) const;

private:
    const Database &m_db;
};

}  // namespace relance
