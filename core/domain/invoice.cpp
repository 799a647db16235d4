#include "invoice.h"

#include <QCoreApplication>

namespace relance {

InvoiceStatus statusFromPayments(qint64 totalCents, qint64 paidCents)
{
    if (paidCents <= 0)
        return InvoiceStatus::Unpaid;
    if (paidCents < totalCents)
        return InvoiceStatus::PartiallyPaid;
    if (paidCents == totalCents)
        return InvoiceStatus::Paid;
    return InvoiceStatus::Overpaid;
}

QString statusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Unpaid: return QStringLiteral("unpaid");
    case InvoiceStatus::PartiallyPaid: return QStringLiteral("partial");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Overpaid: return QStringLiteral("overpaid");
    }
    return {};
}

QString statusLabel(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Unpaid: return QCoreApplication::translate("InvoiceStatus", "Unpaid");
    case InvoiceStatus::PartiallyPaid: return QCoreApplication::translate("InvoiceStatus", "Partly paid");
    case InvoiceStatus::Paid: return QCoreApplication::translate("InvoiceStatus", "Paid");
    case InvoiceStatus::Overpaid: return QCoreApplication::translate("InvoiceStatus", "Overpaid");
    }
    return {};
}

QString pauseReasonKey(PauseReason reason)
{
    switch (reason) {
    case PauseReason::None: return QStringLiteral("");
    case PauseReason::Disputed: return QStringLiteral("disputed");
    case PauseReason::OnHold: return QStringLiteral("on_hold");
    }
    return {};
}

std::optional<PauseReason> pauseReasonFromKey(const QString &key)
{
    for (PauseReason r : {PauseReason::None, PauseReason::Disputed, PauseReason::OnHold})
        if (pauseReasonKey(r) == key)
            return r;
    return std::nullopt;
}

QString pauseReasonLabel(PauseReason reason)
{
    switch (reason) {
    case PauseReason::None: return QCoreApplication::translate("Invoice", "Being chased");
    case PauseReason::Disputed: return QCoreApplication::translate("Invoice", "Disputed");
    case PauseReason::OnHold: return QCoreApplication::translate("Invoice", "On hold");
    }
    return {};
}

}  // namespace relance
