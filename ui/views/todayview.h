#pragma once

#include "services/collectionservice.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace relance::ui {

class AppContext;

// The agenda: what to do today, grouped by channel (e-mails, calls, letters...), each step with
// its invoice, how late it is and the recovery risk. One click logs a call or marks a step done;
// double-click opens the invoice.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    enum Column { Step, InvoiceNumber, Client, Balance, Late, Planned, Risk, ColumnCount };
    enum Role { InvoiceIdRole = Qt::UserRole + 1, ItemIndexRole };

    explicit TodayView(AppContext &context, QWidget *parent = nullptr);
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    const Agenda &agenda() const { return m_agenda; }
    // The agenda item of the selected row, if a step (not a channel heading) is selected.
    const AgendaItem *currentItem() const;
    // Every selected step (Ctrl or Shift + click selects several).
    QList<const AgendaItem *> selectedItems() const;
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *recordedLabel() const { return m_recorded; }

public slots:
    void refresh();
    void markDone();
    void addNote();
    void writeLetter();
    // Asks for a folder, then writes every letter due today into it.
    void writeDueLettersToChosenFolder();
    // Every letter due today, one PDF each in `folder` and one combined, with a cancellable
    // progress dialog. Returns how many were written; asks whether to print them when `ask`.
    int writeDueLetters(const QString &folder, bool ask = true);

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    void updateButtons();
    // What the empty agenda says: nothing today, and what is true of the book all the same.
    QString emptyText() const;
    // After a step done or a letter produced from here: what the book now records, with Undo
    // when the change can be undone (an archived letter cannot: it is proof).
    void showRecorded(const QString &what);
    void changeEvent(QEvent *event) override;
    // A plan item: the instalment's reminder sent, or the plan declared broken.
    void markPlanStepDone(AgendaItem item);  // a copy: the agenda may refresh while a question is asked

    AppContext &m_context;
    Agenda m_agenda;
    QLabel *m_title, *m_summary, *m_empty, *m_recorded;
    QWidget *m_recordedBar;
    QPushButton *m_undoRecorded;
    QCheckBox *m_upcoming;
    QPushButton *m_done, *m_note, *m_open, *m_letter, *m_batch;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
};

}  // namespace relance::ui
