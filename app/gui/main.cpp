// relance: the desktop application. Parses its options, opens the database, shows the window.
#include "appcontext.h"
#include "appsettings.h"
#include "dialogs/firstrunwizard.h"
#include "domain/dates.h"
#include "mainwindow.h"
#include "services/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <memory>

using namespace relance;

namespace {

// --help and --version print and exit: they must work without a display (a terminal, a
// packaging check), so they get a QCoreApplication, which needs no window system.
bool onlyPrintsInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application(
        onlyPrintsInformation(argc, argv) ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(QStringLiteral("Relance"));
    QApplication::setApplicationName(QStringLiteral("Relance"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relance"));
    QApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.relance.Relance"));
    // The language the user chose in Preferences, else the system's.
    installTranslations(app, ui::AppSettings::interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relance: chase unpaid invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Database file to open (default: the one opened last)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QApplication::translate("main", "Act as if today were DATE (for reviews and demos)."),
        QStringLiteral("DATE"));
    parser.addOptions({dbOption, asOfOption});
    parser.process(app);

    QDate today = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        const Result<QDate> asOf = dates::parse(parser.value(asOfOption));
        if (!asOf) {
            QMessageBox::critical(nullptr, QStringLiteral("Relance"),
                                  QStringLiteral("--as-of: ") + asOf.error().message);
            return 2;
        }
        today = *asOf;
    }
    Result<std::unique_ptr<Database>> db =
        Database::open(parser.isSet(dbOption) ? parser.value(dbOption) : ui::AppSettings::lastDatabase());
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("Relance"), db.error().describe());
        return 1;
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relance.svg")));
    ui::MainWindow window(std::move(db).value(), today);
    // Unless a day was imposed, "today" follows the clock: a laptop woken the next morning shows
    // the next morning's lateness.
    QTimer clock;
    if (!parser.isSet(asOfOption)) {
        QObject::connect(&clock, &QTimer::timeout, &window,
                         [&window] { window.context().setToday(QDate::currentDate()); });
        clock.start(60 * 1000);
    }
    window.show();
    // An empty book nobody has set up: the short wizard (company, how to chase, or the demo).
    if (ui::FirstRunWizard::isNeeded(window.context().db())) {
        ui::FirstRunWizard wizard(window.context(), &window);
        if (wizard.exec() == QDialog::Accepted)
            window.startWith(wizard.firstStep());
    }
    return app.exec();
}
