#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;

namespace relance::ui {

class AppContext;
class BarChart;
class FigureCard;
class InvoiceTableModel;

// The morning view: key figures (owed, late, at risk, collected this month, days late, DSO,
// today's steps, agreements), how late by bucket, invoiced against collected over 12 months, the
// clients who owe the most, and the overdue invoices most late first. Each figure opens the list
// behind it. Refreshes whenever data changes.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(AppContext &context, QWidget *parent = nullptr);
    QTableView *overdueTable() const { return m_table; }
    InvoiceTableModel *overdueModel() const { return m_model; }
    BarChart *monthsChart() const { return m_months; }

public slots:
    void refresh();

protected:
    // A theme switched while running (light to dark): links are written again in its colours.
    void changeEvent(QEvent *event) override;

signals:
    void invoiceActivated(qint64 invoiceId);
    // The invoice list with this status filter (InvoiceQuery::Filter) and client (0: all).
    void invoicesRequested(int filter, qint64 clientId);
    void todayRequested();
    // The payments received this month in this currency.
    void paymentsRequested(const QString &currency);

private:
    AppContext &m_context;
    QLabel *m_title = nullptr, *m_otherCurrencies = nullptr, *m_topClients = nullptr;
    QLabel *m_clientCredit = nullptr;  // what credit notes left clients beyond their debt
    FigureCard *m_outstanding, *m_overdue, *m_atRisk, *m_collected, *m_todaySteps;
    FigureCard *m_daysLate, *m_dso, *m_promised, *m_plans, *m_disputed;
    QGridLayout *m_buckets;
    BarChart *m_months;
    QStackedWidget *m_overdueStack;
    QLabel *m_overdueEmpty;
    QTableView *m_table;
    InvoiceTableModel *m_model;
    QString m_currency;  // of the figures shown: the book's main currency
};

}  // namespace relance::ui
