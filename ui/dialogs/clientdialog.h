#pragma once

#include "domain/client.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;

namespace relance::ui {

class AppContext;
class FieldErrors;

// Creates or edits a client. Saving goes through ClientService; an error keeps the dialog
// open with the field in error focused.
class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    // clientId 0: a new client.
    ClientDialog(AppContext &context, qint64 clientId = 0, QWidget *parent = nullptr);
    ~ClientDialog() override;
    qint64 savedClientId() const { return m_client.id; }

public slots:
    void accept() override;

private:
    void load();
    bool collect();
    void showCredit();
    // Uses the client's credit against its open invoices, or records it as paid back today.
    void settleCredit(bool refunded);

    AppContext &m_context;
    Client m_client;
    FieldErrors *m_errors;
    QLineEdit *m_name, *m_siret, *m_vat, *m_postalCode, *m_city, *m_country, *m_email, *m_phone, *m_contact, *m_rate;
    QComboBox *m_legalForm;
    QComboBox *m_ladder;
    QPlainTextEdit *m_address, *m_notes;
    QComboBox *m_law = nullptr;
    QComboBox *m_penaltyClause = nullptr;
    QCheckBox *m_consumer;
    QSpinBox *m_terms;
    QWidget *m_credit;
    QLabel *m_creditLabel;
};

}  // namespace relance::ui
