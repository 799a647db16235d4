#include "filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>

namespace relance::ui {

namespace {
// Icons and type names from the file name only: never opens a file.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QAbstractFileIconProvider::icon(Folder);
        const QIcon themed = QIcon::fromTheme(mimeType(info).iconName());
        return themed.isNull() ? QAbstractFileIconProvider::icon(File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        return info.isDir() ? QAbstractFileIconProvider::type(info) : mimeType(info).comment();
    }

private:
    QMimeType mimeType(const QFileInfo &info) const
    {
        return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
    QMimeDatabase m_mimes;
};

NameOnlyIconProvider *iconProvider()
{
    static NameOnlyIconProvider provider;  // outlives every dialog
    return &provider;
}

QString firstSelected(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty() ? dialog.selectedFiles().first()
                                                                                  : QString();
}
}  // namespace

void prepareFileDialog(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(iconProvider());
}

QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    prepareFileDialog(dialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return firstSelected(dialog);
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    prepareFileDialog(dialog);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                     QString *selectedFilter)
{
    const bool folder = QFileInfo(suggested).isDir();
    QFileDialog dialog(parent, caption, folder ? suggested : QFileInfo(suggested).absolutePath(), filter);
    prepareFileDialog(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!suggested.isEmpty() && !folder)
        dialog.selectFile(QFileInfo(suggested).fileName());
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    const QString path = firstSelected(dialog);
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return path;
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QFileDialog dialog(parent, caption, directory);
    prepareFileDialog(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return firstSelected(dialog);
}

}  // namespace relance::ui
