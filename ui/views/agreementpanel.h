#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relance::ui {

class AppContext;

// On an invoice: what was agreed with the client (payment plans with their instalments,
// settlements, disputes, promises to pay) and the actions that change it.
class AgreementPanel : public QWidget
{
    Q_OBJECT

public:
    enum InstalmentColumn { Date, Amount, Paid, State, InstalmentColumnCount };

    AgreementPanel(AppContext &context, qint64 invoiceId, QWidget *parent = nullptr);
    QLabel *status() const { return m_status; }
    QTableWidget *instalments() const { return m_instalments; }

public slots:
    void refresh();
    void addPlan();
    void breakPlan();
    void addSettlement();
    void dispute();
    void addPromise();
    void recordAcknowledgement();

private:
    AppContext &m_context;
    qint64 m_invoiceId;
    qint64 m_activePlan = 0;
    qint64 m_liveSettlement = 0;
    QList<qint64> m_agreementInvoices;  // what the live settlement or active plan covers
    QLabel *m_status;
    QTableWidget *m_instalments;
    QPushButton *m_plan, *m_break, *m_settlement, *m_settlementState, *m_dispute, *m_promise, *m_acknowledgement;
};

}  // namespace relance::ui
