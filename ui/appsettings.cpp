#include "appsettings.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QSettings>

namespace relance::ui::AppSettings {

namespace {
const QString kLastDatabase = QStringLiteral("database/last");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
}  // namespace

QString lastDatabase()
{
    const QString last = QSettings().value(kLastDatabase).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
}

void setLastDatabase(const QString &path) { QSettings().setValue(kLastDatabase, QFileInfo(path).absoluteFilePath()); }

QByteArray windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }

void setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }

}  // namespace relance::ui::AppSettings
