#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace relance {

namespace {
QString &lastInstalled()
{
    static QString language = QStringLiteral("en");
    return language;
}
}  // namespace

QString installedLanguage() { return lastInstalled(); }

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // A language replaces the previous one: Qt's own French catalogue must not outlive a switch
    // to English (there is no qtbase_en to cover it).
    static const QString kOurs = QStringLiteral("relance-translator");
    for (QTranslator *old : app.findChildren<QTranslator *>(kOurs, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *relance = new QTranslator(&app);
    relance->setObjectName(kOurs);
    // English is the fallback: its catalogue carries the plural forms ("1 day", "2 days").
    if (!relance->load(locale, QStringLiteral("relance"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !relance->load(QStringLiteral(":/i18n/relance_en.qm"))) {
        delete relance;
        return lastInstalled() = QStringLiteral("en");
    }
    QCoreApplication::installTranslator(relance);
    // Qt's own strings (standard buttons, dialogs) in the same language.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kOurs);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lastInstalled() = relance->language().section(QLatin1Char('_'), 0, 0);
}

}  // namespace relance
