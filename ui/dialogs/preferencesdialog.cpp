#include "preferencesdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language named in itself, so that a user lost in the wrong one still finds theirs.
    const QString system = QLocale().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(tr("The new language shows the next time Relance starts. Numbers and dates keep "
                                  "the system's format."),
                               this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    form->addRow(QString(), m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(m_language->currentData().toString() != AppSettings::language()); });

    m_startPage = new QComboBox(this);
    m_startPage->setObjectName(QStringLiteral("startPage"));
    m_startPage->addItem(tr("The dashboard"), int(AppSettings::StartPage::Dashboard));
    m_startPage->addItem(tr("Today's steps"), int(AppSettings::StartPage::Today));
    m_startPage->setCurrentIndex(m_startPage->findData(int(AppSettings::startPage())));
    form->addRow(tr("&Open on:"), m_startPage);

    auto *forget = new QPushButton(tr("&Reset the lists' column widths"), this);
    forget->setObjectName(QStringLiteral("forgetColumnWidths"));
    forget->setToolTip(tr("Lists remember the column widths you set; this gives them their default widths back "
                          "the next time they open."));
    connect(forget, &QPushButton::clicked, this, [forget] {
        AppSettings::forgetColumnWidths();
        forget->setEnabled(false);
        forget->setText(tr("Column widths reset"));
    });
    form->addRow(tr("Lists:"), forget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setStartPage(AppSettings::StartPage(m_startPage->currentData().toInt()));
    QDialog::accept();
}

}  // namespace relance::ui
