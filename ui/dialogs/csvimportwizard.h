#pragma once

#include "services/invoiceimportservice.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace relance::ui {

class AppContext;

// Invoices from a spreadsheet, in two pages: the file (what was guessed about it — encoding,
// delimiter — and its first rows), then the columns (each field's column, the decimal mark and
// date format, whether unknown clients are created) with every problem listed by line and field
// as the choices change. Finish imports all or nothing and remembers the mapping for files of
// the same layout.
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit CsvImportWizard(AppContext &context, QWidget *parent = nullptr);

    // Reads the file and guesses its mapping; false (with the reason shown) when unreadable.
    bool loadFile(const QString &path);
    QComboBox *fieldCombo(ImportField field) const { return m_fields.value(field); }
    QComboBox *decimalCombo() const { return m_decimal; }
    QComboBox *dateCombo() const { return m_dates; }
    QCheckBox *createClients() const { return m_createClients; }
    QListWidget *problems() const { return m_problems; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *previewTable() const { return m_preview; }
    const ImportPreview &preview() const { return m_check; }
    ColumnMapping mapping() const;
    const ImportReport &report() const { return m_report; }

    void accept() override;

private:
    void browse();
    void showMapping();
    void recheck();

    AppContext &m_context;
    QString m_path;
    CsvTable m_table;
    bool m_loaded = false;
    ImportPreview m_check;
    ImportReport m_report;
    QLineEdit *m_file;
    QLabel *m_fileInfo;
    QTableWidget *m_preview;
    QHash<ImportField, QComboBox *> m_fields;
    QComboBox *m_decimal;
    QComboBox *m_dates;
    QCheckBox *m_createClients;
    QLabel *m_summary;
    QListWidget *m_problems;
    class CheckedPage *m_filePage;
    class CheckedPage *m_columnsPage;
};

}  // namespace relance::ui
