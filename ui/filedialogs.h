#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace relance::ui {

// Every file dialog of Relance goes through these: Qt's own dialog, whose icons and file types
// are found from the names alone. Finding a type by content opens each file of the folder, the
// open book, its -wal and -shm included; closing those descriptors drops this process's SQLite
// locks on the book (they are POSIX locks), and the next relance-cli run would then take the
// window for gone, truncate the shared index and delete the WAL the window still writes to.
// The platform's dialog is not used: a GTK one runs in this process and sniffs files as well.
void prepareFileDialog(QFileDialog &dialog);

QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                     QString *selectedFilter = nullptr);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);

}  // namespace relance::ui
