#include "columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPointer>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace relance::ui {

namespace {

const char *kFitting = "relanceFittingColumns";
const char *kUserWidths = "relanceUserColumnWidths";

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// Notes on the header whether the user is dragging a section's edge: a button pressed on the
// grip between two sections, until it is released (a click to sort is not a resize, though the
// sort resets the model and with it the sections).
class DragWatcher : public QObject
{
public:
    explicit DragWatcher(QHeaderView *header) : QObject(header), m_header(header)
    {
        setObjectName(QString::fromLatin1(kName));
        header->viewport()->installEventFilter(this);
    }
    static constexpr const char *kName = "relanceDragWatcher";
    bool dragging = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress)
            dragging = onGrip(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::MouseButtonRelease)
            dragging = false;
        return false;
    }

private:
    bool onGrip(const QPoint &pos) const
    {
        const int at = m_header->orientation() == Qt::Horizontal ? pos.x() : pos.y();
        const int margin = m_header->style()->pixelMetric(QStyle::PM_HeaderGripMargin, nullptr, m_header);
        const int section = m_header->logicalIndexAt(at);
        if (section < 0)
            return false;
        const int start = m_header->sectionViewportPosition(section);
        const int end = start + m_header->sectionSize(section);
        return at - start < margin || end - at <= margin;
    }

    QHeaderView *m_header;
};

// Fits on show and after the rows change; shows an elided cell's text as its tooltip.
class ColumnFitter : public QObject
{
public:
    ColumnFitter(QAbstractItemView *view, int elastic) : QObject(view), m_view(view), m_elastic(elastic)
    {
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        QHeaderView *header = headerOf(view);
        userIsResizing(header);  // starts watching the header for a drag
        // Only a drag on the header is the user's choice: the stretched last section and the
        // program resize columns too.
        connect(header, &QHeaderView::sectionResized, this, [view, header] {
            if (!view->property(kFitting).toBool() && userIsResizing(header))
                view->setProperty(kUserWidths, true);
        });
        watch(view->model());
    }

    void watch(QAbstractItemModel *model)
    {
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::later);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::later);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::later);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == static_cast<QObject *>(m_view) && event->type() == QEvent::Show) {
            // At once, so that the first paint (or a screenshot) has the right widths; and once
            // more when the layout has settled.
            if (!m_view->property(kUserWidths).toBool())
                fitColumnsToContents(m_view, m_elastic);
            later();
        }
        if (event->type() == QEvent::ToolTip && watched == static_cast<QObject *>(m_view->viewport()))
            return showElided(static_cast<QHelpEvent *>(event));
        return false;
    }

private:
    void later()
    {
        if (!m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                if (m_view->isVisible() && !m_view->property(kUserWidths).toBool())
                    fitColumnsToContents(m_view, m_elastic);
            });
        }
    }

    bool showElided(QHelpEvent *help)
    {
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false;  // the model's own tooltip
        const QRect cell = m_view->visualRect(index);
        if (m_view->sizeHintForIndex(index).width() <= cell.width())
            return false;
        QToolTip::showText(help->globalPos(), index.data().toString(), m_view->viewport(), cell);
        return true;
    }

    // Raw: the fitter is the view's child and dies with it (a QPointer read while the view is
    // being destroyed is a downcast of a half-destroyed object).
    QAbstractItemView *m_view;
    int m_elastic;
    bool m_pending = false;
};

}  // namespace

void fitColumnsToContents(QAbstractItemView *view, int elastic)
{
    QHeaderView *header = headerOf(view);
    if (!header || !view->model())
        return;
    const int count = header->count();
    QList<int> need(count, 0);
    int total = 0, last = -1;
    for (int c = 0; c < count; ++c) {
        if (header->isSectionHidden(c))
            continue;
        need[c] = qMax(header->sectionSizeHint(c), view->sizeHintForColumn(c));
        total += need.at(c);
        last = c;
    }
    const int room = view->viewport()->width();
    // The elastic column gives way first, down to about 18 characters (a name stays readable);
    // what is still too wide is cut from the stretched last column, its text in a tooltip.
    if (total > room && elastic >= 0 && elastic < count) {
        const int floor = qMax(header->sectionSizeHint(elastic), view->fontMetrics().averageCharWidth() * 18);
        need[elastic] = qMin(need.at(elastic), qMax(floor, need.at(elastic) - (total - room)));
    }
    view->setProperty(kFitting, true);
    for (int c = 0; c < count; ++c)
        if (!header->isSectionHidden(c) && !(c == last && header->stretchLastSection()))
            header->resizeSection(c, need.at(c));
    view->setProperty(kFitting, false);
}

void keepColumnsFitted(QAbstractItemView *view, int elastic)
{
    if (view->property("relanceColumnFitter").toBool())
        return;
    view->setProperty("relanceColumnFitter", true);
    new ColumnFitter(view, elastic);
}

bool userIsResizing(QHeaderView *header)
{
    // By name: without Q_OBJECT, findChild<DragWatcher *> would take any child for one.
    auto *watcher = dynamic_cast<DragWatcher *>(
        header->findChild<QObject *>(QString::fromLatin1(DragWatcher::kName), Qt::FindDirectChildrenOnly));
    if (!watcher)
        watcher = new DragWatcher(header);
    return watcher->dragging;
}

void markColumnWidthsChosen(QAbstractItemView *view) { view->setProperty(kUserWidths, true); }

}  // namespace relance::ui
