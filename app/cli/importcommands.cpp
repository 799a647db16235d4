#include "commands.h"

#include "domain/dates.h"
#include "services/bankservice.h"
#include "services/outputpath.h"
#include "services/einvoiceimportservice.h"
#include "services/invoiceimportservice.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    if (Status s = checkInputPath(path, ctx.db->path(), QStringLiteral("file")); !s)
        return fail(ctx, s.error(), {{QStringLiteral("file"), QString()}});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ctx, Error(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file")));
    const Result<CsvTable> table = readCsv(file.readAll(), path);
    if (!table)
        return failInFile(ctx, table.error());

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
    if (!report->clientsWithoutAddress.isEmpty())
        ctx.out << Tr::tr("%n new client(s) without a postal address (e-mails only until it is filled in): %1", nullptr,
                          int(report->clientsWithoutAddress.size()))
                       .arg(report->clientsWithoutAddress.join(QStringLiteral(", ")))
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
    const Result<QList<InputFile>> files = readImportFiles(p.positionalArguments(), ctx.db->path());
    if (!files)
        return fail(ctx, files.error(), {{QStringLiteral("file"), QString()}});
    const EInvoiceImportService service(*ctx.db, EInvoiceImportService::defaultDocumentsDirectory(ctx.db->path()));
    const Result<EInvoiceReport> report = service.import(*files, ctx.today);
    if (!report)
        return failInFile(ctx, report.error());
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

int importBankCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Import bank statements (CAMT.053/054, OFX, MT940, a bank's CSV export): the credits are kept to be "
               "matched to invoices (see reconcile); a transaction already imported is "
               "never imported twice. All files or none."));
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The files (repeat)."), QStringLiteral("FILE..."));
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("import bank"), args, 1000))
        return *exit;
    const Result<QList<InputFile>> files = readImportFiles(p.positionalArguments(), ctx.db->path());
    if (!files)
        return fail(ctx, files.error(), {{QStringLiteral("file"), QString()}});
    const Result<BankImportReport> report = BankService(*ctx.db).import(*files, ctx.today);
    if (!report)
        return failInFile(ctx, report.error());
    ctx.out << Tr::tr("%1 credit(s) imported, %2 already there, %3 debit(s) left aside.")
                   .arg(report->creditsAdded)
                   .arg(report->alreadyThere)
                   .arg(report->debitsSkipped)
            << Qt::endl;
    return Ok;
}

int reconcileCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Every imported credit not yet matched, with the invoices it probably pays "
                                       "and how sure that is. --auto-confirm-exact turns the certain ones (an "
                                       "invoice number and its exact balance) into payments."));
    p.addOptions(
        {makeOption("auto-confirm-exact", Tr::tr("Record the certain matches as payments first.")), jsonOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("reconcile"), args))
        return *exit;
    const BankService bank(*ctx.db);
    int confirmed = 0;
    if (p.isSet(QStringLiteral("auto-confirm-exact"))) {
        const Result<int> done = bank.confirmCertain(ctx.today);
        if (!done)
            return fail(ctx, done.error());
        confirmed = *done;
    }
    const QList<QPair<BankCredit, QList<MatchProposal>>> credits = bank.openCreditsWithProposals(ctx.today);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const auto &[c, proposals] : credits) {
            QJsonArray matches;
            for (const MatchProposal &m : proposals) {
                QJsonArray shares;
                for (qsizetype i = 0; i < m.invoiceIds.size(); ++i)
                    shares.append(QJsonObject{
                        {QStringLiteral("invoice"), m.invoiceNumbers.at(i)},
                        {QStringLiteral("amount"), Money(m.amountsCents.at(i), c.currency).toDecimalString()}});
                matches.append(QJsonObject{{QStringLiteral("confidence"), m.confidence},
                                           {QStringLiteral("reason"), m.reason},
                                           {QStringLiteral("invoices"), shares}});
            }
            items.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("date"), dates::iso(c.date)},
                                     {QStringLiteral("amount"), c.amount().toDecimalString()},
                                     {QStringLiteral("currency"), c.currency},
                                     {QStringLiteral("counterparty"), c.counterparty},
                                     {QStringLiteral("remittance"), c.remittance},
                                     {QStringLiteral("matches"), matches}});
        }
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("confirmed"), confirmed}, {QStringLiteral("unmatched"), items}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (confirmed > 0)
        ctx.out << Tr::tr("%1 certain match(es) recorded as payments.").arg(confirmed) << Qt::endl;
    if (credits.isEmpty()) {
        ctx.out << Tr::tr("Every imported credit is matched.") << Qt::endl;
        return Ok;
    }
    const QLocale locale;
    for (const auto &[c, matches] : credits) {
        ctx.out << dates::iso(c.date) << "  " << c.amount().toString(locale).rightJustified(13) << "  "
                << c.counterparty.left(28).leftJustified(29) << c.remittance.left(50) << Qt::endl;
        if (matches.isEmpty())
            ctx.out << "      " << Tr::tr("no invoice found") << Qt::endl;
        for (const MatchProposal &m : matches)
            ctx.out << "      " << QStringLiteral("%1 %").arg(m.confidence, 3) << "  "
                    << m.invoiceNumbers.join(QStringLiteral(", ")) << "  (" << m.reason << ")" << Qt::endl;
    }
    return Ok;
}

}  // namespace relance::cli
