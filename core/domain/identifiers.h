#pragma once

#include <QString>
#include <QStringList>

namespace relance {

// Checks shared by every party Relance stores (clients, your company): loose enough for what
// people type (spaces in numbers, lower case), strict enough to catch a wrong field.
QString withoutSpaces(const QString &text);     // also no-break and narrow no-break spaces
bool isDigits(const QString &text, int count);  // exactly `count` digits once spaces are removed
bool isValidVatNumber(const QString &text);     // "FR40123456789": country letters then 2 to 13
bool isValidEmail(const QString &text);
// The addresses of a list typed as "a@x.fr, b@x.fr" (commas or semicolons), trimmed, none empty.
QStringList emailList(const QString &text);
bool isValidCountryCode(const QString &text);  // ISO 3166-1 alpha-2, upper case
// A Belgian enterprise number (BCE/KBO): 10 digits, "0456.789.133" or "BE 0456 789 133", the
// first 0 or 1, the last two 97 minus the first eight modulo 97.
bool isValidBelgianEnterpriseNumber(const QString &text);
// A company's registration number as it prints: "123 456 789 00012" (SIREN/SIRET),
// "0456.789.133" (BCE); anything else trimmed.
QString formattedCompanyNumber(const QString &text, const QString &country);

}  // namespace relance
