#include "issuerform.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "fielderrors.h"
#include "formfields.h"
#include "services/issuerservice.h"

#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

IssuerForm::IssuerForm(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);

    m_name = makeLineEdit(this, "companyName");
    m_legalForm = new QComboBox(this);
    m_legalForm->setObjectName(QStringLiteral("legalForm"));
    m_legalForm->setEditable(true);
    m_legalForm->addItems({QString(), tr("Entrepreneur individuel (micro-entrepreneur)"), QStringLiteral("EI"), QStringLiteral("EIRL"), QStringLiteral("EURL"),
                           QStringLiteral("SARL"), QStringLiteral("SAS"), QStringLiteral("SASU")});
    m_siret = makeLineEdit(this, "siret");
    m_siret->setPlaceholderText(tr("14 digits"));
    m_vat = makeLineEdit(this, "vat");
    m_address = makeTextEdit(this, "address");
    m_postalCode = makeLineEdit(this, "postalCode");
    m_city = makeLineEdit(this, "city");
    m_country = makeLineEdit(this, "country");
    m_country->setMaxLength(2);
    m_email = makeLineEdit(this, "email");
    m_phone = makeLineEdit(this, "phone");
    m_iban = makeLineEdit(this, "iban");
    m_iban->setPlaceholderText(tr("e.g. FR76 3000 6000 0112 3456 7890 189"));
    m_bic = makeLineEdit(this, "bic");
    m_signatory = makeLineEdit(this, "signatory");
    m_signatoryTitle = makeLineEdit(this, "signatoryTitle");
    m_signatoryTitle->setPlaceholderText(tr("e.g. Manager, Sole trader"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&ompany name:"), m_name);
    form->addRow(tr("&Legal form:"), m_legalForm);
    // A micro-entrepreneur under the VAT franchise invoices without VAT and must say why.
    auto *vatExemption = new QLabel(tr("Under the VAT franchise, your invoices carry no VAT and state “TVA non "
                                       "applicable, art. 293 B du CGI”: enter them at 0 % (the invoice editor "
                                       "offers it)."),
                                    this);
    vatExemption->setObjectName(QStringLiteral("vatExemptionHint"));
    vatExemption->setWordWrap(true);
    form->addRow(QString(), vatExemption);
    auto showExemption = [this, vatExemption] {
        vatExemption->setVisible(m_legalForm->currentText().contains(QLatin1String("micro"), Qt::CaseInsensitive));
    };
    connect(m_legalForm, &QComboBox::currentTextChanged, this, showExemption);
    showExemption();
    form->addRow(tr("&SIRET:"), m_siret);
    form->addRow(tr("&VAT number:"), m_vat);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("Cit&y:"), m_city);
    form->addRow(tr("Co&untry code:"), m_country);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("BI&C:"), m_bic);
    form->addRow(tr("Si&gnatory:"), m_signatory);
    form->addRow(tr("Signatory's capaci&ty:"), m_signatoryTitle);
    // Images for the letters: chosen from a file, shown as a thumbnail, removable.
    auto imageRow = [this, form](const QString &label, QByteArray &bytes, QPushButton *&button, const char *name) {
        auto *row = new QHBoxLayout;
        button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setIconSize(QSize(96, 40));
        auto *remove = new QPushButton(tr("Remove"), this);
        remove->setAccessibleName(tr("Remove the image: %1").arg(QString(label).remove(QLatin1Char(':')).trimmed()));
        row->addWidget(button, 1);
        row->addWidget(remove);
        form->addRow(label, row);
        auto show = [this, &bytes, button, remove, label] {
            const QImage image = QImage::fromData(bytes);
            button->setIcon(image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image)));
            button->setText(image.isNull() ? tr("Choose an image…") : QString());
            button->setAccessibleName(
                image.isNull() ? QString()
                               : tr("Change the image: %1").arg(QString(label).remove(QLatin1Char(':')).trimmed()));
            remove->setEnabled(!image.isNull());  // nothing to remove yet
        };
        connect(button, &QPushButton::clicked, this, [this, &bytes, show, label] {
            const QString path = openFileName(this, label, {}, tr("Images (*.png *.jpg *.jpeg)"));
            if (path.isEmpty())
                return;
            QFile file(path);
            const QByteArray contents =
                file.open(QIODevice::ReadOnly) && file.size() < 2 * 1024 * 1024 ? file.readAll() : QByteArray();
            if (QImage::fromData(contents).isNull()) {
                QMessageBox::warning(this, label, tr("%1 is not a PNG or JPEG image under 2 MB.").arg(path));
                return;
            }
            bytes = contents;
            show();
        });
        connect(remove, &QPushButton::clicked, this, [&bytes, show] {
            bytes.clear();
            show();
        });
        return show;
    };
    for (QWidget *needed : std::initializer_list<QWidget *>{m_name, m_address, m_postalCode, m_city, m_iban})
        markRequired(form, needed);
    auto *legend = new QLabel(tr("* needed to write letters"), this);
    legend->setObjectName(QStringLiteral("requiredLegend"));
    form->addRow(QString(), legend);
    m_showLogo = imageRow(tr("Logo on letters:"), m_logo, m_logoButton, "logo");
    m_showSignature = imageRow(tr("Signature image:"), m_signature, m_signatureButton, "signatureImage");
    layout->addLayout(form);

    m_errors->bind(QStringLiteral("company_name"), m_name);
    m_errors->bind(QStringLiteral("siret"), m_siret);
    m_errors->bind(QStringLiteral("vat"), m_vat);
    m_errors->bind(QStringLiteral("email"), m_email);
    m_errors->bind(QStringLiteral("iban"), m_iban);
    m_errors->bind(QStringLiteral("bic"), m_bic);
    m_errors->bind(QStringLiteral("country"), m_country);
    m_errors->bind(QStringLiteral("address"), m_address);
    m_errors->bind(QStringLiteral("postal_code"), m_postalCode);
    m_errors->bind(QStringLiteral("city"), m_city);

    setIssuer(IssuerService(context.db()).load());
}

IssuerForm::~IssuerForm() { delete m_errors; }

void IssuerForm::setIssuer(const Issuer &i)
{
    m_name->setText(i.companyName);
    m_legalForm->setCurrentText(i.legalForm);
    m_siret->setText(i.siret);
    m_vat->setText(i.vatNumber);
    m_address->setPlainText(i.address);
    m_postalCode->setText(i.postalCode);
    m_city->setText(i.city);
    m_country->setText(i.country);
    m_email->setText(i.email);
    m_phone->setText(i.phone);
    m_iban->setText(i.iban);
    m_bic->setText(i.bic);
    m_signatory->setText(i.signatoryName);
    m_signatoryTitle->setText(i.signatoryTitle);
    m_logo = i.logo;
    m_signature = i.signature;
    m_showLogo();
    m_showSignature();
}

Issuer IssuerForm::issuer() const
{
    Issuer i;
    i.companyName = m_name->text();
    i.legalForm = m_legalForm->currentText().trimmed();
    i.siret = m_siret->text().trimmed();
    i.vatNumber = m_vat->text().trimmed().toUpper();
    i.address = m_address->toPlainText().trimmed();
    i.postalCode = m_postalCode->text().trimmed();
    i.city = m_city->text().trimmed();
    i.country = m_country->text().trimmed().toUpper();
    i.email = m_email->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.iban = m_iban->text();
    i.bic = m_bic->text();
    i.signatoryName = m_signatory->text().trimmed();
    i.signatoryTitle = m_signatoryTitle->text().trimmed();
    i.logo = m_logo;
    i.signature = m_signature;
    return i;
}

bool IssuerForm::save(bool forLetters)
{
    m_errors->clear();
    const Issuer typed = issuer();
    // A letter cannot go out without the sender's address and account: asked for where letters
    // are next.
    const QList<QPair<QString, QString>> needed{{QStringLiteral("address"), typed.address},
                                                {QStringLiteral("postal_code"), typed.postalCode},
                                                {QStringLiteral("city"), typed.city},
                                                {QStringLiteral("iban"), typed.iban}};
    if (const Status valid = IssuerService::validate(typed); !valid) {
        m_errors->show(valid.error());
        return false;
    }
    if (forLetters)
        for (const auto &[field, value] : needed)
            if (value.trimmed().isEmpty()) {
                m_errors->show(Error(field == QLatin1String("iban")
                                         ? tr("your IBAN prints on every letter, so that clients know where to pay")
                                         : tr("your address prints on every letter: fill in the street, postal code "
                                              "and city"),
                                     field));
                return false;
            }
    if (const Status saved = IssuerService(m_context.db()).save(typed); !saved) {
        m_errors->show(saved.error());
        return false;
    }
    m_context.notifyDataChanged();
    return true;
}

}  // namespace relance::ui
