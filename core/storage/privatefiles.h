#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

// Files and folders that hold clients' data: created readable by their owner only (0600 / 0700,
// whatever the umask), written so that a crash leaves either the old state or the new one, and
// never a half-written file.
namespace relance::files {

// Creates `path` and its missing parents as 0700 folders (existing ones are left as they are).
bool makePrivateDirectory(const QString &path);
// Creates an empty file readable by its owner only, failing if it exists.
Status createPrivateFile(const QString &path);
// fsync of a file, and of a folder (so that a rename or a creation in it survives a power cut).
bool syncFile(const QString &path);
bool syncDirectory(const QString &path);
// Writes `bytes` to a temporary 0600 file beside `path`, syncs it, renames it over `path` (the
// old file, if any, stays whole until that instant) and syncs the folder.
Status writeAtomically(const QString &path, const QByteArray &bytes);
// Renames without ever replacing: fails if `to` exists (an archived proof is never overwritten).
bool renameNoReplace(const QString &from, const QString &to);

// A file written under a temporary name beside its final one ("<folder>/.<name>.part"), synced,
// and put in place by publish() once the transaction that records it has committed, so that the
// archive never holds a file without its row. Until then the folder shows no new file; a crash
// leaves a ".part" that sweepStagedFiles() resolves at the next start.
class StagedFile
{
public:
    static Result<StagedFile> write(const QString &finalPath, const QByteArray &bytes);
    static QString stagingPathFor(const QString &finalPath);

    QString finalPath() const { return m_final; }
    QString stagingPath() const { return stagingPathFor(m_final); }
    Status publish() const;  // renames into place (never over a file) and syncs the folder
    void discard() const;    // removes the staged copy

private:
    explicit StagedFile(QString finalPath) : m_final(std::move(finalPath)) {}
    QString m_final;
};

// Test builds only (RELANCE_FAULT_POINTS): exits the process at once, as a crash or a power cut
// would, when the environment's RELANCE_CRASH_AT counts down to zero at this point; every point
// reached is counted, so a test can crash a command at each of its steps in turn. Does nothing
// in other builds.
void faultPoint(const char *name);

}  // namespace relance::files
