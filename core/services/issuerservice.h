#pragma once

#include "domain/issuer.h"
#include "domain/result.h"

namespace relance {

class Database;

// Your own company's details, printed on every letter.
class IssuerService
{
public:
    explicit IssuerService(const Database &db) : m_db(db) {}

    // Fields: company_name, siret, vat, email, iban, bic, country.
    static Status validate(const Issuer &issuer);
    Issuer load() const;
    // Stores the details with the IBAN in groups of four and the BIC in capitals.
    Status save(Issuer issuer) const;

private:
    const Database &m_db;
};

}  // namespace relance
