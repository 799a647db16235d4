#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace relance {

// A customer the freelancer invoices. A consumer (not a professional) changes the law that
// applies: no 40 EUR indemnity, legal-rate interest only from a formal notice.
struct Client
{
    qint64 id = 0;  // 0 until stored
    QString name;
    QString legalForm;   // "SARL", "SAS", "EI"... empty for a consumer
    QString sirenSiret;  // 9 (SIREN) or 14 (SIRET) digits, spaces allowed when typed
    QString vatNumber;   // e.g. "FR40123456789"
    QString address;     // street lines, newline separated
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");  // ISO 3166-1 alpha-2
    QString email;
    QString emailCc;  // copy recipients of reminders (a manager, the accounts office), comma separated
    QString phone;
    QString contactPerson;
    bool isConsumer = false;
    int paymentTermsDays = 30;                  // default due date = issue date + this
    std::optional<int> penaltyRateBasisPoints;  // contractual late-payment rate, 1250 = 12.50 %
    QString notes;
    std::optional<qint64> ladderId;  // the escalation ladder; none: the default one (settings)
    // The law chosen for the client's contracts (ISO country); empty: the issuer's country, the
    // law of the service provider (Rome I art. 4(1)(b)). Never inferred from the address.
    QString governingLaw;
    // Whether the contract provides for penalties (Belgian consumers owe damages and interest
    // only then, CDE XIX.4); none: yes for a business, no for a consumer.
    std::optional<bool> penaltyClause;

    bool hasPenaltyClause() const { return penaltyClause.value_or(!isConsumer); }

    // One line for lists: "12 rue X, 75001 Paris".
    QString postalAddressOneLine() const;
};

}  // namespace relance
