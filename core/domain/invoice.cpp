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

QString nextInvoiceNumber(const QString &last)
{
    qsizetype end = last.size();
    while (end > 0 && !last.at(end - 1).isDigit())
        --end;
    qsizetype start = end;
    while (start > 0 && last.at(start - 1).isDigit())
        --start;
    if (start == end)
        return {};
    QString digits = last.mid(start, end - start);
    // Decimal increment on the text itself: a number of any length, leading zeros kept.
    qsizetype i = digits.size() - 1;
    for (; i >= 0; --i) {
        if (digits.at(i) != QLatin1Char('9')) {
            digits[i] = QChar(digits.at(i).unicode() + 1);
            break;
        }
        digits[i] = QLatin1Char('0');
    }
    if (i < 0)
        digits.prepend(QLatin1Char('1'));
    return last.left(start) + digits + last.mid(end);
}

qint64 vatCents(qint64 exclCents, int rateBasisPoints)
{
    return (exclCents * rateBasisPoints + 5000) / 10000;
}

}  // namespace relance
