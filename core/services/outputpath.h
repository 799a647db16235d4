#pragma once

#include "domain/result.h"

#include <QString>

namespace relance {

// Where Relance may write a file the user asked for (an export, a letter's PDF, a history, a
// backup): anywhere but over the book itself. Refused: the database, its -wal, -shm, -journal
// and .lock files, and anything inside its letters' archive or kept documents, whatever path
// leads there (a symbolic link, "..", a hard link to the book). `archiveDirectory` is the
// letters' folder when it is not the default one beside the book. The error names `field`.
Status checkOutputPath(const QString &output, const QString &databasePath, const QString &field,
                       const QString &archiveDirectory = {});

}  // namespace relance
