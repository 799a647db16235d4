#include "appsettings.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QSettings>

namespace relance::ui::AppSettings {

namespace {
const QString kLastDatabase = QStringLiteral("database/last");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kLanguage = QStringLiteral("interface/language");
const QString kStartPage = QStringLiteral("interface/startPage");
const QString kTables = QStringLiteral("tables");
}  // namespace

QString lastDatabase()
{
    const QString last = QSettings().value(kLastDatabase).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
}

void setLastDatabase(const QString &path) { QSettings().setValue(kLastDatabase, QFileInfo(path).absoluteFilePath()); }

QByteArray windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }

void setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }

QString language()
{
    const QString language = QSettings().value(kLanguage).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, language);
}

QLocale interfaceLocale()
{
    const QString imposed = language();
    return imposed.isEmpty() ? QLocale() : QLocale(imposed);
}

StartPage startPage()
{
    return QSettings().value(kStartPage).toString() == QLatin1String("today") ? StartPage::Today : StartPage::Dashboard;
}

void setStartPage(StartPage page)
{
    QSettings().setValue(kStartPage, page == StartPage::Today ? QStringLiteral("today") : QStringLiteral("dashboard"));
}

void forgetColumnWidths() { QSettings().remove(kTables); }

}  // namespace relance::ui::AppSettings
