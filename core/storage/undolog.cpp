#include "undolog.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UndoLog)
};

// Columns the database keeps itself (by triggers): putting them back by hand would count twice.
bool derived(const QString &table, const QString &column)
{
    return table == QLatin1String("invoices") && column == QLatin1String("paid_cents");
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// SQL text that evaluates, inside a trigger, to a literal string.
QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
}  // namespace

Status UndoLog::install() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undolog (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "tbl TEXT NOT NULL, sql TEXT NOT NULL)")))
        return sqlError(q, Tr::tr("Preparing undo"));
    QStringList tables;
    QStringList withoutRowid;
    if (!q.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return sqlError(q, Tr::tr("Preparing undo"));
    while (q.next()) {
        tables << q.value(0).toString();
        if (q.value(1).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
            withoutRowid << q.value(0).toString();
    }
    for (const QString &table : tables) {
        QStringList columns, keys;
        QSqlQuery info(m_db.connection());
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
            return sqlError(info, Tr::tr("Preparing undo"));
        while (info.next()) {
            columns << info.value(1).toString();
            if (info.value(5).toInt() > 0)
                keys << info.value(1).toString();
        }
        // Rows are found again by rowid, or by primary key in a WITHOUT ROWID table.
        const bool byRowid = !withoutRowid.contains(table);
        const auto where = [&](const QString &row) {
            if (byRowid)
                return QStringLiteral("' WHERE rowid = ' || %1.rowid").arg(row);
            QStringList parts;
            for (const QString &k : keys)
                parts << QStringLiteral("'%1 = ' || quote(%2.%1)").arg(quoted(k), row);
            return QStringLiteral("' WHERE ' || ") + parts.join(QStringLiteral(" || ' AND ' || "));
        };
        QStringList sets, names, values;
        for (const QString &c : columns) {
            if (!derived(table, c))
                sets << QStringLiteral("'%1 = ' || quote(old.%1)").arg(quoted(c));
            names << quoted(c);
            values << QStringLiteral("quote(old.%1)").arg(quoted(c));
        }
        if (byRowid) {
            names.prepend(QStringLiteral("rowid"));
            values.prepend(QStringLiteral("old.rowid"));
        }
        const QString prefix = QStringLiteral("INSERT INTO undolog (tbl, sql) VALUES (%1, ").arg(literal(table));
        const QString name = QString(table).replace(QLatin1Char('"'), QString());
        const QStringList triggers{
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1_insert\" AFTER INSERT ON main.%2 BEGIN %3%4 "
                           "|| %5); END")
                .arg(name, quoted(table), prefix, literal(QStringLiteral("DELETE FROM ") + quoted(table)),
                     where(QStringLiteral("new"))),
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1_update\" AFTER UPDATE ON main.%2 BEGIN %3%4 "
                           "|| %5 || %6); END")
                .arg(name, quoted(table), prefix,
                     literal(QStringLiteral("UPDATE ") + quoted(table) + QStringLiteral(" SET ")),
                     sets.join(QStringLiteral(" || ', ' || ")), where(QStringLiteral("old"))),
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS \"undo_%1_delete\" BEFORE DELETE ON main.%2 BEGIN %3%4 "
                           "|| %5 || ')'); END")
                .arg(name, quoted(table), prefix,
                     literal(QStringLiteral("INSERT INTO ") + quoted(table) + QStringLiteral(" (") +
                             names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")),
                     values.join(QStringLiteral(" || ', ' || "))),
        };
        for (const QString &sql : triggers)
            if (!q.exec(sql))
                return sqlError(q, Tr::tr("Preparing undo"));
    }
    return success();
}

qint64 UndoLog::mark() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM temp.undolog")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QStringList UndoLog::tablesTouched(qint64 from, qint64 to) const
{
    QStringList tables;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT tbl FROM temp.undolog WHERE seq > ? AND seq <= ? ORDER BY seq"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (q.exec())
        while (q.next())
            tables << q.value(0).toString();
    return tables;
}

Result<QPair<qint64, qint64>> UndoLog::replay(qint64 from, qint64 to) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // A row and the rows that refer to it come back in the reverse order they went: the
    // references are checked once all is back.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return sqlError(q, Tr::tr("Undoing"));
    const qint64 before = mark();
    QStringList statements;
    q.prepare(QStringLiteral("SELECT sql FROM temp.undolog WHERE seq > ? AND seq <= ? ORDER BY seq DESC"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(q, Tr::tr("Undoing"));
    while (q.next())
        statements << q.value(0).toString();
    QSqlQuery run(m_db.connection());
    for (const QString &sql : statements)
        if (!run.exec(sql))
            return sqlError(run, Tr::tr("Undoing"));
    q.prepare(QStringLiteral("DELETE FROM temp.undolog WHERE seq > ? AND seq <= ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(q, Tr::tr("Undoing"));
    const qint64 after = mark();
    if (Status s = tx.commit(); !s)
        return s.error();
    return qMakePair(before, after);
}

void UndoLog::discardThrough(qint64 through) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM temp.undolog WHERE seq <= ?"));
    q.addBindValue(through);
    q.exec();
}

}  // namespace relance
