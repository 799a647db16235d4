#include "risk.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Risk)
};
QDate endOfMonth(const QDate &day) { return QDate(day.year(), day.month(), day.daysInMonth()); }
}  // namespace

RecoveryRisk recoveryRisk(qint64 daysLate)
{
    if (daysLate <= 0)
        return RecoveryRisk::None;
    if (daysLate <= 60)
        return RecoveryRisk::Low;
    if (daysLate <= 95)
        return RecoveryRisk::High;
    return RecoveryRisk::Critical;
}

QString recoveryRiskKey(RecoveryRisk risk)
{
    switch (risk) {
    case RecoveryRisk::None: return QStringLiteral("none");
    case RecoveryRisk::Low: return QStringLiteral("low");
    case RecoveryRisk::High: return QStringLiteral("high");
    case RecoveryRisk::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString recoveryRiskLabel(RecoveryRisk risk)
{
    switch (risk) {
    case RecoveryRisk::None: return Tr::tr("Not late");
    case RecoveryRisk::Low: return Tr::tr("Good chances if chased now (within 60 days)");
    case RecoveryRisk::High: return Tr::tr("Chances falling (61 to 95 days late)");
    case RecoveryRisk::Critical: return Tr::tr("Critical: 70 % of invoices over 95 days late are never recovered");
    }
    return {};
}

Limitation limitation(const JurisdictionProfile &profile, const QDate &serviceDate, const QDate &issueDate,
                      const QDate &asOf)
{
    Limitation l;
    l.start = serviceDate.isValid() ? serviceDate : issueDate;
    l.expires = l.start.addMonths(profile.limitationMonths);
    l.daysLeft = asOf.daysTo(l.expires);
    l.expired = l.daysLeft < 0;
    l.warn = !l.expired && asOf >= l.expires.addMonths(-6);
    return l;
}

std::optional<QDate> latestLawfulDueDate(const JurisdictionProfile &profile, const QDate &issueDate)
{
    if (profile.maxTermsDays <= 0)
        return std::nullopt;
    QDate latest = issueDate.addDays(profile.maxTermsDays);
    // "45 jours fin de mois" is read two ways in practice (end of month then 45 days, or 45 days
    // then end of month): the more generous one is allowed, so no lawful invoice is flagged.
    if (profile.maxTermsEndOfMonthDays > 0)
        latest = std::max({latest, endOfMonth(issueDate.addDays(profile.maxTermsEndOfMonthDays)),
                           endOfMonth(issueDate).addDays(profile.maxTermsEndOfMonthDays)});
    return latest;
}

QString paymentTermsWarning(const JurisdictionProfile &profile, const QDate &issueDate, const QDate &dueDate)
{
    const auto latest = latestLawfulDueDate(profile, issueDate);
    if (!latest || dueDate <= *latest)
        return {};
    const QString limit = profile.maxTermsEndOfMonthDays > 0
                              ? Tr::tr("%1 days from the invoice date, or %2 days end of month")
                                    .arg(profile.maxTermsDays)
                                    .arg(profile.maxTermsEndOfMonthDays)
                              : Tr::tr("%1 days from the invoice date").arg(profile.maxTermsDays);
    return Tr::tr("Payment terms of %1 days exceed the legal maximum (%2, %3): the latest lawful due date was %4.")
        .arg(issueDate.daysTo(dueDate))
        .arg(limit, profile.termsBasis, QLocale().toString(*latest, QLocale::ShortFormat));
}

}  // namespace relance
