#include "csvimportwizard.h"

#include "filedialogs.h"
#include "appcontext.h"
#include "screenfit.h"
#include "services/outputpath.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace relance::ui {

// A wizard page whose Next/Finish button follows a condition.
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

namespace {
constexpr int kPreviewRows = 20;
const DateFormat kDateFormats[] = {DateFormat::DayMonthYear,     DateFormat::Iso,
                                   DateFormat::MonthDayYear,     DateFormat::YearMonthDayCompact,
                                   DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear};
}  // namespace

CsvImportWizard::CsvImportWizard(AppContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("Import invoices from a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    m_filePage = new CheckedPage(this);
    m_filePage->setTitle(tr("The file"));
    m_filePage->setSubTitle(tr("A spreadsheet saved as CSV, from your invoicing tool or your own table."));
    auto *fileLayout = new QVBoxLayout(m_filePage);
    auto *row = new QHBoxLayout;
    // The path is shown, not typed: a label (selectable, to copy it) rather than a field that
    // looks editable and is not.
    m_file = new QLabel(tr("No file chosen yet."), m_filePage);
    m_file->setObjectName(QStringLiteral("csvFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Choose…"), m_filePage);
    row->addWidget(new QLabel(tr("File:"), m_filePage));
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    fileLayout->addLayout(row);
    m_fileInfo = new QLabel(m_filePage);
    m_fileInfo->setObjectName(QStringLiteral("csvFileInfo"));
    m_fileInfo->setWordWrap(true);
    fileLayout->addWidget(m_fileInfo);
    m_preview = new QTableWidget(m_filePage);
    m_preview->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fileLayout->addWidget(m_preview, 1);
    m_filePage->complete = [this] { return m_loaded; };
    connect(browse, &QPushButton::clicked, this, &CsvImportWizard::browse);
    addPage(m_filePage);

    m_columnsPage = new CheckedPage(this);
    m_columnsPage->setTitle(tr("The columns"));
    m_columnsPage->setSubTitle(tr("Which column holds what. Relance guessed from the headers and the values; "
                                  "every row is checked before anything is written."));
    // The choices in two columns above, the problems below at full width (their text is long).
    auto *columnsLayout = new QVBoxLayout(m_columnsPage);
    auto *choices = new QHBoxLayout;
    auto *form = new QFormLayout;
    auto *moreForm = new QFormLayout;
    const QList<ImportField> fields = importFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ImportField f = fields.at(i);
        auto *combo = new QComboBox(m_columnsPage);
        combo->setObjectName(QStringLiteral("map_") + importFieldKey(f));
        m_fields.insert(f, combo);
        (i < (fields.size() + 3) / 2 ? form : moreForm)
            ->addRow(tr("%1:", "a field's label in a form").arg(importFieldLabel(f)), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportWizard::recheck);
    }
    m_decimal = new QComboBox(m_columnsPage);
    m_decimal->setObjectName(QStringLiteral("decimalMark"));
    m_decimal->addItem(tr("Comma (1 234,56)"), int(DecimalMark::Comma));
    m_decimal->addItem(tr("Point (1,234.56)"), int(DecimalMark::Point));
    moreForm->addRow(tr("Decimal mark:"), m_decimal);
    m_dates = new QComboBox(m_columnsPage);
    m_dates->setObjectName(QStringLiteral("dateFormat"));
    for (const DateFormat f : kDateFormats)
        m_dates->addItem(dateFormatLabel(f), int(f));
    moreForm->addRow(tr("Dates written:"), m_dates);
    m_createClients = new QCheckBox(tr("Create the clients Relance does not know"), m_columnsPage);
    m_createClients->setObjectName(QStringLiteral("createClients"));
    m_createClients->setChecked(true);
    moreForm->addRow(QString(), m_createClients);
    choices->addLayout(form, 1);
    choices->addSpacing(12);
    choices->addLayout(moreForm, 1);
    columnsLayout->addLayout(choices);
    m_summary = new QLabel(m_columnsPage);
    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    columnsLayout->addWidget(m_summary);
    m_problems = new QTableWidget(0, ProblemColumnCount, m_columnsPage);
    m_problems->setObjectName(QStringLiteral("csvProblems"));
    m_problems->setAccessibleName(tr("Problems found, by line and column"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setTabKeyNavigation(false);
    columnsLayout->addWidget(m_problems, 1);
    m_columnsPage->complete = [this] { return m_loaded && m_check.ok() && !m_check.toAdd.isEmpty(); };
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &CsvImportWizard::recheck);
    connect(m_dates, &QComboBox::currentIndexChanged, this, &CsvImportWizard::recheck);
    connect(m_createClients, &QCheckBox::toggled, this, &CsvImportWizard::recheck);
    addPage(m_columnsPage);

    setButtonText(QWizard::CustomButton1, tr("&Reload the file"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("csvReload"));
    button(QWizard::CustomButton1)->setToolTip(tr("Read the file again, after correcting it in your spreadsheet"));
    setOption(QWizard::HaveCustomButton1);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            reload();
    });
    // A page shown again (Next, Back) reads the file as it is now on disk.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (!m_path.isEmpty())
            reload();
    });
    button(QWizard::CustomButton1)->setEnabled(false);
    resizeToFit(this, QSize(900, 600));
}

void CsvImportWizard::browse()
{
    const QString path = openFileName(
        this, tr("Import invoices"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CsvImportWizard::loadFile(const QString &path) { return read(path, false); }

bool CsvImportWizard::reload() { return !m_path.isEmpty() && read(m_path, true); }

bool CsvImportWizard::read(const QString &path, bool keepMapping)
{
    const QStringList previousHeader = m_loaded ? m_table.header : QStringList();
    const ColumnMapping previousMapping = mapping();
    m_loaded = false;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    button(QWizard::CustomButton1)->setEnabled(true);
    const Status readable = checkInputPath(path, m_context.db().path(), QStringLiteral("file"));
    QFile file(path);
    Result<CsvTable> table = !readable                         ? Result<CsvTable>(readable.error())
                             : file.open(QIODevice::ReadOnly) ? readCsv(file.readAll(), QFileInfo(path).fileName())
                                                              : Result<CsvTable>(
                                                                    Error(tr("%1 cannot be read: %2").arg(path, file.errorString())));
    if (!table) {
        m_fileInfo->setText(table.error().describe());
        m_preview->clear();
        m_preview->setRowCount(0);
        m_problems->setRowCount(0);
        m_summary->setText(table.error().describe());
        m_filePage->changed();
        m_columnsPage->changed();
        return false;
    }
    m_table = std::move(table).value();
    const QString delimiter = m_table.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_table.delimiter);
    m_fileInfo->setText(tr("%n row(s) · encoding %1 · columns separated by “%2”", "", int(m_table.rows.size()))
                            .arg(m_table.encoding, delimiter));
    m_preview->clear();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int shown = int(std::min<qsizetype>(m_table.rows.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < m_table.rows.at(r).size() && c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows.at(r).at(c)));
    m_preview->setVerticalHeaderLabels([&] {
        QStringList lines;
        for (int r = 0; r < shown; ++r)
            lines << QString::number(m_table.lines.at(r));
        return lines;
    }());
    m_preview->resizeColumnsToContents();
    m_loaded = true;
    const bool sameLayout = keepMapping && previousHeader == m_table.header;
    showMapping(sameLayout ? previousMapping : InvoiceImportService(m_context.db()).mappingFor(m_table));
    m_filePage->changed();
    return true;
}

void CsvImportWizard::showMapping(const ColumnMapping &guessed)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            combo->addItem(tr("Column %1: %2").arg(c + 1).arg(m_table.header.at(c)), c);
        combo->setCurrentIndex(combo->findData(guessed.column(it.key())));
    }
    {
        const QSignalBlocker blockDecimal(m_decimal), blockDates(m_dates);
        m_decimal->setCurrentIndex(m_decimal->findData(int(guessed.decimalMark)));
        m_dates->setCurrentIndex(m_dates->findData(int(guessed.dateFormat)));
    }
    recheck();
}

ColumnMapping CsvImportWizard::mapping() const
{
    ColumnMapping m;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (const int c = it.value()->currentData().toInt(); c >= 0)
            m.columns.insert(it.key(), c);
    m.decimalMark = DecimalMark(m_decimal->currentData().toInt());
    m.dateFormat = DateFormat(m_dates->currentData().toInt());
    m.createClients = m_createClients->isChecked();
    return m;
}

void CsvImportWizard::recheck()
{
    if (!m_loaded)
        return;
    m_check = InvoiceImportService(m_context.db()).preview(m_table, mapping(), QFileInfo(m_path).fileName());
    const ColumnMapping chosen = mapping();
    QHash<int, int> rowOfLine;
    for (int r = 0; r < m_table.lines.size(); ++r)
        rowOfLine.insert(m_table.lines.at(r), r);
    m_problems->setRowCount(int(m_check.problems.size()));
    for (int i = 0; i < m_check.problems.size(); ++i) {
        const Error &problem = m_check.problems.at(i);
        // Named by the file's own column header, with the cell's value, as the preview shows them.
        QString column = problem.field, value;
        if (const auto field = importFieldFromKey(problem.field)) {
            const int c = chosen.column(*field);
            column = c >= 0 ? m_table.header.value(c, problem.field) : importFieldLabel(*field);
            if (c >= 0 && rowOfLine.contains(problem.line))
                value = m_table.rows.at(rowOfLine.value(problem.line)).value(c);
        }
        const QStringList cells{problem.line > 0 ? QString::number(problem.line) : QString(), column, value,
                                problem.message};
        for (int c = 0; c < ProblemColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(problem.describe());
            if (c == ProblemLine)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_problems->setItem(i, c, item);
        }
    }
    // The short columns fit their content; the problem takes the rest of the width and wraps.
    for (int c = ProblemLine; c < ProblemText; ++c)
        m_problems->resizeColumnToContents(c);
    m_problems->resizeRowsToContents();
    m_problems->setVisible(!m_check.problems.isEmpty());
    if (!m_check.ok())
        m_summary->setText(tr("<b>%n problem(s) to fix in the file or the columns:</b> nothing will be imported "
                              "until every row reads.",
                              "", int(m_check.problems.size())));
    else if (m_check.toAdd.isEmpty())
        m_summary->setText(
            tr("Every invoice of this file is already in Relance (%n unchanged).", "", m_check.unchanged));
    else
        m_summary->setText(tr("Ready: %n invoice(s) to add", "", int(m_check.toAdd.size())) + QStringLiteral(", ") +
                           tr("%n already there", "", m_check.unchanged) + QStringLiteral(", ") +
                           tr("%n new client(s).", "", int(m_check.newClients.size())));
    m_columnsPage->changed();
}

void CsvImportWizard::accept()
{
    const InvoiceImportService service(m_context.db());
    const ColumnMapping chosen = mapping();
    const Result<ImportReport> report = service.import(m_table, chosen, QFileInfo(m_path).fileName());
    if (!report) {
        QMessageBox::warning(this, windowTitle(), tr("%1\n\nNothing was imported.").arg(report.error().describe()));
        return;
    }
    m_report = *report;
    // The next file of this layout opens mapped; failing to remember it loses nothing imported.
    if (const Status saved = service.saveMapping(m_table, chosen); !saved)
        qWarning("%s", qPrintable(saved.error().describe()));
    m_context.notifyDataChanged(tr("Importing %n invoice(s)", nullptr, m_report.added));
    QWizard::accept();
}

}  // namespace relance::ui
