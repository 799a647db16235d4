#pragma once

#include "domain/client.h"
#include "domain/result.h"

#include <QList>

#include <optional>

namespace relance {

class Database;

// SQL for clients; no validation here (see ClientService).
class ClientRepository
{
public:
    explicit ClientRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Client &client) const;
    Status update(const Client &client) const;
    std::optional<Client> findById(qint64 id) const;
    // By name, as a person would match it: whatever the case (beyond ASCII too), the Unicode
    // form (NFC or NFD) or the spacing.
    std::optional<Client> findByName(const QString &name) const;
    // What two names that are the same client have in common (NFKC, case-folded, simplified).
    static QString nameKey(const QString &name);
    // What the client is searched by (clients.search_key): name, city, e-mail, case and accents folded.
    static QString searchKey(const Client &client);
    // A page of clients ordered by name, optionally filtered by a search in name, city, e-mail.
    QList<Client> page(int offset, int limit, const QString &search = {}) const;
    QList<Client> all() const { return page(0, -1); }
    int count() const;

private:
    const Database &m_db;
};

}  // namespace relance
