#pragma once

#include <QDate>
#include <QLineEdit>
#include <QPointer>

class QCalendarWidget;

namespace relance::ui {

// The one date field of every form. A QDateEdit moves to the next section after each one it
// completes, so "17/09/2026" typed as people type it became 17/12/2026; this is a line edit
// that reads the whole text when it is typed (dates::parseTyped: "17/9/26", "17092026",
// "17 sept. 2026", "aujourd'hui"...), shows it back as "17/09/2026", and says so when it cannot.
// A calendar pops up from the button, Alt+Down or F4; Up/Down move a day, Page Up/Down a month.
// Tab leaves it in one press, like any line edit.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    // `today` is the application's day (injected, never the clock): "aujourd'hui" means it.
    DateField(const QDate &today, QWidget *parent = nullptr);

    // The last date the field read; invalid while its text is not a date (see error()).
    QDate date() const { return m_error.isEmpty() ? m_date : QDate(); }
    void setDate(const QDate &date);
    void setMinimumDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    void setDateRange(const QDate &min, const QDate &max);
    QDate minimumDate() const { return m_min; }
    QDate maximumDate() const { return m_max; }
    // Why the text is not an acceptable date ("30/02/2026": day 30 does not exist in February),
    // empty when it is.
    QString error() const { return m_error; }
    void showCalendar();

signals:
    void dateChanged(const QDate &date);
    // Only when the user typed or picked it, not when the program set it.
    void userDateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void readText(bool finished);
    void setError(const QString &error);
    void apply(const QDate &date, bool byUser);
    QString rangeError(const QDate &date) const;

    QDate m_today, m_date, m_min, m_max;
    QString m_error;
    QPointer<QWidget> m_popup;
};

// The first enabled date field under `root` whose text is not a date (or nullptr): editors
// refuse to save until it is fixed, rather than keep the last date silently.
DateField *firstBadDate(QWidget *root);

}  // namespace relance::ui
