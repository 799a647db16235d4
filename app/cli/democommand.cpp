#include "commands.h"

#include "services/demodata.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>

namespace relance::cli {

int demoCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Fill an empty database with realistic demo data."));
    parser.addOption(asOfOption());
    if (auto exit = parseOrExit(ctx, parser, QStringLiteral("demo"), args))
        return *exit;
    const Result<QDate> asOf = dateOption(parser, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    if (Status s = DemoData::populate(*ctx.db, *asOf); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "Demo data written: %1 clients, %2 invoices.")
                   .arg(ClientRepository(*ctx.db).count())
                   .arg(InvoiceRepository(*ctx.db).countAll())
            << Qt::endl;
    return Ok;
}

}  // namespace relance::cli
