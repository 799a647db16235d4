// relance-cli: the scripting surface over the same core services as the GUI.
#include "commands.h"

#include "domain/dates.h"
#include "services/booksweep.h"
#include "services/letterservice.h"
#include "services/translations.h"
#include "storage/database.h"

#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <map>

using namespace relance;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using Command = int (*)(cli::Context &, const QStringList &);

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
        {QStringLiteral("demo"), cli::demoCommand},
        {QStringLiteral("client add"), cli::clientAddCommand},
        {QStringLiteral("client credit"), cli::clientCreditCommand},
        {QStringLiteral("invoice add"), cli::invoiceAddCommand},
        {QStringLiteral("payment add"), cli::paymentAddCommand},
        {QStringLiteral("invoices"), cli::invoicesCommand},
        {QStringLiteral("dashboard"), cli::dashboardCommand},
        {QStringLiteral("deadline"), cli::deadlineCommand},
        {QStringLiteral("interest"), cli::interestCommand},
        {QStringLiteral("agenda"), cli::agendaCommand},
        {QStringLiteral("action add"), cli::actionAddCommand},
        {QStringLiteral("action receipt"), cli::actionReceiptCommand},
        {QStringLiteral("claim"), cli::claimCommand},
        {QStringLiteral("invoice pause"), cli::invoicePauseCommand},
        {QStringLiteral("invoice resume"), cli::invoiceResumeCommand},
        {QStringLiteral("rates"), cli::ratesCommand},
        {QStringLiteral("rates add"), cli::ratesAddCommand},
        {QStringLiteral("rates carry-forward"), cli::ratesCarryForwardCommand},
        {QStringLiteral("rates update"), cli::ratesUpdateCommand},
        {QStringLiteral("letter"), cli::letterCommand},
        {QStringLiteral("letter receipt"), cli::letterReceiptCommand},
        {QStringLiteral("letters"), cli::lettersCommand},
        {QStringLiteral("letters list"), cli::lettersListCommand},
        {QStringLiteral("letters verify"), cli::lettersVerifyCommand},
        {QStringLiteral("template"), cli::templateCommand},
        {QStringLiteral("statement"), cli::statementCommand},
        {QStringLiteral("plan add"), cli::planAddCommand},
        {QStringLiteral("plan show"), cli::planShowCommand},
        {QStringLiteral("plan break"), cli::planBreakCommand},
        {QStringLiteral("dispute add"), cli::disputeAddCommand},
        {QStringLiteral("dispute resolve"), cli::disputeResolveCommand},
        {QStringLiteral("promise add"), cli::promiseAddCommand},
        {QStringLiteral("acknowledgement add"), cli::acknowledgementAddCommand},
        {QStringLiteral("timeline"), cli::timelineCommand},
        {QStringLiteral("import invoices"), cli::importInvoicesCommand},
        {QStringLiteral("import einvoice"), cli::importEInvoiceCommand},
        {QStringLiteral("import bank"), cli::importBankCommand},
        {QStringLiteral("reconcile"), cli::reconcileCommand},
        {QStringLiteral("export"), cli::exportCommand},
        {QStringLiteral("backup"), cli::backupCommand},
        {QStringLiteral("restore"), cli::restoreCommand},
    };
    return all;
}

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: relance-cli [--db FILE] COMMAND [OPTIONS]\n"
                  "\n"
                  "Relance's command line: the same database and rules as the Relance window.\n"
                  "\n"
                  "Global options:\n"
                  "  --db FILE      Database to use (default: %1)\n"
                  "  --today DATE   Take DATE as today (scripts, tests, reviews; default: the clock)\n"
                  "  -h, --help     Show this help; COMMAND --help shows a command's options\n"
                  "  -v, --version  Show the version\n"
                  "\n"
                  "Commands:\n"
                  "  demo           Fill an empty database with realistic demo data\n"
                  "  client add     Add a client; client credit: what credit notes left clients\n"
                  "  invoice add    Add an invoice\n"
                  "  payment add    Record a payment against one or several invoices\n"
                  "  invoices       List invoices (--overdue, --client, --search, --json)\n"
                  "  dashboard      Totals, aging buckets and overdue invoices (--json)\n"
                  "  deadline       The day a deadline expires (jours ouvrables, ouvrés, calendaires)\n"
                  "  interest       Late-payment interest and indemnity, with the breakdown (--json)\n"
                  "  agenda         What to do today: each unpaid invoice's next step (--json)\n"
                  "  action add     Record a step done (e-mail, call, letter): the invoice moves on\n"
                  "  action receipt Record the receipt of a registered letter\n"
                  "  claim          An invoice's interest, indemnity, risk, limitation and next step\n"
                  "  invoice pause  Put an invoice on hold; invoice resume restarts the chase\n"
                  "  rates          The rate table; rates add, rates carry-forward for a new half-year;\n"
                  "                 rates update: the ECB rate from the ECB's data portal\n"
                  "  letter         Write a letter (reminder, formal notice...) as a PDF, archived\n"
                  "  letter receipt A registered letter's number, receipt date and receipt card\n"
                  "  letters        Every letter due today (--due --out DIR); letters list: the archive;\n"
                  "                 letters verify: every archived letter against its recorded SHA-256\n"
                  "  statement      A client's statement of account as a PDF (open invoices, payments)\n"
                  "  template       Show or replace a letter's template (--kind, --lang, --set FILE)\n"
                  "  plan add       Agree a payment plan; plan show lists its instalments, plan break ends it\n"
                  "  dispute add    The client disputes an invoice; dispute resolve closes it\n"
                  "  promise add    The client promised to pay by a date: chasing waits until then\n"
                  "  acknowledgement add The client signed an acknowledgement of the debt (limitation restarts)\n"
                  "  timeline       Everything that happened to an invoice or client (--json, --pdf)\n"
                  "  import invoices Import invoices (and clients) from a CSV file, all or nothing\n"
                  "  import einvoice Import Factur-X / ZUGFeRD PDFs and CII / UBL XML invoices and credit notes\n"
                  "  import bank    Import bank statements (CAMT, OFX, MT940, CSV): the credits, never twice\n"
                  "  reconcile      Match imported credits to invoices (--auto-confirm-exact, --json)\n"
                  "  export         Export invoices, payments or actions as CSV or JSON\n"
                  "  backup         Save the database, letters and documents into one file\n"
                  "  restore        Put a backup in place of the database (the previous one is kept)\n")
               .arg(Database::defaultPath());
}

}  // namespace

int main(int argc, char *argv[])
{
    // Letters need fonts, which need a GUI application; the command line never opens a window,
    // so it draws offscreen whether or not a display is there.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform complains on stderr when XDG_RUNTIME_DIR is unset (a cron job, a
    // container): nothing the user of a command line needs to read.
    static QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                previous(type, context, message);
        });
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString dbPath = Database::defaultPath();
    QDate today = QDate::currentDate();

    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << "relance-cli: --db: " << Tr::tr("a file name is required") << Qt::endl;
                return cli::Usage;
            }
            dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else if (option == QLatin1String("--today") || option.startsWith(QLatin1String("--today="))) {
            const QString value = option.contains(QLatin1Char('=')) ? option.section(QLatin1Char('='), 1)
                                  : args.isEmpty()                  ? QString()
                                                                    : args.takeFirst();
            const Result<QDate> day = dates::parse(value);
            if (!day) {
                err << "relance-cli: --today: " << day.error().message << Qt::endl;
                return cli::Usage;
            }
            today = *day;
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printUsage(out);
            return cli::Ok;
        } else if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            out << "relance-cli " << RELANCE_VERSION << Qt::endl;
            return cli::Ok;
        } else {
            err << "relance-cli: " << Tr::tr("unknown option %1").arg(option) << Qt::endl;
            printUsage(err);
            return cli::Usage;
        }
    }
    if (args.isEmpty()) {
        printUsage(err);
        return cli::Usage;
    }

    // Two-word commands ("client add") first, then one-word ones.
    Command command = nullptr;
    QString name;
    if (args.size() >= 2 && commands().count(args.at(0) + QLatin1Char(' ') + args.at(1))) {
        name = args.at(0) + QLatin1Char(' ') + args.at(1);
        args = args.mid(2);
    } else if (commands().count(args.at(0))) {
        name = args.takeFirst();
    }
    if (name.isEmpty()) {
        err << "relance-cli: " << Tr::tr("unknown command \"%1\"").arg(args.join(QLatin1Char(' '))) << Qt::endl;
        printUsage(err);
        return cli::Usage;
    }
    command = commands().at(name);

    // Help and calculations need no database: don't create one for them. Reports only read:
    // they never create a book nor change a byte of one (a mistyped --db is an error, not an
    // empty book). Commands that write create a book only where a new user would start one.
    std::unique_ptr<Database> db;
    const bool needsDatabase =
        name != QLatin1String("deadline") && name != QLatin1String("interest") && name != QLatin1String("restore");
    static const QStringList readOnlyCommands{
        QStringLiteral("invoices"), QStringLiteral("dashboard"),    QStringLiteral("agenda"),
        QStringLiteral("claim"),    QStringLiteral("rates"),        QStringLiteral("letters list"),
        QStringLiteral("timeline"), QStringLiteral("export"),       QStringLiteral("backup"),
        QStringLiteral("letters verify"), QStringLiteral("statement")};
    static const QStringList creatingCommands{QStringLiteral("demo"), QStringLiteral("client add"),
                                              QStringLiteral("invoice add"), QStringLiteral("import invoices"),
                                              QStringLiteral("import einvoice")};
    const bool reconcileReads = name == QLatin1String("reconcile") && !args.contains(QLatin1String("--auto-confirm-exact"));
    const Database::Mode mode = readOnlyCommands.contains(name) || reconcileReads ? Database::Mode::ReadOnly
                                : creatingCommands.contains(name)                 ? Database::Mode::Create
                                                                                  : Database::Mode::Existing;
    if (needsDatabase && !args.contains(QLatin1String("--help")) && !args.contains(QLatin1String("-h"))) {
        const bool isNew = !QFileInfo::exists(dbPath);
        Result<std::unique_ptr<Database>> opened = Database::open(dbPath, mode);
        if (!opened) {
            err << "relance-cli: " << opened.error().describe() << Qt::endl;
            return cli::Failed;
        }
        db = std::move(opened).value();
        if (isNew)
            err << "relance-cli: " << Tr::tr("created a new, empty book: %1").arg(db->path()) << Qt::endl;
        if (mode != Database::Mode::ReadOnly)
            if (const QString swept = sweepBook(*db, LetterService::defaultArchiveDirectory(db->path()));
                !swept.isEmpty())
                err << "relance-cli: " << swept << Qt::endl;
    }
    cli::Context ctx{db.get(), out, err, today, dbPath};
    return command(ctx, args);
}
