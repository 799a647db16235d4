#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace relance::ui {

class AppContext;

// Settings ▸ Letters: where the address falls for the window envelope, the text size, and the
// letters' templates (per kind, language and jurisdiction), checked when saved.
class LetterSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LetterSettingsTab(AppContext &context, QWidget *parent = nullptr);

    // Saves the template being edited; false (with the problems shown) when it has any.
    bool saveTemplate();

private:
    void loadTemplate();
    void resetTemplate();
    void saveLayout();

    AppContext &m_context;
    QDoubleSpinBox *m_left, *m_top, *m_fontSize;
    QComboBox *m_kind, *m_language, *m_profile;
    QPlainTextEdit *m_text;
    QLabel *m_banner, *m_state;
    QListWidget *m_placeholders;
    QPushButton *m_save, *m_reset;
};

}  // namespace relance::ui
