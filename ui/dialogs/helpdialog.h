#pragma once

#include <QDialog>

class QTextBrowser;

namespace relance::ui {

// The user guide (docs/user-guide.md, or its French version in a French UI), compiled into the
// application with its screenshots, so it opens offline and matches the version in use.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide in the language of the interface: French for French, English otherwise.
    static QString guideFor(const QLocale &locale);

private:
    QTextBrowser *m_browser;
};

}  // namespace relance::ui
