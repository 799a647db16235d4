#pragma once

#include "domain/result.h"
#include "letters/letterdocument.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace relance::ui {

class AppContext;

// A client's statement of account as of today: the page as it prints, in the language chosen,
// to print or save as PDF. It records nothing in the book (it states it).
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    StatementDialog(AppContext &context, qint64 clientId, QWidget *parent = nullptr);
    ~StatementDialog() override;

    const std::optional<LetterDocument> &statement() const { return m_statement; }
    // Paints the statement on the printer (a QPrintDialog chose it, or a test).
    Status printOn(QPrinter &printer);
    // Writes the PDF to `path` (never over the book or its archive).
    Status saveAs(const QString &path);

private:
    void compose();
    void print();
    void savePdf();

    AppContext &m_context;
    qint64 m_clientId;
    std::optional<LetterDocument> m_statement;
    QComboBox *m_language;
    QLabel *m_problem;
    QPrinter *m_previewPrinter;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_print, *m_save;
};

}  // namespace relance::ui
