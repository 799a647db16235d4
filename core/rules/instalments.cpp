#include "instalments.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Instalments)
};
constexpr int kMaxInstalments = 120;  // ten years of monthly payments
}  // namespace

Result<QList<InstalmentDue>> equalInstalments(qint64 totalCents, int count, const QDate &first,
                                              InstalmentFrequency every)
{
    if (totalCents <= 0)
        return Error(Tr::tr("the amount to spread must be above zero"), QStringLiteral("total"));
    if (count < 1 || count > kMaxInstalments)
        return Error(Tr::tr("the number of instalments must be between 1 and %1").arg(kMaxInstalments),
                     QStringLiteral("count"));
    if (count > totalCents)
        return Error(Tr::tr("%1 instalments of less than one cent each are not possible").arg(count),
                     QStringLiteral("count"));
    if (!first.isValid())
        return Error(Tr::tr("the first instalment's date is missing or invalid"), QStringLiteral("first"));
    const qint64 each = totalCents / count;
    QList<InstalmentDue> plan;
    for (int i = 0; i < count; ++i) {
        // From the first date each time, so that 31 January gives 28 February then 31 March.
        const QDate date = every == InstalmentFrequency::Monthly ? first.addMonths(i) : first.addDays(7LL * i);
        plan.append({date, i == count - 1 ? totalCents - each * (count - 1) : each});
    }
    return plan;
}

InstalmentAllocation allocateToInstalments(const QList<InstalmentDue> &plan, qint64 paidCents, const QDate &asOf)
{
    InstalmentAllocation result;
    qint64 left = std::max<qint64>(0, paidCents);
    for (const InstalmentDue &due : plan) {
        InstalmentState state;
        state.paidCents = std::min(left, due.cents);
        left -= state.paidCents;
        state.settled = state.paidCents == due.cents;
        state.overdue = !state.settled && due.date < asOf;
        result.states.append(state);
    }
    result.surplusCents = left;
    return result;
}

InstalmentStep nextInstalmentStep(const QDate &instalmentDate, const QDate &lastReminder, Calendar calendar)
{
    if (!lastReminder.isValid() || lastReminder <= instalmentDate)
        return {InstalmentStep::Reminder, deadline(instalmentDate, 1, DayKind::Ouvres, calendar)};
    return {InstalmentStep::Break, deadline(lastReminder, kPlanBreakDays, DayKind::Calendaires, calendar)};
}

}  // namespace relance
