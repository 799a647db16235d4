#include "invoicedialog.h"
#include "views/columnfit.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "clientcombo.h"
#include "clientdialog.h"
#include "domain/money.h"
#include "fielderrors.h"
#include "formfields.h"
#include "services/issuerservice.h"
#include "widgets/datefield.h"
#include "paymentdialog.h"
#include "rules/ratetable.h"
#include "screenfit.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/paymentrepository.h"
#include "views/agreementpanel.h"
#include "views/claimpanel.h"
#include "views/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace relance::ui {

InvoiceDialog::InvoiceDialog(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(invoiceId ? tr("Edit invoice") : tr("New invoice"));
    auto *layout = new QVBoxLayout(this);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);

    m_number = makeLineEdit(this, "number");
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("client"));
    m_issued = makeDateField(this, "issued", context.today());
    m_due = makeDateField(this, "due", context.today());
    m_hasService = new QCheckBox(tr("Service completed on:"), this);
    m_hasService->setObjectName(QStringLiteral("hasServiceDate"));
    m_service = makeDateField(this, "serviceDate", context.today());
    m_amountExcl = makeLineEdit(this, "amountExcl");
    m_amountExcl->setPlaceholderText(tr("e.g. 1 200,00"));
    m_vatRate = new QComboBox(this);
    m_vatRate->setObjectName(QStringLiteral("vatRate"));
    // Basis points: French VAT rates, and 0 for the micro-entrepreneur "TVA non applicable".
    m_vatRate->addItem(tr("20 %"), 2000);
    m_vatRate->addItem(tr("10 %"), 1000);
    m_vatRate->addItem(tr("5.5 %"), 550);
    m_vatRate->addItem(tr("2.1 %"), 210);
    m_vatRate->addItem(tr("0 % — VAT not applicable, art. 293 B of the CGI"), 0);
    m_amountIncl = makeLineEdit(this, "amountIncl");
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("CHF"), QStringLiteral("GBP"), QStringLiteral("USD")});
    m_pdf = makeLineEdit(this, "pdf");
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the invoice's PDF file"));
    m_notes = makeTextEdit(this, "notes");
    m_object = makeLineEdit(this, "object");
    m_object->setPlaceholderText(tr("What the invoice is for, printed on letters"));
    m_penaltyRate = makeLineEdit(this, "penaltyRate");
    m_penaltyRate->setPlaceholderText(tr("the client's, or the legal default"));
    m_pause = new QComboBox(this);
    m_pause->setObjectName(QStringLiteral("pause"));
    // A dispute is opened and resolved on the Agreements tab (it has a reason and an outcome);
    // here it is only shown.
    for (PauseReason r : {PauseReason::None, PauseReason::OnHold, PauseReason::Disputed})
        m_pause->addItem(pauseReasonLabel(r), pauseReasonKey(r));

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    // A first invoice often comes with its client: create it from here, no need to go back.
    auto *newClient = new QPushButton(tr("Ne&w client…"), this);
    newClient->setObjectName(QStringLiteral("newClient"));
    connect(newClient, &QPushButton::clicked, this, [this] {
        ClientDialog dialog(m_context, 0, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        fillClients();
        m_client->setCurrentIndex(std::max(0, m_client->findData(dialog.savedClientId())));
        // On to the next field, its date selected so that typing replaces it.
        m_issued->setFocus(Qt::TabFocusReason);
        m_issued->selectAll();
    });
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_client, 1);
    clientRow->addWidget(newClient);
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    form->addRow(clientLabel, clientRow);
    form->addRow(tr("Is&sued on:"), m_issued);
    form->addRow(m_hasService, m_service);
    m_service->setAccessibleName(m_hasService->text().remove(QLatin1Char('&')));
    form->addRow(tr("&Due on:"), m_due);
    // Said while typing, before Save: an issue date in the future is most often a typo.
    m_datesHint = new QLabel(this);
    m_datesHint->setObjectName(QStringLiteral("datesHint"));
    m_datesHint->setWordWrap(true);
    m_datesHint->hide();
    form->addRow(QString(), m_datesHint);
    form->addRow(tr("Amount &excl. VAT:"), m_amountExcl);
    form->addRow(tr("&VAT rate:"), m_vatRate);
    form->addRow(tr("&Amount incl. VAT:"), m_amountIncl);
    // A total typed by hand that is not the amount plus VAT: said, with the computed one a click away.
    m_totalHint = new QLabel(this);
    m_totalHint->setObjectName(QStringLiteral("totalHint"));
    m_totalHint->setWordWrap(true);
    m_totalHint->setTextFormat(Qt::RichText);
    m_totalHint->hide();
    connect(m_totalHint, &QLabel::linkActivated, this, [this] {
        m_totalEditedByHand = false;
        updateTotal();
    });
    form->addRow(QString(), m_totalHint);
    form->addRow(tr("C&urrency:"), m_currency);
    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdf);
    pdfRow->addWidget(browse);
    auto *pdfLabel = new QLabel(tr("Invoice &PDF:"), this);
    pdfLabel->setBuddy(m_pdf);  // a row holding a layout gets no buddy by itself
    form->addRow(pdfLabel, pdfRow);
    form->addRow(tr("O&bject:"), m_object);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("Late-payment ra&te (%):"), m_penaltyRate);
    form->addRow(tr("C&hasing:"), m_pause);
    tabInFormOrder(form);
    pageLayout->addLayout(form);

    if (invoiceId) {
        // What was already received, and a way to record more without leaving the invoice.
        auto *box = new QGroupBox(tr("Payments received"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_payments = new QTableWidget(0, PaymentColumnCount, box);
        m_payments->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
        m_payments->setObjectName(QStringLiteral("payments"));
        m_payments->setAccessibleName(tr("Payments received"));
        m_payments->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Method"), tr("Reference")});
        m_payments->horizontalHeader()->setStretchLastSection(true);
        m_payments->verticalHeader()->hide();
        m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_payments->setWordWrap(false);
        m_payments->setMaximumHeight(m_payments->fontMetrics().height() * 8);
        auto *row = new QHBoxLayout;
        m_paidSummary = new QLabel(box);
        m_paidSummary->setObjectName(QStringLiteral("paidSummary"));
        auto *record = new QPushButton(QIcon(QStringLiteral(":/icons/payment.svg")), tr("&Record a payment…"), box);
        record->setObjectName(QStringLiteral("recordPayment"));
        m_deletePayment = new QPushButton(tr("Delete pay&ment…"), box);
        m_deletePayment->setObjectName(QStringLiteral("deletePayment"));
        m_deletePayment->setEnabled(false);
        row->addWidget(m_paidSummary, 1);
        row->addWidget(m_deletePayment);
        row->addWidget(record);
        boxLayout->addWidget(m_payments);
        boxLayout->addLayout(row);
        pageLayout->addWidget(box);
        connect(m_payments, &QTableWidget::itemSelectionChanged, this,
                [this] { m_deletePayment->setEnabled(!m_payments->selectedItems().isEmpty()); });
        connect(m_deletePayment, &QPushButton::clicked, this, [this] { deleteSelectedPayment(); });
        connect(record, &QPushButton::clicked, this, [this] {
            PaymentDialog dialog(m_context, m_invoice.id, this);
            if (dialog.exec() == QDialog::Accepted)
                loadPayments();
        });
    }
    if (invoiceId) {
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("invoiceTabs"));
        tabs->addTab(page, tr("&Invoice"));
        m_claim = new ClaimPanel(context, invoiceId, tabs);
        tabs->addTab(m_claim, tr("Co&llection"));
        m_agreements = new AgreementPanel(context, invoiceId, tabs);
        tabs->addTab(m_agreements, tr("A&greements"));
        m_timeline = new TimelineView(context, TimelineView::Of::Invoice, invoiceId, tabs);
        tabs->addTab(m_timeline, tr("Histor&y"));
        layout->addWidget(tabs);
    } else {
        layout->addWidget(page);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    m_errors->bind(QStringLiteral("penalty_rate"), m_penaltyRate);
    m_errors->bind(QStringLiteral("number"), m_number);
    m_errors->bind(QStringLiteral("client"), m_client);
    m_errors->bind(QStringLiteral("issue_date"), m_issued);
    m_errors->bind(QStringLiteral("due_date"), m_due);
    m_errors->bind(QStringLiteral("service_date"), m_service);
    m_errors->bind(QStringLiteral("amount_excl"), m_amountExcl);
    m_errors->bind(QStringLiteral("amount_incl"), m_amountIncl);
    m_errors->bind(QStringLiteral("currency"), m_currency);

    fillClients();
    if (invoiceId) {
        if (const auto inv = InvoiceRepository(context.db()).findById(invoiceId))
            m_invoice = *inv;
    }
    const bool editing = m_invoice.id != 0;
    m_number->setText(editing ? m_invoice.number : nextInvoiceNumber(InvoiceRepository(context.db()).lastNumber()));
    m_client->setCurrentIndex(qMax(0, m_client->findData(m_invoice.clientId)));
    m_issued->setDate(editing ? m_invoice.issueDate : context.today());
    m_hasService->setChecked(m_invoice.serviceDate.isValid());
    m_service->setDate(m_invoice.serviceDate.isValid() ? m_invoice.serviceDate : m_issued->date());
    m_service->setEnabled(m_hasService->isChecked());
    m_currency->setCurrentText(m_invoice.currency);
    m_pdf->setText(m_invoice.pdfPath);
    m_notes->setPlainText(m_invoice.notes);
    m_object->setText(m_invoice.object);
    if (m_invoice.penaltyRateBasisPoints)
        m_penaltyRate->setText(rateEditText(*m_invoice.penaltyRateBasisPoints));
    m_pause->setCurrentIndex(qMax(0, m_pause->findData(pauseReasonKey(m_invoice.pause))));
    const bool disputed = m_invoice.pause == PauseReason::Disputed;
    m_pause->setEnabled(!disputed);
    if (!disputed)
        m_pause->removeItem(m_pause->findData(pauseReasonKey(PauseReason::Disputed)));
    if (editing) {
        m_due->setDate(m_invoice.dueDate);
        m_dueEditedByHand = true;
        m_amountExcl->setText(m_invoice.totalExcl().toEditText());
        m_amountIncl->setText(m_invoice.totalIncl().toEditText());
        inferVatRate();
        loadPayments();
    } else {
        updateDueDate();
        // A micro-entrepreneur under the VAT franchise invoices at 0 % ("TVA non applicable").
        if (IssuerService(context.db()).load().legalForm.contains(QLatin1String("micro"), Qt::CaseInsensitive))
            m_vatRate->setCurrentIndex(m_vatRate->findData(0));
    }

    connect(m_hasService, &QCheckBox::toggled, m_service, &QWidget::setEnabled);
    connect(m_issued, &DateField::dateChanged, this, &InvoiceDialog::updateDueDate);
    connect(m_client, &QComboBox::currentIndexChanged, this, &InvoiceDialog::updateDueDate);
    connect(m_due, &DateField::userDateChanged, this, [this] { m_dueEditedByHand = true; });
    connect(m_amountExcl, &QLineEdit::textEdited, this, &InvoiceDialog::updateTotal);
    connect(m_vatRate, &QComboBox::currentIndexChanged, this, &InvoiceDialog::updateTotal);
    connect(m_amountIncl, &QLineEdit::textEdited, this, [this] {
        m_totalEditedByHand = true;
        updateHints();
    });
    connect(m_due, &DateField::dateChanged, this, &InvoiceDialog::updateHints);
    for (DateField *field : {m_issued, m_due, m_service})
        connect(field, &QLineEdit::editingFinished, this, &InvoiceDialog::updateHints);
    connect(m_issued, &DateField::dateChanged, this, &InvoiceDialog::updateHints);
    updateHints();
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            openFileName(this, tr("Invoice PDF"), m_pdf->text(), tr("PDF files (*.pdf)"));
        if (!file.isEmpty())
            m_pdf->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvoiceDialog::reject);
    resizeToFit(this, QSize(480, sizeHint().height()));
}

InvoiceDialog::~InvoiceDialog()
{
    disconnectChildren(this);
    delete m_errors;
}

bool InvoiceDialog::deleteSelectedPayment(bool askFirst)
{
    const QList<QTableWidgetItem *> selected = m_payments ? m_payments->selectedItems() : QList<QTableWidgetItem *>();
    if (selected.isEmpty())
        return false;
    const QTableWidgetItem *date = m_payments->item(selected.first()->row(), PaymentDate);
    const qint64 paymentId = date->data(Qt::UserRole).toLongLong();
    if (askFirst &&
        QMessageBox::question(this, tr("Delete payment"),
                              tr("Delete the payment of %1 received on %2?\n\nIt is removed from every invoice it "
                                 "settles, and their balances go back up.")
                                  .arg(date->data(Qt::UserRole + 1).toString(), date->text()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    m_errors->clear();
    if (const Status removed = PaymentService(m_context.db()).remove(paymentId); !removed) {
        m_errors->show(removed.error());
        return false;
    }
    const QString amount = date->data(Qt::UserRole + 1).toString();  // the row goes with the reload
    loadPayments();
    m_context.notifyDataChanged(tr("Deleting the payment of %1").arg(amount));
    return true;
}

void InvoiceDialog::loadPayments()
{
    if (!m_payments)
        return;
    const auto stored = InvoiceRepository(m_context.db()).findById(m_invoice.id);
    if (!stored)
        return;
    const QLocale locale;
    const QList<Payment> payments = PaymentRepository(m_context.db()).forInvoice(m_invoice.id);
    m_payments->setRowCount(int(payments.size()));
    for (int row = 0; row < payments.size(); ++row) {
        const Payment &p = payments.at(row);
        qint64 share = 0;  // the part of this payment that went to this invoice
        for (const Allocation &a : p.allocations)
            if (a.invoiceId == m_invoice.id)
                share = a.amountCents;
        QString amount = Money(share, p.currency).toString(locale);
        if (share != p.amountCents)
            amount = tr("%1 of %2").arg(amount, p.amount().toString(locale));
        auto *date = new QTableWidgetItem(locale.toString(p.date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, p.id);
        date->setData(Qt::UserRole + 1, p.amount().toString(locale));
        m_payments->setItem(row, PaymentDate, date);
        m_payments->setItem(row, PaymentAmount, new QTableWidgetItem(amount));
        m_payments->setItem(row, PaymentMethod, new QTableWidgetItem(paymentMethodLabel(p.method)));
        m_payments->setItem(row, PaymentReference, new QTableWidgetItem(p.bankReference));
    }
    m_payments->resizeColumnsToContents();
    keepColumnsFitted(m_payments);
    m_paidSummary->setText(
        payments.isEmpty()
            ? tr("No payment received yet.")
            : tr("Paid %1 — balance %2").arg(stored->paid().toString(locale), stored->balance().toString(locale)));
}

void InvoiceDialog::fillClients() { fillClientCombo(m_client, m_context.db(), tr("— choose a client —")); }

void InvoiceDialog::updateDueDate()
{
    if (m_dueEditedByHand)
        return;
    int terms = 30;
    if (const auto c = ClientRepository(m_context.db()).findById(m_client->currentData().toLongLong()))
        terms = c->paymentTermsDays;
    const QSignalBlocker block(m_due);
    m_due->setDate(m_issued->date().addDays(terms));
}

void InvoiceDialog::updateTotal()
{
    if (!m_totalEditedByHand) {
        const Result<Money> excl = Money::parse(m_amountExcl->text());
        if (excl) {
            const int bp = m_vatRate->currentData().toInt();
            m_amountIncl->setText(Money::eur(excl->cents() + vatCents(excl->cents(), bp)).toEditText());
        } else {
            m_amountIncl->clear();
        }
    }
    updateHints();
}

// A stored invoice opens with the rate its amounts agree with, so that changing the amount
// excluding VAT recomputes the total; amounts that match no rate keep their total as typed.
void InvoiceDialog::inferVatRate()
{
    const qint64 excl = m_invoice.amountExclCents, incl = m_invoice.amountInclCents;
    for (int i = 0; i < m_vatRate->count(); ++i) {
        if (excl + vatCents(excl, m_vatRate->itemData(i).toInt()) == incl) {
            m_vatRate->setCurrentIndex(i);
            m_totalEditedByHand = false;
            return;
        }
    }
    m_totalEditedByHand = true;
}

void InvoiceDialog::updateHints()
{
    const QLocale locale;
    QStringList dates;
    // A text that is no date is said here too, not only by the field's red outline.
    for (const auto &[field, label] : {std::pair{m_issued, tr("Issued on")}, std::pair{m_due, tr("Due on")},
                                       std::pair{m_service, tr("Service completed on")}})
        if (field->isEnabled() && !field->error().isEmpty())
            dates << QStringLiteral("⚠ %1").arg(tr("%1: %2").arg(label, field->error()));
    if (m_issued->date().isValid() && m_issued->date() > m_context.today())
        dates << tr("⚠ The issue date is in the future (today is %1).")
                     .arg(locale.toString(m_context.today(), QLocale::LongFormat));
    if (m_issued->date().isValid() && m_due->date().isValid() && m_due->date() < m_issued->date())
        dates << tr("⚠ The due date is before the issue date.");
    m_datesHint->setText(dates.join(QLatin1Char('\n')));
    m_datesHint->setVisible(!dates.isEmpty());

    QString total;
    const Result<Money> excl = Money::parse(m_amountExcl->text());
    const Result<Money> incl = Money::parse(m_amountIncl->text());
    if (m_totalEditedByHand && excl && incl) {
        const int bp = m_vatRate->currentData().toInt();
        const Money computed = Money::eur(excl->cents() + vatCents(excl->cents(), bp));
        if (computed.cents() != incl->cents() && bp == 0)
            total = tr("⚠ %1 is not the amount excl. VAT, and no VAT applies. <a href=\"recompute\">Use %2</a>")
                        .arg(incl->toString(), computed.toString());
        else if (computed.cents() != incl->cents())
            total = tr("⚠ %1 is not the amount excl. VAT plus VAT at %2 (%3). <a href=\"recompute\">Use %3</a>")
                        .arg(incl->toString(), m_vatRate->currentText(), computed.toString());
    }
    m_totalHint->setText(total);
    m_totalHint->setVisible(!total.isEmpty());
}

bool InvoiceDialog::collect()
{
    m_invoice.number = m_number->text().trimmed();
    m_invoice.clientId = m_client->currentData().toLongLong();
    m_invoice.issueDate = m_issued->date();
    m_invoice.dueDate = m_due->date();
    m_invoice.serviceDate = m_hasService->isChecked() ? m_service->date() : QDate();
    m_invoice.currency = m_currency->currentText().trimmed().toUpper();
    m_invoice.pdfPath = m_pdf->text().trimmed();
    m_invoice.notes = m_notes->toPlainText();
    m_invoice.object = m_object->text().trimmed();
    m_invoice.pause = pauseReasonFromKey(m_pause->currentData().toString()).value_or(PauseReason::None);
    m_invoice.penaltyRateBasisPoints.reset();
    if (const QString rate = m_penaltyRate->text().trimmed(); !rate.isEmpty()) {
        m_invoice.penaltyRateBasisPoints = parseRateText(rate);
        if (!m_invoice.penaltyRateBasisPoints) {
            m_errors->show(Error(tr("\"%1\" is not a rate such as 12,5").arg(rate), QStringLiteral("penalty_rate")));
            return false;
        }
    }
    const Result<Money> incl = Money::parse(m_amountIncl->text(), m_invoice.currency);
    if (!incl) {
        m_errors->show(Error(incl.error().message, QStringLiteral("amount_incl")));
        return false;
    }
    m_invoice.amountInclCents = incl->cents();
    if (m_amountExcl->text().trimmed().isEmpty()) {
        m_invoice.amountExclCents = incl->cents();
    } else {
        const Result<Money> excl = Money::parse(m_amountExcl->text(), m_invoice.currency);
        if (!excl) {
            m_errors->show(Error(excl.error().message, QStringLiteral("amount_excl")));
            return false;
        }
        m_invoice.amountExclCents = excl->cents();
    }
    return true;
}

void InvoiceDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    if (!collect())
        return;
    const bool isNew = m_invoice.id == 0;
    if (!saveThrough(InvoiceService(m_context.db()), m_invoice, *m_errors))
        return;
    m_context.notifyDataChanged((isNew ? tr("New invoice %1") : tr("Changes to invoice %1")).arg(m_invoice.number));
    QDialog::accept();
}

}  // namespace relance::ui
