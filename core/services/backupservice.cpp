#include "backupservice.h"

#include "letterservice.h"
#include "outputpath.h"
#include "storage/booklock.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/restorejournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cstdio>

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

// The SHA-256 of every row of every table but the backup's own metadata, in a fixed order:
// written into the backup, checked on restore, so that a single changed bit is refused.
QString contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'relance_backup' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        hash.addData(table.toUtf8() + '\0');
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            const int columns = rows.record().count();
            for (int i = 0; i < columns; ++i) {
                const QVariant v = rows.value(i);
                // The type, then the value: NULL, '' and 0 hash apart.
                hash.addData(QByteArray::number(v.isNull() ? -1 : v.typeId()) + ':');
                hash.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The SHA-256 the book recorded for each archived letter, by its name in the archive.
QHash<QString, QString> recordedLetterHashes(const QSqlDatabase &db)
{
    QHash<QString, QString> hashes;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT file_name, sha256 FROM letters")))
        while (q.next())
            hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
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
    if (Status s = checkOutputPath(path, db.path(), QStringLiteral("o")); !s)
        return s.error();
    if (QFileInfo(path).isDir())
        return fileError(Tr::tr("this is a folder: name the backup file"), path);
    // Written under a temporary name beside `path` (0600), synced, then renamed over it: the
    // previous backup stays whole until the new one is complete.
    const QString part = files::StagedFile::stagingPathFor(path);
    removePath(part);
    if (Status s = files::createPrivateFile(part); !s)
        return s.error();
    const auto failed = [&](const Error &e) -> Result<BackupReport> {
        removePath(part);
        return e;
    };
    QSqlQuery vacuum(db.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(part);
    if (!vacuum.exec())
        return failed(sqlError(vacuum, Tr::tr("Copying the database")));
    files::faultPoint("backup.copied");

    BackupReport report;
    report.schemaVersion = db.schemaVersion();
    const QHash<QString, QString> recorded = recordedLetterHashes(db.connection());
    {
        RawConnection out(part);
        if (!out.isOpen())
            return failed(fileError(Tr::tr("the backup cannot be written"), path));
        QSqlQuery q(out.db());
        const bool created =
            q.exec(QStringLiteral("CREATE TABLE relance_backup (key TEXT PRIMARY KEY, value TEXT NOT NULL)")) &&
            q.exec(QStringLiteral("CREATE TABLE relance_backup_files (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, "
                                  "bytes BLOB NOT NULL)")) &&
            out.db().transaction();
        if (!created)
            return failed(sqlError(q, Tr::tr("Writing the backup")));
        q.prepare(QStringLiteral("INSERT INTO relance_backup_files (name, sha256, bytes) VALUES (?, ?, ?)"));
        for (const QString &folder : {kLetters, kDocuments}) {
            const QDir root(folderOf(db.path(), folder));
            QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (QFileInfo(file).fileName().endsWith(QLatin1String(".part")))
                    continue;  // a file not yet (or never to be) recorded
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly))
                    return failed(
                        fileError(Tr::tr("this archived file cannot be read: %1").arg(in.errorString()), file));
                const QByteArray bytes = in.readAll();
                const QString relative = root.relativeFilePath(file);
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                if (folder == kLetters && recorded.contains(relative) && recorded.value(relative) != sha)
                    report.tampered << relative;
                q.addBindValue(folder + QLatin1Char('/') + relative);
                q.addBindValue(sha);
                q.addBindValue(bytes.isNull() ? QByteArray("") : bytes);  // an empty file is a blob, not NULL
                if (!q.exec())
                    return failed(sqlError(q, Tr::tr("Writing the backup")));
                ++report.files;
            }
        }
        const QString content = contentHash(out.db());
        q.prepare(QStringLiteral("INSERT INTO relance_backup (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("application"), QStringLiteral("Relance")},
              std::pair{QStringLiteral("format"), QStringLiteral("2")},
              std::pair{QStringLiteral("schema"), QString::number(report.schemaVersion)},
              std::pair{QStringLiteral("content_sha256"), content},
              std::pair{QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return failed(sqlError(q, Tr::tr("Writing the backup")));
        }
        if (!out.db().commit())
            return failed(fileError(Tr::tr("the backup cannot be written (is the disk full?)"), path));
    }
    files::faultPoint("backup.written");
    if (!files::syncFile(part))
        return failed(fileError(Tr::tr("the backup cannot be written (is the disk full?)"), path));
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(fileError(Tr::tr("the backup cannot be written here"), path));
    files::syncDirectory(QFileInfo(path).absolutePath());
    report.bytes = QFileInfo(path).size();
    return report;
}

Result<BackupReport> BackupService::restore(const QString &backupPath, const QString &databasePath)
{
    if (!QFileInfo(backupPath).isFile())
        return fileError(Tr::tr("there is no such file"), backupPath);
    // No one else may have the book open while it is replaced, and no one opens it meanwhile.
    if (!files::makePrivateDirectory(QFileInfo(databasePath).absolutePath()))
        return fileError(Tr::tr("cannot create the folder"), QFileInfo(databasePath).absolutePath());
    Result<BookLock> lock = BookLock::acquire(databasePath, BookLock::Kind::Exclusive);
    if (!lock)
        return lock.error();
    if (Status s = RestoreJournal::finish(databasePath); !s)  // an earlier restore cut short
        return s.error();

    const QString staging = databasePath + QStringLiteral(".restoring");
    const QString stagingLetters = lettersDirectory(databasePath) + QStringLiteral(".restoring");
    const QString stagingDocuments = documentsDirectory(databasePath) + QStringLiteral(".restoring");
    const auto cleanUp = [&] {
        for (const QString &p : {staging, staging + QStringLiteral("-wal"), staging + QStringLiteral("-shm"),
                                 staging + QStringLiteral(".lock"), stagingLetters, stagingDocuments})
            removePath(p);
    };
    cleanUp();
    const auto failed = [&](const Error &e) -> Result<BackupReport> {
        cleanUp();
        return e;
    };

    // 1. Read and check the whole backup into staging copies, beside the live files.
    {
        QFile in(backupPath);
        if (!in.open(QIODevice::ReadOnly))
            return failed(fileError(Tr::tr("the backup cannot be read: %1").arg(in.errorString()), backupPath));
        if (Status s = files::writeAtomically(staging, in.readAll()); !s)
            return failed(fileError(Tr::tr("the backup cannot be copied next to the database: %1")
                                        .arg(s.error().message),
                                    backupPath));
    }
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
        const QString format = meta.value(QStringLiteral("format"));
        if ((format != QLatin1String("1") && format != QLatin1String("2")) ||
            report.schemaVersion > Database::latestSchemaVersion())
            return failed(fileError(Tr::tr("this backup was made by a newer version of Relance"), backupPath));
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return failed(fileError(Tr::tr("this backup is damaged"), backupPath));
        // Format 2 carries the hash of everything it holds: one changed bit is refused.
        if (format == QLatin1String("2") && contentHash(in.db()) != meta.value(QStringLiteral("content_sha256")))
            return failed(fileError(Tr::tr("this backup is damaged: its content does not match its checksum"),
                                    backupPath));
        const QHash<QString, QString> recorded = recordedLetterHashes(in.db());
        if (!q.exec(QStringLiteral("SELECT name, sha256, bytes FROM relance_backup_files")))
            return failed(fileError(Tr::tr("this backup is damaged"), backupPath));
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QByteArray bytes = q.value(2).toByteArray();
            const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            if (!safeStoredName(name) || sha != q.value(1).toString().toLatin1())
                return failed(fileError(Tr::tr("this backup is damaged (%1)").arg(name), backupPath));
            const qsizetype slash = name.indexOf(QLatin1Char('/'));
            const QString relative = name.mid(slash + 1);
            if (name.left(slash) == kLetters && recorded.contains(relative) &&
                recorded.value(relative) != QString::fromLatin1(sha))
                report.tampered << relative;
            const QString target =
                QDir(name.left(slash) == kLetters ? stagingLetters : stagingDocuments).filePath(relative);
            if (!files::makePrivateDirectory(QFileInfo(target).absolutePath()))
                return failed(fileError(Tr::tr("a restored file cannot be written"), target));
            if (Status s = files::writeAtomically(target, bytes); !s)
                return failed(fileError(Tr::tr("a restored file cannot be written: %1").arg(s.error().message),
                                        target));
            ++report.files;
        }
        if (!q.exec(QStringLiteral("DROP TABLE relance_backup_files")) ||
            !q.exec(QStringLiteral("DROP TABLE relance_backup")) || !q.exec(QStringLiteral("VACUUM")))
            return failed(sqlError(q, Tr::tr("Restoring the backup")));
    }
    // An older backup is migrated here, before anything live is touched.
    {
        Result<std::unique_ptr<Database>> opened = Database::open(staging, Database::Mode::Existing);
        if (!opened)
            return failed(opened.error());
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    for (const QString &p : {staging + QStringLiteral("-wal"), staging + QStringLiteral("-shm"),
                             staging + QStringLiteral(".lock")})
        removePath(p);
    if (!files::syncFile(staging))
        return failed(fileError(Tr::tr("the restored database cannot be written (is the disk full?)"), staging));
    files::faultPoint("restore.staged");

    // 2. The live book's WAL folded into it, so that the copy kept aside is whole on its own and
    //    no stale WAL is ever read with the restored file. The exclusive lock says no one has it.
    if (QFileInfo::exists(databasePath)) {
        RawConnection live(databasePath);
        if (!live.isOpen() || !QSqlQuery(live.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return failed(fileError(Tr::tr("the current book cannot be read"), databasePath));
    }
    for (const QString &p : {databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm")})
        removePath(p);
    for (const QString &live : {databasePath, lettersDirectory(databasePath), documentsDirectory(databasePath)})
        removePath(live + kBeforeRestore);
    files::syncDirectory(QFileInfo(databasePath).absolutePath());

    // 3. The swap, journalled: once the journal is written the restore finishes, even after a crash.
    using Step = RestoreJournal::Step;
    QList<Step> steps;
    for (const auto &[live, staged] : {std::pair{lettersDirectory(databasePath), stagingLetters},
                                       std::pair{documentsDirectory(databasePath), stagingDocuments}}) {
        steps << Step{Step::Aside, live, live + kBeforeRestore, {}};
        steps << Step{Step::Place, live, {}, staged};
    }
    steps << Step{Step::Keep, databasePath, databasePath + kBeforeRestore, {}};
    steps << Step{Step::Place, databasePath, {}, staging};
    if (Status s = RestoreJournal::begin(databasePath, steps); !s)
        return failed(s.error());
    if (Status s = RestoreJournal::finish(databasePath); !s)
        return s.error();  // the journal stays: the next open finishes the restore
    report.bytes = QFileInfo(databasePath).size();
    return report;
}

}  // namespace relance
