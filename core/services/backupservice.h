#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace relance {

class Database;

struct BackupReport
{
    int schemaVersion = 0;
    int files = 0;  // letters and documents
    qint64 bytes = 0;
    // Archived letters whose file no longer has the SHA-256 the book recorded when it was sent
    // (by their name in the archive): carried, and reported, never silently.
    QStringList tampered;
};

// One file holds everything: a consistent copy of the database (taken with VACUUM INTO, so the
// application may keep working) with the archived letters and kept documents (e-invoice
// originals) stored in it, each with its SHA-256. The backup is itself an SQLite file, readable
// with any SQLite tool.
class BackupService
{
public:
    // Writes `path` (0600; an earlier file there is replaced only once the new one is complete
    // and synced). Refused over the book's own files.
    static Result<BackupReport> backup(const Database &db, const QString &path);
    // Puts the backup's database, letters and documents in place of those of `databasePath`,
    // which no Relance process may have open (an exclusive BookLock). A backup of an older
    // schema is brought up to date. Nothing is changed unless the whole backup reads back intact
    // (format 2: its content checksum too); what was there before is kept beside it with the
    // suffix ".before-restore". The swap is journalled (RestoreJournal): a crash at any instant
    // leaves the old book or the new one, and the next open finishes a restore cut short.
    static Result<BackupReport> restore(const QString &backupPath, const QString &databasePath);

    // The folders beside a database that a backup carries, by their name in the backup.
    static QString lettersDirectory(const QString &databasePath);
    static QString documentsDirectory(const QString &databasePath);
};

}  // namespace relance
