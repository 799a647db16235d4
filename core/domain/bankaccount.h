#pragma once

#include <QString>

namespace relance {

// IBAN (ISO 13616) and BIC (ISO 9362) checks, for the details printed on letters: a typo in the
// IBAN would send the client's payment nowhere, so it is refused before it is stored.
QString normalizedIban(const QString &text);  // spaces removed, upper case
bool isValidIban(const QString &text);        // structure and mod-97 check digits
QString formattedIban(const QString &text);   // groups of four: "FR76 3000 6000 ..."
bool isValidBic(const QString &text);         // 8 or 11 characters, country letters in place

// ISO 7064 MOD 97-10 of upper-case letters (A = 10 … Z = 35) and digits, digit by digit so that
// no big integer is needed: what IBANs and ISO 11649 creditor references are checked with.
int mod97(const QString &lettersAndDigits);
// "FR7630006000…" -> "FR76 3000 6000 …": groups of four, as IBANs and references are printed.
QString inGroupsOfFour(const QString &compact);

}  // namespace relance
