#pragma once

#include "domain/client.h"
#include "domain/invoice.h"
#include "domain/result.h"
#include "import/columnformats.h"
#include "import/csvreader.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace relance {

class Database;

// What a column of an invoice file can hold. Keys are stable (mappings, CLI): number, client,
// issue_date, due_date, amount_incl, amount_excl, currency, service_date, notes, client_email,
// client_siret, client_vat.
enum class ImportField {
    Number,
    Client,
    IssueDate,
    DueDate,
    AmountIncl,
    AmountExcl,
    Currency,
    ServiceDate,
    Notes,
    Object,  // what the invoice is for (the letters' "Objet")
    ClientEmail,
    ClientSiret,
    ClientVat
};
QList<ImportField> importFields();
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
QString importFieldLabel(ImportField field);

// Which column feeds which field, and how the file writes amounts and dates.
struct ColumnMapping
{
    QHash<ImportField, int> columns;  // field -> 0-based column
    DecimalMark decimalMark = DecimalMark::Comma;
    DateFormat dateFormat = DateFormat::DayMonthYear;
    bool createClients = false;  // unknown client names become new clients

    int column(ImportField f) const { return columns.value(f, -1); }
    QString toJson() const;
    static ColumnMapping fromJson(const QString &json);
};

// Everything an import would do, checked, before anything is written.
struct ImportPreview
{
    QList<Invoice> toAdd;      // clientName set; clientId 0 for a client to create
    QList<int> toAddLines;     // their lines in the file
    int unchanged = 0;         // already imported with the same values
    QList<Client> newClients;  // to create, in order of first appearance
    QList<int> newClientLines;
    QList<Error> problems;  // every problem, by line and field; an import refuses them all

    bool ok() const { return problems.isEmpty(); }
};

struct ImportReport
{
    int added = 0;
    int unchanged = 0;
    int clientsCreated = 0;
    // New clients the file gave no postal address: e-mails reach them, paper letters wait for it.
    QStringList clientsWithoutAddress;
};

// Invoices (and their clients) from a spreadsheet's CSV: the layout is guessed (delimiter,
// encoding, decimal mark, date format, which column is what) and remembered per header, every
// row is checked, and the import is all or nothing in one transaction. Re-importing the same
// file adds nothing: invoices match on their number.
class InvoiceImportService
{
public:
    explicit InvoiceImportService(const Database &db) : m_db(db) {}

    // The mapping saved for this header (or under `name`), else one guessed from the header's
    // words (French or English) and the columns' contents.
    ColumnMapping mappingFor(const CsvTable &table, const QString &name = {}) const;
    Status saveMapping(const CsvTable &table, const ColumnMapping &mapping, const QString &name = {}) const;

    ImportPreview preview(const CsvTable &table, const ColumnMapping &mapping, const QString &fileName) const;
    // Refused (with the first problem, and how many there are) unless the preview is clean.
    Result<ImportReport> import(const CsvTable &table, const ColumnMapping &mapping, const QString &fileName) const;

private:
    const Database &m_db;
};

}  // namespace relance
