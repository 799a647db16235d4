#pragma once

#include <QString>

namespace relance {

struct Client;

// Which law governs a client's claim, and which courts would hear it (LEGAL.md section 12).
// The law is the one chosen for the contract, or else the service provider's (Rome I art. 3 and
// 4(1)(b)); it is never inferred from the client's address. The procedure follows the forum, the
// debtor's domicile: a debtor in Belgium is not threatened with a French injonction de payer.
struct GoverningLaw
{
    QString law;    // ISO country whose law applies: sets interest, indemnity, limitation
    QString forum;  // ISO country of the debtor's domicile: sets the procedure letters name
    bool chosen = false;       // set on the client, not the default
    bool crossBorder = false;  // creditor and debtor in different countries: EU procedures
    // A consumer living abroad keeps the mandatory protection of their own law when the
    // business directs its activity to their country (Rome I art. 6): said to the user, in the
    // UI language; empty otherwise.
    QString warning;
};

GoverningLaw governingLaw(const Client &client, const QString &issuerCountry);

}  // namespace relance
