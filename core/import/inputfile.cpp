#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};
}  // namespace

Result<QList<InputFile>> readInputFiles(const QStringList &paths, bool baseNames)
{
    if (paths.isEmpty())
        return Error(Tr::tr("give at least one file"), QStringLiteral("file"));
    QList<InputFile> files;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
        files.append({baseNames ? QFileInfo(path).fileName() : path, file.readAll()});
    }
    return files;
}

}  // namespace relance
