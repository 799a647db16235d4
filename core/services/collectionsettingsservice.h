#pragma once

#include "ecbrates.h"

#include <QUrl>

#include "domain/ladder.h"
#include "domain/result.h"
#include "rules/businesscalendar.h"
#include "rules/ratetable.h"

#include <QList>

namespace relance {

class Database;

struct CollectionSettings
{
    qint64 defaultLadderId = 0;
    bool divisor366InLeapYears = false;  // LEGAL.md section 3: sources differ, 365 by default
    Calendar calendar = Calendar::France;
    QString defaultClientCountry = QStringLiteral("FR");  // a new client's country, hence its law
};

// The settings page of the collection rules: ladders, rates added by the user, computation
// options. Each change is one transaction and is checked first.
class CollectionSettingsService
{
public:
    explicit CollectionSettingsService(const Database &db) : m_db(db) {}

    CollectionSettings settings() const;
    Status save(const CollectionSettings &settings) const;

    // The shipped table with the half-years the user added.
    RateTable rates() const;
    // Errors name the field: half, ecb, legal_natural_person, legal_other, be_b2b, source.
    Status addHalfYear(const HalfYearRates &rates, const QDate &today) const;
    // Several at once (a rates update), all or none.
    Status addHalfYears(const QList<HalfYearRates> &rates, const QDate &today) const;
    // Reads the ECB series at `url` (the data portal by default: kEcbMrrUrl), checks it against
    // the table and adds what it brings, in one transaction: what `rates update` and the
    // settings' "Update the ECB rate" do. Nothing is stored when anything is wrong.
    Result<EcbUpdate> updateEcbRates(const QUrl &url, const QDate &today) const;
    // The half-year after the last complete one, with its values copied, once the user accepts
    // to use them while the new ones are not published.
    Result<HalfYearRates> carryForward(const QDate &today) const;
    Status removeHalfYear(const HalfYear &half) const;  // only one the user added

    QList<Ladder> ladders() const;
    Ladder ladderFor(const std::optional<qint64> &clientLadderId) const;
    // Errors name the field: name, steps (with the step's number in the message).
    Result<qint64> saveLadder(const Ladder &ladder) const;
    Status removeLadder(qint64 id) const;

private:
    const Database &m_db;
};

}  // namespace relance
