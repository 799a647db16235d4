#include "datefield.h"

#include "domain/typeddate.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace relance::ui {

namespace {

// The calendar under the field: Escape closes it, a click or Enter picks the day.
class CalendarPopup : public QFrame
{
public:
    explicit CalendarPopup(QWidget *owner) : QFrame(owner, Qt::Popup)
    {
        setAttribute(Qt::WA_DeleteOnClose);
        setFrameShape(QFrame::StyledPanel);
        calendar = new QCalendarWidget(this);
        calendar->setObjectName(QStringLiteral("calendar"));
        calendar->setGridVisible(false);
        calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(calendar);
    }
    QCalendarWidget *calendar;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            close();
        else
            QFrame::keyPressEvent(event);
    }
};

const char *kErrorStyle = "QLineEdit { border: 2px solid #c62828; }";

}  // namespace

DateField::DateField(const QDate &today, QWidget *parent) : QLineEdit(parent), m_today(today)
{
    setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(QDate(today.year(), 9, 17), dates::typedFormat())));
    QAction *pick = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("showCalendar"));
    pick->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] { readText(false); });
    connect(this, &QLineEdit::editingFinished, this, [this] { readText(true); });
    setDate(today);
}

void DateField::setDate(const QDate &date)
{
    setError(QString());
    setText(date.isValid() ? QLocale().toString(date, dates::typedFormat()) : QString());
    if (date != m_date) {
        m_date = date;
        emit dateChanged(date);
    }
}

void DateField::setMinimumDate(const QDate &date) { m_min = date; }
void DateField::setMaximumDate(const QDate &date) { m_max = date; }

void DateField::setDateRange(const QDate &min, const QDate &max)
{
    m_min = min;
    m_max = max;
}

QString DateField::rangeError(const QDate &date) const
{
    const QString format = dates::typedFormat();
    if (m_min.isValid() && date < m_min)
        return tr("the date cannot be before %1").arg(QLocale().toString(m_min, format));
    if (m_max.isValid() && date > m_max)
        return tr("the date cannot be after %1").arg(QLocale().toString(m_max, format));
    return {};
}

// While typing, every text that reads as a date is taken at once (so that a due date follows
// the issue date); when the field is left, the text is shown back in full or marked wrong.
void DateField::readText(bool finished)
{
    const Result<QDate> typed = dates::parseTyped(text(), m_today);
    QString problem = typed ? rangeError(*typed) : typed.error().message;
    if (problem.isEmpty()) {
        if (finished)
            setText(QLocale().toString(*typed, dates::typedFormat()));
        apply(*typed, true);
        setError(QString());
        return;
    }
    m_error = problem;
    if (finished)
        setError(problem);
}

void DateField::apply(const QDate &date, bool byUser)
{
    if (date == m_date && m_error.isEmpty())
        return;
    const bool changed = date != m_date;
    m_date = date;
    m_error.clear();
    if (changed) {
        emit dateChanged(date);
        if (byUser)
            emit userDateChanged(date);
    }
}

void DateField::setError(const QString &error)
{
    m_error = error;
    setToolTip(error);
    setAccessibleDescription(error);
    if (!error.isEmpty())
        setStyleSheet(QString::fromLatin1(kErrorStyle));
    else if (styleSheet() == QLatin1String(kErrorStyle))
        setStyleSheet(QString());
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QDate from = m_date.isValid() ? m_date : m_today;
    QDate next;
    switch (event->key()) {
    case Qt::Key_Up:
        next = from.addDays(1);
        break;
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier) {
            showCalendar();
            return;
        }
        next = from.addDays(-1);
        break;
    case Qt::Key_PageUp:
        next = from.addMonths(1);
        break;
    case Qt::Key_PageDown:
        next = from.addMonths(-1);
        break;
    case Qt::Key_F4:
        showCalendar();
        return;
    default:
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (!rangeError(next).isEmpty())
        return;
    setText(QLocale().toString(next, dates::typedFormat()));
    setError(QString());
    apply(next, true);
}

void DateField::showCalendar()
{
    if (m_popup)
        return;
    auto *popup = new CalendarPopup(this);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    m_popup = popup;
    QCalendarWidget *calendar = popup->calendar;
    if (m_min.isValid())
        calendar->setMinimumDate(m_min);
    if (m_max.isValid())
        calendar->setMaximumDate(m_max);
    calendar->setSelectedDate(m_date.isValid() ? m_date : m_today);
    auto pickDay = [this, popup](const QDate &day) {
        setText(QLocale().toString(day, dates::typedFormat()));
        setError(QString());
        apply(day, true);
        popup->close();
        setFocus(Qt::PopupFocusReason);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pickDay);
    connect(calendar, &QCalendarWidget::activated, this, pickDay);
    popup->adjustSize();
    QPoint at = mapToGlobal(rect().bottomLeft());
    if (const QScreen *screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + popup->height() > room.bottom())
            at.setY(mapToGlobal(rect().topLeft()).y() - popup->height());
        at.setX(qBound(room.left(), at.x(), room.right() - popup->width()));
    }
    popup->move(at);
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

DateField *firstBadDate(QWidget *root)
{
    for (DateField *field : root->findChildren<DateField *>())
        if (field->isEnabled() && field->isVisibleTo(root) && !field->error().isEmpty())
            return field;
    return nullptr;
}

}  // namespace relance::ui
