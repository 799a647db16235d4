#pragma once

#include <QLocale>

class QCoreApplication;

namespace relance {

// Installs Relance's and Qt's own translations for the locale (the system's by default) on
// the application. Returns the language actually loaded ("fr", "en"), English when none fits.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());
// The language installTranslations loaded last ("en" before any): what the interface speaks,
// which the user may have chosen over the system's (Preferences).
QString installedLanguage();

}  // namespace relance
