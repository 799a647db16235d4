#pragma once

#include <QByteArray>
#include <QString>

namespace relance {

// The freelancer or firm that sends the invoices and the letters. One per database; it prints
// on every letter, so it lives in the database rather than in the settings.
struct Issuer
{
    QString companyName;
    QString legalForm;
    QString siret;
    QString vatNumber;
    QString address;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");
    QString email;
    QString phone;
    QString iban;
    QString bic;
    QString signatoryName;
    QString signatoryTitle;
    QByteArray logo;       // an image file's bytes (PNG, JPEG, SVG...), printed at the top of letters
    QByteArray signature;  // a scanned signature, printed above the signatory's name
};

}  // namespace relance
