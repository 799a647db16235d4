#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace relance::ui {

class AppContext;
class PaymentTableModel;

// The payments received in one month and one currency, with their total: what the dashboard's
// "Collected this month" adds up. Previous / next month browse; double-clicking a payment opens
// the (first) invoice it settles.
class PaymentListDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentListDialog(AppContext &context, const QDate &month, const QString &currency, QWidget *parent = nullptr);
    PaymentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *total() const { return m_total; }
    void showMonth(const QDate &month);

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    AppContext &m_context;
    QString m_currency;
    QDate m_month;  // its first day
    PaymentTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title, *m_total;
    QPushButton *m_next;
};

}  // namespace relance::ui
