#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QLabel;
class QPushButton;

namespace relance::ui {

class DateField;

class AppContext;
class AgreementPanel;
class ClaimPanel;
class TimelineView;
class FieldErrors;

// Creates or edits an invoice. The due date follows the issue date and the client's terms
// until the user sets it by hand; the amount incl. VAT follows the amount excl. VAT and the rate.
class InvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum PaymentColumn { PaymentDate, PaymentAmount, PaymentMethod, PaymentReference, PaymentColumnCount };

    InvoiceDialog(AppContext &context, qint64 invoiceId = 0, QWidget *parent = nullptr);
    ~InvoiceDialog() override;
    ClaimPanel *claimPanel() const { return m_claim; }
    AgreementPanel *agreementPanel() const { return m_agreements; }
    TimelineView *timeline() const { return m_timeline; }
    qint64 savedInvoiceId() const { return m_invoice.id; }

    // Deletes the payment selected in "Payments received", after asking unless told not to.
    // Returns whether a payment was deleted.
    bool deleteSelectedPayment(bool askFirst = true);

public slots:
    void accept() override;

private:
    void fillClients();
    void updateDueDate();
    void updateTotal();
    void updateHints();
    void inferVatRate();
    bool collect();
    void loadPayments();

    AppContext &m_context;
    Invoice m_invoice;
    FieldErrors *m_errors;
    QLineEdit *m_number, *m_amountExcl, *m_amountIncl, *m_pdf;
    QComboBox *m_client, *m_vatRate, *m_currency;
    DateField *m_issued, *m_due, *m_service;
    QCheckBox *m_hasService;
    QPlainTextEdit *m_notes;
    QLineEdit *m_object = nullptr;
    QLineEdit *m_penaltyRate;
    QComboBox *m_pause;
    ClaimPanel *m_claim = nullptr;  // only when editing a stored invoice
    AgreementPanel *m_agreements = nullptr;
    TimelineView *m_timeline = nullptr;
    QTableWidget *m_payments = nullptr;  // only when editing a stored invoice
    QLabel *m_paidSummary = nullptr;
    QLabel *m_datesHint, *m_totalHint;
    QPushButton *m_deletePayment = nullptr;
    bool m_dueEditedByHand = false;
    bool m_totalEditedByHand = false;
};

}  // namespace relance::ui
