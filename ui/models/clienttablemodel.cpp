#include "clienttablemodel.h"

#include "appcontext.h"
#include "domain/money.h"
#include "storage/clientrepository.h"

#include <QScopedValueRollback>

namespace relance::ui {

ClientTableModel::ClientTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(&context, &AppContext::dataChanged, this, &ClientTableModel::reload);
}

void ClientTableModel::setSearch(const QString &text)
{
    m_search = text;
    reload();
}

void ClientTableModel::reload()
{
    const QScopedValueRollback busy(m_busy, true);  // see InvoiceTableModel::reload
    beginResetModel();
    m_rows = ClientRepository(m_context.db()).page(0, kPageSize, m_search);
    m_standing.clear();
    addStanding(m_rows);
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

int ClientTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ClientTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool ClientTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void ClientTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const QList<Client> page = ClientRepository(m_context.db()).page(int(m_rows.size()), kPageSize, m_search);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    addStanding(page);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void ClientTableModel::addStanding(const QList<Client> &page)
{
    QList<qint64> ids;
    ids.reserve(page.size());
    for (const Client &c : page)
        ids << c.id;
    m_standing.insert(InvoiceRepository(m_context.db()).standingOf(ids, m_context.today()));
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client &c = m_rows.at(index.row());
    if (role == ClientIdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return c.postalAddressOneLine();
    if (role == Qt::TextAlignmentRole && (index.column() == Owed || index.column() == Overdue))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return c.name;
    case Owed: return Money::toString(m_standing.value(c.id).owed);
    case Overdue: return Money::toString(m_standing.value(c.id).overdue);
    case Kind: return c.isConsumer ? tr("Consumer") : tr("Professional");
    case City: return c.city;
    case Email: return c.email;
    case Phone: return c.phone;
    case Terms: return tr("%n day(s)", nullptr, c.paymentTermsDays);
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Owed: return tr("Outstanding");
    case Overdue: return tr("Overdue");
    case Kind: return tr("Type");
    case City: return tr("City");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Terms: return tr("Payment terms");
    }
    return {};
}

}  // namespace relance::ui
