#pragma once

#include <QString>
#include <QStringList>

namespace relance {

// The references a payer copies into a transfer so that the payment finds its invoice.
//
// ISO 11649 creditor reference ("RF18 5390 0754 7034"): "RF", two check digits (ISO 7064
// MOD 97-10, as an IBAN's) and up to 21 letters or digits; banks carry it in the transfer's
// structured field, and the EPC QR code has a line for it. Relance builds it from the invoice
// number's letters and digits ("F-2026-041" -> "RF47F2026041").
//
// Belgian structured communication ("+++090/9337/55493+++"): ten digits and their MOD 97 check
// (97 for 0); the one Relance prints for a Belgian client is built from the invoice number's
// digits (the last ten, zero-padded).
namespace paymentref {

// The creditor reference of an invoice number, compact ("RF47F2026041"); empty when the number
// holds no letter or digit. A number longer than 21 keeps its last 21 characters.
QString creditorReference(const QString &invoiceNumber);
// Whether `reference` (spaces allowed, any case) is a creditor reference with good check digits.
bool isCreditorReference(const QString &reference);
// "RF47 F202 6041": in groups of four, as it is printed.
QString grouped(const QString &reference);
// The valid creditor references written in a text (a remittance, spaces inside allowed),
// compact and upper case.
QStringList creditorReferencesIn(const QString &text);

// The Belgian structured communication of an invoice number, "+++000/2026/04152+++"; empty when
// the number has no digit.
QString belgianCommunication(const QString &invoiceNumber);
// The valid Belgian structured communications in a text, as their twelve digits.
QStringList belgianCommunicationsIn(const QString &text);
// The twelve digits of a communication ("+++090/9337/55493+++" -> "090933755493").
QString belgianDigits(const QString &communication);

}  // namespace paymentref

}  // namespace relance
