#pragma once

#include "domain/issuer.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relance::ui {

class AppContext;
class FieldErrors;

// Your own company's details (name, SIRET, address, IBAN/BIC, signatory): they head every
// letter and tell the client how to pay.
class IssuerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IssuerDialog(AppContext &context, QWidget *parent = nullptr);
    ~IssuerDialog() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    FieldErrors *m_errors;
    QLineEdit *m_name, *m_siret, *m_vat, *m_postalCode, *m_city, *m_country, *m_email, *m_phone, *m_iban, *m_bic,
        *m_signatory, *m_signatoryTitle;
    QComboBox *m_legalForm;
    QPlainTextEdit *m_address;
    // The logo and the signature image printed on letters (image files' bytes, may be empty).
    QByteArray m_logo, m_signature;
    QPushButton *m_logoButton, *m_signatureButton;
};

}  // namespace relance::ui
