#include "dashboardview.h"

#include "appcontext.h"
#include "models/invoicetablemodel.h"
#include "services/dashboardservice.h"
#include "severity.h"
#include "tableviews.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

namespace {

// A figure with its caption, in a framed card.
QLabel *addCard(QHBoxLayout *row, const QString &caption, const QString &objectName)
{
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(caption);
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    title->setBuddy(value);
    layout->addWidget(title);
    layout->addWidget(value);
    row->addWidget(card);
    return value;
}

}  // namespace

DashboardView::DashboardView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *cards = new QHBoxLayout;
    m_outstanding = addCard(cards, tr("Outstanding"), QStringLiteral("outstanding"));
    m_overdue = addCard(cards, tr("Overdue"), QStringLiteral("overdue"));
    layout->addLayout(cards);
    // What was agreed: promises due, plans followed, disputes set apart from the chase.
    auto *agreed = new QHBoxLayout;
    m_promised = addCard(agreed, tr("Promised this week"), QStringLiteral("promisedThisWeek"));
    m_plans = addCard(agreed, tr("Payment plans"), QStringLiteral("plans"));
    m_disputed = addCard(agreed, tr("In dispute"), QStringLiteral("disputed"));
    layout->addLayout(agreed);
    m_otherCurrencies = new QLabel(this);
    m_otherCurrencies->setObjectName(QStringLiteral("otherCurrencies"));
    layout->addWidget(m_otherCurrencies);

    auto *agingTitle = new QLabel(tr("<b>How late</b>"), this);
    layout->addWidget(agingTitle);
    m_buckets = new QGridLayout;
    m_buckets->setColumnStretch(4, 1);
    layout->addLayout(m_buckets);

    layout->addWidget(new QLabel(tr("<b>Overdue invoices</b>, most late first (double-click to open)"), this));
    m_model = new InvoiceTableModel(context, this);
    InvoiceQuery q;
    q.filter = InvoiceQuery::Filter::Overdue;
    q.sort = InvoiceQuery::Sort::DueDate;
    m_model->setQuery(q);
    m_table = makeInvoiceTable(m_model, this);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    // Every row here is overdue, and amount against balance shows a partial payment: the issue
    // date and the status would only push the lateness out of sight.
    m_table->hideColumn(InvoiceTableModel::IssueDate);
    m_table->hideColumn(InvoiceTableModel::Status);
    m_table->setAccessibleName(tr("Overdue invoices"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit invoiceActivated(index.data(InvoiceTableModel::InvoiceIdRole).toLongLong());
    });

    auto *empty = new QLabel(tr("No overdue invoice: nothing to chase today."), this);
    empty->setObjectName(QStringLiteral("overdueEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    m_overdueStack = new QStackedWidget(this);
    m_overdueStack->addWidget(m_table);
    m_overdueStack->addWidget(empty);
    layout->addWidget(m_overdueStack, 1);

    connect(&context, &AppContext::dataChanged, this, &DashboardView::refresh);
    refresh();
}

void DashboardView::refresh()
{
    const QLocale locale;
    const DashboardSummary summary = DashboardService(m_context.db()).summary(m_context.today());
    m_title->setText(tr("Receivables on %1").arg(locale.toString(m_context.today(), QLocale::LongFormat)));
    const CurrencyTotals eur = summary.totalsFor(QStringLiteral("EUR"));
    const CurrencyTotals main = summary.isEmpty() ? eur : summary.totals.first();
    m_outstanding->setText(
        tr("%1 — %n invoice(s)", nullptr, main.outstandingCount).arg(main.outstanding().toString(locale)));
    m_overdue->setText(tr("%1 — %n invoice(s)", nullptr, main.overdueCount).arg(main.overdue().toString(locale)));
    const AgreementFigures agreed = DashboardService(m_context.db()).agreements(m_context.today());
    const QString euro = QStringLiteral("EUR");
    m_promised->setText(tr("%1 — %n invoice(s)", nullptr, agreed.promisedThisWeek)
                            .arg(Money(agreed.promisedCents, euro).toString(locale)));
    m_plans->setText(tr("%1 on track · %2 late").arg(agreed.plansOnTrack).arg(agreed.plansLate));
    m_disputed->setText(
        tr("%1 — %n invoice(s)", nullptr, agreed.disputed).arg(Money(agreed.disputedCents, euro).toString(locale)));
    m_disputed->setToolTip(tr("Balance of the disputed invoices; %1 of it is contested. They are not chased until "
                              "the dispute is resolved.")
                               .arg(Money(agreed.contestedCents, euro).toString(locale)));
    QStringList others;
    for (qsizetype i = 1; i < summary.totals.size(); ++i)
        others << tr("%1 outstanding, %2 overdue")
                      .arg(summary.totals.at(i).outstanding().toString(locale),
                           summary.totals.at(i).overdue().toString(locale));
    m_otherCurrencies->setText(others.isEmpty() ? QString()
                                                : tr("Other currencies: %1").arg(others.join(QStringLiteral("; "))));
    m_otherCurrencies->setVisible(!others.isEmpty());

    // Rebuild the aging rows: icon, label, amount, count and a bar scaled to the largest bucket.
    while (QLayoutItem *item = m_buckets->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qint64 largest = 1;
    for (const AgingTotal &b : main.buckets)
        largest = qMax(largest, b.cents);
    int row = 0;
    for (AgingBucket bucket : kAgingBuckets) {
        const AgingTotal &total = main.buckets[size_t(agingBucketIndex(bucket))];
        auto *icon = new QLabel;
        if (!severityIcon(bucket).isNull())
            icon->setPixmap(severityIcon(bucket).pixmap(18, 18));
        auto *label = new QLabel(agingBucketLabel(bucket));
        auto *amount = new QLabel(main.bucketAmount(bucket).toString(locale));
        amount->setObjectName(QStringLiteral("bucket_") + agingBucketKey(bucket));
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *count = new QLabel(tr("%n invoice(s)", nullptr, total.count));
        auto *bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setValue(int(total.cents * 1000 / largest));
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        bar->setAccessibleName(agingBucketLabel(bucket));
        m_buckets->addWidget(icon, row, 0);
        m_buckets->addWidget(label, row, 1);
        m_buckets->addWidget(amount, row, 2);
        m_buckets->addWidget(count, row, 3);
        m_buckets->addWidget(bar, row, 4);
        ++row;
    }
    m_overdueStack->setCurrentIndex(main.overdueCount > 0 ? 0 : 1);
}

}  // namespace relance::ui
