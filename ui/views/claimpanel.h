#pragma once

#include "services/collectionservice.h"

#include "storage/letterrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relance::ui {

class AppContext;

// On an invoice: what it owes today beyond its balance (interest with its breakdown, the fixed
// indemnity), the warnings the law calls for (rate floor, payment terms, limitation), the
// recovery risk, the next step of its ladder and the history of what was done.
class ClaimPanel : public QWidget
{
    Q_OBJECT

public:
    enum SliceColumn { From, To, Days, SliceBalance, Rate, Amount, Basis, SliceColumnCount };
    enum HistoryColumn { Date, StepName, ChannelName, Result, Notes, Tracking, Receipt, HistoryColumnCount };

    ClaimPanel(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    const std::optional<InvoiceClaim> &claim() const { return m_claim; }
    QTableWidget *breakdown() const { return m_slices; }
    QTableWidget *history() const { return m_history; }
    QTableWidget *letters() const { return m_letters; }

public slots:
    void refresh();
    void markNextStepDone();
    void addNote();
    void recordReceipt();
    void writeLetter();
    void openLetter();
    void recordLetterReceipt();

private:
    QList<ArchivedLetter> m_archived;
    AppContext &m_context;
    qint64 m_invoiceId;
    std::optional<InvoiceClaim> m_claim;
    QLabel *m_profile, *m_totals, *m_warnings, *m_risk, *m_next;
    QTableWidget *m_slices, *m_history, *m_letters;
    QPushButton *m_done, *m_note, *m_receipt, *m_write, *m_openLetter, *m_letterReceipt;
};

}  // namespace relance::ui
