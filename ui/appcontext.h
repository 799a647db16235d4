#pragma once

#include <QDate>
#include <QObject>

namespace relance {
class Database;
}

namespace relance::ui {

// What every view and dialog shares: the open database, the day the application considers
// "today" (injected: --as-of, or tests), and a signal that data changed so views refresh.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database &db, const QDate &today, QObject *parent = nullptr);

    Database &db() const { return *m_db; }
    QDate today() const { return m_today; }
    void setDatabase(Database &db);
    // A new day (the application was left open overnight): every view recomputes lateness.
    void setToday(const QDate &today);

signals:
    // Emitted after any saved change (and after another database is opened).
    void dataChanged();

public slots:
    void notifyDataChanged() { emit dataChanged(); }

private:
    Database *m_db;
    QDate m_today;
};

}  // namespace relance::ui
