#include "agreements.h"

#include "enumkeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Agreements)
};
constexpr std::array kFrequencies{PlanFrequency::Weekly, PlanFrequency::Monthly, PlanFrequency::Custom};
constexpr std::array kPlanStatuses{PlanStatus::Active, PlanStatus::Broken, PlanStatus::Cancelled};
constexpr std::array kSettlementStatuses{SettlementStatus::Proposed, SettlementStatus::Confirmed,
                                         SettlementStatus::Honoured, SettlementStatus::Broken};
constexpr std::array kResolutions{DisputeResolution::Open, DisputeResolution::Paid, DisputeResolution::Credited,
                                  DisputeResolution::Upheld};
}  // namespace

QString planFrequencyKey(PlanFrequency f)
{
    switch (f) {
    case PlanFrequency::Weekly: return QStringLiteral("week");
    case PlanFrequency::Monthly: return QStringLiteral("month");
    case PlanFrequency::Custom: return QStringLiteral("custom");
    }
    return {};
}
std::optional<PlanFrequency> planFrequencyFromKey(const QString &key)
{
    return enumFromKey(key, kFrequencies, planFrequencyKey);
}
QString planFrequencyLabel(PlanFrequency f)
{
    switch (f) {
    case PlanFrequency::Weekly: return Tr::tr("Every week");
    case PlanFrequency::Monthly: return Tr::tr("Every month");
    case PlanFrequency::Custom: return Tr::tr("Dates of my choice");
    }
    return {};
}

QString planStatusKey(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Active: return QStringLiteral("active");
    case PlanStatus::Broken: return QStringLiteral("broken");
    case PlanStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}
std::optional<PlanStatus> planStatusFromKey(const QString &key)
{
    return enumFromKey(key, kPlanStatuses, planStatusKey);
}

qint64 PaymentPlan::scheduledCents() const
{
    return std::accumulate(instalments.cbegin(), instalments.cend(), qint64(0),
                           [](qint64 sum, const PlanInstalment &i) { return sum + i.cents; });
}

QString InstalmentProgress::statusKey() const
{
    if (settled)
        return QStringLiteral("paid");
    if (overdue)
        return QStringLiteral("overdue");
    return paidCents > 0 ? QStringLiteral("partial") : QStringLiteral("upcoming");
}

QString InstalmentProgress::statusLabel() const
{
    if (settled)
        return Tr::tr("paid");
    if (overdue)
        return paidCents > 0 ? Tr::tr("overdue, partly paid") : Tr::tr("overdue");
    return paidCents > 0 ? Tr::tr("partly paid") : Tr::tr("to come");
}

bool PlanProgress::completed() const
{
    return !instalments.isEmpty() &&
           std::all_of(instalments.cbegin(), instalments.cend(), [](const InstalmentProgress &i) { return i.settled; });
}

int PlanProgress::firstOverdue() const
{
    for (int i = 0; i < instalments.size(); ++i)
        if (instalments.at(i).overdue)
            return i;
    return -1;
}

int PlanProgress::nextDue() const
{
    for (int i = 0; i < instalments.size(); ++i)
        if (!instalments.at(i).settled)
            return i;
    return -1;
}

QString planHealthKey(PlanHealth h)
{
    switch (h) {
    case PlanHealth::OnTrack: return QStringLiteral("on_track");
    case PlanHealth::Late: return QStringLiteral("late");
    case PlanHealth::Completed: return QStringLiteral("completed");
    case PlanHealth::Broken: return QStringLiteral("broken");
    case PlanHealth::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString planHealthLabel(PlanHealth h)
{
    switch (h) {
    case PlanHealth::OnTrack: return Tr::tr("on track");
    case PlanHealth::Late: return Tr::tr("late");
    case PlanHealth::Completed: return Tr::tr("completed");
    case PlanHealth::Broken: return Tr::tr("broken");
    case PlanHealth::Cancelled: return Tr::tr("cancelled");
    }
    return {};
}

QString settlementStatusKey(SettlementStatus s)
{
    switch (s) {
    case SettlementStatus::Proposed: return QStringLiteral("proposed");
    case SettlementStatus::Confirmed: return QStringLiteral("confirmed");
    case SettlementStatus::Honoured: return QStringLiteral("honoured");
    case SettlementStatus::Broken: return QStringLiteral("broken");
    }
    return {};
}
std::optional<SettlementStatus> settlementStatusFromKey(const QString &key)
{
    return enumFromKey(key, kSettlementStatuses, settlementStatusKey);
}
QString settlementStatusLabel(SettlementStatus s)
{
    switch (s) {
    case SettlementStatus::Proposed: return Tr::tr("proposed");
    case SettlementStatus::Confirmed: return Tr::tr("confirmed in writing");
    case SettlementStatus::Honoured: return Tr::tr("honoured");
    case SettlementStatus::Broken: return Tr::tr("broken");
    }
    return {};
}

QString disputeResolutionKey(DisputeResolution r)
{
    switch (r) {
    case DisputeResolution::Open: return QStringLiteral("");
    case DisputeResolution::Paid: return QStringLiteral("paid");
    case DisputeResolution::Credited: return QStringLiteral("credited");
    case DisputeResolution::Upheld: return QStringLiteral("upheld");
    }
    return {};
}
std::optional<DisputeResolution> disputeResolutionFromKey(const QString &key)
{
    return enumFromKey(key, kResolutions, disputeResolutionKey);
}
QString disputeResolutionLabel(DisputeResolution r)
{
    switch (r) {
    case DisputeResolution::Open: return Tr::tr("open");
    case DisputeResolution::Paid: return Tr::tr("resolved: paid");
    case DisputeResolution::Credited: return Tr::tr("resolved: credit note");
    case DisputeResolution::Upheld: return Tr::tr("resolved: invoice upheld, chasing resumes");
    }
    return {};
}

}  // namespace relance
