#pragma once

#include "domain/result.h"
#include "rules/ratetable.h"

#include <QList>
#include <QString>

namespace relance {

class Database;

// Settings that change what letters and computations say live in the database (they travel
// with the file): default ladder, divisor, calendar. Also the half-years of rates a user adds.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value) const;

    QList<HalfYearRates> userRates() const;
    Status insertUserRates(const HalfYearRates &rates, const QDate &addedOn) const;
    Status removeUserRates(const HalfYear &half) const;

private:
    const Database &m_db;
};

}  // namespace relance
