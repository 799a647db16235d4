#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

QString cleanImportedText(const QString &text, qsizetype maxLength, bool lines)
{
    QString clean;
    clean.reserve(std::min(text.size(), maxLength));
    bool space = false;
    for (const QChar c : text) {
        if (lines && c == QLatin1Char('\n')) {
            while (clean.endsWith(QLatin1Char(' ')))
                clean.chop(1);
            clean += c;
            space = true;  // no space at the start of a line
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isSpace()) {
            if (!space && !clean.isEmpty())
                clean += QLatin1Char(' ');
            space = true;
        } else {
            clean += c;
            space = false;
        }
        if (clean.size() >= maxLength)
            break;
    }
    return clean.trimmed().left(maxLength);
}

}  // namespace relance
