#pragma once

#include <QString>

#include <array>
#include <optional>

namespace relance {

// The enum value whose stable key is `key`, among `values` (keys come from `keyOf`).
template <typename E, std::size_t N>
std::optional<E> enumFromKey(const QString &key, const std::array<E, N> &values, QString (*keyOf)(E))
{
    for (E v : values)
        if (keyOf(v) == key)
            return v;
    return std::nullopt;
}

}  // namespace relance
