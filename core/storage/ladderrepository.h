#pragma once

#include "domain/ladder.h"
#include "domain/result.h"

#include <QList>

#include <optional>

namespace relance {

class Database;

// SQL for escalation ladders and their steps; no validation here (see CollectionSettingsService).
class LadderRepository
{
public:
    explicit LadderRepository(const Database &db) : m_db(db) {}

    // Every ladder with its steps, by id (two queries, whatever the count).
    QList<Ladder> all() const;
    std::optional<Ladder> find(qint64 id) const;
    // Inserts (id 0) or updates the ladder and replaces its steps.
    Result<qint64> save(const Ladder &ladder) const;
    Status remove(qint64 id) const;
    int clientsUsing(qint64 id) const;

private:
    const Database &m_db;
};

}  // namespace relance
