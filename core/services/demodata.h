#pragma once

#include "domain/result.h"

#include <QDate>

namespace relance {

class Database;

// Fills an empty database with a realistic French freelancer's book: the issuer, a dozen
// clients (professionals and consumers), 18 months of invoices paid on time, late, partly,
// or not at all, so that on `asOf` some are overdue by a few days and some by over 100.
// Deterministic for a given asOf. Refuses a database that already holds clients or invoices.
struct DemoData
{
    static Status populate(const Database &db, const QDate &asOf);
};

}  // namespace relance
