#pragma once

#include <QSize>

class QWidget;

namespace relance::ui {

// Gives a window the size it was designed for, or less on a small screen (a 1280×800 laptop,
// a scaled display): never more than 95 % of the screen's free area, so that its buttons stay
// within reach.
void resizeToFit(QWidget *window, const QSize &wanted);

// The same within `room`. A dialog whose content cannot shrink that far (an invoice with its
// payment plan on 768 pixels) gets its content in a scroll area, its buttons kept below it in
// sight; a main window or a wizard, which lay themselves out, only get the size.
void fitInto(QWidget *window, const QSize &wanted, const QSize &room);

}  // namespace relance::ui
