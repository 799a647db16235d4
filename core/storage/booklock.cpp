#include "booklock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookLock)
};
}  // namespace

BookLock::~BookLock() { release(); }

BookLock::BookLock(BookLock &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

BookLock &BookLock::operator=(BookLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

QString BookLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<BookLock> BookLock::acquire(const QString &databasePath, Kind kind)
{
    const QString path = lockPathFor(databasePath);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(Tr::tr("cannot lock %1: %2").arg(databasePath, QString::fromLocal8Bit(std::strerror(errno))));
    const int operation = kind == Kind::Shared ? LOCK_SH : (LOCK_EX | LOCK_NB);
    int rc;
    do
        rc = ::flock(fd, operation);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return Error(Tr::tr("%1 is open in another Relance window or command: close it first").arg(databasePath));
        return Error(Tr::tr("cannot lock %1: %2").arg(databasePath, QString::fromLocal8Bit(std::strerror(error))));
    }
    return BookLock(fd);
}

void BookLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

}  // namespace relance
