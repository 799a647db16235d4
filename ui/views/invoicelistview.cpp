#include "invoicelistview.h"

#include "appcontext.h"
#include "clientcombo.h"
#include "models/invoicetablemodel.h"
#include "storage/clientrepository.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relance::ui {

InvoiceListView::InvoiceListView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setPlaceholderText(tr("Search a number, a client or an amount (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search invoices"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    using F = InvoiceQuery::Filter;
    m_status->addItem(tr("All invoices"), int(F::All));
    m_status->addItem(tr("Outstanding"), int(F::Outstanding));
    m_status->addItem(tr("Overdue"), int(F::Overdue));
    m_status->addItem(tr("Not yet due"), int(F::NotYetDue));
    m_status->addItem(tr("Partly paid"), int(F::PartlyPaid));
    m_status->addItem(tr("Paid"), int(F::Paid));
    m_status->insertSeparator(m_status->count());
    m_status->addItem(tr("1–30 days late"), int(F::Late1To30));
    m_status->addItem(tr("31–60 days late"), int(F::Late31To60));
    m_status->addItem(tr("61–90 days late"), int(F::Late61To90));
    m_status->addItem(tr("Over 90 days late"), int(F::LateOver90));
    m_status->addItem(tr("At risk (over 60 days late)"), int(F::AtRisk));
    m_status->insertSeparator(m_status->count());
    m_status->addItem(tr("Promised this week"), int(F::PromisedThisWeek));
    m_status->addItem(tr("In a payment plan"), int(F::InPlan));
    m_status->addItem(tr("In dispute"), int(F::Disputed));
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_client->setAccessibleName(tr("Client filter"));
    m_client->setMinimumContentsLength(18);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("invoiceCount"));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_client, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new InvoiceTableModel(context, this);
    InvoiceQuery q;
    q.sort = InvoiceQuery::Sort::IssueDate;
    q.order = Qt::DescendingOrder;
    m_model->setQuery(q);
    m_table = makeInvoiceTable(m_model, this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    rememberColumnWidths(m_table, QStringLiteral("invoices"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("invoiceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    // Search as you type, but only once typing pauses: no query per keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InvoiceListView::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &InvoiceListView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoiceListView::applyFilters);
    connect(m_client, &QComboBox::currentIndexChanged, this, &InvoiceListView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceListView::updateCount);
    connect(&context, &AppContext::dataChanged, this, &InvoiceListView::fillClients);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit invoiceActivated(index.data(InvoiceTableModel::InvoiceIdRole).toLongLong());
    });
    fillClients();
    updateCount();
}

void InvoiceListView::fillClients() { fillClientCombo(m_client, m_context.db(), tr("All clients")); }

void InvoiceListView::applyFilters()
{
    m_searchDelay->stop();
    InvoiceQuery q = m_model->query();
    q.search = m_search->text();
    q.filter = InvoiceQuery::Filter(m_status->currentData().toInt());
    q.clientId = m_client->currentData().toLongLong();
    m_model->setQuery(q);
}

void InvoiceListView::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(tr("%n invoice(s)", nullptr, total));
    const InvoiceQuery q = m_model->query();
    const bool filtered = !q.search.trimmed().isEmpty() || q.filter != InvoiceQuery::Filter::All || q.clientId != 0;
    m_empty->setText(filtered ? tr("No invoice matches this search or filter.")
                              : tr("No invoice yet.\nAdd your first one with Invoice ▸ New invoice (Ctrl+N)."));
    m_stack->setCurrentIndex(total > 0 ? 0 : 1);
}

qint64 InvoiceListView::currentInvoiceId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(InvoiceTableModel::InvoiceIdRole).toLongLong() : 0;
}

void InvoiceListView::showFiltered(int filter, qint64 clientId)
{
    {
        const QSignalBlocker blockSearch(m_search), blockStatus(m_status), blockClient(m_client);
        m_search->clear();
        m_status->setCurrentIndex(std::max(0, m_status->findData(filter)));
        m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
    }
    applyFilters();
}

void InvoiceListView::searchFor(const QString &text)
{
    showFiltered(int(InvoiceQuery::Filter::All));
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    applyFilters();
}

void InvoiceListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

}  // namespace relance::ui
