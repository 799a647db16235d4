#pragma once

#include "services/invoiceimportservice.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace relance::ui {

class AppContext;

// Invoices from a spreadsheet, in two pages: the file (what was guessed about it — encoding,
// delimiter — and its first rows), then the columns (each field's column, the decimal mark and
// date format, whether unknown clients are created) with every problem in a table (line, the
// file's own column header, the value, what is wrong) as the choices change. The file is read
// again each time a page is shown and on Reload, so a file fixed on disk is checked as it now is.
// Finish imports all or nothing and remembers the mapping for files of the same layout.
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit CsvImportWizard(AppContext &context, QWidget *parent = nullptr);

    enum ProblemColumn { ProblemLine, ProblemColumnName, ProblemValue, ProblemText, ProblemColumnCount };

    // Reads the file and guesses its mapping; false (with the reason shown) when unreadable.
    bool loadFile(const QString &path);
    // Reads the same file again; the columns chosen stay when its header has not changed.
    bool reload();
    QComboBox *fieldCombo(ImportField field) const { return m_fields.value(field); }
    QComboBox *decimalCombo() const { return m_decimal; }
    QComboBox *dateCombo() const { return m_dates; }
    QCheckBox *createClients() const { return m_createClients; }
    QTableWidget *problems() const { return m_problems; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *previewTable() const { return m_preview; }
    const ImportPreview &preview() const { return m_check; }
    ColumnMapping mapping() const;
    const ImportReport &report() const { return m_report; }

    void accept() override;

private:
    void browse();
    void showMapping(const ColumnMapping &mapping);
    bool read(const QString &path, bool keepMapping);
    void recheck();

    AppContext &m_context;
    QString m_path;
    CsvTable m_table;
    bool m_loaded = false;
    ImportPreview m_check;
    ImportReport m_report;
    QLabel *m_file;
    QLabel *m_fileInfo;
    QTableWidget *m_preview;
    QHash<ImportField, QComboBox *> m_fields;
    QComboBox *m_decimal;
    QComboBox *m_dates;
    QCheckBox *m_createClients;
    QLabel *m_summary;
    QTableWidget *m_problems;
    class CheckedPage *m_filePage;
    class CheckedPage *m_columnsPage;
};

}  // namespace relance::ui
