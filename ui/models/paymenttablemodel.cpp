#include "paymenttablemodel.h"

#include <QLocale>

namespace relance::ui {

void PaymentTableModel::setPayments(QList<ReceivedPayment> payments)
{
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_payments.size())
        return {};
    const Payment &p = m_payments.at(index.row()).payment;
    if (role == InvoiceIdRole)
        return p.allocations.isEmpty() ? qint64(0) : p.allocations.first().invoiceId;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Date: return locale.toString(p.date, QLocale::ShortFormat);
    case Client: return m_payments.at(index.row()).clients.join(QStringLiteral(", "));
    case Amount: return p.amount().toString(locale);
    case Method: return paymentMethodLabel(p.method);
    case Reference: return p.bankReference;
    case Invoices: {
        // "F-2026-001 (400,00 €)" for a share, the bare number when the payment went to it whole.
        QStringList parts;
        for (const Allocation &a : p.allocations)
            parts << (a.amountCents == p.amountCents
                          ? a.invoiceNumber
                          : tr("%1 (%2)").arg(a.invoiceNumber, Money(a.amountCents, p.currency).toString(locale)));
        if (p.allocatedCents() < p.amountCents)
            parts << tr("%1 not allocated").arg(Money(p.amountCents - p.allocatedCents(), p.currency).toString(locale));
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Received");
    case Client: return tr("Client");
    case Amount: return tr("Amount");
    case Method: return tr("Method");
    case Reference: return tr("Reference");
    case Invoices: return tr("Settles");
    }
    return {};
}

}  // namespace relance::ui
