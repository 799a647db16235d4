#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;

namespace relance::ui {

class AppContext;
class InvoiceTableModel;

// The morning view: what is owed, what is late and by how much, and the overdue invoices
// most late first. Refreshes whenever data changes.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(AppContext &context, QWidget *parent = nullptr);
    QTableView *overdueTable() const { return m_table; }
    InvoiceTableModel *overdueModel() const { return m_model; }

public slots:
    void refresh();

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    AppContext &m_context;
    QLabel *m_title, *m_outstanding, *m_overdue, *m_otherCurrencies;
    QLabel *m_promised, *m_plans, *m_disputed;
    QGridLayout *m_buckets;
    QStackedWidget *m_overdueStack;
    QTableView *m_table;
    InvoiceTableModel *m_model;
};

}  // namespace relance::ui
