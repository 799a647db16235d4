#pragma once

#include "domain/result.h"
#include "import/einvoice.h"
#include "import/inputfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relance {

class Database;

struct EInvoiceReport
{
    int invoicesAdded = 0;
    int creditNotesApplied = 0;
    int unchanged = 0;  // already imported with the same total
    int clientsCreated = 0;
    QStringList notes;  // what the user should know (a prepaid part recorded, a self-billed invoice...)
};

// Invoices issued as Factur-X / ZUGFeRD PDFs or CII / UBL XML become invoices of their buyer
// (created from the file's name, identifiers, address and e-mail when unknown), in their own
// currency; what the file says was prepaid is recorded as paid, so the balance is what is due.
// Credit notes reduce the balance of the invoice they refer to (else the client's oldest open
// ones). The original file is kept beside the database and attached to the invoice. All files
// of one import are one transaction: one refused file, nothing written.
class EInvoiceImportService
{
public:
    EInvoiceImportService(const Database &db, QString documentsDirectory);

    Result<EInvoiceReport> import(const QList<InputFile> &files, const QDate &today) const;
    // `<db folder>/<db name>-documents/einvoices`.
    static QString defaultDocumentsDirectory(const QString &databasePath);
    // What a crash left among the kept originals: a staged copy whose invoice is recorded is put
    // in place, any other is removed. Returns the names put in place and removed.
    QPair<QStringList, QStringList> sweep() const;

private:
    const Database &m_db;
    QString m_documents;
};

}  // namespace relance
