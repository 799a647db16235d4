#include "tableviews.h"

#include "models/invoicetablemodel.h"

#include <QHeaderView>
#include <QTableView>

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

QTableView *makeInvoiceTable(InvoiceTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpListTable(view);
    view->setModel(model);
    view->setSortingEnabled(false);  // the model sorts in SQL when a header is clicked
    view->horizontalHeader()->setSectionsClickable(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
                     [model](int section, Qt::SortOrder order) { model->sort(section, order); });
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    view->setColumnWidth(InvoiceTableModel::Number, 9 * em);
    view->setColumnWidth(InvoiceTableModel::Client, 16 * em);
    view->setColumnWidth(InvoiceTableModel::IssueDate, 7 * em);
    view->setColumnWidth(InvoiceTableModel::DueDate, 7 * em);
    view->setColumnWidth(InvoiceTableModel::Amount, 9 * em);
    view->setColumnWidth(InvoiceTableModel::Balance, 9 * em);
    view->setColumnWidth(InvoiceTableModel::Status, 8 * em);
    return view;
}

}  // namespace relance::ui
