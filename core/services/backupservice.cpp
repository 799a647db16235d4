#include "backupservice.h"

#include "letterservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

const QString kLetters = QStringLiteral("letters");
const QString kDocuments = QStringLiteral("documents");
const QString kBeforeRestore = QStringLiteral(".before-restore");

// A connection of its own to a file that is not the application's database (the backup being
// written or read), closed and removed when it goes out of scope.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("relance-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QString folderOf(const QString &databasePath, const QString &name)
{
    return name == kLetters ? BackupService::lettersDirectory(databasePath)
                            : BackupService::documentsDirectory(databasePath);
}

Error fileError(const QString &message, const QString &path)
{
    return Error(message, QStringLiteral("file")).at(path, 0);
}

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    return info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
}

// A name stored in a backup, made safe: relative, no "..", under one of the two folders.
bool safeStoredName(const QString &name)
{
    const QString clean = QDir::cleanPath(name);
    return clean == name && !QDir::isAbsolutePath(name) && !name.startsWith(QLatin1String("..")) &&
           (name.startsWith(kLetters + QLatin1Char('/')) || name.startsWith(kDocuments + QLatin1Char('/')));
}
}  // namespace

QString BackupService::lettersDirectory(const QString &databasePath)
{
    return LetterService::defaultArchiveDirectory(databasePath);
}

QString BackupService::documentsDirectory(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-documents"));
}

Result<BackupReport> BackupService::backup(const Database &db, const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    removePath(part);
    QSqlQuery vacuum(db.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(part);
    if (!vacuum.exec())
        return sqlError(vacuum, Tr::tr("Copying the database"));

    BackupReport report;
    report.schemaVersion = db.schemaVersion();
    {
        RawConnection out(part);
        if (!out.isOpen())
            return fileError(Tr::tr("the backup cannot be written"), path);
        QSqlQuery q(out.db());
        const bool created =
            q.exec(QStringLiteral("CREATE TABLE relance_backup (key TEXT PRIMARY KEY, value TEXT NOT NULL)")) &&
            q.exec(QStringLiteral("CREATE TABLE relance_backup_files (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, "
                                  "bytes BLOB NOT NULL)")) &&
            out.db().transaction();
        if (!created)
            return sqlError(q, Tr::tr("Writing the backup"));
        q.prepare(QStringLiteral("INSERT INTO relance_backup_files (name, sha256, bytes) VALUES (?, ?, ?)"));
        for (const QString &folder : {kLetters, kDocuments}) {
            const QDir root(folderOf(db.path(), folder));
            QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly)) {
                    removePath(part);
                    return fileError(Tr::tr("this archived file cannot be read: %1").arg(in.errorString()), file);
                }
                const QByteArray bytes = in.readAll();
                q.addBindValue(folder + QLatin1Char('/') + root.relativeFilePath(file));
                q.addBindValue(
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
                q.addBindValue(bytes);
                if (!q.exec())
                    return sqlError(q, Tr::tr("Writing the backup"));
                ++report.files;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO relance_backup (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("application"), QStringLiteral("Relance")},
              std::pair{QStringLiteral("format"), QStringLiteral("1")},
              std::pair{QStringLiteral("schema"), QString::number(report.schemaVersion)},
              std::pair{QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return sqlError(q, Tr::tr("Writing the backup"));
        }
        if (!out.db().commit())
            return fileError(Tr::tr("the backup cannot be written"), path);
    }
    removePath(path);
    if (!QFile::rename(part, path)) {
        removePath(part);
        return fileError(Tr::tr("the backup cannot be written here"), path);
    }
    report.bytes = QFileInfo(path).size();
    return report;
}

Result<BackupReport> BackupService::restore(const QString &backupPath, const QString &databasePath)
{
    if (!QFileInfo(backupPath).isFile())
        return fileError(Tr::tr("there is no such file"), backupPath);
    const QString staging = databasePath + QStringLiteral(".restoring");
    const QString stagingLetters = lettersDirectory(databasePath) + QStringLiteral(".restoring");
    const QString stagingDocuments = documentsDirectory(databasePath) + QStringLiteral(".restoring");
    const auto cleanUp = [&] {
        removePath(staging);
        removePath(stagingLetters);
        removePath(stagingDocuments);
    };
    cleanUp();
    const auto failed = [&](const Error &e) -> Result<BackupReport> {
        cleanUp();
        return e;
    };

    // 1. Read and check the whole backup into staging copies, beside the live files.
    if (!QFile::copy(backupPath, staging))
        return failed(fileError(Tr::tr("the backup cannot be copied next to the database"), backupPath));
    QFile(staging).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    BackupReport report;
    {
        RawConnection in(staging);
        QSqlQuery q(in.db());
        QHash<QString, QString> meta;
        if (in.isOpen() && q.exec(QStringLiteral("SELECT key, value FROM relance_backup")))
            while (q.next())
                meta.insert(q.value(0).toString(), q.value(1).toString());
        if (meta.value(QStringLiteral("application")) != QLatin1String("Relance"))
            return failed(fileError(Tr::tr("this is not a Relance backup"), backupPath));
        report.schemaVersion = meta.value(QStringLiteral("schema")).toInt();
        if (meta.value(QStringLiteral("format")) != QLatin1String("1") ||
            report.schemaVersion > Database::latestSchemaVersion())
            return failed(fileError(Tr::tr("this backup was made by a newer version of Relance"), backupPath));
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return failed(fileError(Tr::tr("this backup is damaged"), backupPath));
        if (!q.exec(QStringLiteral("SELECT name, sha256, bytes FROM relance_backup_files")))
            return failed(fileError(Tr::tr("this backup is damaged"), backupPath));
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QByteArray bytes = q.value(2).toByteArray();
            if (!safeStoredName(name) ||
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != q.value(1).toString().toLatin1())
                return failed(fileError(Tr::tr("this backup is damaged (%1)").arg(name), backupPath));
            const qsizetype slash = name.indexOf(QLatin1Char('/'));
            const QString target =
                QDir(name.left(slash) == kLetters ? stagingLetters : stagingDocuments).filePath(name.mid(slash + 1));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return failed(
                    fileError(Tr::tr("a restored file cannot be written: %1").arg(out.errorString()), target));
            ++report.files;
        }
        if (!q.exec(QStringLiteral("DROP TABLE relance_backup_files")) ||
            !q.exec(QStringLiteral("DROP TABLE relance_backup")) || !q.exec(QStringLiteral("VACUUM")))
            return failed(sqlError(q, Tr::tr("Restoring the backup")));
    }
    // An older backup is migrated here, before anything live is touched.
    {
        Result<std::unique_ptr<Database>> opened = Database::open(staging);
        if (!opened)
            return failed(opened.error());
    }
    removePath(staging + QStringLiteral("-wal"));
    removePath(staging + QStringLiteral("-shm"));

    // 2. Swap: the live files step aside (kept), the restored ones take their place.
    const QList<std::pair<QString, QString>> swaps{{staging, databasePath},
                                                   {stagingLetters, lettersDirectory(databasePath)},
                                                   {stagingDocuments, documentsDirectory(databasePath)}};
    QStringList setAside, placed;
    // Puts everything back as it was when a rename fails half-way (a full disk, permissions).
    const auto rollBack = [&](const Error &e) -> Result<BackupReport> {
        for (const QString &p : placed)
            removePath(p);
        for (const QString &live : setAside)
            QFile::rename(live + kBeforeRestore, live);
        return failed(e);
    };
    for (const QString &live :
         {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
          lettersDirectory(databasePath), documentsDirectory(databasePath)}) {
        if (!QFileInfo::exists(live))
            continue;
        removePath(live + kBeforeRestore);
        if (!QFile::rename(live, live + kBeforeRestore))
            return rollBack(fileError(Tr::tr("the current file cannot be set aside"), live));
        setAside << live;
    }
    for (const auto &[from, to] : swaps) {
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, to))
            return rollBack(fileError(Tr::tr("the restored file cannot be put in place"), to));
        placed << to;
    }
    report.bytes = QFileInfo(databasePath).size();
    return report;
}

}  // namespace relance
