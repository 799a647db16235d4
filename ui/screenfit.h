#pragma once

#include <QSize>

class QWidget;

namespace relance::ui {

// Gives a window the size it was designed for, or less on a small screen (a 1280×800 laptop,
// a scaled display): never more than 95 % of the screen's free area, so that its buttons stay
// within reach.
void resizeToFit(QWidget *window, const QSize &wanted);

}  // namespace relance::ui
