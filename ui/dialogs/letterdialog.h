#pragma once

#include "domain/agreements.h"
#include "domain/result.h"
#include "letters/letterkind.h"
#include "services/letterservice.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QTableWidget;
class QToolBar;

namespace relance::ui {

class AppContext;
class FieldErrors;

// Writes a letter about invoices of one client: choose the kind and language, see the page as
// it will print, then print it, save it as PDF or send it by e-mail. Each of those archives the
// letter and records it on the invoices; the preview alone records nothing.
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    LetterDialog(AppContext &context, QList<qint64> invoiceIds, std::optional<LetterKind> kind,
                 QWidget *parent = nullptr);
    ~LetterDialog() override;

    LetterRequest request() const;
    // Archives the letter and paints it on the printer (a QPrintDialog chose it, or a test).
    Result<ProducedLetter> printOn(QPrinter &printer);
    // The printer the print dialog starts from (kept between prints, like the last choice).
    QPrinter &printer() { return *m_printer; }
    // Archives the letter and copies its PDF to `path`.
    Result<ProducedLetter> saveAs(const QString &path);
    // Prefilled from a settlement or a plan (the user may still edit them).
    void setTerms(const QString &terms);
    void setInstalments(const QList<PlanInstalment> &instalments, const QString &currency);
    // The letters archived from this dialog (printed, saved, e-mailed), in order.
    const QList<qint64> &producedLetters() const { return m_produced; }
    // What the book recorded for the last of them: "Reminder 1 printed: Letter recorded on F-…".
    QString recordedSummary() const { return m_recorded; }

private:
    void updatePreview();
    void print();
    void savePdf();
    void sendEmail();
    Result<ProducedLetter> produce(Delivery delivery);

    AppContext &m_context;
    QList<qint64> m_invoiceIds;
    LetterService m_service;
    std::optional<LetterDocument> m_document;
    QComboBox *m_kind, *m_language;
    QLineEdit *m_tracking;
    QCheckBox *m_insist = nullptr;
    QPlainTextEdit *m_terms;
    QTableWidget *m_instalments;
    QWidget *m_termsRow, *m_instalmentsRow;
    QLabel *m_banner;
    FieldErrors *m_errors;
    QPrinter *m_previewPrinter;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QPlainTextEdit *m_email, *m_sms;
    QString m_recorded;
    QPushButton *m_print, *m_save, *m_send;
    QList<qint64> m_produced;
};

// The letters' archive folder for the open database (beside it).
QString archiveDirectoryOf(const AppContext &context);

}  // namespace relance::ui
