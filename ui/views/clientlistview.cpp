#include "clientlistview.h"
#include "columnfit.h"

#include "models/clienttablemodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

ClientListView::ClientListView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search a name, a city or an e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_sheet = new QPushButton(tr("Client &sheet…"), this);
    m_sheet->setObjectName(QStringLiteral("clientSheet"));
    m_sheet->setToolTip(tr("The selected client's invoices, payments, letters, agreements, contact and history, "
                           "and its statement of account (or double-click the client)."));
    m_sheet->setEnabled(false);
    top->addWidget(m_search, 1);
    top->addWidget(m_sheet);
    layout->addLayout(top);
    m_model = new ClientTableModel(context, this);
    m_model->reload();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("Clients"));
    setUpListTable(m_table);
    m_table->setModel(m_model);
    fitColumns(m_table, {QStringLiteral("Cabinet Durand & Associés"),
                         QStringLiteral("Professionnel"),  // the widest label, French or English
                         QStringLiteral("Gevrey-Chambertin"), QStringLiteral("comptabilite@transports-lefevre.fr"),
                         QStringLiteral("+33 6 12 34 56 78"), QString()});
    keepColumnsFitted(m_table, ClientTableModel::Name);
    rememberColumnWidths(m_table, QStringLiteral("clients"));
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("clientEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_search, &QLineEdit::textChanged, m_model, &ClientTableModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListView::updateEmptyState);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit clientActivated(index.data(ClientTableModel::ClientIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_sheet->setEnabled(current.isValid()); });
    connect(m_sheet, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit clientActivated(current.data(ClientTableModel::ClientIdRole).toLongLong());
    });
    updateEmptyState();
}

void ClientListView::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    m_empty->setText(m_search->text().isEmpty() ? tr("No client yet.\nAdd one with Client ▸ New client (Ctrl+Shift+N).")
                                                : tr("No client matches this search."));
    m_stack->setCurrentIndex(none ? 1 : 0);
}

void ClientListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

}  // namespace relance::ui
