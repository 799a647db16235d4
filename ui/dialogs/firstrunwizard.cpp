#include "firstrunwizard.h"

#include "appcontext.h"
#include "issuerform.h"
#include "screenfit.h"
#include "services/collectionsettingsservice.h"
#include "services/issuerservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
}  // namespace

bool FirstRunWizard::isNeeded(const Database &db)
{
    return InvoiceRepository(db).countAll() == 0 && ClientRepository(db).count() == 0 &&
           IssuerService(db).load().companyName.trimmed().isEmpty();
}

FirstRunWizard::FirstRunWizard(AppContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("Welcome to Relance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome"));
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(paragraph(tr("Relance tells you every morning which invoices are overdue, how much "
                                          "money is at risk and what to do today — a friendly e-mail, a call, a "
                                          "reminder letter, a formal notice — and writes it with you."),
                                       welcome));
    m_own = new QRadioButton(tr("&Set up my own book (two short pages)"), welcome);
    m_own->setObjectName(QStringLiteral("ownBook"));
    m_own->setChecked(true);
    m_demo = new QRadioButton(tr("&Explore first with demo data: a freelancer's 18 months, with late payers"), welcome);
    m_demo->setObjectName(QStringLiteral("demoBook"));
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_own);
    welcomeLayout->addWidget(m_demo);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(paragraph(tr("The demo opens in a book of its own, beside this one: your own data never "
                                          "mixes with it. Come back to your book with File ▸ Open database."),
                                       welcome));
    setPage(WelcomePage, welcome);

    auto *company = new QWizardPage(this);
    company->setTitle(tr("Your company"));
    company->setSubTitle(tr("These details head every letter and tell your clients how to pay you. Your name, "
                            "address and IBAN are needed now; the rest can wait (Edit ▸ Your company)."));
    auto *companyLayout = new QVBoxLayout(company);
    auto *scroll = new QScrollArea(company);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes to the fields, which scroll into view
    m_issuer = new IssuerForm(context, scroll);
    scroll->setWidget(m_issuer);
    companyLayout->addWidget(scroll);
    setPage(CompanyPage, company);

    auto *chase = new QWizardPage(this);
    chase->setTitle(tr("How to chase"));
    chase->setSubTitle(tr("The steps Relance plans after an invoice's due date, and the law that applies. Each "
                          "client can have its own later."));
    auto *form = new QFormLayout(chase);
    m_ladder = new QComboBox(chase);
    m_ladder->setObjectName(QStringLiteral("defaultLadder"));
    const CollectionSettingsService settings(context.db());
    for (const Ladder &l : settings.ladders())
        m_ladder->addItem(l.displayName(), l.id);
    m_ladder->setCurrentIndex(std::max(0, m_ladder->findData(settings.settings().defaultLadderId)));
    form->addRow(tr("&Reminder ladder:"), m_ladder);
    form->addRow(QString(), paragraph(tr("Standard: a courtesy e-mail before the due date, reminders, a call, a "
                                         "registered reminder, then the formal notice. Gentle freelancer: the same "
                                         "with more patience between steps."),
                                      chase));
    m_country = new QComboBox(chase);
    m_country->setObjectName(QStringLiteral("defaultCountry"));
    m_country->addItem(tr("France (French law)"), QStringLiteral("FR"));
    m_country->addItem(tr("Belgium (Belgian law)"), QStringLiteral("BE"));
    form->addRow(tr("Most of my &clients are in:"), m_country);
    m_alsace = new QCheckBox(tr("I work in Alsace or Moselle (Good Friday and 26 December are holidays)"), chase);
    m_alsace->setObjectName(QStringLiteral("alsaceMoselle"));
    m_alsace->setChecked(settings.settings().calendar == Calendar::FranceAlsaceMoselle);
    form->addRow(QString(), m_alsace);
    setPage(ChasePage, chase);

    auto *done = new QWizardPage(this);
    done->setTitle(tr("Ready"));
    done->setSubTitle(tr("Now bring in your unpaid invoices. Then open Today each morning: it lists the steps "
                         "due, and writes the letters with you."));
    auto *doneLayout = new QVBoxLayout(done);
    // One button per way in; each finishes the wizard and opens that step.
    auto startWith = [this, done, doneLayout](FirstStep step, const QString &text, const QString &detail,
                                               const char *name) {
        auto *button = new QCommandLinkButton(text, detail, done);
        button->setObjectName(QLatin1String(name));
        doneLayout->addWidget(button);
        connect(button, &QCommandLinkButton::clicked, this, [this, step] {
            m_firstStep = step;
            accept();
        });
    };
    startWith(FirstStep::FirstInvoice, tr("Enter my first &invoice"),
              tr("One invoice and its client, typed in (Invoice ▸ New invoice, Ctrl+N)."), "startFirstInvoice");
    startWith(FirstStep::CsvImport, tr("Import a &CSV file"),
              tr("A spreadsheet or an export of your invoicing tool (File ▸ Import invoices from a CSV file, Ctrl+I)."),
              "startCsvImport");
    startWith(FirstStep::EInvoices, tr("Import &e-invoices"),
              tr("Factur-X PDFs or UBL / CII files (File ▸ Import e-invoices)."), "startEInvoices");
    doneLayout->addStretch();
    setPage(DonePage, done);
    resizeToFit(this, QSize(720, 620));
}

int FirstRunWizard::nextId() const
{
    if (currentId() == WelcomePage && m_demo->isChecked())
        return -1;  // the demo needs nothing more: Finish
    return QWizard::nextId();
}

bool FirstRunWizard::validateCurrentPage()
{
    // The company is stored when leaving its page, so its problems show on its fields.
    if (currentId() == CompanyPage && !m_issuer->save(true))
        return false;
    return QWizard::validateCurrentPage();
}

void FirstRunWizard::accept()
{
    if (m_demo->isChecked()) {
        m_firstStep = FirstStep::DemoBook;  // the window opens it: this book stays untouched
    } else {
        const CollectionSettingsService service(m_context.db());
        CollectionSettings settings = service.settings();
        settings.defaultLadderId = m_ladder->currentData().toLongLong();
        settings.calendar = m_alsace->isChecked() ? Calendar::FranceAlsaceMoselle : Calendar::France;
        settings.defaultClientCountry = m_country->currentData().toString();
        if (const Status s = service.save(settings); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().describe());
            return;
        }
    }
    m_context.notifyDataChanged();
    QWizard::accept();
}

}  // namespace relance::ui
