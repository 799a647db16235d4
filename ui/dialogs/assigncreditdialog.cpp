#include "assigncreditdialog.h"
#include "views/columnfit.h"

#include "appcontext.h"
#include "domain/textfold.h"
#include "screenfit.h"
#include "storage/invoicerepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relance::ui {

AssignCreditDialog::AssignCreditDialog(AppContext &context, const BankCredit &credit, const MatchProposal *proposal,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_credit(credit)
{
    setWindowTitle(tr("Split or assign a bank credit"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<b>%1</b> received on %2 from %3<br>%4")
            .arg(credit.amount().toString(), QLocale().toString(credit.date, QLocale::LongFormat),
                 credit.counterparty.isEmpty() ? tr("an unnamed payer") : credit.counterparty.toHtmlEscaped(),
                 credit.remittance.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assignSearch"));
    m_search->setPlaceholderText(tr("Search an invoice number or a client"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    // Every open invoice, unfiltered, the likeliest first (the payer's, the exact balance...).
    m_invoices = BankService(context.db()).candidates(credit, context.today());
    m_table = new QTableWidget(int(m_invoices.size()), ColumnCount, this);
    m_table->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_table->setObjectName(QStringLiteral("assignTable"));
    m_table->setAccessibleName(tr("Open invoices and the share of the credit each receives"));
    m_table->setHorizontalHeaderLabels({tr("Invoice"), tr("Client"), tr("Due"), tr("Balance"), tr("Share")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_invoices.size(); ++row) {
        const Invoice &inv = m_invoices.at(row);
        const QStringList cells{inv.number, inv.clientName, QLocale().toString(inv.dueDate, QLocale::ShortFormat),
                                inv.balance().toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (c == Balance)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        auto *share = new QTableWidgetItem;
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setToolTip(tr("The part of the credit that pays this invoice"));
        m_table->setItem(row, Share, share);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Client, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    keepColumnsFitted(m_table, Client);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assignSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the payment"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignCreditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &AssignCreditDialog::filter);
    connect(m_table, &QTableWidget::itemChanged, this, &AssignCreditDialog::updateSummary);

    if (proposal)
        for (qsizetype i = 0; i < proposal->invoiceIds.size(); ++i)
            setShare(proposal->invoiceNumbers.at(i),
                     Money(proposal->amountsCents.value(i), credit.currency).toEditText());
    updateSummary();
    resizeToFit(this, QSize(760, 520));
}

void AssignCreditDialog::setShare(const QString &invoiceNumber, const QString &text)
{
    for (int row = 0; row < m_invoices.size(); ++row)
        if (m_invoices.at(row).number == invoiceNumber)
            m_table->item(row, Share)->setText(text);
}

void AssignCreditDialog::filter(const QString &text)
{
    const QString needle = text::fold(text.simplified());
    for (int row = 0; row < m_invoices.size(); ++row) {
        const Invoice &inv = m_invoices.at(row);
        // Invoices with a share stay visible whatever the search.
        const bool shown = needle.isEmpty() || !m_table->item(row, Share)->text().trimmed().isEmpty() ||
                           text::fold(inv.number).contains(needle) || text::fold(inv.clientName).contains(needle);
        m_table->setRowHidden(row, !shown);
    }
}

Result<QList<CreditShare>> AssignCreditDialog::shares() const
{
    QList<CreditShare> result;
    qint64 total = 0;
    for (int row = 0; row < m_invoices.size(); ++row) {
        const QString text = m_table->item(row, Share)->text().trimmed();
        if (text.isEmpty())
            continue;
        const Invoice &inv = m_invoices.at(row);
        const Result<Money> amount = Money::parse(text, m_credit.currency);
        if (!amount)
            return Error(tr("%1: %2").arg(inv.number, amount.error().message), QStringLiteral("amount"));
        if (amount->cents() <= 0)
            return Error(tr("%1: the share must be greater than zero").arg(inv.number), QStringLiteral("amount"));
        result.append({inv.id, amount->cents()});
        total += amount->cents();
    }
    if (result.isEmpty())
        return Error(tr("Type the share of at least one invoice."));
    if (total > m_credit.amountCents)
        return Error(tr("The shares add up to %1, more than the %2 received.")
                         .arg(Money(total, m_credit.currency).toString(), m_credit.amount().toString()));
    return result;
}

void AssignCreditDialog::updateSummary()
{
    const Result<QList<CreditShare>> typed = shares();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(typed.ok());
    if (!typed) {
        m_summary->setText(typed.error().message);
        return;
    }
    qint64 total = 0;
    for (const CreditShare &s : *typed)
        total += s.amountCents;
    const qint64 left = m_credit.amountCents - total;
    m_summary->setText(
        left == 0 ? tr("The whole %1 is shared among %n invoice(s).", "", int(typed->size()))
                        .arg(m_credit.amount().toString())
                  : tr("%1 shared among %n invoice(s); %2 stays on the payment, unallocated.", "", int(typed->size()))
                        .arg(Money(total, m_credit.currency).toString(), Money(left, m_credit.currency).toString()));
}

void AssignCreditDialog::accept()
{
    const Result<QList<CreditShare>> typed = shares();
    if (!typed) {
        QMessageBox::warning(this, windowTitle(), typed.error().message);
        return;
    }
    const Result<qint64> id = BankService(m_context.db()).assign(m_credit.id, *typed);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.error().message);
        return;
    }
    m_paymentId = *id;
    m_context.notifyDataChanged(tr("Assigning the credit of %1").arg(m_credit.amount().toString()));
    QDialog::accept();
}

}  // namespace relance::ui
