#pragma once

#include "domain/result.h"

#include <QString>

namespace relance {

// An advisory lock on a book, beside it ("<book>.lock", flock): every Relance process that has
// the book open holds it shared; a restore takes it exclusively, so it never replaces a book
// that a window or a running import is using, and no one opens the book while it is replaced.
// Apart from SQLite's own locks on purpose: those are POSIX locks, which a process loses when
// any of its descriptors of the file is closed.
class BookLock
{
public:
    enum class Kind { Shared, Exclusive };
    BookLock() = default;
    ~BookLock();
    BookLock(BookLock &&other) noexcept;
    BookLock &operator=(BookLock &&other) noexcept;
    BookLock(const BookLock &) = delete;
    BookLock &operator=(const BookLock &) = delete;

    // Shared: waits while a restore holds it. Exclusive: fails at once when another process
    // (or another lock of this one) has the book open.
    static Result<BookLock> acquire(const QString &databasePath, Kind kind);
    static QString lockPathFor(const QString &databasePath);
    bool isHeld() const { return m_fd >= 0; }
    void release();

private:
    explicit BookLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

}  // namespace relance
