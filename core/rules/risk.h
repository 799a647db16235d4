#pragma once

#include "jurisdiction.h"

#include <QDate>
#include <QString>

#include <optional>

namespace relance {

// The chance of recovering an overdue invoice falls with time (LEGAL.md section 1: chased
// within 60 days, 70 % chance of recovering more than 75 %; after 95 days, 70 % are never
// recovered).
enum class RecoveryRisk { None, Low, High, Critical };
RecoveryRisk recoveryRisk(qint64 daysLate);    // None: not late; Low: 1-60; High: 61-95; Critical: over 95
QString recoveryRiskKey(RecoveryRisk risk);    // none, low, high, critical
QString recoveryRiskLabel(RecoveryRisk risk);  // translated, with the figure behind it

// The limitation period (prescription, LEGAL.md section 8): it runs from the completion of the
// service; a formal notice does not interrupt it.
struct Limitation
{
    QDate start;
    QDate expires;        // the last day a claim can be brought
    qint64 daysLeft = 0;  // from the day asked; negative once expired
    bool warn = false;    // within six months of expiry
    bool expired = false;
};
// `serviceDate` may be null: the issue date stands in for it.
Limitation limitation(const JurisdictionProfile &profile, const QDate &serviceDate, const QDate &issueDate,
                      const QDate &asOf);

// The latest due date the law allows for an invoice issued on `issueDate` (L441-10 I: 60 days from
// the invoice date, or 45 days end of month if agreed), or none when the profile sets no maximum.
std::optional<QDate> latestLawfulDueDate(const JurisdictionProfile &profile, const QDate &issueDate);
// A sentence for the user when the invoice's terms exceed the maximum, else empty.
QString paymentTermsWarning(const JurisdictionProfile &profile, const QDate &issueDate, const QDate &dueDate);

}  // namespace relance
