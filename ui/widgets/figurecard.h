#pragma once

#include <QFrame>

class QLabel;

namespace relance::ui {

// A key figure with its caption in a framed card. When `clickable`, the card opens the list
// behind the figure: by mouse, or by Enter or Space once focused with Tab (it shows a focus
// frame; its caption is its accessible name and the figure its description).
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    FigureCard(const QString &caption, const QString &objectName, bool clickable, QWidget *parent = nullptr);
    QLabel *value() const { return m_value; }
    void setValue(const QString &text, const QString &detail = {});

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    bool m_clickable;
};

}  // namespace relance::ui
