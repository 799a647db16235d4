#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace relance::ui {

class InvoiceTableModel;

// The one way Relance shows invoices in a table (dashboard and list alike): row selection,
// sortable headers bound to the model's SQL sort, sensible column widths.
QTableView *makeInvoiceTable(InvoiceTableModel *model, QWidget *parent);
// The common look of every list table.
void setUpListTable(QTableView *view);

}  // namespace relance::ui
