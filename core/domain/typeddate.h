#pragma once

#include "result.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace relance::dates {

// A date as people type it in a form, read the way they mean it: "17/09/2026", "17/9/26",
// "17-09-2026", "17.09.2026", "17092026", "170926", "17/09" (this year), "17 sept. 2026",
// "17 septembre", "Sep 17, 2026", "2026-09-17", and "aujourd'hui"/"today", "hier"/"yesterday",
// "demain"/"tomorrow". Day before month, unless the locale writes the month first (en_US).
// A two-digit year is the nearest one to `today` within fifty years. Refused with a reason,
// never rolled over: "30/02/2026" is not the 2nd of March.
Result<QDate> parseTyped(const QString &text, const QDate &today, const QLocale &locale = QLocale());

// The form a date field shows: the locale's short format with a four-digit year ("17/09/2026").
QString typedFormat(const QLocale &locale = QLocale());

}  // namespace relance::dates
