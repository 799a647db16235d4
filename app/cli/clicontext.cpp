#include "clicontext.h"

#include "domain/dates.h"

#include <QCoreApplication>

namespace relance::cli {

namespace {
}  // namespace

int fail(Context &ctx, const Error &error, const QHash<QString, QString> &options)
{
    Error shown = error;
    if (!shown.field.isEmpty()) {
        const QString option = options.value(shown.field, shown.field);
        shown.field = option.isEmpty() ? QString() : QStringLiteral("--") + option;  // "": no option to blame
    }
    ctx.err << "relance-cli: " << shown.describe() << Qt::endl;
    return Failed;
}

std::optional<int> parseOrExit(Context &ctx, QCommandLineParser &parser, const QString &command,
                               const QStringList &args)
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
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << "relance-cli " << command << ": "
                << Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()) << Qt::endl;
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
