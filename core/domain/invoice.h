#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace relance {

// Where an invoice stands with its payments. Whether it is overdue is a separate question,
// which needs "today" (see Invoice::isOverdue).
enum class InvoiceStatus { Unpaid, PartiallyPaid, Paid, Overpaid };

InvoiceStatus statusFromPayments(qint64 totalCents, qint64 paidCents);
QString statusKey(InvoiceStatus status);    // "unpaid", "partial", "paid", "overpaid" (JSON, CLI)
QString statusLabel(InvoiceStatus status);  // translated, for people

// Why chasing is paused: a disputed or on-hold invoice leaves the agenda until resumed.
enum class PauseReason { None, Disputed, OnHold };
QString pauseReasonKey(PauseReason reason);  // "", "disputed", "on_hold"
std::optional<PauseReason> pauseReasonFromKey(const QString &key);
QString pauseReasonLabel(PauseReason reason);  // translated

// The number that follows `last` in its series: "F-2026-017" -> "F-2026-018", "F-099" ->
// "F-100", "2026/9" -> "2026/10" (the last run of digits, its width kept). Empty when `last`
// has no digits to count on.
QString nextInvoiceNumber(const QString &last);

// VAT on an amount excluding VAT, rounded half-up to the cent, in integers.
qint64 vatCents(qint64 exclCents, int rateBasisPoints);

struct Invoice
{
    qint64 id = 0;
    QString number;  // unique per issuer
    qint64 clientId = 0;
    QString clientName;  // filled by queries that join the client
    QDate issueDate;
    QDate serviceDate;  // completion of the service (starts the limitation period); may be null
    QDate dueDate;
    qint64 amountExclCents = 0;
    qint64 amountInclCents = 0;
    QString currency = QStringLiteral("EUR");
    QString pdfPath;
    QString notes;
    qint64 paidCents = 0;                       // sum of the payments allocated to it (kept by the database)
    std::optional<int> penaltyRateBasisPoints;  // contractual late-payment rate for this invoice only
    PauseReason pause = PauseReason::None;
    QString object;        // what it is for ("Site vitrine, refonte"), printed on letters
    QDate acknowledgedOn;  // the debtor acknowledged the debt in writing (C. civ. 2240); may be null

    Money totalIncl() const { return Money(amountInclCents, currency); }
    Money totalExcl() const { return Money(amountExclCents, currency); }
    Money paid() const { return Money(paidCents, currency); }
    Money balance() const { return Money(amountInclCents - paidCents, currency); }
    InvoiceStatus status() const { return statusFromPayments(amountInclCents, paidCents); }
    // Days past the due date as of a day (negative: due in that many days).
    qint64 daysLate(const QDate &asOf) const { return dueDate.daysTo(asOf); }
    bool isOverdue(const QDate &asOf) const { return balance().cents() > 0 && daysLate(asOf) > 0; }
};

}  // namespace relance
