#pragma once

#include "domain/invoice.h"
#include "services/bankservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relance::ui {

class AppContext;

// A bank credit split over invoices or assigned by hand: the open invoices in its currency,
// filtered by a search, with the share of each typed in; the shares may leave part of the credit
// unallocated but never exceed it or an invoice's balance. Pre-filled with a proposal, if any.
class AssignCreditDialog : public QDialog
{
    Q_OBJECT

public:
    AssignCreditDialog(AppContext &context, const BankCredit &credit, const MatchProposal *proposal,
                       QWidget *parent = nullptr);
    QLineEdit *search() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // The share typed for an invoice ("" when none); sets it, for tests and keyboard users.
    void setShare(const QString &invoiceNumber, const QString &text);
    // The shares as typed, checked: refused with the invoice and the problem.
    Result<QList<CreditShare>> shares() const;
    qint64 paymentId() const { return m_paymentId; }

public slots:
    void accept() override;

private:
    enum Column { Number, Client, Due, Balance, Share, ColumnCount };
    void filter(const QString &text);
    void updateSummary();

    AppContext &m_context;
    BankCredit m_credit;
    QList<Invoice> m_invoices;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    qint64 m_paymentId = 0;
};

}  // namespace relance::ui
