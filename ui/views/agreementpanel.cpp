#include "agreementpanel.h"
#include "columnfit.h"

#include "appcontext.h"
#include "dialogs/agreementdialogs.h"
#include "services/agreementservice.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }
}  // namespace

AgreementPanel::AgreementPanel(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QWidget(parent), m_context(context), m_invoiceId(invoiceId)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);  // with no plan to list, it takes the room
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_instalments = new QTableWidget(0, InstalmentColumnCount, this);
    m_instalments->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_instalments->setObjectName(QStringLiteral("planInstalments"));
    m_instalments->setAccessibleName(tr("Instalments of the plan"));
    m_instalments->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Paid"), tr("State")});
    m_instalments->horizontalHeader()->setStretchLastSection(true);
    m_instalments->verticalHeader()->hide();
    m_instalments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_instalments, 1);

    auto *buttons = new QGridLayout;
    m_plan = new QPushButton(tr("Payment &plan…"), this);
    m_plan->setObjectName(QStringLiteral("addPlan"));
    m_break = new QPushButton(tr("Plan &broken…"), this);
    m_break->setObjectName(QStringLiteral("breakPlan"));
    m_settlement = new QPushButton(tr("&Settlement…"), this);
    m_settlement->setObjectName(QStringLiteral("addSettlement"));
    m_settlementState = new QPushButton(tr("Settlement s&tatus"), this);
    m_settlementState->setObjectName(QStringLiteral("settlementStatus"));
    m_dispute = new QPushButton(this);
    m_dispute->setObjectName(QStringLiteral("dispute"));
    m_promise = new QPushButton(tr("P&romise to pay…"), this);
    m_promise->setObjectName(QStringLiteral("addPromise"));
    buttons->addWidget(m_plan, 0, 0);
    buttons->addWidget(m_break, 0, 1);
    buttons->addWidget(m_settlement, 1, 0);
    buttons->addWidget(m_settlementState, 1, 1);
    buttons->addWidget(m_dispute, 2, 0);
    buttons->addWidget(m_promise, 2, 1);
    m_acknowledgement = new QPushButton(tr("Signed ac&knowledgement…"), this);
    m_acknowledgement->setObjectName(QStringLiteral("recordAcknowledgement"));
    m_acknowledgement->setToolTip(tr("The client returned the agreement signed \"Bon pour accord, reconnaissance de "
                                     "dette\": the limitation period restarts from that day"));
    buttons->addWidget(m_acknowledgement, 3, 0);
    layout->addLayout(buttons);

    auto *states = new QMenu(m_settlementState);
    for (SettlementStatus s : {SettlementStatus::Confirmed, SettlementStatus::Honoured, SettlementStatus::Broken})
        states->addAction(settlementStatusLabel(s), this, [this, s] {
            if (Status r = AgreementService(m_context.db())
                               .setSettlementStatus(m_liveSettlement, s, m_context.today(), m_context.today());
                !r)
                QMessageBox::warning(this, tr("Settlement"), r.error().message);
            m_context.notifyDataChanged();
        });
    m_settlementState->setMenu(states);

    connect(m_plan, &QPushButton::clicked, this, &AgreementPanel::addPlan);
    connect(m_break, &QPushButton::clicked, this, &AgreementPanel::breakPlan);
    connect(m_settlement, &QPushButton::clicked, this, &AgreementPanel::addSettlement);
    connect(m_dispute, &QPushButton::clicked, this, &AgreementPanel::dispute);
    connect(m_promise, &QPushButton::clicked, this, &AgreementPanel::addPromise);
    connect(m_acknowledgement, &QPushButton::clicked, this, &AgreementPanel::recordAcknowledgement);
    connect(&context, &AppContext::dataChanged, this, &AgreementPanel::refresh);
    refresh();
}

void AgreementPanel::refresh()
{
    const QDate today = m_context.today();
    const QLocale locale;
    const auto invoice = InvoiceRepository(m_context.db()).findById(m_invoiceId);
    if (!invoice)
        return;
    const AgreementService agreements(m_context.db());
    const DisputeRepository disputes(m_context.db());
    QStringList lines;
    const auto open = disputes.openDispute(m_invoiceId);
    if (open)
        lines << tr("<b>In dispute</b> since %1: %2 (%3 contested). Chasing waits until it is resolved.")
                     .arg(shortDate(open->openedOn), open->reason.toHtmlEscaped(), open->contested().toString(locale));
    const QList<PaymentPromise> promises = disputes.promisesForInvoice(m_invoiceId);
    if (!promises.isEmpty() && invoice->balance().cents() > 0) {
        const PaymentPromise &p = promises.first();
        lines << (p.promisedDate >= today ? tr("<b>Promised</b> to pay by %1 (said on %2): chasing waits until then.")
                                          : tr("<b>Promise missed</b>: payment was promised by %1 (said on %2)."))
                     .arg(shortDate(p.promisedDate), shortDate(p.madeOn));
    }
    const QList<PlanView> plans = agreements.plansForInvoice(m_invoiceId, today);
    m_activePlan = 0;
    m_agreementInvoices = {m_invoiceId};
    for (const PlanView &v : plans) {
        if (v.plan.status == PlanStatus::Active && m_activePlan == 0) {
            m_activePlan = v.plan.id;
            m_agreementInvoices = v.plan.invoiceIds;
        }
        QString line =
            tr("<b>Payment plan %1</b> agreed on %2: %3 — %4 paid of %5.")
                .arg(v.plan.id)
                .arg(shortDate(v.plan.createdOn), planHealthLabel(v.health),
                     Money(v.progress.paidCents, v.plan.currency).toString(locale), v.plan.target().toString(locale));
        if (v.plan.status == PlanStatus::Broken)
            line += QLatin1Char(' ') + tr("Broken on %1.").arg(shortDate(v.plan.statusDate));
        lines << line;
    }
    m_liveSettlement = 0;
    for (const Settlement &s : agreements.settlementsForInvoice(m_invoiceId)) {
        if (s.isLive() && m_liveSettlement == 0) {
            m_liveSettlement = s.id;
            m_agreementInvoices = s.invoiceIds;
        }
        lines << tr("<b>Settlement</b> of %1%2: %3.")
                     .arg(shortDate(s.date),
                          s.agreedWith.isEmpty() ? QString() : tr(" with %1").arg(s.agreedWith.toHtmlEscaped()),
                          settlementStatusLabel(s.status));
    }
    if (invoice->acknowledgedOn.isValid())
        lines << tr("<b>Debt acknowledged</b> in writing by the client on %1: the limitation period runs again "
                    "from that day.")
                     .arg(shortDate(invoice->acknowledgedOn));
    if (lines.isEmpty())
        lines << tr("No agreement on this invoice: no plan, settlement, dispute or promise.");
    m_status->setText(lines.join(QStringLiteral("<br/>")));

    // The instalments of the latest plan.
    m_instalments->setRowCount(0);
    if (!plans.isEmpty()) {
        const PlanView &v = plans.first();
        m_instalments->setRowCount(int(v.progress.instalments.size()));
        for (int row = 0; row < v.progress.instalments.size(); ++row) {
            const InstalmentProgress &i = v.progress.instalments.at(row);
            const QStringList cells{shortDate(i.due.date), Money(i.due.cents, v.plan.currency).toString(locale),
                                    Money(i.paidCents, v.plan.currency).toString(locale),
                                    i.statusLabel() + (i.due.deposit ? tr(" (deposit)") : QString())};
            for (int col = 0; col < InstalmentColumnCount; ++col)
                m_instalments->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        m_instalments->resizeColumnsToContents();
        keepColumnsFitted(m_instalments);
    }
    m_instalments->setVisible(!plans.isEmpty());

    const bool owed = invoice->balance().cents() > 0;
    m_plan->setEnabled(owed && !open && m_activePlan == 0);
    m_break->setEnabled(m_activePlan != 0);
    m_settlement->setEnabled(owed);
    m_settlementState->setEnabled(m_liveSettlement != 0);
    m_dispute->setText(open ? tr("Resol&ve the dispute…") : tr("&Dispute…"));
    m_dispute->setEnabled(open || owed);
    m_promise->setEnabled(owed && !open);
    m_acknowledgement->setEnabled(owed);
}

void AgreementPanel::addPlan()
{
    PlanDialog dialog(m_context, m_invoiceId, this);
    dialog.exec();
}

void AgreementPanel::breakPlan()
{
    if (m_activePlan == 0)
        return;
    if (QMessageBox::question(this, tr("Plan broken"),
                              tr("Declare payment plan %1 broken today? Chasing resumes at the step where it stood, "
                                 "and the interest and indemnity given up are claimed again if the plan said so.")
                                  .arg(m_activePlan)) != QMessageBox::Yes)
        return;
    if (Status s = AgreementService(m_context.db()).breakPlan(m_activePlan, m_context.today(), m_context.today()); !s)
        QMessageBox::warning(this, tr("Plan broken"), s.error().message);
    m_context.notifyDataChanged();
}

void AgreementPanel::addSettlement()
{
    SettlementDialog dialog(m_context, m_invoiceId, this);
    dialog.exec();
}

void AgreementPanel::dispute()
{
    if (const auto open = DisputeRepository(m_context.db()).openDispute(m_invoiceId)) {
        ResolveDisputeDialog dialog(m_context, *open, this);
        dialog.exec();
        return;
    }
    DisputeDialog dialog(m_context, m_invoiceId, this);
    dialog.exec();
}

void AgreementPanel::recordAcknowledgement()
{
    AcknowledgementDialog dialog(m_context, m_agreementInvoices, this);
    dialog.exec();
}

void AgreementPanel::addPromise()
{
    PromiseDialog dialog(m_context, m_invoiceId, this);
    dialog.exec();
}

}  // namespace relance::ui
