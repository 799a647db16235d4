#pragma once

#include "domain/invoice.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relance::ui {

class DateField;

class AppContext;
class FieldErrors;

// Records a payment from a client: the amount is spread over the client's open invoices,
// oldest first (or the invoice the dialog was opened on first), and each share can be changed.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Number, Due, Balance, Share, ColumnCount };

    // invoiceId: the invoice the user started from (0: none); its client is preselected.
    PaymentDialog(AppContext &context, qint64 invoiceId = 0, QWidget *parent = nullptr);
    ~PaymentDialog() override;

public slots:
    void accept() override;

private:
    void loadInvoices();
    void spreadAmount();

    AppContext &m_context;
    qint64 m_startInvoiceId;
    QList<Invoice> m_open;
    FieldErrors *m_errors;
    QComboBox *m_client, *m_method;
    DateField *m_date;
    QLineEdit *m_amount, *m_reference;
    QTableWidget *m_invoices;
    QLabel *m_hint;
    bool m_sharesEditedByHand = false;
};

}  // namespace relance::ui
