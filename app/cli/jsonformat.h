#pragma once

#include "domain/invoice.h"
#include "rules/lateinterest.h"
#include "services/collectionservice.h"
#include "services/dashboardservice.h"

#include <QJsonObject>

namespace relance::cli {

// The stable JSON shapes of docs/cli.md: amounts as decimal strings with a currency field,
// dates as YYYY-MM-DD, snake_case keys. Changing a key is a breaking change.
QJsonObject invoiceJson(const Invoice &invoice, const QDate &asOf);
QJsonObject currencyTotalsJson(const CurrencyTotals &totals);
// interest, indemnity, total, interest_from, days, slices[], warnings[]
QJsonObject interestJson(const InterestResult &result);
QJsonObject agendaItemJson(const AgendaItem &item);

}  // namespace relance::cli
