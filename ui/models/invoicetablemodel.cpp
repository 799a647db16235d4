#include "invoicetablemodel.h"

#include "appcontext.h"
#include "severity.h"
#include "storage/invoicerepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QScopedValueRollback>

namespace relance::ui {

InvoiceTableModel::InvoiceTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    m_query.asOf = context.today();
    connect(&context, &AppContext::dataChanged, this, &InvoiceTableModel::reload);
}

void InvoiceTableModel::setQuery(const InvoiceQuery &query)
{
    m_query = query;
    reload();
}

void InvoiceTableModel::reload()
{
    // Listeners of the change signals (views, the model tester) may ask for more rows while a
    // change is being announced; fetching then would nest one change inside another. fetchMore
    // declines while busy, and views ask again once the change is over.
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_query.asOf = m_context.today();
    m_rows.clear();
    m_cursor.reset();
    m_exhausted = false;
    const InvoiceRepository repo(m_context.db());
    m_totalCount = repo.count(m_query);
    const auto page = repo.page(m_query, std::nullopt, kPageSize);
    m_rows = page.rows;
    m_cursor = page.last;
    m_exhausted = page.rows.size() < kPageSize;
    endResetModel();
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InvoiceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool InvoiceTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_exhausted; }

void InvoiceTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const auto page = InvoiceRepository(m_context.db()).page(m_query, m_cursor, kPageSize);
    m_exhausted = page.rows.size() < kPageSize;
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    m_cursor = page.last;
    endInsertRows();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    using S = InvoiceQuery::Sort;
    switch (column) {
    case Number: m_query.sort = S::Number; break;
    case Client: m_query.sort = S::Client; break;
    case IssueDate: m_query.sort = S::IssueDate; break;
    case DueDate: m_query.sort = S::DueDate; break;
    case Amount: m_query.sort = S::Amount; break;
    case Balance:
    case Status: m_query.sort = S::Balance; break;
    case Late:
        // More days late means an earlier due date.
        m_query.sort = S::DueDate;
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        break;
    default: return;
    }
    m_query.order = order;
    reload();
}

int InvoiceTableModel::sortColumn() const
{
    switch (m_query.sort) {
    case InvoiceQuery::Sort::Number: return Number;
    case InvoiceQuery::Sort::Client: return Client;
    case InvoiceQuery::Sort::IssueDate: return IssueDate;
    case InvoiceQuery::Sort::DueDate: return DueDate;
    case InvoiceQuery::Sort::Amount: return Amount;
    case InvoiceQuery::Sort::Balance: return Balance;
    }
    return DueDate;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &inv = m_rows.at(index.row());
    const QDate today = m_query.asOf;
    const bool overdue = inv.isOverdue(today);
    const qint64 late = inv.daysLate(today);
    const AgingBucket bucket = overdue ? agingBucket(late) : AgingBucket::NotYetDue;
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return inv.number;
        case Client: return inv.clientName;
        case IssueDate: return locale.toString(inv.issueDate, QLocale::ShortFormat);
        case DueDate: return locale.toString(inv.dueDate, QLocale::ShortFormat);
        case Amount: return inv.totalIncl().toString(locale);
        case Balance: return inv.balance().toString(locale);
        case Status:
            if (overdue)
                return inv.status() == InvoiceStatus::PartiallyPaid ? tr("Overdue, partly paid") : tr("Overdue");
            return statusLabel(inv.status());
        case Late: return inv.balance().cents() > 0 ? daysLateText(late) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Balance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == Late && overdue)
            return severityIcon(bucket);
        break;
    case Qt::BackgroundRole:
        if (overdue)
            return severityColours(bucket, QGuiApplication::palette()).background;
        break;
    case Qt::ForegroundRole:
        if (overdue)
            return severityColours(bucket, QGuiApplication::palette()).foreground;
        break;
    case Qt::FontRole:
        if (overdue && bucket == AgingBucket::LateOver90) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (overdue)
            return tr("%1: %2, balance %3").arg(inv.number, agingBucketLabel(bucket), inv.balance().toString(locale));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Late && overdue)
            return agingBucketLabel(bucket) + QStringLiteral(": ") + daysLateText(late);
        break;
    case InvoiceIdRole: return inv.id;
    case DaysLateRole: return late;
    case BalanceCentsRole: return inv.balance().cents();
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Client: return tr("Client");
    case IssueDate: return tr("Issued");
    case DueDate: return tr("Due");
    case Amount: return tr("Amount incl. VAT");
    case Balance: return tr("Balance");
    case Status: return tr("Status");
    case Late: return tr("Lateness");
    }
    return {};
}

}  // namespace relance::ui
