#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relance {

class Database;

// A flat table as exported: column keys and rows of cells. A cell is text or a number Relance
// wrote itself (amounts "1234.56", counts), which the CSV writer leaves as it is.
struct ExportTable
{
    struct Cell
    {
        QString text;
        bool number = false;
    };
    QStringList columns;
    QList<QList<Cell>> rows;
};

enum class ExportKind { Invoices, Payments, Actions };
std::optional<ExportKind> exportKindFromKey(const QString &key);  // invoices, payments, actions
enum class ExportFormat { Csv, Json };
std::optional<ExportFormat> exportFormatFromKey(const QString &key);  // csv, json

// The book as files for a spreadsheet, an accountant or a script. Amounts are decimal strings
// with a point and their currency in its own column, dates ISO 8601. One query per table.
class ExportService
{
public:
    explicit ExportService(const Database &db) : m_db(db) {}

    // invoices: one row per invoice with what was paid and what is left; payments: one row per
    // share of a payment (a payment over two invoices gives two rows; one with no invoice, one
    // row with the invoice empty); actions: every step done, with its letter's tracking number.
    Result<ExportTable> table(ExportKind kind) const;
    Result<QByteArray> exportAs(ExportKind kind, ExportFormat format) const;

    // RFC 4180 with a comma, CRLF and a UTF-8 byte order mark (so that spreadsheets read the
    // accents). Text cells starting with = + - @ or a tab or carriage return are prefixed with
    // an apostrophe, so that a spreadsheet shows them instead of running them as formulas.
    static QByteArray toCsv(const ExportTable &table);
    // An array of objects keyed by column.
    static QByteArray toJson(const ExportTable &table);
    static QString neutralised(const QString &text);

private:
    const Database &m_db;
};

}  // namespace relance
