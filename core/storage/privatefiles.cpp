#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relance::files {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

// A full disk says so, rather than "Unknown error".
Error writeError(const QString &path)
{
    const QString reason = errno == ENOSPC ? Tr::tr("the disk is full") : systemError();
    return Error(Tr::tr("cannot write %1: %2").arg(path, reason), QStringLiteral("file"));
}

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
}  // namespace

bool makePrivateDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makePrivateDirectory(parent))
        return false;
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return false;
    return QFileInfo(absolute).isDir();
}

Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(path);
    ::close(fd);
    return success();
}

bool syncFile(const QString &path) { return syncPath(path, O_RDONLY); }

bool syncDirectory(const QString &path) { return syncPath(path, O_RDONLY | O_DIRECTORY); }

namespace {
// Writes all of `bytes` to a new 0600 file and syncs it; a partial file is removed.
Status writeNewFile(const QString &path, const QByteArray &bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(path);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const Error e = writeError(path);
            ::close(fd);
            ::unlink(name.constData());
            return e;
        }
        done += n;
        if (done < bytes.size())
            faultPoint("write.partial");
    }
    if (::fsync(fd) != 0) {
        const Error e = writeError(path);
        ::close(fd);
        ::unlink(name.constData());
        return e;
    }
    ::close(fd);
    return success();
}
}  // namespace

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = StagedFile::stagingPathFor(path);
    ::unlink(QFile::encodeName(temporary).constData());  // a leftover of an earlier crash
    if (Status s = writeNewFile(temporary, bytes); !s)
        return Error(QString(s.error().message).replace(temporary, path), s.error().field);  // the user's name
    faultPoint("atomic.written");
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const Error e = writeError(path);
        ::unlink(QFile::encodeName(temporary).constData());
        return e;
    }
    faultPoint("atomic.renamed");
    syncDirectory(QFileInfo(path).absolutePath());
    return success();
}

bool renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system without RENAME_NOREPLACE: a hard link fails just the same when `to` exists.
    if (::link(source.constData(), target.constData()) != 0)
        return false;
    ::unlink(source.constData());
    return true;
}

QString StagedFile::stagingPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".part"));
}

Result<StagedFile> StagedFile::write(const QString &finalPath, const QByteArray &bytes)
{
    const QString folder = QFileInfo(finalPath).absolutePath();
    if (!makePrivateDirectory(folder))
        return Error(Tr::tr("cannot create the folder %1: %2").arg(folder, systemError()), QStringLiteral("file"));
    StagedFile staged(QFileInfo(finalPath).absoluteFilePath());
    ::unlink(QFile::encodeName(staged.stagingPath()).constData());
    if (Status s = writeNewFile(staged.stagingPath(), bytes); !s)
        return s.error();
    syncDirectory(folder);
    faultPoint("staged.written");
    return staged;
}

Status StagedFile::publish() const
{
    if (!renameNoReplace(stagingPath(), m_final))
        return Error(Tr::tr("cannot put %1 in place: %2").arg(m_final, systemError()), QStringLiteral("file"));
    faultPoint("staged.published");
    syncDirectory(QFileInfo(m_final).absolutePath());
    return success();
}

void StagedFile::discard() const { ::unlink(QFile::encodeName(stagingPath()).constData()); }

void faultPoint(const char *name)
{
#ifdef RELANCE_FAULT_POINTS
    static int remaining = qEnvironmentVariableIsSet("RELANCE_CRASH_AT") ? qEnvironmentVariableIntValue("RELANCE_CRASH_AT")
                                                                            : -1;
    if (remaining < 0)
        return;
    if (remaining-- == 0) {
        std::fprintf(stderr, "relance: crashing at fault point %s\n", name);
        std::fflush(stderr);
        ::_exit(99);
    }
#else
    Q_UNUSED(name);
#endif
}

}  // namespace relance::files
