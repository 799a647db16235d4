#include "agreementdialogs.h"

#include "appcontext.h"
#include "fielderrors.h"
#include "formfields.h"
#include "widgets/datefield.h"
#include "letterdialog.h"
#include "planeditor.h"
#include "screenfit.h"
#include "services/agreementservice.h"
#include "services/disputeservice.h"
#include "storage/invoicerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

namespace {

// The frame every agreement dialog shares: the error banner, a heading naming the invoice, a
// form, and Save/Cancel wired to accept/reject.
struct Frame
{
    QVBoxLayout *layout;
    QFormLayout *form;
    FieldErrors *errors;
    QDialogButtonBox *buttons;
};

Frame makeFrame(QDialog *dialog, const QString &title, const QString &heading, const QString &saveText)
{
    dialog->setWindowTitle(title);
    Frame f;
    f.layout = new QVBoxLayout(dialog);
    QLabel *banner = makeErrorBanner(dialog);
    f.layout->addWidget(banner);
    f.errors = new FieldErrors(banner);
    auto *head = new QLabel(heading, dialog);
    head->setObjectName(QStringLiteral("heading"));
    head->setWordWrap(true);
    f.layout->addWidget(head);
    f.form = new QFormLayout;
    f.layout->addLayout(f.form);
    f.buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    f.buttons->button(QDialogButtonBox::Save)->setText(saveText);
    QObject::connect(f.buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(f.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return f;
}

QString headingFor(const std::optional<Invoice> &invoice)
{
    return invoice ? PlanDialog::tr("<b>%1</b> — %2 — balance %3")
                         .arg(invoice->number.toHtmlEscaped(), invoice->clientName.toHtmlEscaped(),
                              invoice->balance().toString())
                   : QString();
}

QComboBox *channelCombo(QWidget *parent, Channel selected)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("channel"));
    for (Channel c : {Channel::Phone, Channel::Email, Channel::Letter, Channel::TextMessage})
        combo->addItem(channelLabel(c), channelKey(c));
    combo->setCurrentIndex(combo->findData(channelKey(selected)));
    return combo;
}

}  // namespace

PlanDialog::PlanDialog(AppContext &context, qint64 invoiceId, QWidget *parent) : QDialog(parent), m_context(context)
{
    const auto invoice = InvoiceRepository(context.db()).findById(invoiceId);
    Frame f = makeFrame(this, tr("Payment plan"), headingFor(invoice), tr("&Agree the plan"));
    m_errors = f.errors;
    m_editor = new PlanEditor(context, invoice ? invoice->clientId : 0, {invoiceId}, this);
    f.layout->addWidget(m_editor, 1);
    m_writeLetter = new QCheckBox(tr("Then &write the schedule letter to send"), this);
    m_writeLetter->setObjectName(QStringLiteral("writeScheduleLetter"));
    m_writeLetter->setChecked(true);
    f.layout->addWidget(m_writeLetter);
    f.layout->addWidget(f.buttons);
    auto *save = f.buttons->button(QDialogButtonBox::Save);
    connect(m_editor, &PlanEditor::changed, this, [this, save] { save->setEnabled(m_editor->draft().ok()); });
    save->setEnabled(m_editor->draft().ok());
    m_errors->bind(QStringLiteral("date"), m_editor);
    resizeToFit(this, QSize(640, 620));
}

PlanDialog::~PlanDialog() { delete m_errors; }

void PlanDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    const PlanRequest request = m_editor->request();
    const Result<qint64> id = AgreementService(m_context.db()).addPlan(request, m_context.today());
    if (!id) {
        m_errors->show(id.error());
        return;
    }
    m_planId = *id;
    m_context.notifyDataChanged(tr("Agreeing a payment plan"));
    QDialog::accept();
    if (m_writeLetter->isChecked()) {
        const auto plan = AgreementService(m_context.db()).plan(m_planId, m_context.today());
        LetterDialog letter(m_context, plan->plan.invoiceIds, LetterKind::Schedule, parentWidget());
        letter.setInstalments(plan->plan.instalments, plan->plan.currency);
        letter.exec();
    }
}

SettlementDialog::SettlementDialog(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    const auto invoice = InvoiceRepository(context.db()).findById(invoiceId);
    m_clientId = invoice ? invoice->clientId : 0;
    Frame f = makeFrame(this, tr("Settlement"), headingFor(invoice), tr("&Record the settlement"));
    m_errors = f.errors;
    m_date = makeDateField(this, "date", context.today());
    m_date->setMaximumDate(context.today());
    m_agreedWith = makeLineEdit(this, "agreedWith");
    m_agreedWith->setPlaceholderText(tr("e.g. Mme Durand, accounts"));
    m_channel = channelCombo(this, Channel::Phone);
    m_hasNewDueDate = new QCheckBox(tr("New due dat&e:"), this);
    m_hasNewDueDate->setObjectName(QStringLiteral("hasNewDueDate"));
    m_newDueDate = makeDateField(this, "newDueDate", context.today(), context.today().addDays(15));
    m_newDueDate->setEnabled(false);
    m_waiveInterest = new QCheckBox(tr("Give up the late-pa&yment interest"), this);
    m_waiveInterest->setObjectName(QStringLiteral("waiveInterest"));
    m_waiveIndemnity = new QCheckBox(tr("Give up the fixed recovery i&ndemnity"), this);
    m_waiveIndemnity->setObjectName(QStringLiteral("waiveIndemnity"));
    m_restore = new QCheckBox(tr("Claim them again if the agreement is bro&ken"), this);
    m_restore->setObjectName(QStringLiteral("restoreOnBreak"));
    m_restore->setChecked(true);
    auto *discountRow = new QHBoxLayout;
    m_discount = makeLineEdit(this, "discount");
    m_discount->setPlaceholderText(tr("none"));
    m_discountUntil = makeDateField(this, "discountUntil", context.today(), context.today().addDays(8));
    auto *paidBy = new QLabel(tr("% if paid &by"), this);
    paidBy->setBuddy(m_discountUntil);
    discountRow->addWidget(m_discount);
    discountRow->addWidget(paidBy);
    discountRow->addWidget(m_discountUntil);
    auto *discountLabel = new QLabel(tr("Prompt-payment dis&count:"), this);
    discountLabel->setBuddy(m_discount);
    m_terms = makeTextEdit(this, "terms");
    m_terms->setPlaceholderText(tr("Anything else agreed, in your words"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (SettlementStatus s : {SettlementStatus::Proposed, SettlementStatus::Confirmed})
        m_status->addItem(settlementStatusLabel(s), settlementStatusKey(s));
    f.form->addRow(tr("A&greed on:"), m_date);
    f.form->addRow(tr("&With:"), m_agreedWith);
    f.form->addRow(tr("&How:"), m_channel);
    f.form->addRow(m_hasNewDueDate, m_newDueDate);
    f.form->addRow(m_waiveInterest);
    f.form->addRow(m_waiveIndemnity);
    f.form->addRow(m_restore);
    f.form->addRow(discountLabel, discountRow);
    f.form->addRow(tr("&Terms:"), m_terms);
    f.form->addRow(tr("&Status:"), m_status);
    tabInFormOrder(f.form);
    m_planBox = new QGroupBox(tr("&Paid in instalments"), this);
    m_planBox->setObjectName(QStringLiteral("withPlan"));
    m_planBox->setCheckable(true);
    m_planBox->setChecked(false);
    auto *planLayout = new QVBoxLayout(m_planBox);
    m_plan = new PlanEditor(context, m_clientId, {invoiceId}, m_planBox);
    m_plan->showAgreementFields(false);
    m_plan->setEnabled(false);
    planLayout->addWidget(m_plan);
    f.layout->addWidget(m_planBox, 1);
    m_writeLetter = new QCheckBox(tr("Then write the confirmation &letter"), this);
    m_writeLetter->setObjectName(QStringLiteral("writeConfirmation"));
    m_writeLetter->setChecked(true);
    f.layout->addWidget(m_writeLetter);
    f.layout->addWidget(f.buttons);
    for (const auto &[field, widget] :
         std::initializer_list<std::pair<const char *, QWidget *>>{{"date", m_date},
                                                                   {"new_due_date", m_newDueDate},
                                                                   {"discount", m_discount},
                                                                   {"discount_until", m_discountUntil},
                                                                   {"invoice", m_plan},
                                                                   {"instalments", m_plan},
                                                                   {"first", m_plan},
                                                                   {"count", m_plan}})
        m_errors->bind(QString::fromLatin1(field), widget);
    connect(m_hasNewDueDate, &QCheckBox::toggled, m_newDueDate, &QWidget::setEnabled);
    connect(m_planBox, &QGroupBox::toggled, m_plan, &QWidget::setEnabled);
    for (QCheckBox *c : {m_waiveInterest, m_waiveIndemnity, m_restore})
        connect(c, &QCheckBox::toggled, this, &SettlementDialog::syncPlan);
    connect(m_date, &DateField::dateChanged, this, &SettlementDialog::syncPlan);
    syncPlan();
    resizeToFit(this, QSize(640, 760));
}

SettlementDialog::~SettlementDialog()
{
    disconnectChildren(this);
    delete m_errors;
}

void SettlementDialog::syncPlan()
{
    m_plan->setAgreement(m_date->date(), m_waiveInterest->isChecked(), m_waiveIndemnity->isChecked(),
                         m_restore->isChecked());
}

Settlement SettlementDialog::settlement() const
{
    Settlement s;
    s.invoiceIds = m_plan->request().invoiceIds;
    s.date = m_date->date();
    s.agreedWith = m_agreedWith->text().trimmed();
    s.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Phone);
    if (m_hasNewDueDate->isChecked())
        s.newDueDate = m_newDueDate->date();
    s.waiveInterest = m_waiveInterest->isChecked();
    s.waiveIndemnity = m_waiveIndemnity->isChecked();
    s.restoreOnBreak = m_restore->isChecked();
    if (!m_discount->text().trimmed().isEmpty()) {
        s.discountBasisPoints = parseRateText(m_discount->text()).value_or(-1);
        s.discountUntil = m_discountUntil->date();
    }
    s.terms = m_terms->toPlainText().trimmed();
    s.status = settlementStatusFromKey(m_status->currentData().toString()).value_or(SettlementStatus::Proposed);
    return s;
}

void SettlementDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    const AgreementService service(m_context.db());
    const std::optional<PlanRequest> plan =
        m_planBox->isChecked() ? std::optional<PlanRequest>(m_plan->request()) : std::nullopt;
    const Result<qint64> id = service.addSettlement(settlement(), plan, m_context.today());
    if (!id) {
        m_errors->show(id.error());
        return;
    }
    m_settlementId = *id;
    m_context.notifyDataChanged(tr("Recording a settlement"));
    QDialog::accept();
    if (!m_writeLetter->isChecked())
        return;
    const Settlement stored = *service.settlement(m_settlementId);
    LetterDialog letter(m_context, stored.invoiceIds, LetterKind::Agreement, parentWidget());
    letter.setTerms(service.termsText(stored));
    letter.exec();
    if (!letter.producedLetters().isEmpty())
        (void)service.confirmWithLetter(m_settlementId, letter.producedLetters().last(), m_context.today());
    m_context.notifyDataChanged();
}

DisputeDialog::DisputeDialog(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_context(context), m_invoiceId(invoiceId)
{
    const auto invoice = InvoiceRepository(context.db()).findById(invoiceId);
    m_currency = invoice ? invoice->currency : QStringLiteral("EUR");
    Frame f = makeFrame(this, tr("The client disputes the invoice"), headingFor(invoice), tr("&Open the dispute"));
    m_errors = f.errors;
    m_date = makeDateField(this, "date", context.today());
    m_date->setMaximumDate(context.today());
    m_reason = makeLineEdit(this, "reason");
    m_reason->setPlaceholderText(tr("e.g. hours billed for the second week"));
    m_amount = makeLineEdit(this, "amount");
    if (invoice)
        m_amount->setText(invoice->balance().toEditText());
    m_notes = makeTextEdit(this, "notes");
    f.form->addRow(tr("&Since:"), m_date);
    f.form->addRow(tr("&What is contested:"), m_reason);
    f.form->addRow(tr("&Amount contested:"), m_amount);
    f.form->addRow(tr("&Notes:"), m_notes);
    tabInFormOrder(f.form);
    auto *hint = new QLabel(tr("The invoice leaves the agenda until the dispute is resolved."), this);
    hint->setWordWrap(true);
    f.layout->addWidget(hint);
    f.layout->addWidget(f.buttons);
    m_errors->bind(QStringLiteral("date"), m_date);
    m_errors->bind(QStringLiteral("reason"), m_reason);
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_reason->setFocus();
}

DisputeDialog::~DisputeDialog() { delete m_errors; }

void DisputeDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    Dispute d;
    d.invoiceId = m_invoiceId;
    d.openedOn = m_date->date();
    d.reason = m_reason->text();
    d.notes = m_notes->toPlainText();
    const Result<Money> amount = Money::parse(m_amount->text(), m_currency);
    if (!amount) {
        m_errors->show(Error(amount.error().message, QStringLiteral("amount")));
        return;
    }
    d.contestedCents = amount->cents();
    if (const Result<qint64> id = DisputeService(m_context.db()).open(d, m_context.today()); !id) {
        m_errors->show(id.error());
        return;
    }
    m_context.notifyDataChanged(tr("Opening a dispute"));
    QDialog::accept();
}

ResolveDisputeDialog::ResolveDisputeDialog(AppContext &context, const Dispute &dispute, QWidget *parent)
    : QDialog(parent), m_context(context), m_dispute(dispute)
{
    const auto invoice = InvoiceRepository(context.db()).findById(dispute.invoiceId);
    Frame f = makeFrame(this, tr("Resolve the dispute"),
                        headingFor(invoice) + QStringLiteral("<br/>") +
                            tr("Disputed since %1: %2 (%3)")
                                .arg(QLocale().toString(dispute.openedOn, QLocale::ShortFormat),
                                     dispute.reason.toHtmlEscaped(), dispute.contested().toString()),
                        tr("&Resolve"));
    m_errors = f.errors;
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    for (DisputeResolution r : {DisputeResolution::Upheld, DisputeResolution::Credited, DisputeResolution::Paid})
        m_resolution->addItem(disputeResolutionLabel(r), disputeResolutionKey(r));
    m_date = makeDateField(this, "date", context.today());
    m_date->setMaximumDate(context.today());
    m_creditRow = new QWidget(this);
    auto *credit = new QFormLayout(m_creditRow);
    credit->setContentsMargins(0, 0, 0, 0);
    m_credit = makeLineEdit(this, "credit");
    m_credit->setText(dispute.contested().toEditText());
    m_creditNumber = makeLineEdit(this, "creditNumber");
    m_creditNumber->setPlaceholderText(tr("e.g. AV-2026-004"));
    credit->addRow(tr("Credit note &amount:"), m_credit);
    credit->addRow(tr("Credit note n&umber:"), m_creditNumber);
    m_notes = makeTextEdit(this, "notes");
    f.form->addRow(tr("&Outcome:"), m_resolution);
    f.form->addRow(tr("&Date:"), m_date);
    f.form->addRow(m_creditRow);
    f.form->addRow(tr("&Notes:"), m_notes);
    tabInFormOrder(f.form);
    f.layout->addWidget(f.buttons);
    m_errors->bind(QStringLiteral("date"), m_date);
    m_errors->bind(QStringLiteral("amount"), m_credit);
    const auto showCredit = [this] {
        m_creditRow->setVisible(m_resolution->currentData().toString() == QLatin1String("credited"));
    };
    connect(m_resolution, &QComboBox::currentIndexChanged, this, showCredit);
    showCredit();
}

ResolveDisputeDialog::~ResolveDisputeDialog() { delete m_errors; }

void ResolveDisputeDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    const DisputeResolution resolution =
        disputeResolutionFromKey(m_resolution->currentData().toString()).value_or(DisputeResolution::Upheld);
    qint64 credit = 0;
    if (resolution == DisputeResolution::Credited) {
        const Result<Money> amount = Money::parse(m_credit->text(), m_dispute.currency);
        if (!amount) {
            m_errors->show(Error(amount.error().message, QStringLiteral("amount")));
            return;
        }
        credit = amount->cents();
    }
    if (Status s = DisputeService(m_context.db())
                       .resolve(m_dispute.id, resolution, m_date->date(), m_notes->toPlainText(), m_context.today(),
                                credit, m_creditNumber->text());
        !s) {
        m_errors->show(s.error());
        return;
    }
    m_context.notifyDataChanged(tr("Resolving a dispute"));
    QDialog::accept();
}

PromiseDialog::PromiseDialog(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_context(context), m_invoiceId(invoiceId)
{
    const auto invoice = InvoiceRepository(context.db()).findById(invoiceId);
    m_currency = invoice ? invoice->currency : QStringLiteral("EUR");
    Frame f = makeFrame(this, tr("Promise to pay"), headingFor(invoice), tr("&Record the promise"));
    m_errors = f.errors;
    m_madeOn = makeDateField(this, "madeOn", context.today());
    m_madeOn->setMaximumDate(context.today());
    m_by = makeDateField(this, "promisedDate", context.today(), context.today().addDays(7));
    m_amount = makeLineEdit(this, "amount");
    m_amount->setPlaceholderText(tr("the whole balance"));
    m_channel = channelCombo(this, Channel::Phone);
    m_notes = makeTextEdit(this, "notes");
    f.form->addRow(tr("&Will pay by:"), m_by);
    f.form->addRow(tr("&Amount:"), m_amount);
    f.form->addRow(tr("Promised &on:"), m_madeOn);
    f.form->addRow(tr("&How:"), m_channel);
    f.form->addRow(tr("&Notes:"), m_notes);
    tabInFormOrder(f.form);
    auto *hint = new QLabel(tr("Chasing waits until the day after the promised date; if the invoice is still unpaid "
                               "then, the agenda flags the missed promise."),
                            this);
    hint->setWordWrap(true);
    f.layout->addWidget(hint);
    f.layout->addWidget(f.buttons);
    m_errors->bind(QStringLiteral("date"), m_madeOn);
    m_errors->bind(QStringLiteral("promised_date"), m_by);
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_by->setFocus();
}

PromiseDialog::~PromiseDialog() { delete m_errors; }

void PromiseDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    PaymentPromise p;
    p.invoiceId = m_invoiceId;
    p.madeOn = m_madeOn->date();
    p.promisedDate = m_by->date();
    p.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Phone);
    p.notes = m_notes->toPlainText().trimmed();
    if (!m_amount->text().trimmed().isEmpty()) {
        const Result<Money> amount = Money::parse(m_amount->text(), m_currency);
        if (!amount) {
            m_errors->show(Error(amount.error().message, QStringLiteral("amount")));
            return;
        }
        p.amountCents = amount->cents();
    }
    if (const Result<qint64> id = DisputeService(m_context.db()).promise(p, m_context.today()); !id) {
        m_errors->show(id.error());
        return;
    }
    m_context.notifyDataChanged(tr("Recording a promise to pay"));
    QDialog::accept();
}

AcknowledgementDialog::AcknowledgementDialog(AppContext &context, const QList<qint64> &invoiceIds, QWidget *parent)
    : QDialog(parent), m_context(context), m_invoiceIds(invoiceIds)
{
    const InvoiceRepository invoices(context.db());
    QStringList numbers;
    std::optional<Invoice> first;
    for (qint64 id : invoiceIds)
        if (const auto invoice = invoices.findById(id)) {
            numbers << invoice->number.toHtmlEscaped();
            if (!first)
                first = invoice;
        }
    Frame f = makeFrame(this, tr("Signed acknowledgement of the debt"),
                        invoiceIds.size() > 1 ? tr("<b>%1</b> — %2").arg(numbers.join(QStringLiteral(", ")),
                                                                       first ? first->clientName.toHtmlEscaped()
                                                                             : QString())
                                              : headingFor(first),
                        tr("&Record the signature"));
    m_errors = f.errors;
    m_signedOn = makeDateField(this, "signedOn", context.today());
    m_signedOn->setMaximumDate(context.today());
    f.form->addRow(tr("&Signed on:"), m_signedOn);
    auto *hint = new QLabel(tr("Record it when the client returns the letter signed \"Bon pour accord, reconnaissance de "
                               "dette\" (or any signed writing that admits the debt). Keep the signed paper: the "
                               "limitation period restarts from the day of the signature, and the Collection tab "
                               "counts from it."),
                            this);
    hint->setWordWrap(true);
    f.layout->addWidget(hint);
    f.layout->addWidget(f.buttons);
    m_errors->bind(QStringLiteral("date"), m_signedOn);
    m_signedOn->setFocus();
}

AcknowledgementDialog::~AcknowledgementDialog() { delete m_errors; }

void AcknowledgementDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    if (Status s = AgreementService(m_context.db()).recordAcknowledgement(m_invoiceIds, m_signedOn->date(),
                                                                          m_context.today());
        !s) {
        m_errors->show(s.error());
        return;
    }
    m_context.notifyDataChanged(tr("Recording a signed acknowledgement"));
    QDialog::accept();
}

}  // namespace relance::ui
