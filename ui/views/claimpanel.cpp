#include "claimpanel.h"
#include "columnfit.h"

#include <algorithm>

#include "filedialogs.h"
#include "appcontext.h"
#include "dialogs/actiondialog.h"
#include "dialogs/formfields.h"
#include "widgets/datefield.h"
#include "dialogs/letterdialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QToolTip>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QTableWidget *makeTable(int columns, const QStringList &headers, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

QString shortDate(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }

// Ends a small form dialog with Save and Cancel and runs it: true when saved.
bool saveOrCancel(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog] {
        if (DateField *bad = firstBadDate(&dialog)) {  // outlined with its reason in the tooltip
            bad->setFocus(Qt::OtherFocusReason);
            QToolTip::showText(bad->mapToGlobal(bad->rect().bottomLeft()), bad->error(), bad);
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}
}  // namespace

ClaimPanel::ClaimPanel(AppContext &context, qint64 invoiceId, QWidget *parent)
    : QWidget(parent), m_context(context), m_invoiceId(invoiceId)
{
    auto *layout = new QVBoxLayout(this);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("claimProfile"));
    m_profile->setWordWrap(true);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("claimTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("claimWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid #c0392b; padding: 4px 8px; }"));
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("claimRisk"));
    m_risk->setWordWrap(true);
    layout->addWidget(m_profile);
    layout->addWidget(m_totals);
    m_slices = makeTable(
        SliceColumnCount,
        {tr("From"), tr("To"), tr("Days"), tr("Balance"), tr("Rate"), tr("Interest"), tr("How the rate was set")},
        "breakdown", this);
    m_slices->setAccessibleName(tr("Interest breakdown"));
    m_slices->setMaximumHeight(m_slices->fontMetrics().height() * 7);
    layout->addWidget(m_slices);
    layout->addWidget(m_warnings);
    layout->addWidget(m_risk);

    auto *chase = new QGroupBox(tr("Chasing"), this);
    auto *chaseLayout = new QVBoxLayout(chase);
    auto *nextRow = new QHBoxLayout;
    m_next = new QLabel(chase);
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_next->setWordWrap(true);
    m_done = new QPushButton(QIcon(QStringLiteral(":/icons/action-done.svg")), tr("&Mark as done…"), chase);
    m_done->setObjectName(QStringLiteral("markNextDone"));
    m_note = new QPushButton(tr("Add a no&te…"), chase);
    m_receipt = new QPushButton(tr("Record the rec&eipt…"), chase);
    m_receipt->setObjectName(QStringLiteral("recordReceipt"));
    m_receipt->setEnabled(false);
    nextRow->addWidget(m_next, 1);
    m_write = new QPushButton(tr("Write &a letter…"), chase);
    m_write->setObjectName(QStringLiteral("writeLetter"));
    nextRow->addWidget(m_done);
    nextRow->addWidget(m_write);
    nextRow->addWidget(m_note);
    chaseLayout->addLayout(nextRow);
    m_history = makeTable(
        HistoryColumnCount,
        {tr("Date"), tr("Step"), tr("Channel"), tr("Result"), tr("Notes"), tr("Tracking number"), tr("Received")},
        "history", chase);
    m_history->setAccessibleName(tr("What was done"));
    chaseLayout->addWidget(m_history);
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addStretch();
    receiptRow->addWidget(m_receipt);
    chaseLayout->addLayout(receiptRow);
    layout->addWidget(chase, 1);

    // The letters produced: the proof, with their registered numbers and receipts.
    auto *letters = new QGroupBox(tr("Letters sent"), this);
    auto *lettersLayout = new QVBoxLayout(letters);
    m_letters =
        makeTable(6, {tr("Date"), tr("Letter"), tr("Registered number"), tr("Receipt"), tr("Pay by"), tr("File")},
                  "letters", letters);
    m_letters->setAccessibleName(tr("Letters sent"));
    m_letters->setMaximumHeight(m_letters->fontMetrics().height() * 8);
    m_openLetter = new QPushButton(tr("Open the &PDF"), letters);
    m_openLetter->setObjectName(QStringLiteral("openLetter"));
    m_letterReceipt = new QPushButton(tr("Registered letter's &fate…"), letters);
    m_letterReceipt->setObjectName(QStringLiteral("letterReceipt"));
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addStretch();
    letterButtons->addWidget(m_openLetter);
    letterButtons->addWidget(m_letterReceipt);
    lettersLayout->addWidget(m_letters);
    lettersLayout->addLayout(letterButtons);
    layout->addWidget(letters);
    connect(m_write, &QPushButton::clicked, this, &ClaimPanel::writeLetter);
    connect(m_openLetter, &QPushButton::clicked, this, &ClaimPanel::openLetter);
    connect(m_letterReceipt, &QPushButton::clicked, this, &ClaimPanel::recordLetterReceipt);
    connect(m_letters, &QTableWidget::cellActivated, this, &ClaimPanel::openLetter);

    connect(m_done, &QPushButton::clicked, this, &ClaimPanel::markNextStepDone);
    connect(m_note, &QPushButton::clicked, this, &ClaimPanel::addNote);
    connect(m_receipt, &QPushButton::clicked, this, &ClaimPanel::recordReceipt);
    connect(m_history, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool registered = m_claim && row >= 0 && row < m_claim->history.size() &&
                                isRegistered(m_claim->history.at(m_claim->history.size() - 1 - row).channel);
        m_receipt->setEnabled(registered);
    });
    connect(&context, &AppContext::dataChanged, this, &ClaimPanel::refresh);
    refresh();
}

void ClaimPanel::refresh()
{
    const QDate today = m_context.today();
    m_claim = CollectionService(m_context.db()).claim(m_invoiceId, today);
    if (!m_claim)
        return;
    const InvoiceClaim &c = *m_claim;
    const QLocale locale;
    // Whose law and why (Rome I), which courts, and the rate: the letters say the same.
    const QString lawWhy = c.law.chosen ? tr("chosen for this client's contracts")
                                        : tr("your company's country, the service provider's law (Rome I art. 4)");
    const bool floored = c.interest && std::any_of(c.interest->slices.cbegin(), c.interest->slices.cend(),
                                                   [](const InterestSlice &s) {
                                                       return s.setAsideContractualBasisPoints >= 0;
                                                   });
    QString rate = tr("the legal default");
    if (c.contractualRate && c.profile.contractualRateApplies)
        rate = floored ? tr("the legal default: the contractual %1 is under the legal floor (L441-10 II) and does not "
                            "apply")
                             .arg(formatRate(*c.contractualRate, locale))
                       : tr("contractual, %1").arg(formatRate(*c.contractualRate, locale));
    QString text = tr("Law: %1 (%2). Late-payment rate: %3.").arg(c.profile.name(), lawWhy, rate);
    if (c.profile.withoutClause)
        text += QLatin1Char(' ') + tr("No penalty clause: legal interest only, no compensation (CDE XIX.4).");
    if (c.law.crossBorder)
        text += QLatin1Char(' ') + tr("The client lives abroad (%1): letters name the procedures of that country or "
                                      "the European ones.")
                                       .arg(c.law.forum);
    m_profile->setText(text);
    m_slices->setRowCount(0);
    if (c.interest) {
        const InterestResult &r = *c.interest;
        m_totals->setText(tr("<b>Owed on %1:</b> balance %2 + interest %3 + indemnity %4 = <b>%5</b>")
                              .arg(shortDate(today), r.balance.toString(locale), r.interest.toString(locale),
                                   r.indemnity.toString(locale), r.totalClaimed().toString(locale)));
        m_slices->setRowCount(int(r.slices.size()));
        for (int row = 0; row < r.slices.size(); ++row) {
            const InterestSlice &s = r.slices.at(row);
            const QStringList cells{shortDate(s.from),
                                    shortDate(s.to),
                                    QString::number(s.days),
                                    Money(s.balanceCents, r.interest.currency()).toString(locale),
                                    formatRate(s.rateBasisPoints, locale),
                                    Money(s.roundedCents, r.interest.currency()).toString(locale),
                                    s.basis};
            for (int col = 0; col < cells.size(); ++col)
                m_slices->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
        m_slices->resizeColumnsToContents();
        keepColumnsFitted(m_slices);
    } else {
        m_totals->setText(
            tr("<b>Balance on %1:</b> %2. No interest figure: %3")
                .arg(shortDate(today), c.invoice.balance().toString(locale), c.interestUnavailable.toHtmlEscaped()));
    }
    m_slices->setVisible(m_slices->rowCount() > 0);

    QStringList warnings = c.interest ? c.interest->warnings : QStringList();
    if (!c.law.warning.isEmpty())
        warnings << c.law.warning;
    if (!c.termsWarning.isEmpty())
        warnings << c.termsWarning;
    if (c.limitation.expired)
        warnings << tr("The limitation period ended on %1 (%2): a court claim is no longer possible.")
                        .arg(shortDate(c.limitation.expires), c.profile.limitationBasis);
    else if (c.limitation.warn)
        warnings << tr("The limitation period ends on %1, in %n day(s) (%2): only an acknowledgement of the debt or a "
                       "court claim interrupts it.",
                       nullptr, int(c.limitation.daysLeft))
                        .arg(shortDate(c.limitation.expires), c.profile.limitationBasis);
    m_warnings->setText(warnings.join(QStringLiteral("\n")));
    m_warnings->setVisible(!warnings.isEmpty());
    m_risk->setText(c.invoice.balance().cents() > 0
                        ? tr("Recovery risk: %1. Limitation: claims must be brought by %2.")
                              .arg(recoveryRiskLabel(c.risk), shortDate(c.limitation.expires))
                        : tr("Paid."));

    if (c.invoice.balance().cents() <= 0)
        m_next->setText(tr("Nothing more to do: the invoice is paid."));
    else if (c.invoice.pause == PauseReason::Disputed)
        m_next->setText(tr("Disputed: chasing waits until the dispute is resolved (Agreements tab)."));
    else if (c.invoice.pause != PauseReason::None)
        m_next->setText(tr("Chasing is paused (%1). Set \"Chasing\" back to \"Being chased\" on the invoice to resume.")
                            .arg(pauseReasonLabel(c.invoice.pause)));
    else if (c.inPlan)
        m_next->setText(tr("Paid by instalments: the ladder waits while the payment plan is kept (Agreements tab)."));
    else if (c.next) {
        const LadderStep &step = c.ladder.steps.at(c.next->stepIndex);
        // "Phone call (Phone call)" says nothing twice: the channel only when it adds something.
        const QString what = step.displayName() == channelLabel(step.channel)
                                 ? step.displayName()
                                 : QStringLiteral("%1 (%2)").arg(step.displayName(), channelLabel(step.channel));
        QString next = tr("<b>Next step:</b> %1, planned %2 — ladder \"%3\", step %4 of %5")
                           .arg(what.toHtmlEscaped(), shortDate(c.next->date), c.ladder.displayName().toHtmlEscaped())
                           .arg(c.next->stepIndex + 1)
                           .arg(c.ladder.steps.size());
        if (c.promisedUntil.isValid() && c.promisedUntil >= m_context.today())
            next += QLatin1Char(' ') + tr("(the client promised to pay by %1)").arg(shortDate(c.promisedUntil));
        m_next->setText(next);
    } else
        m_next->setText(tr("Every step of the ladder \"%1\" is done.").arg(c.ladder.displayName()));
    m_done->setEnabled(c.next.has_value());

    m_history->setRowCount(int(c.history.size()));
    for (int i = 0; i < c.history.size(); ++i) {
        const CollectionAction &a = c.history.at(c.history.size() - 1 - i);  // newest first
        const QStringList cells{shortDate(a.date),
                                a.stepIndex >= 0 ? a.stepName() : tr("note"),
                                channelLabel(a.channel),
                                outcomeLabel(a.outcome),
                                a.notes,
                                a.trackingNumber,
                                shortDate(a.receiptDate)};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_history->resizeColumnsToContents();
    keepColumnsFitted(m_history);

    m_write->setEnabled(c.invoice.balance().cents() > 0);
    m_archived = LetterRepository(m_context.db()).forInvoice(m_invoiceId);
    m_letters->setRowCount(int(m_archived.size()));
    for (int i = 0; i < m_archived.size(); ++i) {
        const ArchivedLetter &l = m_archived.at(i);
        const QString receipt =
            l.receipt == ReceiptStatus::Unknown
                ? QString()
                : QStringLiteral("%1 %2").arg(receiptStatusLabel(l.receipt), shortDate(l.receiptDate));
        const QStringList cells{shortDate(l.date), letterKindLabel(l.kind), l.trackingNumber,
                                receipt,           shortDate(l.deadline),   l.fileName};
        for (int col = 0; col < cells.size(); ++col)
            m_letters->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_letters->resizeColumnsToContents();
    keepColumnsFitted(m_letters);
    m_openLetter->setEnabled(!m_archived.isEmpty());
    m_letterReceipt->setEnabled(!m_archived.isEmpty());
}

void ClaimPanel::writeLetter()
{
    std::optional<LetterKind> kind;
    if (m_claim && m_claim->next)
        kind = letterKindForTemplate(m_claim->ladder.steps.at(m_claim->next->stepIndex).templateKey);
    LetterDialog dialog(m_context, {m_invoiceId}, kind, this);
    dialog.exec();
}

void ClaimPanel::openLetter()
{
    const int row = std::max(0, m_letters->currentRow());
    if (row >= m_archived.size())
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(LetterService(m_context.db(), archiveDirectoryOf(m_context)).pathOf(m_archived.at(row))));
}

void ClaimPanel::recordLetterReceipt()
{
    const int row = std::max(0, m_letters->currentRow());
    if (row >= m_archived.size())
        return;
    const ArchivedLetter letter = m_archived.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Registered letter of %1").arg(shortDate(letter.date)));
    auto *form = new QFormLayout(&dialog);
    QLineEdit *tracking = makeLineEdit(&dialog, "letterTracking");
    tracking->setText(letter.trackingNumber);
    auto *status = new QComboBox(&dialog);
    status->setObjectName(QStringLiteral("receiptStatus"));
    status->addItem(tr("Not known yet"), int(ReceiptStatus::Unknown));
    status->addItem(tr("Received"), int(ReceiptStatus::Received));
    status->addItem(tr("Not collected (first presented)"), int(ReceiptStatus::NotCollected));
    status->setCurrentIndex(status->findData(int(letter.receipt)));
    DateField *date = makeDateField(&dialog, "letterReceiptDate", m_context.today());
    date->setDateRange(letter.date, m_context.today());
    date->setDate(letter.receiptDate.isValid() ? letter.receiptDate : m_context.today());
    auto *scan = new QPushButton(letter.receiptScan.isEmpty() ? tr("Choose the scan…") : letter.receiptScan, &dialog);
    QString scanFile;
    connect(scan, &QPushButton::clicked, &dialog, [&] {
        const QString f = openFileName(&dialog, tr("Scan of the receipt card"), {},
                                                       tr("Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
        if (!f.isEmpty()) {
            scanFile = f;
            scan->setText(QFileInfo(f).fileName());
        }
    });
    form->addRow(tr("Registered &number:"), tracking);
    form->addRow(tr("&What happened:"), status);
    form->addRow(tr("&On:"), date);
    form->addRow(tr("Receipt card:"), scan);
    auto *note = new QLabel(tr("The deadline the letter gave runs from this date; it is recomputed."), &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    if (!saveOrCancel(dialog, form))
        return;
    const LetterService service(m_context.db(), archiveDirectoryOf(m_context));
    Status s = service.setTrackingNumber(letter.id, tracking->text());
    const auto chosen = ReceiptStatus(status->currentData().toInt());
    if (s && chosen != ReceiptStatus::Unknown)
        s = service.recordReceipt(letter.id, chosen, date->date(), scanFile, m_context.today());
    if (!s)
        QMessageBox::warning(this, tr("Not recorded"), s.error().message);
    m_context.notifyDataChanged();
}

void ClaimPanel::markNextStepDone()
{
    if (!m_claim || !m_claim->next)
        return;
    const LadderStep step = m_claim->ladder.steps.at(m_claim->next->stepIndex);
    ActionDialog dialog(m_context, m_invoiceId, &step, this);
    dialog.exec();
}

void ClaimPanel::addNote()
{
    ActionDialog dialog(m_context, m_invoiceId, nullptr, this);
    dialog.exec();
}

void ClaimPanel::recordReceipt()
{
    const int row = m_history->currentRow();
    if (!m_claim || row < 0 || row >= m_claim->history.size())
        return;
    const CollectionAction action = m_claim->history.at(m_claim->history.size() - 1 - row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Receipt of the registered letter"));
    auto *form = new QFormLayout(&dialog);
    DateField *date = makeDateField(&dialog, "receiptDate", m_context.today());
    date->setDate(action.receiptDate.isValid() ? action.receiptDate : m_context.today());
    date->setDateRange(action.date, m_context.today());
    form->addRow(tr("Received (or first presented) on:"), date);
    if (!saveOrCancel(dialog, form))
        return;
    if (Status s = CollectionService(m_context.db()).recordReceipt(action.id, date->date(), {}, m_context.today());
        !s) {
        QMessageBox::warning(this, tr("Receipt not recorded"), s.error().message);
        return;
    }
    m_context.notifyDataChanged();
}

}  // namespace relance::ui
