#pragma once

#include "domain/client.h"
#include "domain/result.h"

namespace relance {

class Database;

// Use cases on clients, shared by the GUI and the CLI: validation, then one transaction.
class ClientService
{
public:
    explicit ClientService(const Database &db) : m_db(db) {}

    // Checks a client as a person typed it; the error's field is one of: name, siret, vat,
    // email, country, payment_terms, penalty_rate.
    static Status validate(const Client &client);
    Result<qint64> add(const Client &client) const;
    Status update(const Client &client) const;

private:
    const Database &m_db;
};

}  // namespace relance
