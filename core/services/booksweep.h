#pragma once

#include <QString>

namespace relance {

class Database;

// At start, before any work: what a crash left among the book's files (letters, receipt scans
// and kept e-invoices staged but never put in place) is resolved — put in place when the book
// records it, removed otherwise — and the staged copies of a restore that stopped before its
// journal. Returns what was done, in a sentence for the user, or "".
QString sweepBook(const Database &db, const QString &archiveDirectory);

}  // namespace relance
