#pragma once

#include "domain/issuer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relance::ui {

class AppContext;
class FieldErrors;

// Your own company's details (name, legal form, SIRET, address, IBAN/BIC, signatory, logo and
// signature image) with its error banner: the form of the Your company dialog and of the
// first-run wizard.
class IssuerForm : public QWidget
{
    Q_OBJECT

public:
    explicit IssuerForm(AppContext &context, QWidget *parent = nullptr);
    ~IssuerForm() override;

    Issuer issuer() const;
    void setIssuer(const Issuer &issuer);
    // Checks and stores what is typed; on a problem, shows it on its field and returns false.
    // `forLetters`: the postal address and the IBAN are required too (letters print them).
    bool save(bool forLetters = false);

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
    std::function<void()> m_showLogo, m_showSignature;
};

}  // namespace relance::ui
