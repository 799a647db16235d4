#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStorage, "relance.storage", QtInfoMsg)

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}  // namespace

namespace {
}  // namespace

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    const QSqlError e = query.lastError();
    qCDebug(lcStorage) << doing << e.text() << query.lastQuery();
    return Error{Tr::tr("%1 failed: %2").arg(doing, e.databaseText().isEmpty() ? e.text() : e.databaseText())};
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString likeContains(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("relance.sqlite"));
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::latestSchemaVersion() { return int(migrations().size()); }

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    static QAtomicInt counter;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{Tr::tr("%1 is a folder, not a database file").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Tr::tr("cannot create the folder %1").arg(info.absolutePath())};

    const QString name = QStringLiteral("relance-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{Tr::tr("cannot open %1: %2").arg(path, db.lastError().text())};
        QSqlQuery q(db);
        // A file that is not SQLite opens fine but fails on the first read: check it here.
        if (!q.exec(QStringLiteral("PRAGMA schema_version")))
            return Error{Tr::tr("%1 is not a Relance database: %2").arg(path, q.lastError().databaseText())};
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return sqlError(q, QString::fromLatin1(pragma));
        }
    }
    if (database->schemaVersion() > latestSchemaVersion())
        return Error{Tr::tr("%1 was written by a newer version of Relance (schema %2, this one knows %3)")
                         .arg(path)
                         .arg(database->schemaVersion())
                         .arg(latestSchemaVersion())};
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Status Database::migrate()
{
    const auto &steps = migrations();
    for (int version = schemaVersion(); version < int(steps.size()); ++version) {
        Transaction tx(*this);
        if (!tx.isActive())
            return Error{Tr::tr("cannot start a transaction on %1").arg(m_path)};
        QSqlQuery q(connection());
        for (const QString &statement : steps.at(version)) {
            if (!q.exec(statement))
                return sqlError(q, Tr::tr("Migration to schema %1").arg(version + 1));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return sqlError(q, Tr::tr("Migration to schema %1").arg(version + 1));
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcStorage) << "migrated" << m_path << "to schema" << version + 1;
    }
    return success();
}

// Savepoints rather than BEGIN/COMMIT: a savepoint opened outside a transaction starts one,
// and one opened inside nests, so a service may call another service and the outer user
// action still commits or rolls back as a whole.
Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT relance_action"));
    if (!m_active)
        sqlError(q, QStringLiteral("SAVEPOINT"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO relance_action"));
    q.exec(QStringLiteral("RELEASE relance_action"));
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{Tr::tr("no transaction is active")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE relance_action")))
        return sqlError(q, Tr::tr("Saving"));  // still active: the destructor rolls back
    m_active = false;
    return success();
}

}  // namespace relance
