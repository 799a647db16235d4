#pragma once

#include <QWizard>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace relance {
class Database;
}

namespace relance::ui {

class AppContext;
class IssuerForm;

// The first launch on an empty book: try Relance on demo data (in a book of its own, opened by
// the window, so that it never mixes with real data), or set up your own — your
// company as it heads the letters, how to chase (the default ladder, the holiday calendar, the
// country of most clients, which chooses French or Belgian law). Everything stays editable
// later (Edit ▸ Your company, Edit ▸ Collection settings).
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePage, CompanyPage, ChasePage, DonePage };
    // What the user chose to do first, on the last page: the window opens it next.
    enum class FirstStep { Today, FirstInvoice, CsvImport, EInvoices, DemoBook };

    explicit FirstRunWizard(AppContext &context, QWidget *parent = nullptr);
    // An empty book that nobody has set up: no invoice, no client, no company name.
    static bool isNeeded(const Database &db);

    QRadioButton *demoChoice() const { return m_demo; }
    IssuerForm *issuerForm() const { return m_issuer; }
    QComboBox *ladder() const { return m_ladder; }
    QComboBox *country() const { return m_country; }
    QCheckBox *alsaceMoselle() const { return m_alsace; }
    FirstStep firstStep() const { return m_firstStep; }
    int nextId() const override;
    bool validateCurrentPage() override;

public slots:
    void accept() override;

private:
    AppContext &m_context;
    QRadioButton *m_demo;
    QRadioButton *m_own;
    IssuerForm *m_issuer;
    QComboBox *m_ladder;
    QComboBox *m_country;
    QCheckBox *m_alsace;
    FirstStep m_firstStep = FirstStep::Today;
};

}  // namespace relance::ui
