#include "tableviews.h"

#include "columnfit.h"

#include "models/invoicetablemodel.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

namespace relance::ui {

void setUpListTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void fitColumns(QTableView *view, const QStringList &samples)
{
    const QFontMetrics cell = view->fontMetrics();
    QFont boldFont = view->font();
    boldFont.setBold(true);  // overdue rows may be bold
    const QFontMetrics bold(boldFont);
    const QFontMetrics header(view->horizontalHeader()->font());
    for (int column = 0; column < samples.size(); ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(bold.horizontalAdvance(samples.at(column)) + 16,
                               header.horizontalAdvance(title) + 32);  // room for the sort arrow
        view->setColumnWidth(column, width);
    }
}

void rememberColumnWidths(QTableView *view, const QString &key)
{
    // "draggedWidths": earlier versions saved resizes that were not the user's, under "widths"
    // (every resize) then "chosenWidths" (the header's own resets when the model was reset);
    // those would keep the columns from fitting their text, so they are left behind.
    const QString setting = QStringLiteral("tables/%1/draggedWidths").arg(key);
    QHeaderView *header = view->horizontalHeader();
    userIsResizing(header);  // starts watching the header for a drag
    const QStringList saved = QSettings().value(setting).toStringList();
    if (saved.size() == header->count()) {
        for (int c = 0; c < saved.size(); ++c)
            if (const int width = saved.at(c).toInt(); width > 0)
                header->resizeSection(c, width);
        markColumnWidthsChosen(view);
    }
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, header, setting](int logical) {
        // Only a drag on the header is the user's choice: the header resets its sections when
        // the model does, the fitter fits them and the last one stretches, none of which may
        // pass for a choice (kept, it would stop the columns fitting their text for good).
        if (view->property("relanceFittingColumns").toBool() || !userIsResizing(header) ||
            (header->stretchLastSection() && logical == header->count() - 1))
            return;
        QStringList widths;
        for (int c = 0; c < header->count(); ++c)
            widths << QString::number(header->sectionSize(c));
        QSettings().setValue(setting, widths);
    });
}

void keepCellWidgetsAccessible(QTableWidget *table, const QString &rowFormat, QWidget *next)
{
    // Cell widgets join the focus chain wherever reparenting put them (often after the dialog's
    // buttons), so the chain is set explicitly.
    const QPointer<QWidget> after(next);
    const auto rename = [table, rowFormat, after] {
        QWidget *previous = table;
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (QWidget *cell = table->cellWidget(row, column)) {
                    const QTableWidgetItem *header = table->horizontalHeaderItem(column);
                    cell->setAccessibleName(rowFormat.arg(header ? header->text() : QString()).arg(row + 1));
                    QWidget::setTabOrder(previous, cell);
                    previous = cell;
                }
        if (after)
            QWidget::setTabOrder(previous, after);
    };
    // Queued: a row's widgets are placed after the row is inserted.
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, rename, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, rename, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::rowsMoved, table, rename, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, rename, Qt::QueuedConnection);
    rename();
}

QTableView *makeInvoiceTable(InvoiceTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpListTable(view);
    view->setModel(model);
    view->setSortingEnabled(false);  // the model sorts in SQL when a header is clicked
    view->horizontalHeader()->setSectionsClickable(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    // Show the order the model was given, then let header clicks re-sort in SQL.
    view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->query().order);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
                     [model](int section, Qt::SortOrder order) { model->sort(section, order); });
    const QLocale locale;
    const QString date = locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const QString amount = Money::eur(12345678).toString(locale);
    fitColumns(view, {QStringLiteral("F-2026-0000"), QStringLiteral("Cabinet Durand & Associés"), date, date, amount,
                      amount, statusLabel(InvoiceStatus::PartiallyPaid), QString()});
    keepColumnsFitted(view, InvoiceTableModel::Client);
    return view;
}

}  // namespace relance::ui
