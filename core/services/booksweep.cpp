#include "booksweep.h"

#include "backupservice.h"
#include "einvoiceimportservice.h"
#include "letterservice.h"
#include "storage/database.h"
#include "storage/restorejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookSweep)
};
}  // namespace

QString sweepBook(const Database &db, const QString &archiveDirectory)
{
    const SweepReport letters = LetterService(db, archiveDirectory).sweep();
    const auto documents = EInvoiceImportService(db, EInvoiceImportService::defaultDocumentsDirectory(db.path())).sweep();
    // A restore that stopped before its journal was written changed nothing: its staged copies
    // are left-overs (one that has its journal is finished by Database::open instead).
    QStringList abandoned;
    if (!RestoreJournal::isPending(db.path()))
        for (const QString &staged :
             {db.path() + QStringLiteral(".restoring"), BackupService::lettersDirectory(db.path()) + QStringLiteral(".restoring"),
              BackupService::documentsDirectory(db.path()) + QStringLiteral(".restoring")}) {
            const QFileInfo info(staged);
            if (!info.exists())
                continue;
            if (info.isDir() ? QDir(staged).removeRecursively() : QFile::remove(staged))
                abandoned << info.fileName();
        }
    const int completed = int(letters.completed.size() + documents.first.size());
    const int removed = int(letters.removed.size() + documents.second.size() + abandoned.size());
    QStringList said;
    if (completed > 0)
        said << Tr::tr("%n file(s) recorded before an interruption put in place (%1)", nullptr, completed)
                    .arg((letters.completed + documents.first).join(QStringLiteral(", ")));
    if (removed > 0)
        said << Tr::tr("%n unfinished file(s) that nothing records removed (%1)", nullptr, removed)
                    .arg((letters.removed + documents.second + abandoned).join(QStringLiteral(", ")));
    return said.join(QStringLiteral("; "));
}

}  // namespace relance
