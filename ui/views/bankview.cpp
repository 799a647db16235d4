#include "bankview.h"
#include "columnfit.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "dialogs/assigncreditdialog.h"
#include "models/bankcreditmodel.h"
#include "services/outputpath.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

BankView::BankView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("bankHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    top->addWidget(m_heading, 1);
    auto *import = new QPushButton(QIcon(QStringLiteral(":/icons/bank.svg")), tr("I&mport a statement…"), this);
    import->setObjectName(QStringLiteral("importStatement"));
    import->setToolTip(tr("CAMT.053/054, OFX, MT940 or your bank's CSV export. A transaction already imported "
                          "is never imported twice."));
    m_confirmCertain = new QPushButton(tr("Confirm the cer&tain matches"), this);
    m_confirmCertain->setObjectName(QStringLiteral("confirmCertain"));
    m_confirmCertain->setToolTip(tr("Records a payment for every credit whose match is certain: an invoice number "
                                    "and its exact balance, or a plan's instalment from its client."));
    top->addWidget(m_confirmCertain);
    top->addWidget(import);
    layout->addLayout(top);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("bankNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_model = new BankCreditModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bankCredits"));
    m_table->setAccessibleName(tr("Bank credits waiting to be matched"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BankCreditModel::Remittance, QHeaderView::Stretch);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *proposalsLabel = new QLabel(tr("Invoices this credit probably pays, surest first:"), details);
    detailsLayout->addWidget(proposalsLabel);
    m_proposals = new QListWidget(details);
    m_proposals->setObjectName(QStringLiteral("bankProposals"));
    m_proposals->setAccessibleName(tr("Proposed matches"));
    proposalsLabel->setBuddy(m_proposals);
    detailsLayout->addWidget(m_proposals, 1);
    auto *buttons = new QHBoxLayout;
    m_confirm = new QPushButton(QIcon(QStringLiteral(":/icons/action-done.svg")), tr("C&onfirm this match"), details);
    m_confirm->setObjectName(QStringLiteral("confirmMatch"));
    m_assign = new QPushButton(tr("&Split or assign…"), details);
    m_assign->setObjectName(QStringLiteral("assignCredit"));
    m_aside = new QPushButton(details);
    m_aside->setObjectName(QStringLiteral("setAside"));
    m_showAside = new QCheckBox(tr("Show the credits set &aside"), details);
    m_showAside->setObjectName(QStringLiteral("showAside"));
    buttons->addWidget(m_showAside);
    buttons->addStretch();
    buttons->addWidget(m_aside);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_confirm);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("bankEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(import, &QPushButton::clicked, this, &BankView::importStatements);
    connect(m_confirmCertain, &QPushButton::clicked, this, &BankView::confirmCertain);
    connect(m_confirm, &QPushButton::clicked, this, &BankView::confirmSelected);
    connect(m_assign, &QPushButton::clicked, this, &BankView::assignSelected);
    connect(m_aside, &QPushButton::clicked, this, &BankView::toggleAside);
    connect(m_showAside, &QCheckBox::toggled, this, &BankView::refresh);
    connect(m_proposals, &QListWidget::itemActivated, this, &BankView::confirmSelected);
    connect(m_proposals, &QListWidget::currentRowChanged, this, &BankView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &BankView::assignSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BankView::showProposals);
    connect(&context, &AppContext::dataChanged, this, &BankView::refresh);
    refresh();
}

int BankView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BankView::refresh()
{
    const qint64 selected = currentRow() >= 0 ? m_model->credit(currentRow()).id : 0;
    const BankService bank(m_context.db());
    const bool aside = m_showAside->isChecked();
    if (aside) {
        QList<QPair<BankCredit, QList<MatchProposal>>> credits;
        for (const BankCredit &c : bank.ignoredCredits())
            credits.append({c, {}});
        m_model->setCredits(credits);
    } else {
        m_model->setCredits(bank.openCreditsWithProposals(m_context.today()));
    }
    int certain = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        certain += !aside && m_model->index(row, 0).data(BankCreditModel::ConfidenceRole).toInt() >= kCertainMatch;
    m_confirmCertain->setEnabled(certain > 0);
    m_confirmCertain->setText(certain > 0 ? tr("Confirm the %n cer&tain match(es)", "", certain)
                                          : tr("Confirm the cer&tain matches"));
    m_heading->setText(aside ? tr("%n credit(s) set aside", "", m_model->rowCount())
                             : tr("%n bank credit(s) to match", "", m_model->rowCount()));
    m_aside->setText(aside ? tr("&Put back to match") : tr("Not a client's payment: set &aside"));
    m_empty->setText(aside ? tr("No credit is set aside.")
                           : tr("<p><b>No bank credit waits to be matched.</b></p><p>Import a statement from your "
                                "bank (CAMT, OFX, MT940 or its CSV export): Relance finds which invoices each "
                                "credit pays, and you confirm.</p>"));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 && !aside ? 1 : 0);
    keepColumnsFitted(m_table, BankCreditModel::Remittance);
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showProposals();
}

void BankView::showProposals()
{
    m_proposals->clear();
    const int row = currentRow();
    if (row >= 0) {
        const QString currency = m_model->credit(row).currency;
        for (const MatchProposal &p : m_model->proposals(row)) {
            QStringList shares;
            for (qsizetype i = 0; i < p.invoiceIds.size(); ++i)
                shares << tr("%1: %2").arg(p.invoiceNumbers.at(i), Money(p.amountsCents.at(i), currency).toString());
            QString text = tr("%1 % — %2 — %3").arg(p.confidence).arg(shares.join(QStringLiteral(", ")), p.reason);
            if (!p.warnings.isEmpty())
                text += QStringLiteral(" — ⚠ ") + p.warnings.join(QStringLiteral("; "));
            auto *item = new QListWidgetItem(text, m_proposals);
            item->setToolTip(text);
            if (!p.warnings.isEmpty())
                item->setIcon(QIcon(QStringLiteral(":/icons/late-3.svg")));
            else if (p.confidence >= kCertainMatch)
                item->setIcon(QIcon(QStringLiteral(":/icons/action-done.svg")));
        }
        if (m_proposals->count() > 0)
            m_proposals->setCurrentRow(0);
        else if (!m_showAside->isChecked())
            new QListWidgetItem(tr("No invoice has this amount or is named in the text: use Split or assign."),
                                m_proposals);
    }
    updateButtons();
}

void BankView::updateButtons()
{
    const int row = currentRow();
    const bool aside = m_showAside->isChecked();
    const bool hasProposal = row >= 0 && !aside && m_proposals->currentRow() >= 0 &&
                             m_proposals->currentRow() < m_model->proposals(row).size();
    m_confirm->setEnabled(hasProposal);
    m_assign->setEnabled(row >= 0 && !aside);
    m_aside->setEnabled(row >= 0);
}

void BankView::importStatements()
{
    const QStringList paths = openFileNames(
        this, tr("Import bank statements"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Bank statements (*.xml *.camt *.053 *.054 *.ofx *.qfx *.sta *.mt940 *.txt *.csv);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool BankView::importFiles(const QStringList &paths)
{
    const Result<QList<InputFile>> files = readImportFiles(paths, m_context.db().path(), true);
    const Result<BankImportReport> report =
        files ? BankService(m_context.db()).import(*files, m_context.today()) : Result<BankImportReport>(files.error());
    if (!report) {
        QMessageBox::warning(this, tr("Import bank statements"),
                             tr("%1\n\nNothing was imported.").arg(report.error().describe()));
        return false;
    }
    m_showAside->setChecked(false);
    QStringList names;
    for (const InputFile &f : *files)
        names << f.name;
    m_notice->setText(tr("Imported from %1: ").arg(names.join(QStringLiteral(", "))) +
                      tr("%n new credit(s) to match", "", report->creditsAdded) + QStringLiteral(", ") +
                      tr("%n already imported before", "", report->alreadyThere) + QStringLiteral(", ") +
                      tr("%n debit(s) left aside.", "", report->debitsSkipped));
    m_notice->show();
    m_context.notifyDataChanged(tr("Importing %n bank credit(s)", nullptr, report->creditsAdded));
    return true;
}

void BankView::confirmSelected()
{
    const int row = currentRow();
    const int chosen = m_proposals->currentRow();
    if (row < 0 || m_showAside->isChecked() || chosen < 0 || chosen >= m_model->proposals(row).size())
        return;
    const Result<qint64> id =
        BankService(m_context.db()).confirm(m_model->credit(row).id, m_model->proposals(row).at(chosen));
    if (!id) {
        QMessageBox::warning(this, tr("Confirm the match"), id.error().message);
        return;
    }
    m_context.notifyDataChanged(tr("Payment of %1 from the bank").arg(m_model->credit(row).amount().toString()));
}

void BankView::confirmCertain()
{
    const Result<int> done = BankService(m_context.db()).confirmCertain(m_context.today());
    if (!done) {
        QMessageBox::warning(this, tr("Confirm the certain matches"), done.error().message);
        return;
    }
    m_context.notifyDataChanged(tr("Confirming %n certain match(es)", nullptr, *done));
}

void BankView::assignSelected()
{
    const int row = currentRow();
    if (row < 0 || m_showAside->isChecked())
        return;
    const int chosen = m_proposals->currentRow();
    const MatchProposal *proposal =
        chosen >= 0 && chosen < m_model->proposals(row).size() ? &m_model->proposals(row).at(chosen) : nullptr;
    AssignCreditDialog dialog(m_context, m_model->credit(row), proposal, this);
    dialog.exec();
}

void BankView::toggleAside()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Status s = BankService(m_context.db()).ignore(m_model->credit(row).id, !m_showAside->isChecked());
    if (!s) {
        QMessageBox::warning(this, m_aside->text().remove(QLatin1Char('&')), s.error().message);
        return;
    }
    m_context.notifyDataChanged(m_showAside->isChecked() ? tr("Putting a credit back") : tr("Setting a credit aside"));
}

}  // namespace relance::ui
