#include "figurecard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace relance::ui {

FigureCard::FigureCard(const QString &caption, const QString &objectName, bool clickable, QWidget *parent)
    : QFrame(parent), m_clickable(clickable)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(objectName + QStringLiteral("Card"));
    auto *layout = new QVBoxLayout(this);
    m_caption = new QLabel(caption, this);
    m_value = new QLabel(this);
    m_value->setObjectName(objectName);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(objectName + QStringLiteral("Detail"));
    m_detail->setWordWrap(true);
    m_caption->setWordWrap(true);
    m_detail->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    if (clickable) {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        // The caption says where the click leads, for a screen reader too.
        m_caption->setText(caption + QStringLiteral(" ›"));
    } else {
        m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    setAccessibleName(caption);
}

void FigureCard::setValue(const QString &text, const QString &detail)
{
    m_value->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? text : text + QStringLiteral(". ") + detail);
}

void FigureCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FigureCard::focusInEvent(QFocusEvent *event)
{
    setFrameShadow(QFrame::Sunken);
    setLineWidth(2);
    QFrame::focusInEvent(event);
}

void FigureCard::focusOutEvent(QFocusEvent *event)
{
    setFrameShadow(QFrame::Plain);
    setLineWidth(1);
    QFrame::focusOutEvent(event);
}

}  // namespace relance::ui
