#include "actiondialog.h"

#include "appcontext.h"
#include "fielderrors.h"
#include "formfields.h"
#include "widgets/datefield.h"
#include "services/collectionservice.h"
#include "storage/invoicerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

ActionDialog::ActionDialog(AppContext &context, qint64 invoiceId, const LadderStep *step, QWidget *parent)
    : QDialog(parent), m_context(context), m_invoiceId(invoiceId), m_fulfilsStep(step != nullptr)
{
    const auto invoice = InvoiceRepository(context.db()).findById(invoiceId);
    const QString what = invoice ? tr("invoice %1, %2").arg(invoice->number, invoice->clientName) : QString();
    if (!step)
        setWindowTitle(tr("Add a note"));
    else if (step->channel == Channel::Phone)
        setWindowTitle(tr("Log the call"));
    else
        setWindowTitle(tr("Mark as done"));
    auto *layout = new QVBoxLayout(this);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);
    auto *heading =
        new QLabel(step ? tr("<b>%1</b> — %2").arg(step->displayName().toHtmlEscaped(), what.toHtmlEscaped())
                        : what.toHtmlEscaped(),
                   this);
    heading->setObjectName(QStringLiteral("heading"));
    layout->addWidget(heading);

    m_date = makeDateField(this, "date", context.today());
    m_date->setDate(context.today());
    m_date->setMaximumDate(context.today());
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), channelKey(c));
    if (step)
        m_channel->setCurrentIndex(m_channel->findData(channelKey(step->channel)));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (Outcome o : {Outcome::Done, Outcome::NoAnswer, Outcome::Promised, Outcome::Disputed})
        m_outcome->addItem(outcomeLabel(o), outcomeKey(o));
    m_promised = makeDateField(this, "promisedDate", context.today());
    m_promised->setDate(context.today().addDays(7));
    m_promisedLabel = new QLabel(tr("&Will pay by:"), this);
    m_promisedLabel->setBuddy(m_promised);
    m_notes = makeTextEdit(this, "notes");
    m_notes->setPlaceholderText(tr("What was said or sent, for the file"));

    m_registeredBox = new QWidget(this);
    auto *registered = new QFormLayout(m_registeredBox);
    registered->setContentsMargins(0, 0, 0, 0);
    m_tracking = makeLineEdit(this, "tracking");
    m_tracking->setPlaceholderText(tr("e.g. 1A 123 456 7890 1"));
    m_received = new QCheckBox(tr("Already &received on:"), this);
    m_received->setObjectName(QStringLiteral("received"));
    m_receiptDate = makeDateField(this, "receiptDate", context.today());
    m_receiptDate->setDate(context.today());
    m_receiptDate->setMaximumDate(context.today());
    m_receiptDate->setEnabled(false);
    registered->addRow(tr("&Tracking number:"), m_tracking);
    registered->addRow(m_received, m_receiptDate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Result:"), m_outcome);
    form->addRow(m_promisedLabel, m_promised);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    layout->addWidget(m_registeredBox);
    auto *hint = new QLabel(
        m_fulfilsStep ? tr("\"No answer\" keeps the step for the next working day; "
                           "a promise waits until the day after its date; \"Disputes the invoice\" pauses the "
                           "chase until the dispute is resolved.")
                      : tr("A note does not move the invoice to its next step."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    m_errors->bind(QStringLiteral("date"), m_date);
    m_errors->bind(QStringLiteral("channel"), m_channel);
    m_errors->bind(QStringLiteral("tracking_number"), m_tracking);
    m_errors->bind(QStringLiteral("receipt_date"), m_receiptDate);
    m_errors->bind(QStringLiteral("promised_date"), m_promised);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ActionDialog::updateRegisteredFields);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ActionDialog::updateRegisteredFields);
    connect(m_received, &QCheckBox::toggled, m_receiptDate, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    updateRegisteredFields();
    m_notes->setFocus();
}

ActionDialog::~ActionDialog() { delete m_errors; }

void ActionDialog::updateRegisteredFields()
{
    const auto channel = channelFromKey(m_channel->currentData().toString());
    m_registeredBox->setVisible(channel && isRegistered(*channel));
    const bool promised = m_outcome->currentData().toString() == outcomeKey(Outcome::Promised);
    m_promised->setVisible(promised);
    m_promisedLabel->setVisible(promised);
}

void ActionDialog::accept()
{
    m_errors->clear();
    if (m_errors->refuseBadDate(this))
        return;
    ActionInput input;
    input.invoiceId = m_invoiceId;
    input.date = m_date->date();
    input.channel = channelFromKey(m_channel->currentData().toString()).value_or(Channel::Email);
    input.outcome = outcomeFromKey(m_outcome->currentData().toString()).value_or(Outcome::Done);
    input.notes = m_notes->toPlainText();
    input.fulfilsStep = m_fulfilsStep;
    if (input.outcome == Outcome::Promised)
        input.promisedDate = m_promised->date();
    if (isRegistered(input.channel)) {
        input.trackingNumber = m_tracking->text();
        if (m_received->isChecked())
            input.receiptDate = m_receiptDate->date();
    }
    if (const Result<qint64> id = CollectionService(m_context.db()).recordAction(input, m_context.today()); !id) {
        m_errors->show(id.error());
        return;
    }
    m_context.notifyDataChanged(tr("Recording a step: %1").arg(m_channel->currentText()));
    const QLocale locale;
    m_recorded = tr("%1 on %2: %3")
                     .arg(channelLabel(input.channel), locale.toString(input.date, QLocale::ShortFormat),
                          outcomeLabel(input.outcome));
    if (input.outcome == Outcome::Promised)
        m_recorded += QLatin1Char(' ') + tr("(by %1)").arg(locale.toString(input.promisedDate, QLocale::ShortFormat));
    if (!input.trackingNumber.trimmed().isEmpty())
        m_recorded += QLatin1Char(' ') + tr("(tracking number %1)").arg(input.trackingNumber.trimmed());
    QDialog::accept();
}

}  // namespace relance::ui
