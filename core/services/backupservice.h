#pragma once

#include "domain/result.h"

#include <QString>

namespace relance {

class Database;

struct BackupReport
{
    int schemaVersion = 0;
    int files = 0;  // letters and documents
    qint64 bytes = 0;
};

// One file holds everything: a consistent copy of the database (taken with VACUUM INTO, so the
// application may keep working) with the archived letters and kept documents (e-invoice
// originals) stored in it, each with its SHA-256. The backup is itself an SQLite file, readable
// with any SQLite tool.
class BackupService
{
public:
    // Writes `path` (replaced only once complete).
    static Result<BackupReport> backup(const Database &db, const QString &path);
    // Puts the backup's database, letters and documents in place of those of `databasePath`,
    // which must not be open. A backup of an older schema is brought up to date. Nothing is
    // changed unless the whole backup reads back intact; what was there before is kept beside
    // it with the suffix ".before-restore".
    static Result<BackupReport> restore(const QString &backupPath, const QString &databasePath);

    // The folders beside a database that a backup carries, by their name in the backup.
    static QString lettersDirectory(const QString &databasePath);
    static QString documentsDirectory(const QString &databasePath);
};

}  // namespace relance
