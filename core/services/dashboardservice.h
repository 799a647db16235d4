#pragma once

#include "domain/money.h"
#include "rules/aging.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

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
    qint64 clientCreditCents = 0;  // what credit notes left clients beyond their debt (EUR)
    int clientsWithCredit = 0;
};

struct MonthFigures
{
    QDate month;  // its first day
    qint64 invoicedCents = 0;
    qint64 collectedCents = 0;  // payments received (credit notes are not money in)
};

struct ClientOverdue
{
    qint64 clientId = 0;
    QString name;
    qint64 overdueCents = 0;
    int invoices = 0;
    int oldestDaysLate = 0;
};

// The figures behind the morning glance, in one currency.
struct KeyFigures
{
    QString currency = QStringLiteral("EUR");
    qint64 collectedThisMonthCents = 0;
    qint64 atRiskCents = 0;  // balances more than 60 days late: recovery gets unlikely (rules/risk)
    int atRiskCount = 0;
    // Of the invoices settled over the last 12 months: how many days after their due date, on
    // average (0 for those paid on time). None when none was settled.
    std::optional<int> averageDaysLate;
    // Days sales outstanding: what is owed today over what was invoiced in the last 12 months,
    // times 365. None when nothing was invoiced, or with too little history to mean anything
    // (one invoice gives "365 days"): fewer than kDsoMinimumInvoices in the 12 months, or the
    // first of them less than kDsoMinimumDays old; dsoLacksHistory then says why.
    std::optional<int> dso;
    bool dsoLacksHistory = false;
    static constexpr int kDsoMinimumInvoices = 3;
    static constexpr int kDsoMinimumDays = 90;
    QList<MonthFigures> months;       // the last 12 months, oldest first, the current one last
    QList<ClientOverdue> topOverdue;  // the clients who owe the most overdue money, at most 5
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
    // Grouped queries over the last 12 months (issue-date and payment-date indexes) and the open
    // invoices: the same few queries for 100 or 100,000 invoices.
    KeyFigures keyFigures(const QDate &asOf, const QString &currency = QStringLiteral("EUR")) const;

private:
    const Database &m_db;
};

}  // namespace relance
