#pragma once

#include "rules/aging.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace relance::ui {

// How late an invoice looks on screen. Colour is never the only signal: every level has its own
// icon shape and a text ("45 days late"), so it reads in grey scale and to a screen reader.
QIcon severityIcon(AgingBucket bucket);         // null icon for NotYetDue
QColor severityBackground(AgingBucket bucket);  // translucent, so it works on dark themes too
QString daysLateText(qint64 daysLate);          // "45 days late", "due in 3 days", "due today"

}  // namespace relance::ui
