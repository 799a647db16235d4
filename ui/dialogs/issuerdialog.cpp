#include "issuerdialog.h"

#include "issuerform.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace relance::ui {

IssuerDialog::IssuerDialog(AppContext &context, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Your company"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These details head every letter and tell your clients how to pay you."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new IssuerForm(context, this);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IssuerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssuerDialog::reject);
    resizeToFit(this, QSize(520, sizeHint().height()));
}

void IssuerDialog::accept()
{
    if (m_form->save())
        QDialog::accept();
}

}  // namespace relance::ui
