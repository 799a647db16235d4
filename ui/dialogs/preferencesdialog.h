#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace relance::ui {

// Preferences of this user on this computer (AppSettings, stored with QSettings): the
// interface's language, the page the window opens on, and forgetting the lists' column widths.
// What prints on letters and how to chase live in the book instead (Your company, Collection
// settings).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language, *m_startPage;
    QLabel *m_restartNote;
};

}  // namespace relance::ui
