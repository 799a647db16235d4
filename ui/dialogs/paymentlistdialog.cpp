#include "paymentlistdialog.h"
#include "views/columnfit.h"

#include "appcontext.h"
#include "models/paymenttablemodel.h"
#include "screenfit.h"
#include "storage/paymentrepository.h"
#include "views/tableviews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

PaymentListDialog::PaymentListDialog(AppContext &context, const QDate &month, const QString &currency, QWidget *parent)
    : QDialog(parent), m_context(context), m_currency(currency)
{
    setWindowTitle(tr("Payments received"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ &Previous month"), this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("monthTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_next = new QPushButton(tr("&Next month ▶"), this);
    m_next->setObjectName(QStringLiteral("nextMonth"));
    bar->addWidget(previous);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_next);
    layout->addLayout(bar);

    m_model = new PaymentTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("payments"));
    m_table->setAccessibleName(tr("Payments received"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    fitColumns(m_table,
               {QStringLiteral("00/00/0000"), QStringLiteral("Atelier Dupont & Fils"), QStringLiteral("100 000,00 €"),
                QStringLiteral("Direct debit"), QStringLiteral("VIR SEPA 0000000000")});
    keepColumnsFitted(m_table, PaymentTableModel::Client);
    rememberColumnWidths(m_table, QStringLiteral("payments"));
    auto *empty = new QLabel(tr("No payment received this month."), this);
    empty->setObjectName(QStringLiteral("paymentsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    auto *stack = new QStackedWidget(this);
    stack->addWidget(m_table);
    stack->addWidget(empty);
    layout->addWidget(stack, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this, stack] { stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1); });

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("paymentsTotal"));
    layout->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(PaymentTableModel::InvoiceIdRole).toLongLong())
            emit invoiceActivated(id);
    });
    connect(&context, &AppContext::dataChanged, this, [this] { showMonth(m_month); });
    resizeToFit(this, QSize(960, 460));
    showMonth(month);
}

void PaymentListDialog::showMonth(const QDate &month)
{
    m_month = QDate(month.year(), month.month(), 1);
    const QDate today = m_context.today();
    const QDate last = std::min(m_month.addMonths(1).addDays(-1), today);
    m_model->setPayments(PaymentRepository(m_context.db()).receivedBetween(m_month, last, m_currency));
    const QLocale locale;
    m_title->setText(locale.standaloneMonthName(m_month.month(), QLocale::LongFormat) + QLatin1Char(' ') +
                     QString::number(m_month.year()));
    // Nothing is received in the future.
    m_next->setEnabled(m_month.addMonths(1) <= today);
    qint64 cents = 0;
    for (const ReceivedPayment &p : m_model->payments())
        cents += p.payment.amountCents;
    m_total->setText(
        tr("%n payment(s), %1 in all (credit notes are not counted).", nullptr, int(m_model->payments().size()))
            .arg(Money(cents, m_currency).toString(locale)));
}

}  // namespace relance::ui
