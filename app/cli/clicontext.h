#pragma once

#include "domain/invoice.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace relance {
class Database;
}

namespace relance::cli {

// The translation context of every command-line message.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What every command gets: the open database (or none, for commands that need none), the
// streams, and the day the clock says (commands take --as-of to override it).
struct Context
{
    relance::Database *db = nullptr;
    QTextStream &out;
    QTextStream &err;
    QDate today;
    QString dbPath;  // the --db file, for the commands that must not open it (restore)
};

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Prints "relance-cli: <where>: <message>" to stderr and returns Failed. The error's field is
// shown as the option the user typed: `options` maps service field keys ("due_date") to option
// names ("due"); a key mapped to "" names no option; unmapped keys are shown as they are.
int fail(Context &ctx, const Error &error, const QHash<QString, QString> &options = {});
// An error inside an input file (an import, a backup): its field is a column or an element of
// the file, not an option, so it is shown as "FILE:LINE: column: message".
int failInFile(Context &ctx, Error error);
// Parses a command's own arguments; on --help prints it and returns Ok, on bad options Usage.
// `positionals`: how many arguments without an option the command takes (a file...).
std::optional<int> parseOrExit(Context &ctx, QCommandLineParser &parser, const QString &command,
                               const QStringList &args, int positionals = 0);
// Reads a date option (ISO or French form); an absent option gives `fallback`.
Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback = {});
// Reads an amount option ("1234.56" or "1 234,56").
Result<Money> moneyOption(const QCommandLineParser &parser, const QString &name, const QString &currency);
// The invoice named by option `name` (required), and every invoice of a repeated option.
Result<Invoice> invoiceOption(const Context &ctx, const QCommandLineParser &parser,
                              const QString &name = QStringLiteral("invoice"));
Result<QList<qint64>> invoicesOption(const Context &ctx, const QCommandLineParser &parser,
                                     const QString &name = QStringLiteral("invoice"));
// "2026-12-15=250.00": an instalment typed on the command line.
struct DatedAmount
{
    QDate date;
    Money amount;
};
Result<DatedAmount> datedAmount(const QString &text, const QString &option);
// A file the user asked for (-o, --pdf, --out): refused over the book's own files, its letters'
// archive (`archive`, when not the default one) or kept documents — check it before doing any
// work — then written 0600 through a temporary name, so an existing file is replaced whole.
Status checkOutput(const Context &ctx, const QString &path, const QString &field, const QString &archive = {});
Status writeOutput(const Context &ctx, const QString &path, const QByteArray &bytes, const QString &field,
                   const QString &archive = {});
// The --as-of option every report takes.
QCommandLineOption asOfOption();
QCommandLineOption jsonOption();
// An option with a value (`valueName` given) or a flag, its help already translated.
QCommandLineOption makeOption(const char *name, const QString &help, const char *valueName = nullptr);

}  // namespace relance::cli
