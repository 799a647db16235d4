#include "timelinemodel.h"

#include <QLocale>

namespace relance::ui {

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }

int TimelineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    if (role == KindRole)
        return e.kind;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date: return QLocale().toString(e.date, QLocale::ShortFormat);
    case Invoices: return e.invoices;
    case Event: return e.title;
    case Details: return e.detail;
    case Amount: return e.amount ? e.amount->toString() : QString();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Invoices: return tr("Invoice");
    case Event: return tr("What happened");
    case Details: return tr("Details");
    case Amount: return tr("Amount");
    }
    return {};
}

}  // namespace relance::ui
