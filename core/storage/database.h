#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

#include <memory>

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

    // Opens (creating if needed) and migrates. A file written by a newer Relance is refused.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // The platform's app-data folder, e.g. ~/.local/share/Relance/relance.sqlite.
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    Status migrate();

    QString m_path;
    QString m_connectionName;
};

// Every user action runs in one transaction: constructed it begins, destroyed without commit()
// it rolls back, so an early return on error leaves the database as it was.
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
    QSqlDatabase m_db;
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
