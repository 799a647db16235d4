#pragma once

#include <QDialog>

namespace relance::ui {

class AppContext;
class IssuerForm;

// Your own company's details (name, SIRET, address, IBAN/BIC, signatory): they head every
// letter and tell the client how to pay.
class IssuerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IssuerDialog(AppContext &context, QWidget *parent = nullptr);
    IssuerForm *form() const { return m_form; }

public slots:
    void accept() override;

private:
    IssuerForm *m_form;
};

}  // namespace relance::ui
