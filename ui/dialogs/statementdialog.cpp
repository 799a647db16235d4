#include "statementdialog.h"

#include "appcontext.h"
#include "filedialogs.h"
#include "formfields.h"
#include "screenfit.h"
#include "widgets/previewbar.h"

#include "letters/letterrenderer.h"
#include "services/letterservice.h"
#include "services/outputpath.h"
#include "services/statementservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/privatefiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGraphicsView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace relance::ui {

StatementDialog::StatementDialog(AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    const auto client = ClientRepository(context.db()).findById(clientId);
    setWindowTitle(tr("Statement of account of %1").arg(client ? client->name : QString()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = makeLetterLanguageCombo(this, "statementLanguage");
    form->addRow(tr("Lan&guage:"), m_language);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("statementProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_printer = new QPrinter(QPrinter::HighResolution);
    m_previewPrinter = new QPrinter(QPrinter::ScreenResolution);
    m_previewPrinter->setFullPage(true);
    LetterRenderer::preparePage(*m_previewPrinter);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setObjectName(QStringLiteral("statementPreview"));
    m_preview->setAccessibleName(tr("Preview of the statement of account"));
    for (QWidget *view : m_preview->findChildren<QGraphicsView *>())
        view->setAccessibleName(tr("Statement preview"));
    layout->addWidget(makePreviewBar(m_preview, this));
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printStatement"));
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveStatement"));
    buttons->setFocusProxy(nullptr);  // see LetterDialog: Tab would circle among the buttons
    layout->addWidget(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_statement)
            return;
        QPainter painter(printer);
        LetterRenderer(LetterService(m_context.db(), {}).layout()).paint(painter, *printer, {*m_statement});
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &StatementDialog::compose);
    connect(m_print, &QPushButton::clicked, this, &StatementDialog::print);
    connect(m_save, &QPushButton::clicked, this, &StatementDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeToFit(this, QSize(760, 900));
    compose();
}

StatementDialog::~StatementDialog()
{
    delete m_previewPrinter;
    delete m_printer;
}

void StatementDialog::compose()
{
    const Result<LetterDocument> composed =
        StatementService(m_context.db()).compose(m_clientId, m_context.today(), m_language->currentData().toString());
    if (composed)
        m_statement = *composed;
    else
        m_statement.reset();
    m_problem->setText(composed ? QString() : composed.error().message);
    m_problem->setVisible(!composed);
    m_print->setEnabled(composed.ok());
    m_save->setEnabled(composed.ok());
    m_preview->updatePreview();
}

Status StatementDialog::printOn(QPrinter &printer)
{
    if (!m_statement)
        return Error(m_problem->text(), QStringLiteral("statement"));
    printer.setFullPage(true);
    LetterRenderer::preparePage(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error(tr("The printer could not start."), QStringLiteral("printer"));
    LetterRenderer(LetterService(m_context.db(), {}).layout()).paint(painter, printer, {*m_statement});
    painter.end();
    return success();
}

Status StatementDialog::saveAs(const QString &path)
{
    if (!m_statement)
        return Error(m_problem->text(), QStringLiteral("statement"));
    if (Status s = checkOutputPath(path, m_context.db().path(), QStringLiteral("output")); !s)
        return s;
    const Result<QByteArray> pdf = StatementService(m_context.db()).pdf(*m_statement);
    if (!pdf)
        return pdf.error();
    if (Status s = files::writeAtomically(path, *pdf); !s)
        return Error(tr("Could not write %1 (%2).").arg(path, s.error().message), QStringLiteral("output"));
    return success();
}

void StatementDialog::print()
{
    QPrintDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print the statement of account"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = printOn(*m_printer); !printed) {
        QMessageBox::warning(this, windowTitle(), printed.error().message);
        return;
    }
    accept();
}

void StatementDialog::savePdf()
{
    if (!m_statement)
        return;
    const auto client = ClientRepository(m_context.db()).findById(m_clientId);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(StatementService::fileName(*m_statement, client ? client->name : QString()));
    const QString path = saveFileName(this, tr("Save the statement of account as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveAs(path); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    accept();
}

}  // namespace relance::ui
