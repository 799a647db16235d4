#include "outputpath.h"

#include "backupservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)
};

// The path with its folder's symbolic links and ".." resolved (the file itself may not exist).
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa, sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

const QStringList &bookSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal"), QStringLiteral(".lock")};
    return suffixes;
}

bool isBookFile(const QString &path, const QString &databasePath)
{
    const QString target = resolved(path);
    const QString book = resolved(databasePath);
    for (const QString &suffix : bookSuffixes())
        if (target == resolved(book + suffix) || sameFile(path, book + suffix))
            return true;
    return false;
}

bool inside(const QString &path, const QString &folder)
{
    const QString root = resolved(folder);
    return path == root || path.startsWith(root + QLatin1Char('/'));
}
}  // namespace

Status checkOutputPath(const QString &output, const QString &databasePath, const QString &field,
                       const QString &archiveDirectory)
{
    if (isBookFile(output, databasePath))
        return Error(Tr::tr("%1 is the book itself (or one of its files): choose another file").arg(output), field);
    const QString target = resolved(output);
    QStringList folders{BackupService::lettersDirectory(databasePath), BackupService::documentsDirectory(databasePath)};
    if (!archiveDirectory.isEmpty())
        folders << archiveDirectory;
    for (const QString &folder : folders)
        if (inside(target, folder))
            return Error(Tr::tr("%1 is inside the book's archive (%2), which keeps the proof of what was sent: "
                                "choose another folder")
                             .arg(output, folder),
                         field);
    return success();
}

Status checkInputPath(const QString &input, const QString &databasePath, const QString &field)
{
    if (isBookFile(input, databasePath))
        return Error(Tr::tr("%1 is the book itself (or one of its files), not a file to import").arg(input), field);
    return success();
}

Result<QList<InputFile>> readImportFiles(const QStringList &paths, const QString &databasePath, bool baseNames)
{
    for (const QString &path : paths)
        if (Status s = checkInputPath(path, databasePath, QStringLiteral("file")); !s)
            return s.error();
    return readInputFiles(paths, baseNames);
}

}  // namespace relance
