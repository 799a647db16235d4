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
    const auto add = [&](const QString &text, const char *name, const QKeySequence &key, auto slot) {
        QAction *a = bar->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        owner->addAction(a);
        QObject::connect(a, &QAction::triggered, preview, slot);
        return a;
    };
    add(Tr::tr("Zoom out"), "zoomOut", QKeySequence::ZoomOut, [preview] { preview->zoomOut(); });
    add(Tr::tr("Zoom in"), "zoomIn", QKeySequence::ZoomIn, [preview] { preview->zoomIn(); });
    add(Tr::tr("Fit width"), "fitWidth", QKeySequence(Qt::CTRL | Qt::Key_0), [preview] { preview->fitToWidth(); });
    add(Tr::tr("Whole page"), "fitPage", QKeySequence(Qt::CTRL | Qt::Key_9), [preview] { preview->fitInView(); });
    bar->addSeparator();
    auto *page = new QLabel(bar);
    page->setObjectName(QStringLiteral("previewPage"));
    page->setContentsMargins(8, 0, 0, 0);
    const auto showPage = [preview, page] {
        page->setText(Tr::tr("Page %1 of %2").arg(preview->currentPage()).arg(preview->pageCount()));
    };
    add(Tr::tr("Previous page"), "previousPage", QKeySequence(Qt::ALT | Qt::Key_PageUp), [preview, showPage] {
        preview->setCurrentPage(preview->currentPage() - 1);
        showPage();
    });
    add(Tr::tr("Next page"), "nextPage", QKeySequence(Qt::ALT | Qt::Key_PageDown), [preview, showPage] {
        preview->setCurrentPage(preview->currentPage() + 1);
        showPage();
    });
    bar->addWidget(page);
    QObject::connect(preview, &QPrintPreviewWidget::previewChanged, page, showPage);
    return bar;
}

}  // namespace relance::ui
