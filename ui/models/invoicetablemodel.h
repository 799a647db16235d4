#pragma once

#include "domain/invoice.h"
#include "storage/invoicequery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace relance::ui {

class AppContext;

// The invoice list, fetched lazily in keyset pages: the view asks for more as it scrolls,
// so opening a book of 100,000 invoices reads 200 rows. Sorting and filtering are done by
// SQLite (indexes), not in memory.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Client, IssueDate, DueDate, Amount, Balance, Status, Late, ColumnCount };
    enum Role { InvoiceIdRole = Qt::UserRole + 1, DaysLateRole, BalanceCentsRole };
    static constexpr int kPageSize = 200;

    explicit InvoiceTableModel(AppContext &context, QObject *parent = nullptr);

    void setQuery(const InvoiceQuery &query);
    InvoiceQuery query() const { return m_query; }
    // How many invoices match the query in all (not only the rows fetched so far).
    int totalCount() const { return m_totalCount; }
    const Invoice &invoiceAt(int row) const { return m_rows.at(row); }
    // The column whose header shows the query's order.
    int sortColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();

private:
    AppContext &m_context;
    InvoiceQuery m_query;
    QList<Invoice> m_rows;
    std::optional<InvoiceCursor> m_cursor;
    bool m_exhausted = true;
    bool m_busy = false;
    int m_totalCount = 0;
};

}  // namespace relance::ui
