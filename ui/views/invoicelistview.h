#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace relance::ui {

class AppContext;
class InvoiceTableModel;

// Every invoice: search (number, client, amount), filter by status and client, sort by any
// column; the model pages lazily, so the list stays fluid on a large book.
class InvoiceListView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceListView(AppContext &context, QWidget *parent = nullptr);
    InvoiceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // The invoice under the cursor, 0 if none.
    qint64 currentInvoiceId() const;

public slots:
    void focusSearch();
    // What the dashboard's figures click through to: a status filter (InvoiceQuery::Filter) and
    // a client (0: all), with the search cleared.
    void showFiltered(int filter, qint64 clientId = 0);
    // Every invoice whose number, client or amount matches `text` (the tool bar's search).
    void searchFor(const QString &text);

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    void applyFilters();
    void fillClients();
    void updateCount();

    AppContext &m_context;
    InvoiceTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status, *m_client;
    QLabel *m_count;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTimer *m_searchDelay;
};

}  // namespace relance::ui
