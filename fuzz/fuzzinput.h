#pragma once
// What every harness shares: the fuzzer's bytes as a QByteArray, and a fixed file name.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace relance::fuzz {
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
inline QString fileName() { return QStringLiteral("fuzz.input"); }
}  // namespace relance::fuzz
