#include "lettersettingstab.h"

#include "appcontext.h"
#include "fielderrors.h"

#include "letters/letterkind.h"
#include "letters/letterstrings.h"
#include "letters/lettertemplate.h"
#include "rules/jurisdiction.h"
#include "services/letterservice.h"
#include "services/lettertemplateservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QDoubleSpinBox *millimetres(QWidget *parent, const char *name, double min, double max)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(min, max);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(QObject::tr(" mm"));
    return spin;
}
}  // namespace

LetterSettingsTab::LetterSettingsTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    const LetterService letters(context.db(), {});
    const LetterLayout current = letters.layout();

    auto *page = new QGroupBox(tr("Page"), this);
    auto *pageLayout = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    m_left = millimetres(page, "windowLeft", 0, 125);
    m_top = millimetres(page, "windowTop", 10, 117);
    m_fontSize = new QDoubleSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("letterFontSize"));
    m_fontSize->setRange(8, 14);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_left->setValue(current.windowLeftMm);
    m_top->setValue(current.windowTopMm);
    m_fontSize->setValue(current.fontPointSize);
    form->addRow(tr("Address window from the le&ft:"), m_left);
    form->addRow(tr("Address &window from the top:"), m_top);
    form->addRow(tr("Text si&ze:"), m_fontSize);
    auto *saveLayout = new QPushButton(tr("Save the page settings"), page);
    saveLayout->setObjectName(QStringLiteral("saveLetterLayout"));
    auto *hint = new QLabel(tr("The defaults fit a French DL window envelope (window 85 × 33 mm, 110 mm from the left "
                               "and 55 mm from the top of the sheet)."),
                            page);
    hint->setWordWrap(true);
    pageLayout->addLayout(form);
    pageLayout->addWidget(hint, 1);
    pageLayout->addWidget(saveLayout);
    layout->addWidget(page);

    auto *templates = new QGroupBox(tr("Templates"), this);
    auto *tLayout = new QVBoxLayout(templates);
    auto *choose = new QHBoxLayout;
    m_kind = new QComboBox(templates);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (LetterKind k : allLetterKinds())
        m_kind->addItem(letterKindLabel(k), letterKindKey(k));
    m_language = new QComboBox(templates);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_profile = new QComboBox(templates);
    m_profile->setObjectName(QStringLiteral("templateProfile"));
    m_profile->addItem(tr("Every jurisdiction"), QString());
    for (const JurisdictionProfile &p : ProfileSet::builtIn().all())
        m_profile->addItem(p.name(), p.key);
    choose->addWidget(m_kind, 2);
    choose->addWidget(m_language);
    choose->addWidget(m_profile, 1);
    tLayout->addLayout(choose);
    m_banner = makeErrorBanner(templates);
    tLayout->addWidget(m_banner);
    auto *editRow = new QHBoxLayout;
    m_text = new QPlainTextEdit(templates);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setAccessibleName(tr("Template text"));
    m_text->setTabChangesFocus(true);  // a letter has no use for tab characters
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_placeholders = new QListWidget(templates);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    for (const PlaceholderInfo &p : letterPlaceholders()) {
        auto *item = new QListWidgetItem(QStringLiteral("{%1}").arg(p.name), m_placeholders);
        item->setToolTip(p.description);
    }
    for (const PlaceholderInfo &c : letterConditions()) {
        auto *item = new QListWidgetItem(QStringLiteral("{if %1}").arg(c.name), m_placeholders);
        item->setToolTip(c.description);
    }
    m_placeholders->setMaximumWidth(220);
    editRow->addWidget(m_text, 1);
    editRow->addWidget(m_placeholders);
    tLayout->addLayout(editRow, 1);
    auto *buttons = new QHBoxLayout;
    m_state = new QLabel(templates);
    m_state->setObjectName(QStringLiteral("templateState"));
    m_save = new QPushButton(tr("Sa&ve the template"), templates);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_reset = new QPushButton(tr("Back to the shipped &text"), templates);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    tLayout->addLayout(buttons);
    auto *help = new QLabel(tr("Sections: [subject], [title], [letter], [enclosures], [email.subject], [email], [sms]. "
                               "**bold**, \"- \" for a bullet, {if b2b} … {else} … {end} on their own lines. "
                               "Double-click a placeholder to insert it."),
                            templates);
    help->setWordWrap(true);
    tLayout->addWidget(help);
    layout->addWidget(templates, 1);

    connect(saveLayout, &QPushButton::clicked, this, &LetterSettingsTab::saveLayout);
    for (QComboBox *combo : {m_kind, m_language, m_profile})
        connect(combo, &QComboBox::currentIndexChanged, this, &LetterSettingsTab::loadTemplate);
    connect(m_save, &QPushButton::clicked, this, &LetterSettingsTab::saveTemplate);
    connect(m_reset, &QPushButton::clicked, this, &LetterSettingsTab::resetTemplate);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { m_text->insertPlainText(item->text()); });
    loadTemplate();
}

void LetterSettingsTab::loadTemplate()
{
    const auto kind = letterKindFromKey(m_kind->currentData().toString()).value_or(LetterKind::Reminder1);
    const LetterTemplateService service(m_context.db());
    const QString language = m_language->currentData().toString();
    const QString profile = m_profile->currentData().toString();
    m_text->setPlainText(service.text(kind, language, profile));
    const bool own = service.isCustomised(kind, language, profile);
    m_state->setText(own ? tr("Your own text.") : tr("The shipped text (or your text for every jurisdiction)."));
    m_reset->setEnabled(own);
    m_banner->hide();
}

bool LetterSettingsTab::saveTemplate()
{
    const auto kind = letterKindFromKey(m_kind->currentData().toString()).value_or(LetterKind::Reminder1);
    const Status s = LetterTemplateService(m_context.db())
                         .save(kind, m_language->currentData().toString(), m_profile->currentData().toString(),
                               m_text->toPlainText(), m_context.today());
    if (!s) {
        m_banner->setText(s.error().message);
        m_banner->show();
        return false;
    }
    loadTemplate();
    m_context.notifyDataChanged();
    return true;
}

void LetterSettingsTab::resetTemplate()
{
    const auto kind = letterKindFromKey(m_kind->currentData().toString()).value_or(LetterKind::Reminder1);
    if (Status s = LetterTemplateService(m_context.db())
                       .reset(kind, m_language->currentData().toString(), m_profile->currentData().toString());
        !s)
        QMessageBox::warning(this, tr("Template"), s.error().message);
    loadTemplate();
}

void LetterSettingsTab::saveLayout()
{
    const LetterService letters(m_context.db(), {});
    LetterLayout l = letters.layout();
    l.windowLeftMm = m_left->value();
    l.windowTopMm = m_top->value();
    l.fontPointSize = m_fontSize->value();
    if (Status s = letters.saveLayout(l); !s) {
        QMessageBox::warning(this, tr("Page settings"), s.error().message);
        return;
    }
    m_context.notifyDataChanged();
}

}  // namespace relance::ui
