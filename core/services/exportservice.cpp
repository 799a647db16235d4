#include "exportservice.h"

#include "domain/invoice.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
};

using Cell = ExportTable::Cell;

Cell text(const QVariant &value) { return {value.toString(), false}; }

Cell amount(const QVariant &cents, const QVariant &currency)
{
    return {Money(cents.toLongLong(), currency.toString()).toDecimalString(), true};
}

// Runs `sql` and turns each row into cells with `row`.
template <typename RowFn>
Result<ExportTable> select(const Database &db, QStringList columns, const QString &sql, RowFn row)
{
    ExportTable table;
    table.columns = std::move(columns);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q, Tr::tr("Reading what to export"));
    while (q.next())
        table.rows << row(q);
    return table;
}
}  // namespace

std::optional<ExportKind> exportKindFromKey(const QString &key)
{
    if (key == QLatin1String("invoices"))
        return ExportKind::Invoices;
    if (key == QLatin1String("payments"))
        return ExportKind::Payments;
    if (key == QLatin1String("actions"))
        return ExportKind::Actions;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    if (key == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (key == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

Result<ExportTable> ExportService::table(ExportKind kind) const
{
    switch (kind) {
    case ExportKind::Invoices:
        // The column names are ones the CSV import recognises: an export imports back.
        return select(
            m_db,
            {QStringLiteral("number"), QStringLiteral("client"), QStringLiteral("issue_date"),
             QStringLiteral("due_date"), QStringLiteral("service_date"), QStringLiteral("currency"),
             QStringLiteral("amount_excl"), QStringLiteral("amount_incl"), QStringLiteral("paid"),
             QStringLiteral("balance"), QStringLiteral("status"), QStringLiteral("paused"), QStringLiteral("notes"),
             QStringLiteral("object")},
            QStringLiteral("SELECT i.number, c.name, i.issue_date, i.due_date, i.service_date, i.currency, "
                           "i.amount_excl_cents, i.amount_incl_cents, i.paid_cents, i.pause_reason, i.notes, "
                           "i.object FROM invoices i JOIN clients c ON c.id = i.client_id ORDER BY i.issue_date, i.id"),
            [](const QSqlQuery &q) {
                const QVariant currency = q.value(5);
                const qint64 incl = q.value(7).toLongLong(), paid = q.value(8).toLongLong();
                return QList<Cell>{text(q.value(0)),
                                   text(q.value(1)),
                                   text(q.value(2)),
                                   text(q.value(3)),
                                   text(q.value(4)),
                                   text(currency),
                                   amount(q.value(6), currency),
                                   amount(incl, currency),
                                   amount(paid, currency),
                                   amount(incl - paid, currency),
                                   {statusKey(statusFromPayments(incl, paid)), false},
                                   text(q.value(9)),
                                   text(q.value(10)),
                                   text(q.value(11))};
            });
    case ExportKind::Payments:
        return select(m_db,
                      {QStringLiteral("payment"), QStringLiteral("date"), QStringLiteral("amount"),
                       QStringLiteral("currency"), QStringLiteral("method"), QStringLiteral("reference"),
                       QStringLiteral("invoice"), QStringLiteral("client"), QStringLiteral("allocated"),
                       QStringLiteral("notes")},
                      QStringLiteral("SELECT p.id, p.date, p.amount_cents, p.currency, p.method, p.bank_reference, "
                                     "i.number, c.name, a.amount_cents, p.notes FROM payments p "
                                     "LEFT JOIN allocations a ON a.payment_id = p.id "
                                     "LEFT JOIN invoices i ON i.id = a.invoice_id "
                                     "LEFT JOIN clients c ON c.id = i.client_id ORDER BY p.date, p.id, i.number"),
                      [](const QSqlQuery &q) {
                          const QVariant currency = q.value(3);
                          return QList<Cell>{{q.value(0).toString(), true},
                                             text(q.value(1)),
                                             amount(q.value(2), currency),
                                             text(currency),
                                             text(q.value(4)),
                                             text(q.value(5)),
                                             text(q.value(6)),
                                             text(q.value(7)),
                                             q.value(8).isNull() ? Cell{} : amount(q.value(8), currency),
                                             text(q.value(9))};
                      });
    case ExportKind::Actions:
        return select(m_db,
                      {QStringLiteral("date"), QStringLiteral("invoice"), QStringLiteral("client"),
                       QStringLiteral("step"), QStringLiteral("channel"), QStringLiteral("outcome"),
                       QStringLiteral("tracking_number"), QStringLiteral("receipt_date"), QStringLiteral("notes")},
                      QStringLiteral("SELECT a.date, i.number, c.name, "
                                     "CASE WHEN a.step_label <> '' THEN a.step_label ELSE a.step_template END, a.channel, a.outcome, "
                                     "a.tracking_number, a.receipt_date, a.notes FROM actions a "
                                     "JOIN invoices i ON i.id = a.invoice_id JOIN clients c ON c.id = i.client_id "
                                     "ORDER BY a.date, a.id"),
                      [](const QSqlQuery &q) {
                          QList<Cell> row;
                          for (int c = 0; c < 9; ++c)
                              row << text(q.value(c));
                          return row;
                      });
    }
    return Error(Tr::tr("nothing to export"));
}

Result<QByteArray> ExportService::exportAs(ExportKind kind, ExportFormat format) const
{
    const Result<ExportTable> t = table(kind);
    if (!t)
        return t.error();
    return format == ExportFormat::Csv ? toCsv(*t) : toJson(*t);
}

QString ExportService::neutralised(const QString &text)
{
    // Not only the cell's first character: a spreadsheet that splits on another delimiter than
    // the file's (a French one splits on ';') makes a cell of each piece, and a piece starting
    // with = + - @ would run as a formula there ("Acme;=cmd|' /C calc'!A0").
    static const QString triggers = QStringLiteral("=+-@\t\r");
    static const QString splitters = QStringLiteral(",;\t|");
    QString out;
    out.reserve(text.size() + 1);
    bool pieceStarts = true;
    for (const QChar c : text) {
        if (pieceStarts && triggers.contains(c))
            out += QLatin1Char('\'');
        out += c;
        pieceStarts = splitters.contains(c);
    }
    return out;
}

QByteArray ExportService::toCsv(const ExportTable &table)
{
    // Quoted whenever a spreadsheet could split or end the cell there, whatever delimiter it uses.
    const auto field = [](const QString &value) {
        static const QString special = QStringLiteral(",;\t|\"\n\r");
        if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); }))
            return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        return value;
    };
    QString out;
    QStringList line;
    for (const QString &column : table.columns)
        line << field(column);
    out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QList<Cell> &row : table.rows) {
        line.clear();
        for (const Cell &cell : row)
            line << field(cell.number ? cell.text : neutralised(cell.text));
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray ExportService::toJson(const ExportTable &table)
{
    QJsonArray rows;
    for (const QList<Cell> &row : table.rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            object.insert(table.columns.at(c), row.value(c).text);
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

}  // namespace relance
