#pragma once

#include "domain/client.h"
#include "domain/issuer.h"
#include "domain/money.h"
#include "letters/letterdocument.h"
#include "letters/letterstrings.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace relance {

// What every sheet Relance prints shares, letters and the statement of account alike: who
// writes, to whom, where and when, the legal mentions at the foot of each page, and how to pay.
// One place, so that a statement and a reminder to the same client carry the same frame.

// The non-empty lines of a multi-line field, trimmed.
QStringList textLines(const QString &text);
// The country's name as the post wants it on an address ("BELGIQUE"), or its code.
QString countryLine(const LetterStrings &s, const QString &country);
// The letter's language when none is chosen: French for a client in a French-speaking country.
QString defaultLetterLanguage(const Client &client);
// "12 rue X, 75001 Paris": the issuer's address on one line, as the footer prints it.
QString issuerAddressOneLine(const Issuer &issuer);

// "Madame Nguyen," from "Mme Nguyen", "Dear Dr Nguyen" from "Dr Nguyen"; a bare name is used
// as is in English, and French falls back to "Madame, Monsieur" (a gender is never guessed).
struct Salutation
{
    QString opening;
    QString closingTitle;  // what "Veuillez agréer, ..." repeats
    QString closing;       // "Yours faithfully" / "Yours sincerely"
};
Salutation salutationFor(const LetterStrings &s, const QString &contact);

// What the payer quotes with the transfer: the ISO 11649 creditor reference of the first invoice
// (the earliest due: a letter lists its invoices by due date), carried in the QR code's
// structured field; for a Belgian client also its structured communication. `invoices` names the
// invoices in words, the reference when none can be built.
struct PaymentReference
{
    QString creditor;  // compact, "RF47F2026041"; empty when the number has no letter or digit
    QString belgian;   // "+++000/2026/04152+++", for a Belgian client
    QString invoices;  // "F-2026-041, F-2026-044"
    // What the letter and the e-mail print: "RF47 F202 6041", or the invoice numbers.
    QString printed() const;
};
PaymentReference paymentReferenceFor(const QStringList &invoiceNumbers, const Client &client);

// The sender block, the recipient in the envelope window (with `missingPostalAddress`), the
// place and date, the signatory, the logo and signature, the footer and the page numbering.
void frameSheet(LetterDocument &d, const Issuer &issuer, const Client &client, const LetterStrings &s,
                const QDate &date);
// How to pay by transfer: method, holder, IBAN, BIC, the reference; the amount line is the
// caller's (an instalment, the total, nothing). The SEPA QR code pays `qrAmount` (none: null).
void addTransferDetails(LetterDocument &d, const Issuer &issuer, const LetterStrings &s,
                        const PaymentReference &reference);
void addTransferQr(LetterDocument &d, const Issuer &issuer, const LetterStrings &s,
                   const PaymentReference &reference, const Money &qrAmount);

}  // namespace relance
