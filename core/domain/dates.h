#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace relance::dates {

// Parses a date typed by a person or read from a file: ISO "2025-12-31" or French "31/12/2025"
// (also "31.12.2025" and "31-12-2025"). Strict: "31/02/2025" is refused as a day that does not
// exist, never rolled over to March.
Result<QDate> parse(const QString &text);

// The storage and JSON form: "2025-12-31".
inline QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

}  // namespace relance::dates
