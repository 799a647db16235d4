#pragma once

#include "storage/paymentrepository.h"

#include <QAbstractTableModel>

namespace relance::ui {

// Payments received, read-only: date, clients, amount, method, reference and the invoices each
// one settles. A month holds a few dozen, so the list is read at once.
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Client, Amount, Method, Reference, Invoices, ColumnCount };
    // The first invoice the payment settles (0 if none): what double-clicking opens.
    enum Role { InvoiceIdRole = Qt::UserRole + 1 };

    explicit PaymentTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setPayments(QList<ReceivedPayment> payments);
    const QList<ReceivedPayment> &payments() const { return m_payments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReceivedPayment> m_payments;
};

}  // namespace relance::ui
