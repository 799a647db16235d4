#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace relance::ui {

void resizeToFit(QWidget *window, const QSize &wanted)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    QSize size = wanted;
    if (screen) {
        const QSize room = screen->availableGeometry().size() * 95 / 100;
        size = size.boundedTo(room);
    }
    window->resize(size.expandedTo(window->minimumSize()));
}

}  // namespace relance::ui
