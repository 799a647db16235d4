#include "commands.h"

#include "services/einvoiceimportservice.h"
#include "services/invoiceimportservice.h"
#include "storage/database.h"

#include <QFile>

namespace relance::cli {

int importInvoicesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Import invoices from a CSV file (a spreadsheet's export). The delimiter, encoding, decimal mark, "
               "date format and columns are guessed and remembered for files of the same layout; every row is "
               "checked first and nothing is written if one is wrong. Invoices already imported are left as they "
               "are."));
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The CSV file."));
    p.addOptions({makeOption("mapping", Tr::tr("Use the mapping saved under this name."), "NAME"),
                  makeOption("map",
                             Tr::tr("Map a field to a column: FIELD=COLUMN (the column's header or its number from 1; "
                                    "repeat). Fields: %1.")
                                 .arg([] {
                                     QStringList keys;
                                     for (ImportField f : importFields())
                                         keys << importFieldKey(f);
                                     return keys.join(QStringLiteral(", "));
                                 }()),
                             "FIELD=COLUMN"),
                  makeOption("create-clients", Tr::tr("Create the clients the file names and Relance does not know.")),
                  makeOption("save-mapping", Tr::tr("Save the mapping used under this name."), "NAME"),
                  makeOption("dry-run", Tr::tr("Check and tell what would be imported; write nothing."))});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("import invoices"), args, 1))
        return *exit;
    if (p.positionalArguments().size() != 1)
        return fail(ctx, Error(Tr::tr("give one CSV file"), QStringLiteral("file")));
    const QString path = p.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ctx, Error(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file")));
    const Result<CsvTable> table = readCsv(file.readAll(), path);
    if (!table)
        return fail(ctx, table.error());

    const InvoiceImportService service(*ctx.db);
    ColumnMapping mapping = service.mappingFor(*table, p.value(QStringLiteral("mapping")));
    for (const QString &item : p.values(QStringLiteral("map"))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const auto field = importFieldFromKey(item.left(eq).trimmed());
        const QString column = item.mid(eq + 1).trimmed();
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        const int index = isNumber ? number - 1 : int(table->header.indexOf(column));
        if (eq < 0 || !field || index < 0 || index >= std::max<qsizetype>(table->header.size(), 1))
            return fail(ctx, Error(Tr::tr("\"%1\" is not FIELD=COLUMN with a known field and column").arg(item),
                                   QStringLiteral("map")));
        mapping.columns.insert(*field, index);
    }
    if (p.isSet(QStringLiteral("create-clients")))
        mapping.createClients = true;

    const ImportPreview preview = service.preview(*table, mapping, path);
    for (const Error &problem : preview.problems)
        ctx.err << QStringLiteral("relance-cli: ") << problem.describe() << Qt::endl;
    if (!preview.ok()) {
        ctx.err << Tr::tr("relance-cli: %n problem(s): nothing was imported.", nullptr, int(preview.problems.size()))
                << Qt::endl;
        return Failed;
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        ctx.out << Tr::tr("%1 invoice(s) to add, %2 already there, %3 new client(s); nothing written (--dry-run).")
                       .arg(preview.toAdd.size())
                       .arg(preview.unchanged)
                       .arg(preview.newClients.size())
                << Qt::endl;
        return Ok;
    }
    const Result<ImportReport> report = service.import(*table, mapping, path);
    if (!report)
        return fail(ctx, report.error());
    if (p.isSet(QStringLiteral("save-mapping")))
        if (Status s = service.saveMapping(*table, mapping, p.value(QStringLiteral("save-mapping"))); !s)
            return fail(ctx, s.error());
    ctx.out << Tr::tr("Imported %1 invoice(s) from %2 (%3 already there), %4 new client(s).")
                   .arg(report->added)
                   .arg(path)
                   .arg(report->unchanged)
                   .arg(report->clientsCreated)
            << Qt::endl;
    return Ok;
}

int importEInvoiceCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Import e-invoices: Factur-X / ZUGFeRD PDFs, CII or UBL XML. Each becomes an invoice of its buyer "
               "(created if unknown), in its currency, with what was prepaid recorded; credit notes reduce the "
               "balance. The original file is kept beside the database. All files or none."));
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The files (repeat)."), QStringLiteral("FILE..."));
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("import einvoice"), args, 1000))
        return *exit;
    if (p.positionalArguments().isEmpty())
        return fail(ctx, Error(Tr::tr("give at least one file"), QStringLiteral("file")));
    QList<InputFile> files;
    for (const QString &path : p.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ctx, Error(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file")));
        files.append({path, file.readAll()});
    }
    const EInvoiceImportService service(*ctx.db, EInvoiceImportService::defaultDocumentsDirectory(ctx.db->path()));
    const Result<EInvoiceReport> report = service.import(files, ctx.today);
    if (!report)
        return fail(ctx, report.error(), {{QStringLiteral("file"), QString()}});
    for (const QString &note : report->notes)
        ctx.out << note << Qt::endl;
    ctx.out << Tr::tr("Imported %1 invoice(s) and %2 credit note(s) (%3 already there), %4 new client(s).")
                   .arg(report->invoicesAdded)
                   .arg(report->creditNotesApplied)
                   .arg(report->unchanged)
                   .arg(report->clientsCreated)
            << Qt::endl;
    return Ok;
}

}  // namespace relance::cli
