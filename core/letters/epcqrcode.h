#pragma once

#include "domain/money.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace relance {

// The SEPA credit-transfer QR code of the European Payments Council (EPC069-12, version 002):
// a banking app scans it and fills in the transfer. Only for euros, up to 999,999,999.99.
struct EpcTransfer
{
    QString name;  // the beneficiary, at most 70 characters
    QString iban;
    QString bic;  // optional in version 002
    Money amount;
    QString remittance;           // unstructured, at most 140 characters
    QString structuredReference;  // an ISO 11649 creditor reference ("RF…"); then no remittance
};

// The payload, or empty when the transfer cannot be encoded (not euros, no IBAN...).
QByteArray epcPayload(const EpcTransfer &transfer);
// A black-on-white image, 8 pixels per module with the 4-module quiet zone; null when the
// payload is empty.
QImage epcQrCode(const EpcTransfer &transfer);

}  // namespace relance
