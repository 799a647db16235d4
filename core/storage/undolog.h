#pragma once

#include "domain/result.h"

#include <QPair>
#include <QStringList>

namespace relance {

class Database;

// Undo and redo for every change, whatever service made it: temporary triggers on every table
// of this connection write, for each row inserted, updated or deleted, the SQL statement that
// puts it back (SQLite's documented undo/redo technique). A user action is a range of that log;
// replaying a range backwards undoes it, and the triggers log the replay itself, which is the
// redo. Only this connection logs (the command line and other connections do not).
class UndoLog
{
public:
    explicit UndoLog(const Database &db) : m_db(db) {}

    // Creates the log and the triggers (again, after a schema change).
    Status install() const;
    // The last entry written: a user action is the range (mark before, mark after].
    qint64 mark() const;
    // The tables a range touched, for naming the action and for refusing to undo some.
    QStringList tablesTouched(qint64 from, qint64 to) const;
    // Puts back what the range (from, to] did, in one transaction, and returns the range that
    // puts it back again.
    Result<QPair<qint64, qint64>> replay(qint64 from, qint64 to) const;
    // Forgets the entries up to `through` (actions that fell off the undo history).
    void discardThrough(qint64 through) const;

private:
    const Database &m_db;
};

}  // namespace relance
