#pragma once

#include "rules/aging.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace relance::ui {

// How late an invoice looks on screen. Colour is never the only signal: every level has its own
// icon shape and a text ("45 days late"), so it reads in grey scale and to a screen reader.
QIcon severityIcon(AgingBucket bucket);         // null icon for NotYetDue
// The colours of a row at a level of lateness: opaque pairs, one set for light palettes and one
// for dark ones (the palette's base decides), each with text at 4.5:1 at least (WCAG AA).
// Models return both roles, so that no theme leaves a tinted row with unreadable text.
struct SeverityColours
{
    QColor background;
    QColor foreground;
};
SeverityColours severityColours(AgingBucket bucket, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);
// WCAG 2.x contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
QString daysLateText(qint64 daysLate);          // "45 days late", "due in 3 days", "due today"

}  // namespace relance::ui
