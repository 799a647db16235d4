#include "collectionsettingsdialog.h"
#include "views/columnfit.h"

#include "lettersettingstab.h"

#include "appcontext.h"
#include "domain/money.h"
#include "fielderrors.h"
#include "formfields.h"
#include "rules/jurisdiction.h"
#include "screenfit.h"
#include "services/collectionsettingsservice.h"
#include "views/tableviews.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <cstdlib>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relance::ui {

namespace {

QString rateText(const std::optional<int> &rate)
{
    return rate ? formatRate(*rate, QLocale()) : QCoreApplication::translate("CollectionSettingsDialog", "not known");
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

template <typename T, typename Label, typename Key>
QComboBox *enumCombo(const QList<T> &values, Label label, Key key, T current)
{
    auto *combo = new QComboBox;
    for (T v : values)
        combo->addItem(label(v), key(v));
    combo->setCurrentIndex(combo->findData(key(current)));
    return combo;
}

// A number of days, its unit following it ("1 day", "3 days").
QSpinBox *daysSpinBox(int minimum, int maximum, int value)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    auto unit = [box](int n) { box->setSuffix(CollectionSettingsDialog::tr(" day(s)", "after a number", n)); };
    QObject::connect(box, &QSpinBox::valueChanged, box, unit);
    box->setValue(value);
    unit(value);
    return box;
}

const QString kBeforeDueKey = QStringLiteral("before-due");

// An optional rate typed by the user: empty is "not given".
bool readRate(QLineEdit *edit, std::optional<int> &out)
{
    if (edit->text().trimmed().isEmpty())
        return true;
    out = parseRate(edit->text().remove(QLatin1Char('%')));
    return out.has_value();
}

}  // namespace

CollectionSettingsDialog::CollectionSettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Collection settings"));
    auto *layout = new QVBoxLayout(this);
    QLabel *banner = makeErrorBanner(this);
    layout->addWidget(banner);
    m_errors = new FieldErrors(banner);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(makeLaddersTab(), tr("&Ladders"));
    tabs->addTab(makeRatesTab(), tr("&Rates"));
    tabs->addTab(makeProfilesTab(), tr("&Profiles"));
    tabs->addTab(makeOptionsTab(), tr("&Options"));
    tabs->addTab(new LetterSettingsTab(context, tabs), tr("L&etters"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->bind(QStringLiteral("name"), m_ladder);
    m_errors->bind(QStringLiteral("steps"), m_steps);
    loadLadders(CollectionSettingsService(context.db()).settings().defaultLadderId);
    loadRates();
    resizeToFit(this, QSize(1200, 560));
}

CollectionSettingsDialog::~CollectionSettingsDialog() { delete m_errors; }

QWidget *CollectionSettingsDialog::makeLaddersTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_ladder = new QComboBox(tab);
    m_ladder->setObjectName(QStringLiteral("ladder"));
    auto *ladderLabel = new QLabel(tr("L&adder:"), tab);
    ladderLabel->setBuddy(m_ladder);
    auto *newLadder = new QPushButton(tr("&New ladder…"), tab);
    auto *deleteLadder = new QPushButton(tr("&Delete ladder"), tab);
    top->addWidget(ladderLabel);
    top->addWidget(m_ladder, 1);
    top->addWidget(newLadder);
    top->addWidget(deleteLadder);
    layout->addLayout(top);

    m_steps = new QTableWidget(0, StepColumnCount, tab);
    m_steps->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Steps of the ladder"));
    m_steps->setHorizontalHeaderLabels({tr("Letter or message"), tr("Own name"), tr("Days"), tr("Counted"),
                                        tr("Kind of days"), tr("Channel"), tr("Tone"), tr("Deadline to pay")});
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_steps, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a s&tep"), tab);
    auto *remove = new QPushButton(tr("Re&move step"), tab);
    auto *up = new QPushButton(tr("Move &up"), tab);
    auto *down = new QPushButton(tr("Move do&wn"), tab);
    m_saveLadder = new QPushButton(tr("&Save ladder"), tab);
    m_saveLadder->setObjectName(QStringLiteral("saveLadder"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    buttons->addWidget(m_saveLadder);
    layout->addLayout(buttons);
    QWidget::setTabOrder(deleteLadder, m_steps);
    keepCellWidgetsAccessible(m_steps, tr("%1, step %2"), add);
    auto *help =
        new QLabel(tr("A step ahead of the due date (a courtesy reminder) counts “before the due date”. A formal "
                      "notice usually counts from the receipt of the registered letter before it; a hand-over "
                      "from the deadline it gave."),
                   tab);
    help->setWordWrap(true);
    layout->addWidget(help);

    connect(m_ladder, &QComboBox::currentIndexChanged, this, &CollectionSettingsDialog::showLadder);
    connect(newLadder, &QPushButton::clicked, this, &CollectionSettingsDialog::newLadder);
    connect(deleteLadder, &QPushButton::clicked, this, &CollectionSettingsDialog::removeLadder);
    connect(add, &QPushButton::clicked, this, &CollectionSettingsDialog::addStep);
    connect(remove, &QPushButton::clicked, this, &CollectionSettingsDialog::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_saveLadder, &QPushButton::clicked, this, &CollectionSettingsDialog::saveLadder);
    connect(m_steps, &QTableWidget::itemChanged, this, [this] { setLadderModified(true); });
    return tab;
}

QWidget *CollectionSettingsDialog::makeRatesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_ratesNote = new QLabel(tab);
    m_ratesNote->setWordWrap(true);
    layout->addWidget(m_ratesNote);
    m_rates = new QTableWidget(0, 7, tab);
    m_rates->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_rates->setObjectName(QStringLiteral("rates"));
    m_rates->setAccessibleName(tr("Rates per half-year"));
    m_rates->setHorizontalHeaderLabels({tr("Half-year"), tr("ECB rate"), tr("France B2B default"),
                                        tr("Legal rate (private person)"), tr("Legal rate (other cases)"),
                                        tr("Belgium B2B"), tr("Source")});
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_rates, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a half-year…"), tab);
    add->setObjectName(QStringLiteral("addHalfYear"));
    auto *carry = new QPushButton(tr("&Use the last known rates for the next half-year…"), tab);
    carry->setObjectName(QStringLiteral("carryForward"));
    auto *update = new QPushButton(tr("Up&date the ECB rate"), tab);
    update->setObjectName(QStringLiteral("updateEcbRate"));
    update->setToolTip(tr("Reads the ECB main refinancing rate from the ECB's data portal and adds the half-years "
                          "it now covers. A published rate is never replaced."));
    m_removeHalf = new QPushButton(tr("Remo&ve"), tab);
    m_removeHalf->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(carry);
    buttons->addWidget(update);
    buttons->addStretch();
    buttons->addWidget(m_removeHalf);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CollectionSettingsDialog::addHalfYear);
    connect(carry, &QPushButton::clicked, this, &CollectionSettingsDialog::carryForward);
    connect(update, &QPushButton::clicked, this, [this] { updateEcbRate(QUrl(QString::fromLatin1(kEcbMrrUrl))); });
    connect(m_removeHalf, &QPushButton::clicked, this, &CollectionSettingsDialog::removeHalfYear);
    connect(m_rates, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_removeHalf->setEnabled(row >= 0 && m_rates->item(row, 0) &&
                                 m_rates->item(row, 0)->data(Qt::UserRole).toBool());
    });
    return tab;
}

QWidget *CollectionSettingsDialog::makeProfilesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("The client's country and the \"consumer\" box choose the law that applies. "
                                "Profiles ship with Relance as data (profiles.json)."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<JurisdictionProfile> &profiles = ProfileSet::builtIn().all();
    auto *table = new QTableWidget(int(profiles.size()), 6, tab);
    table->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    table->setAccessibleName(tr("Legal profiles"));
    table->setObjectName(QStringLiteral("profiles"));
    table->setHorizontalHeaderLabels({tr("Profile"), tr("Interest"), tr("Fixed indemnity"), tr("Longest terms"),
                                      tr("Limitation"), tr("Legal basis")});
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    for (int row = 0; row < profiles.size(); ++row) {
        const JurisdictionProfile &p = profiles.at(row);
        QString interest;
        if (p.rateRule == JurisdictionProfile::RateRule::FrenchLegalOther)
            interest = tr("legal rate, from the formal notice");
        else if (p.interestFrom == JurisdictionProfile::InterestFrom::Notice)
            interest = tr("ECB + %1 points (at most), %2 days after the first reminder")
                           .arg(p.pointsBasisPoints / 100)
                           .arg(p.graceDays);
        else
            interest = tr("ECB + %1 points, from the day after the due date").arg(p.pointsBasisPoints / 100);
        QString indemnity = tr("none");
        if (p.indemnityRule == JurisdictionProfile::IndemnityRule::Fixed)
            indemnity = Money::eur(p.fixedIndemnityCents).toString() + tr(" per invoice");
        else if (p.indemnityRule == JurisdictionProfile::IndemnityRule::Scale)
            indemnity = tr("scale, at most %1").arg(Money::eur(p.indemnityMaxCents).toString());
        const QString terms =
            p.maxTermsDays == 0 ? tr("no legal maximum")
            : p.maxTermsEndOfMonthDays > 0
                ? tr("%1 days, or %2 days end of month").arg(p.maxTermsDays).arg(p.maxTermsEndOfMonthDays)
                : tr("%1 days").arg(p.maxTermsDays);
        table->setItem(row, 0, readOnly(p.name()));
        table->setItem(row, 1, readOnly(interest));
        table->setItem(row, 2, readOnly(indemnity));
        table->setItem(row, 3, readOnly(terms));
        table->setItem(row, 4, readOnly(tr("%n year(s)", nullptr, p.limitationMonths / 12)));
        table->setItem(
            row, 5,
            readOnly(QStringList{p.interestBasis, p.indemnityBasis, p.limitationBasis}.join(QStringLiteral("; "))));
    }
    table->resizeColumnsToContents();
    keepColumnsFitted(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    return tab;
}

QWidget *CollectionSettingsDialog::makeOptionsTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    const CollectionSettings s = CollectionSettingsService(m_context.db()).settings();
    m_defaultLadder = new QComboBox(tab);
    m_defaultLadder->setObjectName(QStringLiteral("defaultLadder"));
    m_divisor366 = new QCheckBox(tr("Divide by 366 in leap years (365 otherwise; sources differ)"), tab);
    m_divisor366->setObjectName(QStringLiteral("divisor366"));
    m_divisor366->setChecked(s.divisor366InLeapYears);
    m_calendar = new QComboBox(tab);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->addItem(tr("France"), calendarKey(Calendar::France));
    m_calendar->addItem(tr("France, Alsace-Moselle (Good Friday, 26 December)"),
                        calendarKey(Calendar::FranceAlsaceMoselle));
    m_calendar->setCurrentIndex(m_calendar->findData(calendarKey(s.calendar)));
    m_defaultCountry = new QComboBox(tab);
    m_defaultCountry->setObjectName(QStringLiteral("defaultCountry"));
    m_defaultCountry->addItem(tr("France (French law)"), QStringLiteral("FR"));
    m_defaultCountry->addItem(tr("Belgium (Belgian law)"), QStringLiteral("BE"));
    if (m_defaultCountry->findData(s.defaultClientCountry) < 0)
        m_defaultCountry->addItem(s.defaultClientCountry, s.defaultClientCountry);
    m_defaultCountry->setCurrentIndex(m_defaultCountry->findData(s.defaultClientCountry));
    form->addRow(tr("De&fault ladder for new clients:"), m_defaultLadder);
    form->addRow(tr("New clients' &country:"), m_defaultCountry);
    form->addRow(tr("Interest:"), m_divisor366);
    form->addRow(tr("Public &holidays:"), m_calendar);
    tabInFormOrder(form);
    connect(m_defaultLadder, &QComboBox::currentIndexChanged, this, &CollectionSettingsDialog::saveOptions);
    connect(m_divisor366, &QCheckBox::toggled, this, &CollectionSettingsDialog::saveOptions);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &CollectionSettingsDialog::saveOptions);
    connect(m_defaultCountry, &QComboBox::currentIndexChanged, this, &CollectionSettingsDialog::saveOptions);
    return tab;
}

void CollectionSettingsDialog::saveOptions()
{
    if (m_loading)
        return;
    CollectionSettings s;
    s.defaultLadderId = m_defaultLadder->currentData().toLongLong();
    s.divisor366InLeapYears = m_divisor366->isChecked();
    s.calendar = calendarFromKey(m_calendar->currentData().toString()).value_or(Calendar::France);
    s.defaultClientCountry = m_defaultCountry->currentData().toString();
    if (Status saved = CollectionSettingsService(m_context.db()).save(s); !saved) {
        m_errors->show(saved.error());
        return;
    }
    m_context.notifyDataChanged();
}

void CollectionSettingsDialog::loadLadders(qint64 selectId)
{
    m_loading = true;
    m_ladders = CollectionSettingsService(m_context.db()).ladders();
    const qint64 defaultId = CollectionSettingsService(m_context.db()).settings().defaultLadderId;
    m_ladder->clear();
    m_defaultLadder->clear();
    for (const Ladder &l : m_ladders) {
        m_ladder->addItem(l.displayName(), l.id);
        m_defaultLadder->addItem(l.displayName(), l.id);
    }
    m_defaultLadder->setCurrentIndex(qMax(0, m_defaultLadder->findData(defaultId)));
    m_loading = false;
    m_ladder->setCurrentIndex(qMax(0, m_ladder->findData(selectId)));
    showLadder(m_ladder->currentIndex());
}

void CollectionSettingsDialog::showLadder(int index)
{
    if (m_loading || index < 0 || index >= m_ladders.size())
        return;
    m_loading = true;
    const Ladder &ladder = m_ladders.at(index);
    m_steps->setRowCount(0);
    m_steps->setRowCount(int(ladder.steps.size()));
    for (int row = 0; row < ladder.steps.size(); ++row)
        setStepRow(row, ladder.steps.at(row));
    m_loading = false;
    setLadderModified(false);
}

void CollectionSettingsDialog::setStepRow(int row, const LadderStep &s)
{
    auto modified = [this] { setLadderModified(true); };
    auto *templ = new QComboBox;
    for (const QString &key : templateKeys())
        templ->addItem(templateLabel(key), key);
    templ->setCurrentIndex(templ->findData(s.templateKey));
    // "3 days before the due date", never "-3 after the due date": the spin box holds how many
    // days, the combo which side of its anchor (only the due date has a "before").
    auto *offset = daysSpinBox(0, 3650, std::abs(s.offsetDays));
    auto *anchor = new QComboBox;
    anchor->addItem(tr("before the due date"), kBeforeDueKey);
    for (StepAnchor a : {StepAnchor::DueDate, StepAnchor::PreviousStep, StepAnchor::Receipt, StepAnchor::Deadline})
        anchor->addItem(anchorLabel(a), anchorKey(a));
    anchor->setCurrentIndex(
        s.offsetDays < 0 && s.anchor == StepAnchor::DueDate ? 0 : anchor->findData(anchorKey(s.anchor)));
    auto *kind = enumCombo<DayKind>({DayKind::Calendaires, DayKind::Ouvrables, DayKind::Ouvres}, dayKindLabel,
                                    dayKindKey, s.dayKind);
    auto *channel = enumCombo<Channel>(allChannels(), channelLabel, channelKey, s.channel);
    auto *tone =
        enumCombo<Tone>({Tone::Courteous, Tone::Friendly, Tone::Firm, Tone::Formal}, toneLabel, toneKey, s.tone);
    auto *deadline = daysSpinBox(0, 365, s.paymentDeadlineDays);
    deadline->setSpecialValueText(tr("none"));
    m_steps->setCellWidget(row, Template, templ);
    m_steps->setItem(row, Label, new QTableWidgetItem(s.label));
    m_steps->setCellWidget(row, Offset, offset);
    m_steps->setCellWidget(row, Anchor, anchor);
    m_steps->setCellWidget(row, DayKindColumn, kind);
    m_steps->setCellWidget(row, ChannelColumn, channel);
    m_steps->setCellWidget(row, ToneColumn, tone);
    m_steps->setCellWidget(row, Deadline, deadline);
    for (QComboBox *c : {templ, anchor, kind, channel, tone})
        connect(c, &QComboBox::currentIndexChanged, this, modified);
    for (QSpinBox *b : {offset, deadline})
        connect(b, &QSpinBox::valueChanged, this, modified);
}

LadderStep CollectionSettingsDialog::stepAt(int row) const
{
    auto combo = [&](int column) {
        return qobject_cast<QComboBox *>(m_steps->cellWidget(row, column))->currentData().toString();
    };
    auto spin = [&](int column) { return qobject_cast<QSpinBox *>(m_steps->cellWidget(row, column))->value(); };
    LadderStep s;
    s.templateKey = combo(Template);
    s.label = m_steps->item(row, Label) ? m_steps->item(row, Label)->text().trimmed() : QString();
    const bool beforeDue = combo(Anchor) == kBeforeDueKey;
    s.offsetDays = beforeDue ? -spin(Offset) : spin(Offset);
    s.anchor = beforeDue ? StepAnchor::DueDate : anchorFromKey(combo(Anchor)).value_or(StepAnchor::DueDate);
    s.dayKind = dayKindFromKey(combo(DayKindColumn)).value_or(DayKind::Calendaires);
    s.channel = channelFromKey(combo(ChannelColumn)).value_or(Channel::Email);
    s.tone = toneFromKey(combo(ToneColumn)).value_or(Tone::Friendly);
    s.paymentDeadlineDays = spin(Deadline);
    return s;
}

void CollectionSettingsDialog::setLadderModified(bool modified)
{
    if (!m_loading)
        m_saveLadder->setEnabled(modified);
}

void CollectionSettingsDialog::addStep()
{
    LadderStep s;
    s.templateKey = QStringLiteral("reminder2");
    s.offsetDays = 7;
    s.anchor = StepAnchor::PreviousStep;
    const int row = m_steps->currentRow() >= 0 ? m_steps->currentRow() + 1 : m_steps->rowCount();
    m_steps->insertRow(row);
    setStepRow(row, s);
    m_steps->setCurrentCell(row, Template);
    setLadderModified(true);
}

void CollectionSettingsDialog::removeStep()
{
    if (m_steps->currentRow() < 0)
        return;
    m_steps->removeRow(m_steps->currentRow());
    setLadderModified(true);
}

void CollectionSettingsDialog::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_steps->rowCount())
        return;
    const LadderStep a = stepAt(row);
    const LadderStep b = stepAt(target);
    setStepRow(row, b);
    setStepRow(target, a);
    m_steps->setCurrentCell(target, Template);
    setLadderModified(true);
}

bool CollectionSettingsDialog::saveLadder()
{
    m_errors->clear();
    const int index = m_ladder->currentIndex();
    if (index < 0)
        return false;
    Ladder ladder = m_ladders.at(index);
    ladder.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row)
        ladder.steps << stepAt(row);
    const Result<qint64> id = CollectionSettingsService(m_context.db()).saveLadder(ladder);
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    loadLadders(*id);
    m_context.notifyDataChanged();
    return true;
}

void CollectionSettingsDialog::newLadder()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New ladder"), tr("Name of the new ladder:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    // A copy of the ladder on screen, to adapt.
    Ladder ladder;
    ladder.name = name;
    for (int row = 0; row < m_steps->rowCount(); ++row)
        ladder.steps << stepAt(row);
    m_errors->clear();
    const Result<qint64> id = CollectionSettingsService(m_context.db()).saveLadder(ladder);
    if (!id) {
        m_errors->show(id.error());
        return;
    }
    loadLadders(*id);
}

void CollectionSettingsDialog::removeLadder()
{
    const int index = m_ladder->currentIndex();
    if (index < 0)
        return;
    const Ladder &ladder = m_ladders.at(index);
    if (QMessageBox::question(
            this, tr("Delete ladder"),
            tr("Delete the ladder \"%1\"? Its clients will follow the default ladder.").arg(ladder.displayName())) !=
        QMessageBox::Yes)
        return;
    if (Status s = CollectionSettingsService(m_context.db()).removeLadder(ladder.id); !s) {
        m_errors->show(s.error());
        return;
    }
    loadLadders(0);
    m_context.notifyDataChanged();
}

void CollectionSettingsDialog::loadRates()
{
    const RateTable table = CollectionSettingsService(m_context.db()).rates();
    const HalfYear last = table.lastCompleteHalf();
    const HalfYear current = HalfYear::of(m_context.today());
    m_ratesNote->setText(
        last < current
            ? tr("<b>The rates of %1 are not in the table.</b> Interest for days after %2 cannot be computed until you "
                 "add them (from the Journal officiel and the ECB), or accept to use the last known ones.")
                  .arg(current.key(), QLocale().toString(last.lastDay(), QLocale::LongFormat))
            : tr("The table is up to date for %1.").arg(current.key()));
    m_rates->setRowCount(0);
    for (HalfYear h = last.next(); HalfYear{2019, 1} <= h;
         h = HalfYear{h.half == 1 ? h.year - 1 : h.year, h.half == 1 ? 2 : 1}) {
        const HalfYearRates r = table.ratesOf(h);
        if (!r.ecb && !r.legalOther && !r.belgianB2b && !(h == last.next()))
            continue;
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        auto *half = readOnly(h.key());
        half->setData(Qt::UserRole, r.userAdded);
        m_rates->setItem(row, 0, half);
        m_rates->setItem(row, 1, readOnly(rateText(r.ecb)));
        m_rates->setItem(row, 2, readOnly(rateText(r.ecb ? std::optional<int>(*r.ecb + 1000) : std::nullopt)));
        m_rates->setItem(row, 3, readOnly(rateText(r.legalNaturalPerson)));
        m_rates->setItem(row, 4, readOnly(rateText(r.legalOther)));
        m_rates->setItem(row, 5, readOnly(rateText(r.belgianB2b)));
        m_rates->setItem(row, 6,
                         readOnly(r.userAdded             ? tr("added by you: %1").arg(r.source)
                                  : r.ecb || r.legalOther ? tr("shipped with Relance")
                                                          : QString()));
    }
    m_removeHalf->setEnabled(false);
}

void CollectionSettingsDialog::addHalfYear()
{
    const RateTable table = CollectionSettingsService(m_context.db()).rates();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a half-year of rates"));
    auto *form = new QFormLayout(&dialog);
    QLabel *banner = makeErrorBanner(&dialog);
    form->addRow(banner);
    FieldErrors errors(banner);
    auto *half = makeLineEdit(&dialog, "half");
    half->setText(table.lastCompleteHalf().next().key());
    auto *ecb = makeLineEdit(&dialog, "ecb");
    auto *natural = makeLineEdit(&dialog, "legalNatural");
    auto *other = makeLineEdit(&dialog, "legalOther");
    auto *belgium = makeLineEdit(&dialog, "belgium");
    auto *source = makeLineEdit(&dialog, "source");
    source->setPlaceholderText(tr("e.g. Journal officiel, 24 December 2026"));
    form->addRow(tr("&Half-year:"), half);
    form->addRow(tr("&ECB rate on its first day (%):"), ecb);
    form->addRow(tr("Legal rate, &private person (%):"), natural);
    form->addRow(tr("Legal rate, &other cases (%):"), other);
    form->addRow(tr("&Belgium B2B rate (%):"), belgium);
    form->addRow(tr("&Source:"), source);
    errors.bind(QStringLiteral("half"), half);
    errors.bind(QStringLiteral("ecb"), ecb);
    errors.bind(QStringLiteral("legal_natural_person"), natural);
    errors.bind(QStringLiteral("legal_other"), other);
    errors.bind(QStringLiteral("be_b2b"), belgium);
    errors.bind(QStringLiteral("source"), source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        errors.clear();
        HalfYearRates r;
        const auto key = HalfYear::fromKey(half->text());
        if (!key) {
            errors.show(Error(tr("not a half-year such as 2026-H2"), QStringLiteral("half")));
            return;
        }
        r.half = *key;
        r.source = source->text().trimmed();
        for (const auto &[edit, member, field] :
             {std::tuple{ecb, &HalfYearRates::ecb, "ecb"},
              std::tuple{natural, &HalfYearRates::legalNaturalPerson, "legal_natural_person"},
              std::tuple{other, &HalfYearRates::legalOther, "legal_other"},
              std::tuple{belgium, &HalfYearRates::belgianB2b, "be_b2b"}})
            if (!readRate(edit, r.*member)) {
                errors.show(
                    Error(tr("\"%1\" is not a rate such as 2,15").arg(edit->text()), QString::fromLatin1(field)));
                return;
            }
        if (Status s = CollectionSettingsService(m_context.db()).addHalfYear(r, m_context.today()); !s) {
            errors.show(s.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        loadRates();
        m_context.notifyDataChanged();
    }
}

void CollectionSettingsDialog::carryForward()
{
    const RateTable table = CollectionSettingsService(m_context.db()).rates();
    const HalfYear last = table.lastCompleteHalf();
    if (QMessageBox::question(this, tr("Use the last known rates"),
                              tr("The rates of %1 will be used for %2 until you replace them with the published ones. "
                                 "Figures for %2 may then change slightly. Continue?")
                                  .arg(last.key(), last.next().key())) != QMessageBox::Yes)
        return;
    if (const Result<HalfYearRates> r = CollectionSettingsService(m_context.db()).carryForward(m_context.today()); !r) {
        m_errors->show(r.error());
        return;
    }
    loadRates();
    m_context.notifyDataChanged();
}

QString CollectionSettingsDialog::updateEcbRate(const QUrl &url)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Result<EcbUpdate> update = CollectionSettingsService(m_context.db()).updateEcbRates(url, m_context.today());
    QApplication::restoreOverrideCursor();
    if (!update) {
        m_errors->show(update.error());
        return update.error().message;
    }
    const QLocale locale;
    QStringList lines;
    for (const HalfYearRates &r : update->added)
        lines << tr("%1: ECB rate %2, in force on %3.")
                     .arg(r.half.key(), formatRate(*r.ecb, locale),
                          locale.toString(r.half.firstDay(), QLocale::ShortFormat));
    lines << update->notes;
    if (update->added.isEmpty())
        lines << tr("Nothing new: the ECB series, read up to %1, adds no half-year.")
                     .arg(locale.toString(update->lastObservation, QLocale::ShortFormat));
    loadRates();
    if (!update->added.isEmpty())
        m_context.notifyDataChanged(tr("ECB rate update"));
    const QString said = lines.join(QLatin1Char('\n'));
    if (!m_quiet)
        QMessageBox::information(this, tr("ECB rate"), said);
    return said;
}

void CollectionSettingsDialog::removeHalfYear()
{
    const int row = m_rates->currentRow();
    if (row < 0)
        return;
    const auto half = HalfYear::fromKey(m_rates->item(row, 0)->text());
    if (!half)
        return;
    if (Status s = CollectionSettingsService(m_context.db()).removeHalfYear(*half); !s) {
        m_errors->show(s.error());
        return;
    }
    loadRates();
    m_context.notifyDataChanged();
}

}  // namespace relance::ui
