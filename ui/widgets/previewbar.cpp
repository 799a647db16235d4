#include "previewbar.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QToolBar>

namespace relance::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreviewBar)
};
}  // namespace

QToolBar *makePreviewBar(QPrintPreviewWidget *preview, QWidget *owner)
{
    auto *bar = new QToolBar(owner);
    bar->setObjectName(QStringLiteral("previewBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short labels on the buttons (beside a letter's form, the bar has about 650 pixels: the full
    // words pushed the page number out of sight); the full words are the tooltip and what a
    // screen reader says.
    const auto add = [&](const QString &text, const QString &label, const char *name, const QKeySequence &key,
                         auto slot) {
        QAction *a = bar->addAction(text);
        a->setIconText(label);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        owner->addAction(a);
        QObject::connect(a, &QAction::triggered, preview, slot);
        if (QWidget *button = bar->widgetForAction(a))
            button->setAccessibleName(text);
        return a;
    };
    add(Tr::tr("Zoom out"), Tr::tr("Zoom −", "short, on a button"), "zoomOut", QKeySequence::ZoomOut,
        [preview] { preview->zoomOut(); });
    add(Tr::tr("Zoom in"), Tr::tr("Zoom +", "short, on a button"), "zoomIn", QKeySequence::ZoomIn,
        [preview] { preview->zoomIn(); });
    add(Tr::tr("Fit width"), Tr::tr("Fit width"), "fitWidth", QKeySequence(Qt::CTRL | Qt::Key_0),
        [preview] { preview->fitToWidth(); });
    add(Tr::tr("Whole page"), Tr::tr("Whole page"), "fitPage", QKeySequence(Qt::CTRL | Qt::Key_9),
        [preview] { preview->fitInView(); });
    bar->addSeparator();
    auto *page = new QLabel(bar);
    page->setObjectName(QStringLiteral("previewPage"));
    page->setContentsMargins(8, 0, 0, 0);
    const auto showPage = [preview, page] {
        page->setText(Tr::tr("Page %1 of %2").arg(preview->currentPage()).arg(preview->pageCount()));
    };
    add(Tr::tr("Previous page"), QStringLiteral("\u25c0"), "previousPage", QKeySequence(Qt::ALT | Qt::Key_PageUp),
        [preview, showPage] {
            preview->setCurrentPage(preview->currentPage() - 1);
            showPage();
        });
    add(Tr::tr("Next page"), QStringLiteral("\u25b6"), "nextPage", QKeySequence(Qt::ALT | Qt::Key_PageDown),
        [preview, showPage] {
            preview->setCurrentPage(preview->currentPage() + 1);
            showPage();
        });
    bar->addWidget(page);
    QObject::connect(preview, &QPrintPreviewWidget::previewChanged, page, showPage);
    return bar;
}

}  // namespace relance::ui
