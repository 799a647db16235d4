#include "screenfit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace relance::ui {

namespace {

// Moves the dialog's layout into a scroll area; a button box at its end stays outside.
void scrollContent(QDialog *dialog)
{
    QLayout *content = dialog->layout();
    QDialogButtonBox *buttons = nullptr;
    if (content->count() > 0)
        if (QLayoutItem *last = content->itemAt(content->count() - 1))
            buttons = qobject_cast<QDialogButtonBox *>(last->widget());
    if (buttons)
        content->removeWidget(buttons);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("scrolledContent"));
    inner->setLayout(content);  // takes the layout and the widgets it manages
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dialogScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the fields inside (the area scrolls to the one focused), not to the area.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(dialog->windowTitle());
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(dialog);
    outer->setContentsMargins(0, 0, 0, content->contentsMargins().bottom());
    outer->addWidget(scroll, 1);
    if (buttons) {
        auto *row = new QHBoxLayout;
        const QMargins m = content->contentsMargins();
        row->setContentsMargins(m.left(), 0, m.right(), 0);
        row->addWidget(buttons);
        outer->addLayout(row);
    }
}

}  // namespace

void fitInto(QWidget *window, const QSize &wanted, const QSize &room)
{
    auto *dialog = qobject_cast<QDialog *>(window);
    if (dialog && !qobject_cast<QWizard *>(dialog) && dialog->layout() &&
        !dialog->findChild<QScrollArea *>(QStringLiteral("dialogScroll"), Qt::FindDirectChildrenOnly)) {
        const QSize needed = dialog->layout()->minimumSize();
        if (needed.height() > room.height() || needed.width() > room.width())
            scrollContent(dialog);
    }
    const QSize minimum = window->minimumSizeHint().boundedTo(room);
    window->setMinimumSize(window->minimumSize().boundedTo(room));
    window->resize(wanted.boundedTo(room).expandedTo(minimum));
}

void resizeToFit(QWidget *window, const QSize &wanted)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    // The window manager adds a title bar and borders around the size given here.
    const QSize frame(16, 40);
    const QSize room = screen ? screen->availableGeometry().size() * 95 / 100 - frame : wanted;
    fitInto(window, wanted, room);
}

}  // namespace relance::ui
