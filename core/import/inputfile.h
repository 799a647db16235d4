#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relance {

// A file handed to an import: its name (as messages show it) and its bytes.
struct InputFile
{
    QString name;
    QByteArray bytes;
};

// Reads every path, or refuses with the first one that cannot be read (field "file"). Names are
// the paths as given unless `baseNames`, then the file names alone.
Result<QList<InputFile>> readInputFiles(const QStringList &paths, bool baseNames = false);

// A text field read from a file, made safe to store and to print: control characters (which a
// terminal would obey) become spaces, runs of spaces one, and the text is cut at `maxLength`
// (a 5 MB remittance text is no one's). `lines`: keep line breaks (an address).
QString cleanImportedText(const QString &text, qsizetype maxLength, bool lines = false);

}  // namespace relance
