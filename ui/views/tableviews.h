#pragma once

class QAbstractItemModel;
#include <QStringList>
class QTableView;
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
// Keeps the column widths the user gives a table (QSettings "tables/<key>/widths") and gives
// them back the next time it is built.
void rememberColumnWidths(QTableView *view, const QString &key);

}  // namespace relance::ui
