#include "database.h"

#include "domain/textfold.h"
#include "migrations.h"
#include "privatefiles.h"
#include "restorejournal.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <optional>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "relance.storage", QtInfoMsg)

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
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

namespace {
// The last connection to close a book deletes its -wal and -shm files. It is only the last one
// if SQLite's POSIX locks say so, and a process loses those when any descriptor of the book is
// closed, whoever opened it (a file dialog sniffing the folder's file types, say): another
// process's window would then go on writing to a deleted WAL that no one else reads, and writes
// would be lost. With the WAL kept (SQLITE_FCNTL_PERSIST_WAL), closing never deletes it.
void keepWalOnClose(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    int persist = 1;
    if (sqlite)
        sqlite3_file_control(sqlite, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

// relance_fold(text): text::fold in SQL, so that a migration can fill the search keys the
// repositories then keep up to date ("Bérénice" is found by typing "berenice").
void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!utf8) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = text::fold(QString::fromUtf8(utf8, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

void registerFunctions(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData()))
        sqlite3_create_function_v2(sqlite, "relance_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   foldFunction, nullptr, nullptr, nullptr);
}

// What the file says it is, read before anything is written to it.
struct FileIdentity
{
    int applicationId = 0;
    int userVersion = 0;
    int tables = 0;
    bool looksLikeRelance = false;  // a book written before application_id was set
};

std::optional<FileIdentity> identify(QSqlQuery &q)
{
    FileIdentity id;
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return std::nullopt;
    id.applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return std::nullopt;
    id.userVersion = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE name IN ('clients', 'invoices', "
                               "'allocations')) FROM sqlite_master WHERE type = 'table'")) ||
        !q.next())
        return std::nullopt;
    id.tables = q.value(0).toInt();
    id.looksLikeRelance = q.value(1).toInt() == 3 && id.userVersion > 0;
    return id;
}
}  // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    static QAtomicInt counter;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{Tr::tr("%1 is a folder, not a database file").arg(path)};
    if (mode != Mode::Create && !info.exists() && !RestoreJournal::isPending(info.absoluteFilePath()))
        return Error{Tr::tr("there is no Relance book at %1").arg(path)};
    if (mode == Mode::Create && !files::makePrivateDirectory(info.absolutePath()))
        return Error{Tr::tr("cannot create the folder %1").arg(info.absolutePath())};
    // Shared with every other Relance process that has the book open; waits while a restore
    // replaces it. A restore that was cut short (its journal is still there) is finished first.
    if (mode != Mode::ReadOnly && info.exists() && !info.isWritable())
        return Error{Tr::tr("%1 cannot be written (a read-only file or disk)").arg(path)};
    // On read-only media no lock can be taken, and none is needed: no one can write there.
    const bool readOnlyMedia = mode == Mode::ReadOnly && !QFileInfo(info.absolutePath()).isWritable();
    Result<BookLock> lock = readOnlyMedia ? Result<BookLock>(BookLock())
                                          : BookLock::acquire(info.absoluteFilePath(), BookLock::Kind::Shared);
    if (!lock)
        return lock.error();
    if (!readOnlyMedia && RestoreJournal::isPending(info.absoluteFilePath())) {
        lock.value().release();
        {
            Result<BookLock> exclusive = BookLock::acquire(info.absoluteFilePath(), BookLock::Kind::Exclusive);
            if (!exclusive)
                return exclusive.error();
            if (Status finished = RestoreJournal::finish(info.absoluteFilePath()); !finished)
                return finished.error();
            qCWarning(lcStorage).noquote() << Tr::tr("%1: a restore had been interrupted; it was completed").arg(path);
        }
        lock = BookLock::acquire(info.absoluteFilePath(), BookLock::Kind::Shared);
        if (!lock)
            return lock.error();
    }
    const bool created = !QFileInfo::exists(info.absoluteFilePath());
    if (created && mode != Mode::Create)
        return Error{Tr::tr("there is no Relance book at %1").arg(path)};
    if (created) {
        // SQLite creates the file 0644 (less the umask); a book holds clients' data, so it is
        // made here, empty and 0600, first. Its -wal and -shm files take the same mode.
        if (Status s = files::createPrivateFile(info.absoluteFilePath()); !s)
            return s.error();
    }
    const bool readOnly = mode == Mode::ReadOnly;

    const QString name = QStringLiteral("relance-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    database->m_lock = std::move(lock).value();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnlyMedia) {
            // Read-only media: SQLite cannot create the -shm a WAL book needs; nobody can be
            // writing the file there, so it is read as immutable.
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setScheme(QStringLiteral("file"));
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString());
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(info.absoluteFilePath());
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
        if (!db.open())
            return Error{Tr::tr("cannot open %1: %2").arg(path, db.lastError().text())};
        QSqlQuery q(db);
        // A file that is not SQLite opens fine but fails on the first read: check it here,
        // and tell another program's database apart before writing anything to it.
        const std::optional<FileIdentity> id = identify(q);
        if (!id)
            return Error{Tr::tr("%1 is not a Relance database: %2").arg(path, q.lastError().databaseText())};
        const bool ours = id->applicationId == kApplicationId || (id->applicationId == 0 && id->looksLikeRelance);
        const bool empty = id->applicationId == 0 && id->userVersion == 0 && id->tables == 0;
        if (!ours && !(empty && !readOnly))
            return Error{id->applicationId != 0 || id->tables > 0
                             ? Tr::tr("%1 is another program's database, not a Relance book: it was left as it is")
                                   .arg(path)
                             : Tr::tr("%1 is an empty file, not a Relance book").arg(path)};
        QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
        if (!readOnly)
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL")
                    << QStringLiteral("PRAGMA journal_size_limit = 4194304");
        // Written only when missing: a write needs the lock another process may be holding.
        if (!readOnly && id->applicationId != kApplicationId)
            pragmas << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
        for (const QString &pragma : pragmas)
            if (!q.exec(pragma))
                return sqlError(q, pragma);
        if (!readOnly)
            keepWalOnClose(db);
        registerFunctions(db);
    }
    if (database->schemaVersion() > latestSchemaVersion())
        return Error{Tr::tr("%1 was written by a newer version of Relance (schema %2, this one knows %3)")
                         .arg(path)
                         .arg(database->schemaVersion())
                         .arg(latestSchemaVersion())};
    if (readOnly && database->schemaVersion() < latestSchemaVersion())
        return Error{Tr::tr("%1 was written by an earlier version of Relance: open it once with a command that "
                            "changes it, or in the Relance window, to bring it up to date")
                         .arg(path)};
    if (!readOnly)
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

void Database::whenCommitted(std::function<void()> committed, std::function<void()> rolledBack) const
{
    if (m_transactionDepth == 0)
        committed();
    else
        m_pending.append({m_transactionDepth, std::move(committed), std::move(rolledBack)});
}

Transaction::Transaction(const Database &db) : m_database(db), m_db(db.connection())
{
    m_outermost = m_database.m_transactionDepth == 0;
    QSqlQuery q(m_db);
    const QString begin = m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT relance_action");
    m_active = q.exec(begin);
    if (m_active)
        ++m_database.m_transactionDepth;
    else
        sqlError(q, begin);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_outermost) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO relance_action"));
        q.exec(QStringLiteral("RELEASE relance_action"));
    }
    // What was registered inside this transaction (or a savepoint within it) is undone with it.
    const int depth = m_database.m_transactionDepth--;
    QList<Database::Pending> kept;
    for (auto &pending : std::exchange(m_database.m_pending, {})) {
        if (pending.depth < depth)
            kept.append(std::move(pending));
        else if (pending.rolledBack)
            pending.rolledBack();
    }
    m_database.m_pending = std::move(kept);
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{Tr::tr("no transaction is active")};
    QSqlQuery q(m_db);
    if (!q.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE relance_action")))
        return sqlError(q, Tr::tr("Saving"));  // still active: the destructor rolls back
    m_active = false;
    // What a savepoint registered now belongs to the transaction around it.
    const int depth = m_database.m_transactionDepth--;
    for (Database::Pending &pending : m_database.m_pending)
        pending.depth = std::min(pending.depth, depth - 1);
    if (m_outermost) {
        files::faultPoint("transaction.committed");
        for (const auto &pending : std::exchange(m_database.m_pending, {}))
            if (pending.committed)
                pending.committed();
    }
    return success();
}

}  // namespace relance
