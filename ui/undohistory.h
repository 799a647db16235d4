#pragma once

#include <QObject>

class QUndoStack;

namespace relance {
class Database;
class UndoLog;
}  // namespace relance

namespace relance::ui {

// Edit ▸ Undo and Redo for every change saved through the window: each time a change is
// announced (AppContext::notifyDataChanged), what the database's undo log gained since the last
// announcement becomes one command on the stack, named after what it changed. Producing a letter
// clears the history: a letter sent is proof, and what led to it stays as it was.
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject *parent = nullptr);
    ~UndoHistory() override;

    QUndoStack *stack() const { return m_stack; }
    // Starts over on another database (its log installed, the history emptied).
    void attach(Database &db);
    // Turns what changed since the last call into an undoable step called `what` (else named
    // after the tables it changed).
    void capture(const QString &what = QString());
    // Runs while undoing or redoing, so that the refresh it announces is not a new step.
    bool isReplaying() const { return m_replaying; }

signals:
    // After an undo or a redo: the views must reload.
    void replayed();
    // An undo or redo the database refused (a row changed meanwhile by another program).
    void failed(const QString &message);

private:
    friend class LoggedChange;
    bool replay(qint64 &from, qint64 &to);

    QUndoStack *m_stack;
    std::unique_ptr<UndoLog> m_log;
    qint64 m_last = 0;
    bool m_replaying = false;
};

}  // namespace relance::ui
