#pragma once

#include "domain/result.h"
#include "import/inputfile.h"

#include <QString>

namespace relance {

// Where Relance may write a file the user asked for (an export, a letter's PDF, a history, a
// backup): anywhere but over the book itself. Refused: the database, its -wal, -shm, -journal
// and .lock files, and anything inside its letters' archive or kept documents, whatever path
// leads there (a symbolic link, "..", a hard link to the book). `archiveDirectory` is the
// letters' folder when it is not the default one beside the book. The error names `field`.
Status checkOutputPath(const QString &output, const QString &databasePath, const QString &field,
                       const QString &archiveDirectory = {});

// A file the user asked to read (an import): never one of the book's own files. Reading and
// closing the open book's file, WAL or index drops this process's SQLite locks on it (POSIX
// locks), which another process could then take for an abandoned book.
Status checkInputPath(const QString &input, const QString &databasePath, const QString &field);
// readInputFiles, each path checked by checkInputPath first.
Result<QList<InputFile>> readImportFiles(const QStringList &paths, const QString &databasePath, bool baseNames = false);

}  // namespace relance
