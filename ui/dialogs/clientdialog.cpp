#include "clientdialog.h"

#include "appcontext.h"
#include "domain/money.h"
#include "fielderrors.h"
#include "formfields.h"
#include "screenfit.h"
#include "services/clientservice.h"
#include "services/collectionsettingsservice.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relance::ui {

ClientDialog::ClientDialog(AppContext &context, qint64 clientId, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(clientId ? tr("Edit client") : tr("New client"));
    auto *layout = new QVBoxLayout(this);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);

    auto *form = new QFormLayout;
    m_name = makeLineEdit(this, "name");
    m_ladder = new QComboBox(this);
    m_ladder->setObjectName(QStringLiteral("ladder"));
    {
        const CollectionSettingsService settings(context.db());
        m_ladder->addItem(tr("The default ladder (%1)").arg(settings.ladderFor(std::nullopt).displayName()));
        for (const Ladder &l : settings.ladders())
            m_ladder->addItem(l.displayName(), l.id);
    }
    m_legalForm = new QComboBox(this);
    m_legalForm->setObjectName(QStringLiteral("legalForm"));
    m_legalForm->setEditable(true);
    m_legalForm->addItems({QString(), QStringLiteral("EI"), QStringLiteral("EURL"), QStringLiteral("SARL"),
                           QStringLiteral("SAS"), QStringLiteral("SASU"), QStringLiteral("SA"), QStringLiteral("SCI"),
                           QStringLiteral("SCP"), QStringLiteral("SELARL"), QStringLiteral("EARL"), tr("Association")});
    m_siret = makeLineEdit(this, "siret");
    m_siret->setPlaceholderText(tr("France: 9 or 14 digits; Belgium: 0456.789.133"));
    m_vat = makeLineEdit(this, "vat");
    m_vat->setPlaceholderText(tr("e.g. FR40123456789"));
    m_address = makeTextEdit(this, "address");
    m_postalCode = makeLineEdit(this, "postalCode");
    m_city = makeLineEdit(this, "city");
    m_country = makeLineEdit(this, "country");
    m_country->setMaxLength(2);
    m_email = makeLineEdit(this, "email");
    m_phone = makeLineEdit(this, "phone");
    m_contact = makeLineEdit(this, "contact");
    m_consumer = new QCheckBox(tr("Consumer (private individual): no 40 € indemnity, different rules"), this);
    m_consumer->setObjectName(QStringLiteral("consumer"));
    m_terms = new QSpinBox(this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_rate = makeLineEdit(this, "rate");
    m_rate->setPlaceholderText(tr("empty: the legal default"));
    m_notes = makeTextEdit(this, "notes");
    // The law of the contract (Rome I): the issuer's by default, never the client's address.
    m_law = new QComboBox(this);
    m_law->setObjectName(QStringLiteral("governingLaw"));
    m_law->addItem(tr("Your company's country (default)"), QString());
    m_law->addItem(tr("French law"), QStringLiteral("FR"));
    m_law->addItem(tr("Belgian law"), QStringLiteral("BE"));
    m_penaltyClause = new QComboBox(this);
    m_penaltyClause->setObjectName(QStringLiteral("penaltyClause"));
    m_penaltyClause->addItem(tr("Default: yes for a business, no for a consumer"), QString());
    m_penaltyClause->addItem(tr("Yes, the contract provides for late-payment penalties"), QStringLiteral("yes"));
    m_penaltyClause->addItem(tr("No penalty clause"), QStringLiteral("no"));

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal form:"), m_legalForm);
    form->addRow(tr("Company number (&SIREN/SIRET, BCE):"), m_siret);
    form->addRow(tr("&VAT number:"), m_vat);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("Cit&y:"), m_city);
    form->addRow(tr("Co&untry code:"), m_country);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Con&tact person:"), m_contact);
    form->addRow(QString(), m_consumer);
    form->addRow(tr("Payment ter&ms:"), m_terms);
    form->addRow(tr("Contractual penalty &rate (%):"), m_rate);
    form->addRow(tr("&Governing law:"), m_law);
    form->addRow(tr("Penalty &clause:"), m_penaltyClause);
    form->addRow(tr("Escalation la&dder:"), m_ladder);
    form->addRow(tr("N&otes:"), m_notes);
    tabInFormOrder(form);
    layout->addLayout(form);

    // What credit notes left this client beyond its debt: used against its open invoices, or
    // recorded as paid back. Shown only when there is some.
    m_credit = new QWidget(this);
    auto *creditRow = new QHBoxLayout(m_credit);
    creditRow->setContentsMargins(0, 0, 0, 0);
    m_creditLabel = new QLabel(m_credit);
    m_creditLabel->setObjectName(QStringLiteral("clientCredit"));
    m_creditLabel->setWordWrap(true);
    auto *useCredit = new QPushButton(tr("&Use against open invoices"), m_credit);
    useCredit->setObjectName(QStringLiteral("useCredit"));
    auto *refunded = new QPushButton(tr("&Refunded today"), m_credit);
    refunded->setObjectName(QStringLiteral("creditRefunded"));
    creditRow->addWidget(m_creditLabel, 1);
    creditRow->addWidget(useCredit);
    creditRow->addWidget(refunded);
    layout->addWidget(m_credit);
    connect(useCredit, &QPushButton::clicked, this, [this] { settleCredit(false); });
    connect(refunded, &QPushButton::clicked, this, [this] { settleCredit(true); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    layout->addWidget(buttons);

    m_errors->bind(QStringLiteral("name"), m_name);
    m_errors->bind(QStringLiteral("siret"), m_siret);
    m_errors->bind(QStringLiteral("vat"), m_vat);
    m_errors->bind(QStringLiteral("email"), m_email);
    m_errors->bind(QStringLiteral("country"), m_country);
    m_errors->bind(QStringLiteral("payment_terms"), m_terms);
    m_errors->bind(QStringLiteral("penalty_rate"), m_rate);
    m_errors->bind(QStringLiteral("governing_law"), m_law);

    if (clientId) {
        if (const auto c = ClientRepository(context.db()).findById(clientId))
            m_client = *c;
    } else {
        // A new client is where most clients are (set on first run): that chooses its law.
        m_client.country = CollectionSettingsService(context.db()).settings().defaultClientCountry;
    }
    load();
    showCredit();
    resizeToFit(this, QSize(520, sizeHint().height()));
}

ClientDialog::~ClientDialog() { delete m_errors; }

void ClientDialog::showCredit()
{
    const QList<ClientCredit> credits = m_client.id ? PaymentService(m_context.db()).credits(m_client.id)
                                                    : QList<ClientCredit>();
    m_credit->setVisible(!credits.isEmpty());
    if (credits.isEmpty())
        return;
    QStringList amounts;
    for (const ClientCredit &c : credits)
        amounts << c.amount.toString();
    m_creditLabel->setText(tr("Credit: %1, from credit notes worth more than the client owed.")
                               .arg(amounts.join(QStringLiteral(", "))));
}

void ClientDialog::settleCredit(bool refunded)
{
    const PaymentService payments(m_context.db());
    if (refunded &&
        QMessageBox::question(this, windowTitle(),
                              tr("Record that %1's credit was paid back to them today?\n\n%2")
                                  .arg(m_client.name, m_creditLabel->text())) != QMessageBox::Yes)
        return;
    QStringList problems;
    for (const ClientCredit &c : payments.credits(m_client.id)) {
        const Status s = refunded ? payments.markCreditRefunded(m_client.id, c.amount.currency(), m_context.today(),
                                                                m_context.today())
                                  : Status(payments.useCredit(m_client.id, c.amount.currency()).ok()
                                               ? success()
                                               : Status(Error(tr("the credit could not be used"))));
        if (!s)
            problems << s.error().message;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
    m_context.notifyDataChanged();
    showCredit();
}

void ClientDialog::load()
{
    m_name->setText(m_client.name);
    m_legalForm->setCurrentText(m_client.legalForm);
    m_siret->setText(m_client.sirenSiret);
    m_vat->setText(m_client.vatNumber);
    m_address->setPlainText(m_client.address);
    m_postalCode->setText(m_client.postalCode);
    m_city->setText(m_client.city);
    m_country->setText(m_client.country);
    m_email->setText(m_client.email);
    m_phone->setText(m_client.phone);
    m_contact->setText(m_client.contactPerson);
    m_consumer->setChecked(m_client.isConsumer);
    if (const int i = m_law->findData(m_client.governingLaw.toUpper()); i >= 0)
        m_law->setCurrentIndex(i);
    else {  // a law chosen elsewhere (another country) stays as it is
        m_law->addItem(m_client.governingLaw.toUpper(), m_client.governingLaw.toUpper());
        m_law->setCurrentIndex(m_law->count() - 1);
    }
    m_penaltyClause->setCurrentIndex(!m_client.penaltyClause ? 0 : (*m_client.penaltyClause ? 1 : 2));
    m_terms->setValue(m_client.paymentTermsDays);
    if (const auto bp = m_client.penaltyRateBasisPoints)
        m_rate->setText(rateEditText(*bp));
    else
        m_rate->clear();
    m_notes->setPlainText(m_client.notes);
    m_ladder->setCurrentIndex(
        qMax(0, m_ladder->findData(m_client.ladderId ? QVariant(*m_client.ladderId) : QVariant())));
}

bool ClientDialog::collect()
{
    m_client.name = m_name->text();
    m_client.legalForm = m_legalForm->currentText().trimmed();
    m_client.sirenSiret = m_siret->text().trimmed();
    m_client.vatNumber = m_vat->text().trimmed().toUpper();
    m_client.address = m_address->toPlainText().trimmed();
    m_client.postalCode = m_postalCode->text().trimmed();
    m_client.city = m_city->text().trimmed();
    m_client.country = m_country->text().trimmed().toUpper();
    m_client.email = m_email->text().trimmed();
    m_client.phone = m_phone->text().trimmed();
    m_client.contactPerson = m_contact->text().trimmed();
    m_client.isConsumer = m_consumer->isChecked();
    m_client.governingLaw = m_law->currentData().toString();
    const QString clause = m_penaltyClause->currentData().toString();
    m_client.penaltyClause = clause.isEmpty() ? std::nullopt : std::optional<bool>(clause == QLatin1String("yes"));
    m_client.paymentTermsDays = m_terms->value();
    m_client.notes = m_notes->toPlainText();
    m_client.ladderId.reset();
    if (m_ladder->currentData().isValid())
        m_client.ladderId = m_ladder->currentData().toLongLong();
    m_client.penaltyRateBasisPoints.reset();
    if (!m_rate->text().trimmed().isEmpty()) {
        m_client.penaltyRateBasisPoints = parseRateText(m_rate->text());
        if (!m_client.penaltyRateBasisPoints) {
            m_errors->show(Error(tr("\"%1\" is not a percentage").arg(m_rate->text()), QStringLiteral("penalty_rate")));
            return false;
        }
    }
    return true;
}

void ClientDialog::accept()
{
    m_errors->clear();
    if (!collect())
        return;
    const bool isNew = m_client.id == 0;
    if (!saveThrough(ClientService(m_context.db()), m_client, *m_errors))
        return;
    m_context.notifyDataChanged((isNew ? tr("New client %1") : tr("Changes to client %1")).arg(m_client.name));
    QDialog::accept();
}

}  // namespace relance::ui
