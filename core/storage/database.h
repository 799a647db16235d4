#pragma once

#include "domain/result.h"
#include "storage/booklock.h"

#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace relance {

// One open Relance database file: foreign keys on, WAL journal, schema migrated to the
// latest version on open. Each Database owns its own named QtSql connection, so several can
// be open at once (tests, the CLI) without sharing state.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Mode {
        Create,    // opens the book, or creates an empty one (0600, in a 0700 folder) if there is none
        Existing,  // opens the book; a missing file is an error, never a new empty book
        ReadOnly,  // reads an existing book without changing a byte of it (no migration, no WAL switch)
    };
    // Opens and migrates. Refused: a file written by a newer Relance, another program's SQLite
    // file (left byte-identical), a restore left half done (see BackupService).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::Create);
    // PRAGMA application_id of a Relance book ("RLNC"): another program's database is told apart.
    static constexpr int kApplicationId = 0x524C4E43;
    // The platform's app-data folder, e.g. ~/.local/share/Relance/relance.sqlite.
    static QString defaultPath();

    QSqlDatabase connection() const;
    // Runs `committed` once the outermost transaction now open has committed (at once when none
    // is open), or `rolledBack` if it rolls back instead: a file recorded by a row is put in
    // place only when the row exists for good, however deeply the services nest.
    void whenCommitted(std::function<void()> committed, std::function<void()> rolledBack) const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    Status migrate();

    friend class Transaction;
    QString m_path;
    QString m_connectionName;
    BookLock m_lock;  // shared, for as long as the book is open
    mutable int m_transactionDepth = 0;  // Transactions open on this connection, outermost first
    struct Pending
    {
        int depth;  // of the transaction it was registered in
        std::function<void()> committed, rolledBack;
    };
    mutable QList<Pending> m_pending;  // whenCommitted
};

// Every user action runs in one transaction: constructed it begins, destroyed without commit()
// it rolls back, so an early return on error leaves the database as it was. The outermost one
// starts with BEGIN IMMEDIATE: it takes the write lock at once (waiting up to the busy timeout
// for another process to finish), rather than starting as a reader and failing with "database
// is locked" at its first write; the ones inside it are savepoints, so a service may call
// another and the user's action still commits or rolls back as a whole.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    const Database &m_database;
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_active = false;
};

// Turns a failed query into an Error that says what was being done.
Error sqlError(const class QSqlQuery &query, const QString &doing);

// The loop behind every list a repository reads: runs `sql` with `bound` (positional) and turns
// each row into a T with `toRow`. A failed query is logged and gives an empty list.
template <typename T, typename RowFn>
QList<T> selectRows(const Database &db, const QString &sql, const QVariantList &bound, RowFn toRow)
{
    QList<T> rows;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : bound)
        q.addBindValue(value);
    if (!q.exec()) {
        sqlError(q, QStringLiteral("SELECT"));
        return rows;
    }
    while (q.next())
        rows << toRow(q);
    return rows;
}

// Text columns are NOT NULL: a null QString (an untouched field) is stored as ''.
inline QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

// Nullable columns: an absent value is bound as SQL NULL of the column's type.
template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}
// A null QDate is NULL; a date is stored as YYYY-MM-DD.
QVariant nullableDate(const QDate &date);

// "%text%" for LIKE ... ESCAPE '\\', with the user's % and _ taken literally.
QString likeContains(const QString &text);

}  // namespace relance
