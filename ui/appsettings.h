#pragma once

#include <QByteArray>
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

}  // namespace AppSettings

}  // namespace relance::ui
