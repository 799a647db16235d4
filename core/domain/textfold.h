#pragma once

#include <QString>

namespace relance::text {

// What a person means when they type without accents or capitals: "Éditions Bérénice" and
// "editions berenice" fold to the same text. Lower case, diacritics removed (NFD, marks dropped),
// "œ"/"æ" spelt out, typographic apostrophes made plain. Search keys and typed dates use it.
QString fold(const QString &text);

}  // namespace relance::text
