#include "paymentdialog.h"

#include "appcontext.h"
#include "clientcombo.h"
#include "fielderrors.h"
#include "formfields.h"
#include "widgets/datefield.h"
#include "rules/allocation.h"
#include "screenfit.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relance::ui {

PaymentDialog::PaymentDialog(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_context(context), m_startInvoiceId(invoiceId)
{
    setWindowTitle(tr("Record a payment"));
    auto *layout = new QVBoxLayout(this);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("client"));
    fillClientCombo(m_client, context.db(), tr("— choose a client —"));
    m_date = makeDateField(this, "date", context.today());
    m_date->setDate(context.today());
    m_amount = makeLineEdit(this, "amount");
    m_amount->setPlaceholderText(tr("e.g. 1 200,00"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString &key : paymentMethodKeys())
        m_method->addItem(paymentMethodLabel(key), key);
    m_reference = makeLineEdit(this, "reference");
    m_reference->setPlaceholderText(tr("bank reference or remittance text"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Received &on:"), m_date);
    form->addRow(tr("&Amount received:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    layout->addLayout(form);

    auto *tableLabel = new QLabel(tr("&Settles these invoices (oldest first; change a share if needed):"), this);
    m_invoices = new QTableWidget(0, ColumnCount, this);
    m_invoices->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_invoices->setObjectName(QStringLiteral("invoices"));
    tableLabel->setBuddy(m_invoices);
    m_invoices->setAccessibleName(tr("Invoices this payment settles"));
    m_invoices->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Balance"), tr("Share of this payment")});
    m_invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_invoices->verticalHeader()->hide();
    m_invoices->setSelectionMode(QAbstractItemView::NoSelection);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("invoicesHint"));
    layout->addWidget(tableLabel);
    layout->addWidget(m_hint);
    layout->addWidget(m_invoices);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    m_errors->bind(QStringLiteral("date"), m_date);
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_errors->bind(QStringLiteral("method"), m_method);
    m_errors->bind(QStringLiteral("allocations"), m_invoices);
    m_errors->bind(QStringLiteral("invoice"), m_invoices);
    m_errors->bind(QStringLiteral("currency"), m_invoices);

    if (invoiceId) {
        if (const auto inv = InvoiceRepository(context.db()).findById(invoiceId)) {
            m_client->setCurrentIndex(qMax(0, m_client->findData(inv->clientId)));
            if (inv->balance().cents() > 0)
                m_amount->setText(inv->balance().toEditText());
        }
    }
    // Only one client owes anything: the payment is theirs, most likely.
    if (!invoiceId)
        if (const QList<qint64> owing = InvoiceRepository(context.db()).clientsOwing(2); owing.size() == 1)
            m_client->setCurrentIndex(qMax(0, m_client->findData(owing.first())));
    loadInvoices();
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        m_sharesEditedByHand = false;
        loadInvoices();
    });
    connect(m_amount, &QLineEdit::textEdited, this, &PaymentDialog::spreadAmount);
    connect(m_invoices, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Share)
            m_sharesEditedByHand = true;
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    resizeToFit(this, QSize(620, 480));
}

PaymentDialog::~PaymentDialog() { delete m_errors; }

void PaymentDialog::loadInvoices()
{
    m_open.clear();
    const qint64 clientId = m_client->currentData().toLongLong();
    if (clientId > 0) {
        InvoiceQuery q;
        q.filter = InvoiceQuery::Filter::Outstanding;
        q.clientId = clientId;
        q.sort = InvoiceQuery::Sort::DueDate;
        m_open = InvoiceRepository(m_context.db()).page(q, std::nullopt, 1000).rows;
        // The invoice the user started from comes first: the payment is meant for it.
        for (qsizetype i = 0; i < m_open.size(); ++i)
            if (m_open.at(i).id == m_startInvoiceId)
                m_open.move(i, 0);
    }
    if (clientId <= 0)
        m_hint->setText(tr("Choose the client who paid to see the invoices they owe."));
    else if (m_open.isEmpty())
        m_hint->setText(tr("This client owes nothing: every invoice is paid."));
    m_hint->setVisible(m_open.isEmpty());
    const QSignalBlocker block(m_invoices);
    m_invoices->setRowCount(int(m_open.size()));
    for (int row = 0; row < m_open.size(); ++row) {
        const Invoice &inv = m_open.at(row);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            return item;
        };
        m_invoices->setItem(row, Number, readOnly(inv.number));
        m_invoices->setItem(row, Due, readOnly(QLocale().toString(inv.dueDate, QLocale::ShortFormat)));
        m_invoices->setItem(row, Balance, readOnly(inv.balance().toString()));
        m_invoices->setItem(row, Share, new QTableWidgetItem);
    }
    spreadAmount();
}

void PaymentDialog::spreadAmount()
{
    if (m_sharesEditedByHand)
        return;
    const Result<Money> amount = Money::parse(m_amount->text());
    QList<qint64> balances;
    for (const Invoice &inv : m_open)
        balances << inv.balance().cents();
    const QList<qint64> shares = allocateInOrder(amount ? amount->cents() : 0, balances);
    const QSignalBlocker block(m_invoices);
    for (int row = 0; row < shares.size(); ++row)
        m_invoices->item(row, Share)->setText(shares.at(row) > 0 ? Money::eur(shares.at(row)).toEditText() : QString());
}

void PaymentDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    if (m_client->currentData().toLongLong() <= 0) {
        m_errors->bind(QStringLiteral("client"), m_client);
        m_errors->show(Error(tr("choose the client who paid"), QStringLiteral("client")));
        return;
    }
    Payment payment;
    payment.currency = m_open.isEmpty() ? QStringLiteral("EUR") : m_open.first().currency;
    payment.date = m_date->date();
    const Result<Money> amount = Money::parse(m_amount->text(), payment.currency);
    if (!amount) {
        m_errors->show(Error(amount.error().message, QStringLiteral("amount")));
        return;
    }
    payment.amountCents = amount->cents();
    payment.method = m_method->currentData().toString();
    payment.bankReference = m_reference->text().trimmed();
    for (int row = 0; row < m_open.size(); ++row) {
        const QString text = m_invoices->item(row, Share)->text().trimmed();
        if (text.isEmpty())
            continue;
        const Result<Money> share = Money::parse(text, payment.currency);
        if (!share) {
            m_errors->show(Error(tr("invoice %1: %2").arg(m_open.at(row).number, share.error().message),
                                 QStringLiteral("allocations")));
            return;
        }
        if (share->cents() != 0)
            payment.allocations << Allocation{m_open.at(row).id, m_open.at(row).number, share->cents()};
    }
    if (const Result<qint64> id = PaymentService(m_context.db()).record(payment); !id) {
        m_errors->show(id.error());
        return;
    }
    m_context.notifyDataChanged(tr("Payment of %1").arg(payment.amount().toString()));
    QDialog::accept();
}

}  // namespace relance::ui
