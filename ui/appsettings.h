#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace relance::ui {

// This user's preferences on this machine (QSettings), typed, each with its default. What prints
// on letters (your company) and the collection rules live in the database instead: they travel
// with the book and its backups.
namespace AppSettings {

// The book opened last (File ▸ Open, New, or --db), reopened at the next launch without --db.
// Default: Database::defaultPath(); a file that no longer exists falls back to it.
QString lastDatabase();
void setLastDatabase(const QString &path);

// The main window's size and position.
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

// The interface's language: "" follows the system, "fr" or "en" imposes one. Read at start-up,
// so a change shows at the next launch. Numbers and dates keep the system's format either way.
QString language();
void setLanguage(const QString &language);
// The locale whose catalogue to load: the imposed language, or the system's.
QLocale interfaceLocale();

// The page the window opens on: the morning figures, or straight to today's steps.
enum class StartPage { Dashboard, Today };
StartPage startPage();
void setStartPage(StartPage page);

// Forgets every list's remembered column widths (rememberColumnWidths): lists open with their
// default widths again.
void forgetColumnWidths();

}  // namespace AppSettings

}  // namespace relance::ui
