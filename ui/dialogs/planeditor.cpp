#include "planeditor.h"

#include "appcontext.h"
#include "formfields.h"
#include "widgets/datefield.h"
#include "storage/agreementrepository.h"
#include "storage/invoicerepository.h"
#include "views/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
constexpr int kInvoiceIdRole = Qt::UserRole + 1;
}

PlanEditor::PlanEditor(AppContext &context, qint64 clientId, const QList<qint64> &selected, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_invoices = new QListWidget(this);
    m_invoices->setObjectName(QStringLiteral("planInvoices"));
    m_invoices->setAccessibleName(tr("Invoices the plan covers"));
    m_invoices->setMaximumHeight(90);
    InvoiceQuery q;
    q.clientId = clientId;
    q.filter = InvoiceQuery::Filter::Outstanding;
    q.sort = InvoiceQuery::Sort::DueDate;
    q.asOf = context.today();
    const QLocale locale;
    const AgreementRepository agreements(context.db());
    for (const Invoice &inv : InvoiceRepository(context.db()).page(q, std::nullopt, 500).rows) {
        QString text =
            tr("%1 — due %2 — balance %3")
                .arg(inv.number, locale.toString(inv.dueDate, QLocale::ShortFormat), inv.balance().toString(locale));
        // Invoices already in a plan or disputed are shown, but cannot be chosen.
        bool available = inv.pause != PauseReason::Disputed;
        if (!available)
            text += tr(" (disputed)");
        for (const PaymentPlan &p : agreements.plansForInvoice(inv.id))
            if (p.status == PlanStatus::Active) {
                available = false;
                text += tr(" (in plan %1)").arg(p.id);
            }
        auto *item = new QListWidgetItem(text, m_invoices);
        item->setData(kInvoiceIdRole, qlonglong(inv.id));
        item->setCheckState(available && selected.contains(inv.id) ? Qt::Checked : Qt::Unchecked);
        if (!available)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
    }

    m_agreementFields = new QWidget(this);
    auto *agreement = new QFormLayout(m_agreementFields);
    agreement->setContentsMargins(0, 0, 0, 0);
    m_agreedOn = makeDateField(this, "agreedOn", context.today());
    m_agreedOn->setDate(context.today());
    m_agreedOn->setMaximumDate(context.today());
    m_waiveInterest = new QCheckBox(tr("Give up the late-pa&yment interest while the plan is kept"), this);
    m_waiveInterest->setObjectName(QStringLiteral("waiveInterest"));
    m_waiveIndemnity = new QCheckBox(tr("Give up the fixed recovery i&ndemnity while the plan is kept"), this);
    m_waiveIndemnity->setObjectName(QStringLiteral("waiveIndemnity"));
    m_restore = new QCheckBox(tr("Claim them again if the plan is &broken"), this);
    m_restore->setObjectName(QStringLiteral("restoreOnBreak"));
    m_restore->setChecked(true);
    agreement->addRow(tr("A&greed on:"), m_agreedOn);
    agreement->addRow(m_waiveInterest);
    agreement->addRow(m_waiveIndemnity);
    agreement->addRow(m_restore);

    auto *form = new QFormLayout;
    form->addRow(tr("In&voices:"), m_invoices);
    layout->addLayout(form);
    layout->addWidget(m_agreementFields);

    auto *scheduleForm = new QFormLayout;
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    for (PlanFrequency f : {PlanFrequency::Monthly, PlanFrequency::Weekly, PlanFrequency::Custom})
        m_frequency->addItem(planFrequencyLabel(f), planFrequencyKey(f));
    scheduleForm->addRow(tr("&Instalments:"), m_frequency);
    m_equalFields = new QWidget(this);
    auto *equal = new QFormLayout(m_equalFields);
    equal->setContentsMargins(0, 0, 0, 0);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 120);
    m_count->setValue(3);
    m_first = makeDateField(this, "first", context.today());
    m_first->setDate(context.today().addMonths(1));
    auto *depositRow = new QHBoxLayout;
    m_deposit = makeLineEdit(this, "deposit");
    m_deposit->setPlaceholderText(tr("none"));
    m_depositDate = makeDateField(this, "depositDate", context.today());
    m_depositDate->setDate(context.today());
    auto *paidOn = new QLabel(tr("paid &on"), this);
    paidOn->setBuddy(m_depositDate);
    depositRow->addWidget(m_deposit);
    depositRow->addWidget(paidOn);
    depositRow->addWidget(m_depositDate);
    auto *depositLabel = new QLabel(tr("&Deposit:"), this);
    depositLabel->setBuddy(m_deposit);
    equal->addRow(tr("Nu&mber:"), m_count);
    equal->addRow(tr("&First on:"), m_first);
    equal->addRow(depositLabel, depositRow);
    scheduleForm->addRow(m_equalFields);
    layout->addLayout(scheduleForm);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_schedule = new QTableWidget(0, ColumnCount, this);
    m_schedule->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_schedule->setObjectName(QStringLiteral("planSchedule"));
    m_schedule->setAccessibleName(tr("Schedule"));
    m_schedule->setHorizontalHeaderLabels({tr("No."), tr("Date"), tr("Amount")});
    keepCellWidgetsAccessible(m_schedule, tr("%1 of instalment %2"));
    m_schedule->verticalHeader()->hide();
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_schedule, 1);
    auto *rowButtons = new QHBoxLayout;
    m_addRow = new QPushButton(tr("&Add an instalment"), this);
    m_addRow->setObjectName(QStringLiteral("addInstalment"));
    m_removeRow = new QPushButton(tr("&Remove the selected one"), this);
    m_removeRow->setObjectName(QStringLiteral("removeInstalment"));
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_problem);

    connect(m_invoices, &QListWidget::itemChanged, this, &PlanEditor::update);
    for (DateField *d : {m_agreedOn, m_first, m_depositDate})
        connect(d, &DateField::dateChanged, this, &PlanEditor::update);
    for (QCheckBox *c : {m_waiveInterest, m_waiveIndemnity, m_restore})
        connect(c, &QCheckBox::toggled, this, &PlanEditor::update);
    connect(m_count, &QSpinBox::valueChanged, this, &PlanEditor::update);
    connect(m_deposit, &QLineEdit::textChanged, this, &PlanEditor::update);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &PlanEditor::switchedFrequency);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        const int rows = m_schedule->rowCount();
        const QDate last = rows > 0 ? static_cast<DateField *>(m_schedule->cellWidget(rows - 1, Date))->date()
                                    : m_context.today().addMonths(1);
        addRow(last.addMonths(1), 0);
        update();
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_schedule->currentRow() >= 0)
            m_schedule->removeRow(m_schedule->currentRow());
        update();
    });
    switchedFrequency();
}

PlanEditor::~PlanEditor() { disconnectChildren(this); }

PlanFrequency PlanEditor::frequency() const
{
    return planFrequencyFromKey(m_frequency->currentData().toString()).value_or(PlanFrequency::Monthly);
}

void PlanEditor::setAgreement(const QDate &date, bool waiveInterest, bool waiveIndemnity, bool restore)
{
    m_filling = true;
    m_agreedOn->setDate(date);
    m_waiveInterest->setChecked(waiveInterest);
    m_waiveIndemnity->setChecked(waiveIndemnity);
    m_restore->setChecked(restore);
    m_filling = false;
    update();
}

void PlanEditor::showAgreementFields(bool shown) { m_agreementFields->setVisible(shown); }

PlanRequest PlanEditor::request() const
{
    PlanRequest r;
    for (int i = 0; i < m_invoices->count(); ++i)
        if (m_invoices->item(i)->checkState() == Qt::Checked)
            r.invoiceIds << m_invoices->item(i)->data(kInvoiceIdRole).toLongLong();
    r.agreedOn = m_agreedOn->date();
    r.frequency = frequency();
    r.count = m_count->value();
    r.first = m_first->date();
    r.waiveInterest = m_waiveInterest->isChecked();
    r.waiveIndemnity = m_waiveIndemnity->isChecked();
    r.restoreOnBreak = m_restore->isChecked();
    if (!m_deposit->text().trimmed().isEmpty()) {
        const Result<Money> deposit = Money::parse(m_deposit->text());
        r.depositCents = deposit ? deposit->cents() : -1;  // refused by the service, with its field
        r.depositDate = m_depositDate->date();
    }
    if (r.frequency == PlanFrequency::Custom)
        for (int row = 0; row < m_schedule->rowCount(); ++row) {
            const auto *date = static_cast<DateField *>(m_schedule->cellWidget(row, Date));
            const auto *amount = static_cast<QLineEdit *>(m_schedule->cellWidget(row, Amount));
            const Result<Money> cents = Money::parse(amount->text());
            r.instalments.append({date->date(), cents ? cents->cents() : 0, false});
        }
    return r;
}

void PlanEditor::addRow(const QDate &date, qint64 cents)
{
    const int row = m_schedule->rowCount();
    m_schedule->insertRow(row);
    auto *number = new QTableWidgetItem(QString::number(row + 1));
    number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_schedule->setItem(row, Number, number);
    auto *dateEdit = makeDateField(m_schedule, "instalmentDate", m_context.today());
    dateEdit->setDate(date);
    auto *amount = makeLineEdit(m_schedule, "instalmentAmount");
    amount->setAlignment(Qt::AlignRight);
    amount->setText(cents > 0 ? Money(cents, m_draft ? m_draft->currency : QStringLiteral("EUR")).toEditText()
                              : QString());
    connect(dateEdit, &DateField::dateChanged, this, &PlanEditor::update);
    connect(amount, &QLineEdit::textChanged, this, &PlanEditor::update);
    m_schedule->setCellWidget(row, Date, dateEdit);
    m_schedule->setCellWidget(row, Amount, amount);
}

void PlanEditor::switchedFrequency()
{
    const bool custom = frequency() == PlanFrequency::Custom;
    if (custom && m_schedule->rowCount() > 0 && !m_schedule->cellWidget(0, Date)) {
        // Typed by hand from what was computed: the user adjusts rather than starts over.
        QList<PlanInstalment> computed = m_draft ? m_draft->instalments : QList<PlanInstalment>();
        m_filling = true;
        m_schedule->setRowCount(0);
        for (const PlanInstalment &i : computed)
            addRow(i.date, i.cents);
        m_filling = false;
    } else if (!custom) {
        m_schedule->setRowCount(0);
    }
    m_equalFields->setVisible(!custom);
    m_addRow->setVisible(custom);
    m_removeRow->setVisible(custom);
    update();
}

void PlanEditor::update()
{
    if (m_filling)
        return;
    const QLocale locale;
    const PlanRequest r = request();
    m_draft = AgreementService(m_context.db()).draftPlan(r);
    const bool custom = r.frequency == PlanFrequency::Custom;
    if (m_draft) {
        const PaymentPlan &p = *m_draft;
        QStringList parts{tr("balance %1").arg(Money(p.balanceCents, p.currency).toString(locale))};
        if (p.interestCents > 0)
            parts << (p.waiveInterest ? tr("interest %1 given up") : tr("interest %1"))
                         .arg(Money(p.interestCents, p.currency).toString(locale));
        if (p.indemnityCents > 0)
            parts << (p.waiveIndemnity ? tr("indemnity %1 given up") : tr("indemnity %1"))
                         .arg(Money(p.indemnityCents, p.currency).toString(locale));
        m_summary->setText(tr("<b>%1 to spread</b>: %2.")
                               .arg(p.target().toString(locale), parts.join(QStringLiteral(", ")).toHtmlEscaped()));
        m_problem->clear();
        if (!custom) {
            m_schedule->setRowCount(int(p.instalments.size()));
            int number = 0;
            for (int row = 0; row < p.instalments.size(); ++row) {
                const PlanInstalment &i = p.instalments.at(row);
                const QStringList cells{i.deposit ? tr("deposit") : QString::number(++number),
                                        locale.toString(i.date, QLocale::ShortFormat),
                                        Money(i.cents, p.currency).toString(locale)};
                for (int col = 0; col < ColumnCount; ++col) {
                    auto *item = new QTableWidgetItem(cells.at(col));
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                    if (col == Amount)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_schedule->setItem(row, col, item);
                }
            }
        }
    } else {
        m_problem->setText(m_draft.error().message);
        if (!custom)
            m_schedule->setRowCount(0);
    }
    m_schedule->resizeColumnToContents(Number);
    m_schedule->resizeColumnToContents(Date);
    emit changed();
}

}  // namespace relance::ui
