#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>
#include <QTreeView>

namespace relance::test {

// The cells of `view` whose text is cut ("…") although the view is wide enough for every
// column's content: "column 3, row 2: 124 jours de retard". Empty when nothing is cut, or when
// the contents are wider than the view (then something must give).
inline QStringList elidedWithRoomToSpare(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (!header || !view->model())
        return {};
    int needed = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            needed += qMax(header->sectionSizeHint(c), view->sizeHintForColumn(c));
    if (needed > view->viewport()->width())
        return {};
    QStringList cut;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c) && header->sectionSize(c) < header->sectionSizeHint(c))
            cut << QStringLiteral("header %1: %2")
                       .arg(c)
                       .arg(view->model()->headerData(c, Qt::Horizontal).toString());
    const QRect shown = view->viewport()->rect();
    auto *tree = qobject_cast<QTreeView *>(view);
    const auto below = [tree](const QModelIndex &row) {
        return tree ? tree->indexBelow(row) : row.sibling(row.row() + 1, 0);
    };
    for (QModelIndex row = view->indexAt(QPoint(1, 1)); row.isValid(); row = below(row)) {
        if (!view->visualRect(row).intersects(shown))
            break;
        for (int c = 0; c < header->count(); ++c) {
            const QModelIndex cell = row.siblingAtColumn(c);
            if (header->isSectionHidden(c) || cell.data().toString().isEmpty())
                continue;
            if (view->sizeHintForIndex(cell).width() > view->visualRect(cell).width())
                cut << QStringLiteral("column %1, row %2: %3").arg(c).arg(row.row()).arg(cell.data().toString());
        }
    }
    return cut;
}

}  // namespace relance::test
