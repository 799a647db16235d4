// export, backup and restore: the book out to files, and back.
#include "commands.h"
#include "services/backupservice.h"
#include "services/exportservice.h"
#include "storage/database.h"

#include <QFile>
#include <QSaveFile>

namespace relance::cli {

namespace {
// Letters whose file changed since it was sent were carried as they are: say so, and fail.
int reportTampered(Context &ctx, const QStringList &tampered)
{
    for (const QString &name : tampered)
        ctx.err << "relance-cli: "
                << Tr::tr("%1: this archived letter is not the one that was sent (its SHA-256 differs from "
                          "the one recorded)")
                       .arg(name)
                << Qt::endl;
    return tampered.isEmpty() ? Ok : Failed;
}
}  // namespace

int exportCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Export invoices, payments (one row per invoice paid) or actions as CSV or JSON. In CSV, text "
               "that a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe."));
    p.addPositionalArgument(QStringLiteral("WHAT"), Tr::tr("invoices, payments or actions."));
    p.addOptions({makeOption("format", Tr::tr("csv (default) or json."), "FORMAT"),
                  makeOption("o", Tr::tr("The file to write (default: the standard output)."), "FILE")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("export"), args, 1))
        return *exit;
    const std::optional<ExportKind> kind = exportKindFromKey(p.positionalArguments().value(0));
    if (!kind)
        return fail(ctx, Error(Tr::tr("say what to export: invoices, payments or actions")));
    const std::optional<ExportFormat> format = exportFormatFromKey(
        p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("csv"));
    if (!format)
        return fail(ctx, Error(Tr::tr("\"%1\" is not a format (csv or json)").arg(p.value(QStringLiteral("format"))),
                               QStringLiteral("format")));
    const Result<QByteArray> bytes = ExportService(*ctx.db).exportAs(*kind, *format);
    if (!bytes)
        return fail(ctx, bytes.error());
    if (!p.isSet(QStringLiteral("o"))) {
        ctx.out << QString::fromUtf8(*bytes);
        return Ok;
    }
    if (Status s = writeOutput(ctx, p.value(QStringLiteral("o")), *bytes, QStringLiteral("o")); !s)
        return fail(ctx, s.error());
    return Ok;
}

int backupCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Save the database with its archived letters and documents into one file "
                                       "(an SQLite file), to keep elsewhere. restore puts it back."));
    p.addOption(makeOption("o", Tr::tr("The backup file to write."), "FILE"));
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("backup"), args))
        return *exit;
    if (!p.isSet(QStringLiteral("o")))
        return fail(ctx, Error(Tr::tr("say where to write the backup"), QStringLiteral("o")));
    const Result<BackupReport> report = BackupService::backup(*ctx.db, p.value(QStringLiteral("o")));
    if (!report)
        return fail(ctx, report.error());
    ctx.out << Tr::tr("Backup written to %1: the database and %n file(s), %2 kB.", "", report->files)
                   .arg(p.value(QStringLiteral("o")))
                   .arg((report->bytes + 1023) / 1024)
            << Qt::endl;
    return reportTampered(ctx, report->tampered);
}

int restoreCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Put a backup in place of the database (--db) and its letters and "
                                       "documents. Close Relance first. Nothing changes unless the whole backup "
                                       "reads back intact; the previous files are kept with the suffix "
                                       ".before-restore."));
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The backup file."));
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("restore"), args, 1))
        return *exit;
    if (p.positionalArguments().isEmpty())
        return fail(ctx, Error(Tr::tr("give the backup file"), QStringLiteral("file")), {{QStringLiteral("file"), {}}});
    const Result<BackupReport> report = BackupService::restore(p.positionalArguments().first(), ctx.dbPath);
    if (!report)
        return failInFile(ctx, report.error());
    ctx.out << Tr::tr("Restored %1 with %n letter(s) and document(s).", "", report->files).arg(ctx.dbPath) << Qt::endl;
    return reportTampered(ctx, report->tampered);
}

}  // namespace relance::cli
