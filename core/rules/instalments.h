#pragma once

#include "domain/result.h"
#include "rules/businesscalendar.h"

#include <QDate>
#include <QList>
#include <QtGlobal>

namespace relance {

// Splitting a sum into instalments and following their payment (payment plans, LEGAL.md
// section 1: "instalment plans offered to the debtor"). Amounts are cents of one currency.
enum class InstalmentFrequency { Weekly, Monthly };

struct InstalmentDue
{
    QDate date;
    qint64 cents = 0;
    bool operator==(const InstalmentDue &) const = default;
};

// `count` equal instalments, rounded down to the cent, the remainder on the last one, so that
// they add up to `totalCents` exactly (1000.00 in 3: 333.33, 333.33, 333.34). Monthly dates keep
// the first one's day, clamped to short months (31 Jan, 28 Feb, 31 Mar). Errors name the field:
// total, count, first.
Result<QList<InstalmentDue>> equalInstalments(qint64 totalCents, int count, const QDate &first,
                                              InstalmentFrequency every);

// What each instalment has received when `paidCents` is spread over them in date order.
struct InstalmentState
{
    qint64 paidCents = 0;
    bool settled = false;
    bool overdue = false;  // its date is before `asOf` and it is not settled
};
struct InstalmentAllocation
{
    QList<InstalmentState> states;  // one per instalment
    qint64 surplusCents = 0;        // paid beyond the whole plan
};
InstalmentAllocation allocateToInstalments(const QList<InstalmentDue> &plan, qint64 paidCents, const QDate &asOf);

// A plan's own small ladder for an instalment unpaid at its date: a reminder on the next working
// day, then, kPlanBreakDays after that reminder, the decision that the plan is broken (the
// invoices' own ladder resumes). The same eight days a formal notice gives to pay.
constexpr int kPlanBreakDays = 8;
struct InstalmentStep
{
    enum Kind { Reminder, Break } kind = Reminder;
    QDate date;
};
InstalmentStep nextInstalmentStep(const QDate &instalmentDate, const QDate &lastReminder,
                                  Calendar calendar = Calendar::France);

}  // namespace relance
