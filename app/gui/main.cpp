// relance: the desktop application. Parses its options, opens the database, shows the window.
#include "appcontext.h"
#include "domain/dates.h"
#include "mainwindow.h"
#include "services/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace relance;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relance"));
    QApplication::setApplicationName(QStringLiteral("Relance"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relance"));
    QApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.relance.Relance"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relance.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relance: chase unpaid invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
                                      QStringLiteral("FILE"), Database::defaultPath());
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
    Result<std::unique_ptr<Database>> db = Database::open(parser.value(dbOption));
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("Relance"), db.error().describe());
        return 1;
    }
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
    return app.exec();
}
