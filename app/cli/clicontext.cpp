#include "clicontext.h"

#include "domain/dates.h"
#include "services/outputpath.h"
#include "storage/privatefiles.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>

namespace relance::cli {

int fail(Context &ctx, const Error &error, const QHash<QString, QString> &options)
{
    Error shown = error;
    if (!shown.field.isEmpty()) {
        const QString option = options.value(shown.field, shown.field);
        // "": no option to blame; one letter is a short option (-o).
        shown.field =
            option.isEmpty() ? QString() : (option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option;
    }
    ctx.err << "relance-cli: " << shown.describe() << Qt::endl;
    return Failed;
}

int failInFile(Context &ctx, Error error)
{
    if (error.field == QLatin1String("file"))
        error.field.clear();  // the file name says it
    ctx.err << "relance-cli: " << error.describe() << Qt::endl;
    return Failed;
}

std::optional<int> parseOrExit(Context &ctx, QCommandLineParser &parser, const QString &command,
                               const QStringList &args, int positionals)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("relance-cli ") + command} + args)) {
        ctx.err << "relance-cli " << command << ": " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: relance-cli %1").arg(command),
                     QStringLiteral("Usage: relance-cli [--db FILE] %1").arg(command));
        ctx.out << text;
        return Ok;
    }
    if (parser.positionalArguments().size() > positionals) {
        ctx.err << "relance-cli " << command << ": "
                << Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(positionals)) << Qt::endl;
        return Usage;
    }
    return std::nullopt;
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback)
{
    if (!parser.isSet(name))
        return fallback;
    Result<QDate> date = dates::parse(parser.value(name));
    if (!date)
        return Error(date.error().message, name);
    return date;
}

Result<Money> moneyOption(const QCommandLineParser &parser, const QString &name, const QString &currency)
{
    if (!parser.isSet(name))
        return Error(Tr::tr("this option is required"), name);
    Result<Money> money = Money::parse(parser.value(name), currency);
    if (!money)
        return Error(money.error().message, name);
    return money;
}

Result<Invoice> invoiceOption(const Context &ctx, const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return Error(Tr::tr("this option is required"), name);
    const QString number = parser.value(name).trimmed();
    const auto invoice = InvoiceRepository(*ctx.db).findByNumber(number);
    if (!invoice)
        return Error(Tr::tr("invoice %1 does not exist").arg(number), name);
    return *invoice;
}

Result<QList<qint64>> invoicesOption(const Context &ctx, const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return Error(Tr::tr("this option is required"), name);
    QList<qint64> ids;
    for (const QString &number : parser.values(name)) {
        const auto invoice = InvoiceRepository(*ctx.db).findByNumber(number.trimmed());
        if (!invoice)
            return Error(Tr::tr("invoice %1 does not exist").arg(number), name);
        ids << invoice->id;
    }
    return ids;
}

Result<DatedAmount> datedAmount(const QString &text, const QString &option)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const Result<QDate> date = dates::parse(text.left(eq));
    const Result<Money> amount = Money::parse(text.mid(eq + 1));
    if (eq < 0 || !date || !amount)
        return Error(Tr::tr("\"%1\" is not DATE=AMOUNT, e.g. 2026-12-15=250.00").arg(text), option);
    return DatedAmount{*date, *amount};
}

Status checkOutput(const Context &ctx, const QString &path, const QString &field, const QString &archive)
{
    return checkOutputPath(path, ctx.dbPath, field, archive);
}

Status writeOutput(const Context &ctx, const QString &path, const QByteArray &bytes, const QString &field,
                   const QString &archive)
{
    if (Status s = checkOutput(ctx, path, field, archive); !s)
        return s;
    if (Status s = files::writeAtomically(path, bytes); !s)
        return Error(s.error().message, field);
    return success();
}

QCommandLineOption asOfOption()
{
    return QCommandLineOption(QStringLiteral("as-of"), Tr::tr("The day to report on (default: today)."),
                              QStringLiteral("DATE"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON (see docs/cli.md)."));
}

QCommandLineOption makeOption(const char *name, const QString &help, const char *valueName)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), help);
}

}  // namespace relance::cli
