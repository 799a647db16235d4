#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace relance {

// An error a user can cause: what was wrong and where (the field, and the file and line for
// imports), so every layer can say it without guessing. Errors cross layers as values.
struct Error
{
    Error() = default;
    explicit Error(QString what, QString inField = {}) : message(std::move(what)), field(std::move(inField)) {}
    Error &at(QString inFile, int atLine)
    {
        file = std::move(inFile);
        line = atLine;
        return *this;
    }

    QString message;
    QString field;  // the field or option in error, empty when none applies
    QString file;   // the input file, for imports
    int line = 0;   // 1-based line in that file, 0 when none applies

    // "file:line: field: message", leaving out the parts that are empty.
    QString describe() const;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

}  // namespace relance
