#include "todayview.h"
#include "columnfit.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "dialogs/actiondialog.h"
#include "dialogs/letterdialog.h"
#include "letters/letterrenderer.h"
#include "services/agreementservice.h"
#include "severity.h"
#include "undohistory.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
constexpr int kUpcomingDays = 7;

QStandardItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(alignment), Qt::TextAlignmentRole);
    return item;
}
}  // namespace

TodayView::TodayView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_done = new QPushButton(QIcon(QStringLiteral(":/icons/action-done.svg")), tr("&Mark as done…"), this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_note = new QPushButton(tr("Add a &note…"), this);
    m_note->setObjectName(QStringLiteral("addNote"));
    m_open = new QPushButton(tr("&Open the invoice"), this);
    m_open->setObjectName(QStringLiteral("openInvoice"));
    m_upcoming = new QCheckBox(tr("Show the next %n day(s) too", nullptr, kUpcomingDays), this);
    m_upcoming->setObjectName(QStringLiteral("showUpcoming"));
    m_letter = new QPushButton(tr("Write the &letter…"), this);
    m_letter->setObjectName(QStringLiteral("writeLetter"));
    m_batch = new QPushButton(tr("Write all to&day's letters…"), this);
    m_batch->setObjectName(QStringLiteral("writeDueLetters"));
    m_batch->setToolTip(tr("Every letter due today in one go: one PDF each and one combined PDF to print."));
    buttons->addWidget(m_done);
    buttons->addWidget(m_letter);
    buttons->addWidget(m_note);
    buttons->addWidget(m_open);
    buttons->addWidget(m_batch);
    buttons->addStretch();
    buttons->addWidget(m_upcoming);
    layout->addLayout(buttons);

    m_recordedBar = new QFrame(this);
    m_recordedBar->setObjectName(QStringLiteral("recordedBar"));
    static_cast<QFrame *>(m_recordedBar)->setFrameShape(QFrame::StyledPanel);
    auto *recordedRow = new QHBoxLayout(m_recordedBar);
    recordedRow->setContentsMargins(8, 4, 4, 4);
    m_recorded = new QLabel(m_recordedBar);
    m_recorded->setObjectName(QStringLiteral("recorded"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextFormat(Qt::PlainText);
    m_undoRecorded = new QPushButton(tr("&Undo"), m_recordedBar);
    m_undoRecorded->setObjectName(QStringLiteral("undoRecorded"));
    auto *closeRecorded = new QPushButton(tr("Close"), m_recordedBar);
    recordedRow->addWidget(m_recorded, 1);
    recordedRow->addWidget(m_undoRecorded);
    recordedRow->addWidget(closeRecorded);
    m_recordedBar->hide();
    layout->addWidget(m_recordedBar);
    connect(closeRecorded, &QPushButton::clicked, m_recordedBar, &QWidget::hide);
    connect(m_undoRecorded, &QPushButton::clicked, this, [this] {
        m_recordedBar->hide();
        m_context.undo().stack()->undo();
    });

    m_model = new QStandardItemModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("agenda"));
    m_tree->setAccessibleName(tr("Steps to do"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("agendaEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_done, &QPushButton::clicked, this, &TodayView::markDone);
    connect(m_note, &QPushButton::clicked, this, &TodayView::addNote);
    connect(m_letter, &QPushButton::clicked, this, &TodayView::writeLetter);
    connect(m_batch, &QPushButton::clicked, this, &TodayView::writeDueLettersToChosenFolder);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const AgendaItem *item = currentItem())
            emit invoiceActivated(item->invoice.id);
    });
    connect(m_upcoming, &QCheckBox::toggled, this, &TodayView::refresh);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (const AgendaItem *item = currentItem())
            emit invoiceActivated(item->invoice.id);
    });
    connect(&context, &AppContext::dataChanged, this, &TodayView::refresh);
    refresh();
}

const AgendaItem *TodayView::currentItem() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return nullptr;
    const QVariant i = index.siblingAtColumn(Step).data(ItemIndexRole);
    if (!i.isValid() || i.toInt() < 0 || i.toInt() >= m_agenda.items.size())
        return nullptr;
    return &m_agenda.items.at(i.toInt());
}

QList<const AgendaItem *> TodayView::selectedItems() const
{
    QList<const AgendaItem *> items;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(Step)) {
        const QVariant i = index.data(ItemIndexRole);
        if (i.isValid() && i.toInt() >= 0 && i.toInt() < m_agenda.items.size())
            items << &m_agenda.items.at(i.toInt());
    }
    return items;
}

void TodayView::refresh()
{
    const qint64 selected = currentItem() ? currentItem()->invoice.id : 0;
    const QDate today = m_context.today();
    m_agenda = CollectionService(m_context.db()).agenda(today, m_upcoming->isChecked() ? kUpcomingDays : 0);
    m_title->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    QStringList summary{tr("%n step(s) to do", nullptr, m_agenda.dueCount())};
    if (m_agenda.paused > 0)
        summary << tr("%n invoice(s) paused (disputed or on hold)", nullptr, m_agenda.paused);
    if (m_agenda.finished > 0)
        summary << tr("%n handed over or at the end of the ladder", nullptr, m_agenda.finished);
    if (m_agenda.promised > 0)
        summary << tr("%n waiting for a promised payment", nullptr, m_agenda.promised);
    if (m_agenda.inPlans > 0)
        summary << tr("%n paid by instalments", nullptr, m_agenda.inPlans);
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Step"), tr("Invoice"), tr("Client"), tr("Balance"), tr("Late"), tr("Planned"), tr("Recovery risk")});
    QModelIndex toSelect;
    // Plan items first (their own small ladder), then the ladders' steps by channel.
    QList<std::optional<Channel>> groups{std::nullopt};
    for (Channel channel : allChannels())
        groups << channel;
    for (const std::optional<Channel> &channel : groups) {
        const QString groupName = channel ? channelLabel(*channel) : tr("Payment plans");
        QStandardItem *group = nullptr;
        int count = 0;
        for (int i = 0; i < m_agenda.items.size(); ++i) {
            const AgendaItem &item = m_agenda.items.at(i);
            if (channel ? (item.isPlanItem() || item.step.channel != *channel) : !item.isPlanItem())
                continue;
            if (!group) {
                group = cell(groupName);
                QFont bold = group->font();
                bold.setBold(true);
                group->setFont(bold);
                QList<QStandardItem *> row{group};
                for (int c = 1; c < ColumnCount; ++c)
                    row << cell({});
                m_model->appendRow(row);
            }
            ++count;
            QString plannedText;
            if (item.stepDaysLate() > 0)
                plannedText = tr("%n day(s) ago", nullptr, int(item.stepDaysLate()));
            else if (item.stepDaysLate() == 0)
                plannedText = tr("today");
            else
                plannedText = QLocale().toString(item.plan.date, QLocale::ShortFormat);
            if (item.plan.attempts > 0)
                plannedText += tr(" (try %1)").arg(item.plan.attempts + 1);
            QString stepText =
                item.isPlanItem()
                    ? tr("%1 (plan %2)").arg(item.step.displayName()).arg(item.planId)
                    : tr("%1 (step %2 of %3)").arg(item.step.displayName()).arg(item.stepIndex + 1).arg(item.stepCount);
            auto *step = cell(stepText);
            step->setData(qlonglong(item.invoice.id), InvoiceIdRole);
            step->setData(i, ItemIndexRole);
            if (item.plan.receiptAssumed)
                step->setToolTip(tr("The receipt of the registered letter is not recorded: planned from its posting."));
            auto *planned = cell(plannedText);
            if (item.missedPromise.isValid()) {
                // Said, not only coloured: the promise was broken.
                planned->setText(
                    plannedText +
                    tr(" — promise of %1 missed").arg(QLocale().toString(item.missedPromise, QLocale::ShortFormat)));
                planned->setIcon(QIcon(QStringLiteral(":/icons/late-3.svg")));
                planned->setToolTip(tr("The client promised to pay by %1 and has not.")
                                        .arg(QLocale().toString(item.missedPromise, QLocale::LongFormat)));
            }
            const AgingBucket bucket = agingBucket(item.daysLate());
            auto *late = cell(daysLateText(item.daysLate()));
            late->setIcon(severityIcon(bucket));
            const QString owed = item.isPlanItem() ? Money(item.instalmentOwedCents, item.invoice.currency).toString()
                                                   : item.invoice.balance().toString();
            QList<QStandardItem *> row{
                step,
                cell(item.isPlanItem() ? item.planInvoices.join(QStringLiteral(", ")) : item.invoice.number),
                cell(item.invoice.clientName),
                cell(owed, Qt::AlignRight | Qt::AlignVCenter),
                late,
                planned,
                cell(item.risk() == RecoveryRisk::None ? QString() : recoveryRiskLabel(item.risk()))};
            const SeverityColours colours = severityColours(bucket, m_tree->palette());
            for (QStandardItem *c : row) {
                c->setData(qlonglong(item.invoice.id), InvoiceIdRole);
                if (item.stepDaysLate() > 0) {
                    c->setBackground(colours.background);
                    c->setForeground(colours.foreground);
                }
            }
            group->appendRow(row);
            if (item.invoice.id == selected)
                toSelect = step->index();
        }
        if (group)
            group->setText(QStringLiteral("%1 (%2)").arg(groupName).arg(count));
    }
    m_tree->expandAll();
    keepColumnsFitted(m_tree, Client);
    if (!toSelect.isValid() && m_model->rowCount() > 0)
        toSelect = m_model->index(0, 0, m_model->index(0, 0));
    if (toSelect.isValid())
        m_tree->setCurrentIndex(toSelect);
    m_empty->setText(emptyText());
    m_stack->setCurrentWidget(m_agenda.items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayView::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
}

QString TodayView::emptyText() const
{
    const QLocale locale;
    QStringList lines{tr("Nothing to do today.")};
    if (const std::optional<AgendaItem> &next = m_agenda.next) {
        lines.last() += QLatin1Char(' ') + tr("Next step: %1 for %2 (%3), on %4.")
                                               .arg(next->step.displayName(), next->invoice.clientName,
                                                    next->isPlanItem() ? next->planInvoices.join(QStringLiteral(", "))
                                                                       : next->invoice.number,
                                                    locale.toString(next->plan.date, QStringLiteral("dddd d MMMM yyyy")));
    }
    if (m_agenda.overdueCount > 0) {
        QStringList sums;
        for (auto it = m_agenda.overdueCents.cbegin(); it != m_agenda.overdueCents.cend(); ++it)
            sums << Money(it.value(), it.key()).toString(locale);
        lines << tr("%n invoice(s) overdue, %1 in all.", nullptr, m_agenda.overdueCount)
                     .arg(locale.createSeparatedList(sums));
    } else {
        lines << tr("No invoice is overdue.");
    }
    QStringList waiting;
    if (m_agenda.paused > 0)
        waiting << tr("%n paused (disputed or on hold)", nullptr, m_agenda.paused);
    if (m_agenda.promised > 0)
        waiting << tr("%n waiting for a promised payment", nullptr, m_agenda.promised);
    if (m_agenda.inPlans > 0)
        waiting << tr("%n paid by instalments", nullptr, m_agenda.inPlans);
    if (m_agenda.finished > 0)
        waiting << tr("%n at the end of its ladder, to hand over", nullptr, m_agenda.finished);
    if (!waiting.isEmpty())
        lines << tr("Not on the agenda: %1.").arg(locale.createSeparatedList(waiting));
    return lines.join(QLatin1Char('\n'));
}

void TodayView::showRecorded(const QString &what)
{
    m_recorded->setText(what);
    // Producing a letter clears the undo history (the letter is proof): no Undo then.
    m_undoRecorded->setVisible(m_context.undo().stack()->canUndo());
    m_recordedBar->show();
}

void TodayView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();  // the rows' colours follow a light or dark palette
}

void TodayView::updateButtons()
{
    const AgendaItem *item = currentItem();
    m_done->setEnabled(item != nullptr);
    m_note->setEnabled(item != nullptr);
    m_open->setEnabled(item != nullptr);
    m_letter->setEnabled(item && letterKindForTemplate(item->step.templateKey).has_value());
    if (item && item->kind == AgendaKind::InstalmentReminder)
        m_done->setText(tr("&Record the reminder…"));
    else if (item && item->kind == AgendaKind::PlanBroken)
        m_done->setText(tr("Plan &broken…"));
    else
        m_done->setText(item && item->step.channel == Channel::Phone ? tr("&Log the call…") : tr("&Mark as done…"));
}

void TodayView::markDone()
{
    // Several steps selected: ticked off together, today, as done by their planned channel.
    QList<const AgendaItem *> steps;
    for (const AgendaItem *selected : selectedItems())
        if (!selected->isPlanItem())
            steps << selected;
    if (steps.size() > 1) {
        QStringList lines;
        QList<ActionInput> inputs;
        for (const AgendaItem *s : steps) {
            lines << tr("%1 — %2 (%3)").arg(s->invoice.number, s->invoice.clientName, s->step.displayName());
            ActionInput input;
            input.invoiceId = s->invoice.id;
            input.date = m_context.today();
            input.channel = s->step.channel;
            input.stepIndex = s->stepIndex;
            inputs << input;
        }
        if (QMessageBox::question(this, tr("Mark steps done"),
                                  tr("Record these %n step(s) as done today?", nullptr, int(steps.size())) +
                                      QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'))) != QMessageBox::Yes)
            return;
        if (const Status done = CollectionService(m_context.db()).recordActions(inputs, m_context.today()); !done) {
            QMessageBox::warning(this, tr("Mark steps done"), done.error().describe());
            return;
        }
        m_context.notifyDataChanged(tr("Marking %n step(s) done", nullptr, int(inputs.size())));
        showRecorded(tr("Recorded as done today: %1.").arg(lines.join(QStringLiteral("; "))));
        return;
    }
    const AgendaItem *item = currentItem();
    if (!item)
        return;
    if (item->isPlanItem()) {
        markPlanStepDone(*item);
        return;
    }
    const LadderStep step = item->step;
    const QString invoice = tr("%1 (%2)").arg(item->invoice.number, item->invoice.clientName);
    ActionDialog dialog(m_context, item->invoice.id, &step, this);
    if (dialog.exec() == QDialog::Accepted)
        showRecorded(tr("Recorded for %1: %2.").arg(invoice, dialog.recordedSummary()));
}

void TodayView::markPlanStepDone(AgendaItem item)
{
    const QLocale locale;
    const QString instalment = tr("instalment %1 of %2 (%3 due on %4, %5 unpaid)")
                                   .arg(item.instalment + 1)
                                   .arg(item.instalmentCount)
                                   .arg(Money(item.instalmentDue.cents, item.invoice.currency).toString(locale),
                                        locale.toString(item.instalmentDue.date, QLocale::ShortFormat),
                                        Money(item.instalmentOwedCents, item.invoice.currency).toString(locale));
    const AgreementService service(m_context.db());
    Status done = success();
    if (item.kind == AgendaKind::InstalmentReminder) {
        if (QMessageBox::question(
                this, tr("Instalment reminder"),
                tr("Record that %1 was reminded of %2 today, by e-mail?").arg(item.invoice.clientName, instalment)) !=
            QMessageBox::Yes)
            return;
        const Result<qint64> id = service.remindInstalment(item.planId, item.instalment, m_context.today(),
                                                           Channel::Email, {}, m_context.today());
        done = id ? success() : Status(id.error());
    } else {
        if (QMessageBox::question(this, tr("Plan broken"),
                                  tr("%1 was reminded of %2 and has not paid. Declare payment plan %3 broken? Chasing "
                                     "resumes at the step where it stood, with the interest and indemnity given up "
                                     "claimed again if the plan said so.")
                                      .arg(item.invoice.clientName, instalment)
                                      .arg(item.planId)) != QMessageBox::Yes)
            return;
        done = service.breakPlan(item.planId, m_context.today(), m_context.today());
    }
    if (!done) {
        QMessageBox::warning(this, tr("Payment plan"), done.error().message);
        return;
    }
    m_context.notifyDataChanged(item.kind == AgendaKind::InstalmentReminder ? tr("Instalment reminder")
                                                                            : tr("Plan broken"));
    showRecorded(item.kind == AgendaKind::InstalmentReminder
                     ? tr("Recorded: %1 reminded of %2 today, by e-mail.").arg(item.invoice.clientName, instalment)
                     : tr("Recorded: payment plan %1 broken today; chasing resumes.").arg(item.planId));
}

void TodayView::addNote()
{
    const AgendaItem *item = currentItem();
    if (!item)
        return;
    const QString invoice = tr("%1 (%2)").arg(item->invoice.number, item->invoice.clientName);
    ActionDialog dialog(m_context, item->invoice.id, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        showRecorded(tr("Recorded for %1: %2.").arg(invoice, dialog.recordedSummary()));
}

}  // namespace relance::ui

namespace relance::ui {

void TodayView::writeLetter()
{
    const AgendaItem *item = currentItem();
    if (!item)
        return;
    LetterDialog dialog(m_context, {item->invoice.id}, letterKindForTemplate(item->step.templateKey), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.recordedSummary().isEmpty())
        showRecorded(dialog.recordedSummary());
}

void TodayView::writeDueLettersToChosenFolder()
{
    const QString folder = existingDirectory(
        this, tr("Folder for today's letters"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        writeDueLetters(folder);
}

int TodayView::writeDueLetters(const QString &folder, bool ask)
{
    const LetterService service(m_context.db(), archiveDirectoryOf(m_context));
    const QList<LetterRequest> due = service.due(m_context.today());
    if (due.isEmpty()) {
        if (ask)
            QMessageBox::information(this, tr("Today's letters"), tr("No letter is due today."));
        return 0;
    }
    QProgressDialog progress(tr("Writing today's letters…"), tr("Stop"), 0, int(due.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QList<LetterDocument> written;
    QStringList problems;
    for (int i = 0; i < due.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        const Result<ProducedLetter> produced = service.produce(due.at(i));
        if (!produced) {
            problems << produced.error().describe();
            continue;
        }
        const QString copy = QDir(folder).filePath(QFileInfo(produced->filePath).fileName());
        QFile::remove(copy);
        QFile::copy(produced->filePath, copy);
        written << produced->document;
    }
    progress.setValue(int(due.size()));
    m_context.notifyDataChanged();
    if (!written.isEmpty())
        showRecorded(tr("%n letter(s) written and archived as proof; the steps they fulfil are recorded as done "
                        "today.",
                        nullptr, int(written.size())));
    if (written.isEmpty()) {
        if (ask)
            QMessageBox::warning(this, tr("Today's letters"), problems.join(QLatin1Char('\n')));
        return 0;
    }
    const LetterRenderer renderer(service.layout());
    const QString combined = QDir(folder).filePath(tr("letters-%1.pdf").arg(m_context.today().toString(Qt::ISODate)));
    if (const Result<QByteArray> pdf = renderer.pdf(written, combined); pdf) {
        QFile file(combined);
        if (file.open(QIODevice::WriteOnly))
            file.write(*pdf);
    }
    if (ask) {
        QString message =
            tr("%n letter(s) written in %1, and all of them in %2 to print.", nullptr, int(written.size()))
                .arg(QDir::toNativeSeparators(folder), QFileInfo(combined).fileName());
        if (!problems.isEmpty())
            message +=
                QStringLiteral("\n\n") + tr("Not written:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        message += QStringLiteral("\n\n") + tr("Print them now?");
        if (QMessageBox::question(this, tr("Today's letters"), message) == QMessageBox::Yes) {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer, this);
            if (dialog.exec() == QDialog::Accepted) {
                printer.setFullPage(true);
                LetterRenderer::preparePage(printer);
                QPainter painter(&printer);
                renderer.paint(painter, printer, written);
            }
        }
    }
    return int(written.size());
}

}  // namespace relance::ui
