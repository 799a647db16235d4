#pragma once

#include "domain/client.h"
#include "storage/invoicerepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace relance::ui {

class AppContext;

// The client list, fetched lazily by pages in name order, filtered by a search text, with what
// each client owes and how much of it is overdue (one query per page, never one per row).
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Owed, Overdue, Kind, City, Email, Phone, Terms, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ClientTableModel(AppContext &context, QObject *parent = nullptr);

    void setSearch(const QString &text);
    const Client &clientAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    void reload();

private:
    AppContext &m_context;
    QString m_search;
    void addStanding(const QList<Client> &page);

    QList<Client> m_rows;
    QHash<qint64, InvoiceRepository::Standing> m_standing;
    bool m_exhausted = true;
    bool m_busy = false;
};

}  // namespace relance::ui
