#pragma once

#include "domain/issuer.h"
#include "domain/result.h"

namespace relance {

class Database;

// The single issuer row (id 1) created by the first migration.
class IssuerRepository
{
public:
    explicit IssuerRepository(const Database &db) : m_db(db) {}

    Issuer load() const;
    // The issuer's country alone ("FR" when unset): whose law a client's contract follows by default.
    QString country() const;
    Status save(const Issuer &issuer) const;

private:
    const Database &m_db;
};

}  // namespace relance
