#include "dashboardview.h"

#include "appcontext.h"
#include "models/invoicetablemodel.h"
#include "services/collectionservice.h"
#include "services/dashboardservice.h"
#include "severity.h"
#include "storage/invoicerepository.h"
#include "tableviews.h"
#include "widgets/barchart.h"
#include "widgets/figurecard.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

namespace {

// The invoice list of an aging bucket.
InvoiceQuery::Filter bucketFilter(AgingBucket bucket)
{
    using F = InvoiceQuery::Filter;
    switch (bucket) {
    case AgingBucket::NotYetDue: return F::NotYetDue;
    case AgingBucket::Late1To30: return F::Late1To30;
    case AgingBucket::Late31To60: return F::Late31To60;
    case AgingBucket::Late61To90: return F::Late61To90;
    case AgingBucket::LateOver90: return F::LateOver90;
    }
    return F::Overdue;
}

}  // namespace

DashboardView::DashboardView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    // Everything scrolls together on a small screen; the overdue list keeps a useful height.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes to the cards, links and lists inside
    outer->addWidget(scroll);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    using F = InvoiceQuery::Filter;
    // Two rows of five cards in one grid, so that the columns line up whatever their texts.
    auto *cards = new QGridLayout;
    int cardCount = 0;
    const auto card = [&](const QString &caption, const char *name, bool clickable) {
        auto *c = new FigureCard(caption, QString::fromLatin1(name), clickable, content);
        cards->addWidget(c, cardCount / 5, cardCount % 5);
        ++cardCount;
        return c;
    };
    m_outstanding = card(tr("Outstanding"), "outstanding", true);
    m_overdue = card(tr("Overdue"), "overdue", true);
    m_atRisk = card(tr("At risk (over 60 days late)"), "atRisk", true);
    m_collected = card(tr("Collected this month"), "collected", true);
    m_todaySteps = card(tr("To do today"), "todaySteps", true);
    // How the clients pay, and what was agreed with them.
    m_daysLate = card(tr("Days late, on average"), "averageDaysLate", false);
    m_dso = card(tr("DSO (12 months)"), "dso", false);
    m_promised = card(tr("Promised this week"), "promisedThisWeek", true);
    m_plans = card(tr("Payment plans"), "plans", true);
    m_disputed = card(tr("In dispute"), "disputed", true);
    for (int column = 0; column < 5; ++column)
        cards->setColumnStretch(column, 1);
    layout->addLayout(cards);
    m_daysLate->setToolTip(tr("How many days after their due date the invoices settled in the last 12 months were "
                              "paid, on average (0 for those paid on time)."));
    m_dso->setToolTip(tr("Days sales outstanding: what is owed today, divided by what was invoiced in the last "
                         "12 months, times 365. The lower, the faster you are paid."));
    m_collected->setToolTip(tr("Payments received since the first of the month (credit notes are not counted)."));
    connect(m_outstanding, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::Outstanding), 0); });
    connect(m_overdue, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::Overdue), 0); });
    connect(m_atRisk, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::AtRisk), 0); });
    connect(m_collected, &FigureCard::activated, this, [this] { emit paymentsRequested(m_currency); });
    connect(m_promised, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::PromisedThisWeek), 0); });
    connect(m_plans, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::InPlan), 0); });
    connect(m_disputed, &FigureCard::activated, this, [this] { emit invoicesRequested(int(F::Disputed), 0); });
    connect(m_todaySteps, &FigureCard::activated, this, &DashboardView::todayRequested);
    m_otherCurrencies = new QLabel(content);
    m_otherCurrencies->setObjectName(QStringLiteral("otherCurrencies"));
    layout->addWidget(m_otherCurrencies);
    m_clientCredit = new QLabel(content);
    m_clientCredit->setObjectName(QStringLiteral("clientCredit"));
    m_clientCredit->setWordWrap(true);
    layout->addWidget(m_clientCredit);

    // Left: how late, and who owes the most; right: invoiced against collected.
    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>How late</b>"), content));
    m_buckets = new QGridLayout;
    m_buckets->setColumnStretch(4, 1);
    left->addLayout(m_buckets);
    left->addWidget(new QLabel(tr("<b>Clients who owe the most overdue</b>"), content));
    m_topClients = new QLabel(content);
    m_topClients->setObjectName(QStringLiteral("topClients"));
    m_topClients->setTextFormat(Qt::RichText);
    m_topClients->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_topClients->setWordWrap(true);
    connect(m_topClients, &QLabel::linkActivated, this,
            [this](const QString &link) { emit invoicesRequested(int(F::Overdue), link.toLongLong()); });
    left->addWidget(m_topClients);
    left->addStretch();
    middle->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    auto *chartTitle = new QLabel(tr("<b>Invoiced and collected, last 12 months</b>"), content);
    right->addWidget(chartTitle);
    m_months = new BarChart(content);
    m_months->setObjectName(QStringLiteral("monthsChart"));
    m_months->setAccessibleName(tr("Invoiced and collected per month"));
    chartTitle->setBuddy(m_months);
    right->addWidget(m_months, 1);
    middle->addLayout(right, 1);
    layout->addLayout(middle);

    layout->addWidget(new QLabel(tr("<b>Overdue invoices</b>, most late first (double-click to open)"), content));
    m_model = new InvoiceTableModel(context, this);
    InvoiceQuery q;
    q.filter = InvoiceQuery::Filter::Overdue;
    q.sort = InvoiceQuery::Sort::DueDate;
    m_model->setQuery(q);
    m_table = makeInvoiceTable(m_model, content);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    rememberColumnWidths(m_table, QStringLiteral("dashboardOverdue"));
    // Every row here is overdue, and amount against balance shows a partial payment: the issue
    // date and the status would only push the lateness out of sight.
    m_table->hideColumn(InvoiceTableModel::IssueDate);
    m_table->hideColumn(InvoiceTableModel::Status);
    m_table->setAccessibleName(tr("Overdue invoices"));
    m_table->setMinimumHeight(220);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit invoiceActivated(index.data(InvoiceTableModel::InvoiceIdRole).toLongLong());
    });

    m_overdueEmpty = new QLabel(content);
    auto *empty = m_overdueEmpty;
    empty->setObjectName(QStringLiteral("overdueEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_overdueStack = new QStackedWidget(content);
    m_overdueStack->addWidget(m_table);
    m_overdueStack->addWidget(empty);
    layout->addWidget(m_overdueStack, 1);

    connect(&context, &AppContext::dataChanged, this, &DashboardView::refresh);
    refresh();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_topClients) {
        m_topClients->clear();  // setText() ignores a text it already shows
        refresh();
    }
}

void DashboardView::refresh()
{
    const QLocale locale;
    const DashboardSummary summary = DashboardService(m_context.db()).summary(m_context.today());
    m_title->setText(tr("Receivables on %1").arg(locale.toString(m_context.today(), QLocale::LongFormat)));
    const CurrencyTotals eur = summary.totalsFor(QStringLiteral("EUR"));
    const CurrencyTotals main = summary.isEmpty() ? eur : summary.totals.first();
    const DashboardService service(m_context.db());
    m_outstanding->setValue(main.outstanding().toString(locale), tr("%n invoice(s)", nullptr, main.outstandingCount));
    m_overdue->setValue(main.overdue().toString(locale), tr("%n invoice(s)", nullptr, main.overdueCount));
    m_currency = main.currency.isEmpty() ? QStringLiteral("EUR") : main.currency;
    const KeyFigures key = service.keyFigures(m_context.today(), m_currency);
    const auto money = [&](qint64 cents) { return Money(cents, key.currency).toString(locale); };
    m_atRisk->setValue(money(key.atRiskCents), tr("%n invoice(s)", nullptr, key.atRiskCount));
    m_collected->setValue(money(key.collectedThisMonthCents), locale.standaloneMonthName(m_context.today().month()) +
                                                                  QLatin1Char(' ') +
                                                                  QString::number(m_context.today().year()));
    const int steps = int(CollectionService(m_context.db()).agenda(m_context.today()).items.size());
    m_todaySteps->setValue(tr("%n step(s)", nullptr, steps));
    m_daysLate->setValue(key.averageDaysLate ? tr("%n day(s)", nullptr, *key.averageDaysLate) : tr("—"),
                         tr("invoices settled in 12 months"));
    if (key.dso)
        m_dso->setValue(tr("%n day(s)", nullptr, *key.dso), tr("days of sales owed"));
    else if (key.dsoLacksHistory)
        m_dso->setValue(tr("—"), tr("not enough history yet (%1 invoices over %2 days)")
                                     .arg(KeyFigures::kDsoMinimumInvoices)
                                     .arg(KeyFigures::kDsoMinimumDays));
    else
        m_dso->setValue(tr("—"), tr("nothing invoiced in 12 months"));
    const AgreementFigures agreed = service.agreements(m_context.today());
    const QString euro = QStringLiteral("EUR");
    m_promised->setValue(Money(agreed.promisedCents, euro).toString(locale),
                         tr("%n invoice(s)", nullptr, agreed.promisedThisWeek));
    m_plans->setValue(tr("%1 on track · %2 late").arg(agreed.plansOnTrack).arg(agreed.plansLate),
                      tr("%n active plan(s)", nullptr, agreed.plansOnTrack + agreed.plansLate));
    m_disputed->setValue(Money(agreed.disputedCents, euro).toString(locale),
                         tr("%n invoice(s)", nullptr, agreed.disputed));
    m_disputed->value()->setToolTip(
        tr("Balance of the disputed invoices; %1 of it is contested. They are not chased until "
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
    m_clientCredit->setText(
        tr("You owe %n client(s) %1 of credit notes worth more than they owed: use it against their next invoices "
           "or refund it (Client ▸ the client).",
           nullptr, agreed.clientsWithCredit)
            .arg(Money(agreed.clientCreditCents, euro).toString(locale)));
    m_clientCredit->setVisible(agreed.clientCreditCents > 0);

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
        // The bucket's name opens its invoices.
        auto *label = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(int(bucketFilter(bucket)))
                                     .arg(agingBucketLabel(bucket).toHtmlEscaped()));
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this,
                [this](const QString &link) { emit invoicesRequested(link.toInt(), 0); });
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
    // A new book says where to start; a book up to date says there is nothing to chase.
    m_overdueEmpty->setText(summary.isEmpty() && InvoiceRepository(m_context.db()).countAll() == 0
                                ? tr("No invoice yet. Add your unpaid invoices with Invoice ▸ New invoice (Ctrl+N), "
                                     "or File ▸ Import invoices from a CSV file (Ctrl+I).")
                                : tr("No overdue invoice: nothing to chase today."));

    QStringList clients;
    for (const ClientOverdue &c : key.topOverdue)
        clients << tr("<a href=\"%1\">%2</a> — %3, %n invoice(s), the oldest %4 days late", nullptr, c.invoices)
                       .arg(c.clientId)
                       .arg(c.name.toHtmlEscaped(), money(c.overdueCents))
                       .arg(c.oldestDaysLate);
    m_topClients->setText(clients.isEmpty() ? tr("No client owes anything overdue.")
                                            : clients.join(QStringLiteral("<br>")));

    QStringList months;
    QList<qint64> invoiced, collected;
    for (const MonthFigures &m : key.months) {
        months << locale.standaloneMonthName(m.month.month(), QLocale::ShortFormat);
        invoiced << m.invoicedCents;
        collected << m.collectedCents;
    }
    m_months->setData(months, {tr("Invoiced"), tr("Collected")}, {invoiced, collected},
                      [money](qint64 cents) { return money(cents); });
}

}  // namespace relance::ui
