#include "letterdialog.h"

#include <QAction>
#include <QCheckBox>

#include "filedialogs.h"
#include "services/outputpath.h"
#include "storage/database.h"
#include "storage/privatefiles.h"

#include "appcontext.h"
#include "domain/typeddate.h"
#include "fielderrors.h"
#include "formfields.h"

#include "letters/letterrenderer.h"
#include "letters/letterstrings.h"
#include "widgets/previewbar.h"
#include "rules/instalments.h"
#include "screenfit.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QUrl>
#include <QToolBar>
#include <QVBoxLayout>

namespace relance::ui {

QString archiveDirectoryOf(const AppContext &context)
{
    return LetterService::defaultArchiveDirectory(context.db().path());
}

LetterDialog::LetterDialog(AppContext &context, QList<qint64> invoiceIds, std::optional<LetterKind> kind,
                           QWidget *parent)
    : QDialog(parent), m_context(context), m_invoiceIds(std::move(invoiceIds)),
      m_service(context.db(), archiveDirectoryOf(context))
{
    setWindowTitle(tr("Write a letter"));
    auto *layout = new QHBoxLayout(this);

    auto *side = new QVBoxLayout;
    m_banner = makeErrorBanner(this);
    m_errors = new FieldErrors(m_banner);
    side->addWidget(m_banner);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterKind"));
    for (LetterKind k : allLetterKinds())
        m_kind->addItem(letterKindLabel(k), letterKindKey(k));
    m_kind->setCurrentIndex(int(allLetterKinds().indexOf(kind.value_or(LetterKind::Reminder1))));
    m_language = makeLetterLanguageCombo(this, "letterLanguage");
    m_tracking = makeLineEdit(this, "trackingNumber");
    m_tracking->setPlaceholderText(tr("e.g. 1A 123 456 7890 1"));
    form->addRow(tr("&Letter:"), m_kind);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("Registered &number:"), m_tracking);
    // Shown when the book lacks the letter's usual premise (a formal notice with no reminder
    // before it): the user may write it anyway, and it then claims nothing the book lacks.
    m_insist = new QCheckBox(tr("&Write it anyway: the letter will mention only what the book records"), this);
    m_insist->setObjectName(QStringLiteral("insist"));
    m_insist->setVisible(false);
    form->addRow(QString(), m_insist);
    side->addLayout(form);

    m_termsRow = new QWidget(this);
    auto *termsLayout = new QVBoxLayout(m_termsRow);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    m_terms = makeTextEdit(m_termsRow, "agreementTerms");
    m_terms->setPlaceholderText(tr("What was agreed: new date, amounts, penalties waived…"));
    termsLayout->addWidget(new QLabel(tr("Terms agreed with the client:"), m_termsRow));
    termsLayout->addWidget(m_terms);
    side->addWidget(m_termsRow);

    m_instalmentsRow = new QWidget(this);
    auto *instLayout = new QVBoxLayout(m_instalmentsRow);
    instLayout->setContentsMargins(0, 0, 0, 0);
    m_instalments = new QTableWidget(0, 2, m_instalmentsRow);
    m_instalments->setTabKeyNavigation(false);  // Tab leaves the grid; arrows move in it
    m_instalments->setObjectName(QStringLiteral("instalments"));
    m_instalments->setHorizontalHeaderLabels({tr("Date"), tr("Amount")});
    m_instalments->horizontalHeader()->setStretchLastSection(true);
    m_instalments->setAccessibleName(tr("Instalments"));
    auto *instButtons = new QHBoxLayout;
    auto *addInstalment = new QPushButton(tr("&Add an instalment"), m_instalmentsRow);
    auto *removeInstalment = new QPushButton(tr("&Remove"), m_instalmentsRow);
    auto *count = new QSpinBox(m_instalmentsRow);
    count->setObjectName(QStringLiteral("instalmentCount"));
    count->setRange(2, 36);
    count->setValue(3);
    count->setAccessibleName(tr("Number of monthly instalments"));
    auto *spread = new QPushButton(tr("&Spread monthly"), m_instalmentsRow);
    spread->setObjectName(QStringLiteral("spreadInstalments"));
    spread->setToolTip(tr("Equal monthly instalments of the balance from next month, the cents left over on the last"));
    instButtons->addWidget(addInstalment);
    instButtons->addWidget(removeInstalment);
    instButtons->addStretch();
    instButtons->addWidget(count);
    instButtons->addWidget(spread);
    connect(spread, &QPushButton::clicked, this, [this, count] {
        qint64 balance = 0;
        QString currency = QStringLiteral("EUR");
        for (qint64 id : m_invoiceIds)
            if (const auto invoice = InvoiceRepository(m_context.db()).findById(id)) {
                balance += invoice->balance().cents();
                currency = invoice->currency;
            }
        const auto plan =
            equalInstalments(balance, count->value(), m_context.today().addMonths(1), InstalmentFrequency::Monthly);
        if (!plan) {
            m_errors->show(plan.error());
            return;
        }
        QList<PlanInstalment> instalments;
        for (const InstalmentDue &due : *plan)
            instalments.append({due.date, due.cents, false});
        setInstalments(instalments, currency);
    });
    instLayout->addWidget(new QLabel(tr("Instalments (date, amount):"), m_instalmentsRow));
    instLayout->addWidget(m_instalments);
    instLayout->addLayout(instButtons);
    side->addWidget(m_instalmentsRow);
    m_errors->bind(QStringLiteral("terms"), m_terms);
    m_errors->bind(QStringLiteral("instalments"), m_instalments);
    m_errors->bind(QStringLiteral("lang"), m_language);
    m_errors->bind(QStringLiteral("kind"), m_kind);

    auto *tabs = new QTabWidget(this);
    m_email = makeTextEdit(this, "emailText");
    m_email->setReadOnly(true);
    m_sms = makeTextEdit(this, "smsText");
    m_sms->setReadOnly(true);
    for (QPlainTextEdit *edit : {m_email, m_sms}) {  // these grow with the dialog
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 6);
        edit->setMaximumHeight(QWIDGETSIZE_MAX);
    }
    m_email->setAccessibleName(tr("The step as an e-mail"));
    m_sms->setAccessibleName(tr("The step as a text message"));
    tabs->addTab(m_email, tr("E-mail"));
    tabs->addTab(m_sms, tr("Text message"));
    auto *copy = new QPushButton(tr("&Copy the text"), this);
    side->addWidget(new QLabel(tr("The same step by e-mail or text message:"), this));
    side->addWidget(tabs, 1);
    side->addWidget(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printLetter"));
    m_save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveLetter"));
    m_send = buttons->addButton(tr("Send by &e-mail…"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("emailLetter"));
    m_print->setToolTip(tr("Prints the letter; it is archived and recorded on the invoice."));
    // The box hands its focus to its first button; with buttons added after its standard one,
    // Qt 6.4 then finds the box again after the last button and Tab circles among them.
    buttons->setFocusProxy(nullptr);
    side->addWidget(buttons);

    m_printer = new QPrinter(QPrinter::HighResolution);
    m_previewPrinter = new QPrinter(QPrinter::ScreenResolution);
    m_previewPrinter->setFullPage(true);
    LetterRenderer::preparePage(*m_previewPrinter);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    // The page view inside takes the focus (arrows and Page Up/Down scroll the letter).
    for (QWidget *view : m_preview->findChildren<QGraphicsView *>())
        view->setAccessibleName(tr("Letter preview"));
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->setMinimumWidth(460);
    layout->addLayout(side, 2);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(makePreviewBar(m_preview, this));
    previewColumn->addWidget(m_preview, 1);
    layout->addLayout(previewColumn, 3);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_document)
            return;
        QPainter painter(printer);
        LetterRenderer(m_service.layout()).paint(painter, *printer, {*m_document});
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::updatePreview);
    connect(m_tracking, &QLineEdit::editingFinished, this, &LetterDialog::updatePreview);
    connect(m_insist, &QCheckBox::toggled, this, &LetterDialog::updatePreview);
    connect(m_terms, &QPlainTextEdit::textChanged, this, &LetterDialog::updatePreview);
    connect(m_instalments, &QTableWidget::cellChanged, this, &LetterDialog::updatePreview);
    connect(addInstalment, &QPushButton::clicked, this, [this] {
        const int row = m_instalments->rowCount();
        m_instalments->insertRow(row);
        m_instalments->setItem(
            row, 0,
            new QTableWidgetItem(QLocale().toString(m_context.today().addMonths(row + 1), QLocale::ShortFormat)));
        m_instalments->setItem(row, 1, new QTableWidgetItem);
    });
    connect(removeInstalment, &QPushButton::clicked, this, [this] {
        m_instalments->removeRow(m_instalments->currentRow());
        updatePreview();
    });
    connect(copy, &QPushButton::clicked, this, [this, tabs] {
        QApplication::clipboard()->setText(tabs->currentIndex() == 0 ? m_email->toPlainText() : m_sms->toPlainText());
    });
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::savePdf);
    connect(m_send, &QPushButton::clicked, this, &LetterDialog::sendEmail);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeToFit(this, QSize(1180, 820));
    updatePreview();
}

LetterDialog::~LetterDialog()
{
    disconnectChildren(this);
    delete m_errors;
    delete m_previewPrinter;
    delete m_printer;
}

LetterRequest LetterDialog::request() const
{
    LetterRequest r;
    r.invoiceIds = m_invoiceIds;
    r.kind = letterKindFromKey(m_kind->currentData().toString()).value_or(LetterKind::Reminder1);
    r.date = m_context.today();
    r.language = m_language->currentData().toString();
    r.trackingNumber = m_tracking->text();
    r.terms = m_terms->toPlainText();
    r.insist = m_insist->isChecked();
    for (int row = 0; row < m_instalments->rowCount(); ++row) {
        const QString dateText = m_instalments->item(row, 0) ? m_instalments->item(row, 0)->text() : QString();
        const QString amountText = m_instalments->item(row, 1) ? m_instalments->item(row, 1)->text() : QString();
        const Result<QDate> typed = dates::parseTyped(dateText, m_context.today());
        const QDate date = typed ? *typed : QDate();
        const Result<Money> amount = Money::parse(amountText);
        r.instalments << Instalment{date, amount ? *amount : Money()};
    }
    return r;
}

void LetterDialog::updatePreview()
{
    const LetterRequest r = request();
    m_termsRow->setVisible(r.kind == LetterKind::Agreement);
    m_instalmentsRow->setVisible(r.kind == LetterKind::Schedule);
    m_tracking->setEnabled(r.kind == LetterKind::Final || r.kind == LetterKind::FormalNotice);
    const Result<LetterDocument> doc = m_service.compose(r);
    if (doc) {
        m_errors->clear();
        m_document = *doc;
        m_email->setPlainText(tr("Subject: %1").arg(doc->emailSubject) + QStringLiteral("\n\n") + doc->emailBody);
        m_sms->setPlainText(doc->textMessage);
    } else {
        m_document.reset();
        m_errors->show(doc.error());
        if (doc.error().field == QLatin1String("premise"))
            m_insist->setVisible(true);
        m_email->clear();
        m_sms->clear();
    }
    for (QPushButton *b : {m_print, m_save, m_send})
        b->setEnabled(m_document.has_value());
    // Only paper needs the postal address: the e-mail can go without it.
    if (m_document && m_document->missingPostalAddress) {
        m_print->setEnabled(false);
        m_save->setEnabled(false);
        m_errors->show(Error(tr("%1's postal address is missing: printing and the PDF wait for it (the client's "
                                "card); the e-mail can go.")
                                 .arg(m_document->recipientLines.value(0))));
    }
    m_preview->updatePreview();
}

void LetterDialog::setTerms(const QString &terms) { m_terms->setPlainText(terms); }

void LetterDialog::setInstalments(const QList<PlanInstalment> &instalments, const QString &currency)
{
    {
        const QSignalBlocker block(m_instalments);
        m_instalments->setRowCount(0);
        for (const PlanInstalment &due : instalments) {
            const int row = m_instalments->rowCount();
            m_instalments->insertRow(row);
            m_instalments->setItem(row, 0, new QTableWidgetItem(QLocale().toString(due.date, QLocale::ShortFormat)));
            m_instalments->setItem(row, 1, new QTableWidgetItem(Money(due.cents, currency).toEditText()));
        }
    }
    updatePreview();
}

Result<ProducedLetter> LetterDialog::produce(Delivery delivery)
{
    LetterRequest r = request();
    r.delivery = delivery;
    const Result<ProducedLetter> produced = m_service.produce(r);
    if (!produced) {
        m_errors->show(produced.error());
        return produced;
    }
    m_produced << produced->archived.id;
    const QString how = delivery == Delivery::Printed    ? tr("printed")
                        : delivery == Delivery::SavedPdf ? tr("saved as PDF")
                        : delivery == Delivery::Email    ? tr("handed to your mail program")
                                                         : tr("written");
    m_recorded = tr("%1 %2 and archived as proof; recorded on %3 as a step done today by %4.")
                     .arg(letterKindLabel(r.kind), how,
                          QLocale().createSeparatedList(produced->document.invoiceNumbers),
                          channelLabel(produced->archived.channel).toLower());
    m_context.notifyDataChanged();
    return produced;
}

Result<ProducedLetter> LetterDialog::printOn(QPrinter &printer)
{
    const Result<ProducedLetter> produced = produce(Delivery::Printed);
    if (!produced)
        return produced;
    printer.setFullPage(true);
    LetterRenderer::preparePage(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error(tr("The printer could not start; the letter is archived as %1.").arg(produced->filePath),
                     QStringLiteral("printer"));
    LetterRenderer(m_service.layout()).paint(painter, printer, {produced->document});
    painter.end();
    return produced;
}

Result<ProducedLetter> LetterDialog::saveAs(const QString &path)
{
    // Checked before the letter is produced: never over the book or its archive.
    if (Status s = checkOutputPath(path, m_context.db().path(), QStringLiteral("output")); !s)
        return s.error();
    const Result<ProducedLetter> produced = produce(Delivery::SavedPdf);
    if (!produced)
        return produced;
    if (Status s = files::writeAtomically(path, produced->pdf); !s)
        return Error(tr("Could not write %1 (%2); the letter is archived as %3.")
                         .arg(path, s.error().message, produced->filePath),
                     QStringLiteral("output"));
    return produced;
}

void LetterDialog::print()
{
    QPrintDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print the letter"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<ProducedLetter> printed = printOn(*m_printer);
    if (!printed) {
        QMessageBox::warning(this, windowTitle(), printed.error().message);
        return;
    }
    accept();
}

void LetterDialog::savePdf()
{
    if (!m_document)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1.pdf").arg(m_document->subject).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path = saveFileName(this, tr("Save the letter as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<ProducedLetter> saved = saveAs(path);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    accept();
}

void LetterDialog::sendEmail()
{
    const Result<ProducedLetter> produced = produce(Delivery::Email);
    if (!produced)
        return;
    QDesktopServices::openUrl(produced->document.mailto());
    QMessageBox::information(this, windowTitle(),
                             tr("Your mail program opens with the message. Attach the letter, saved here:\n%1")
                                 .arg(QDir::toNativeSeparators(produced->filePath)));
    accept();
}

}  // namespace relance::ui
