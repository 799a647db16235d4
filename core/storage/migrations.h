#pragma once

#include <QList>
#include <QStringList>

namespace relance {

// The schema's history: entry N (0-based) takes a database from user_version N to N+1.
// Entries are never edited once released; a change is a new entry.
const QList<QStringList> &migrations();

}  // namespace relance
