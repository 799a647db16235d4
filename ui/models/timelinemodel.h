#pragma once

#include "services/timelineservice.h"

#include <QAbstractTableModel>

namespace relance::ui {

// The story of an invoice or a client, newest first (TimelineService), as a read-only table.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Invoices, Event, Details, Amount, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit TimelineModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEvents(QList<TimelineEvent> events);
    const QList<TimelineEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEvent> m_events;
};

}  // namespace relance::ui
