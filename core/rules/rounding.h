#pragma once

#include <QtGlobal>

namespace relance {

// Rounds a positive fraction half-up to an integer (amounts in cents: 0.5 cent rounds up). Works
// on 64-bit or wider integers, so exact sums of many slices can be rounded once.
template <typename Int> qint64 roundHalfUp(Int numerator, Int denominator)
{
    return qint64((2 * numerator + denominator) / (2 * denominator));
}

}  // namespace relance
