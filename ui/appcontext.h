#pragma once

#include <QDate>
#include <QObject>

namespace relance {
class Database;
}

namespace relance::ui {

class UndoHistory;

// What every view and dialog shares: the open database, the day the application considers
// "today" (injected: --as-of, or tests), and a signal that data changed so views refresh.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database &db, const QDate &today, QObject *parent = nullptr);

    Database &db() const { return *m_db; }
    // Edit ▸ Undo / Redo: every change announced through notifyDataChanged is one step.
    UndoHistory &undo() const { return *m_undo; }
    QDate today() const { return m_today; }
    void setDatabase(Database &db);
    // A new day (the application was left open overnight): every view recomputes lateness.
    void setToday(const QDate &today);

signals:
    // Emitted after any saved change (and after another database is opened).
    void dataChanged();

public slots:
    // After a saved change: it becomes an undoable step, then every view reloads.
    // `what` names the step on Edit ▸ Undo ("New invoice F-2026-077"); empty: named after the
    // tables it changed.
    void notifyDataChanged(const QString &what = QString());

private:
    Database *m_db;
    UndoHistory *m_undo;
    QDate m_today;
};

}  // namespace relance::ui
