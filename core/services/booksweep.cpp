#include "booksweep.h"

#include "einvoiceimportservice.h"
#include "letterservice.h"
#include "storage/database.h"

#include <QCoreApplication>

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
    const int completed = int(letters.completed.size() + documents.first.size());
    const int removed = int(letters.removed.size() + documents.second.size());
    QStringList said;
    if (completed > 0)
        said << Tr::tr("%n file(s) recorded before an interruption put in place (%1)", nullptr, completed)
                    .arg((letters.completed + documents.first).join(QStringLiteral(", ")));
    if (removed > 0)
        said << Tr::tr("%n unfinished file(s) that nothing records removed (%1)", nullptr, removed)
                    .arg((letters.removed + documents.second).join(QStringLiteral(", ")));
    return said.join(QStringLiteral("; "));
}

}  // namespace relance
