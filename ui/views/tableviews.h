#pragma once

class QAbstractItemModel;
#include <QStringList>
class QTableView;
class QTableWidget;
class QWidget;

namespace relance::ui {

class InvoiceTableModel;

// The one way Relance shows invoices in a table (dashboard and list alike): row selection,
// sortable headers bound to the model's SQL sort, sensible column widths.
QTableView *makeInvoiceTable(InvoiceTableModel *model, QWidget *parent);
// The common look of every list table.
void setUpListTable(QTableView *view);
// Sizes each column to hold its header and a typical value (samples, one per column), so a
// lazily filled table gets sensible widths before any row is read.
void fitColumns(QTableView *view, const QStringList &samples);
// Keeps the column widths the user gives a table (QSettings "tables/<key>/draggedWidths", only what a drag on the header gave) and gives
// them back the next time it is built.
void rememberColumnWidths(QTableView *view, const QString &key);
// Makes the widgets placed in a grid's cells usable without a mouse: each is named after its
// column and row (`rowFormat`, e.g. "%1, step %2": the column's header, then the row's number)
// so that a screen reader says what it edits, and Tab goes from the grid through them row by row,
// then on to `next` (if given). Kept true as rows are added, moved or removed.
void keepCellWidgetsAccessible(QTableWidget *table, const QString &rowFormat, QWidget *next = nullptr);

}  // namespace relance::ui
