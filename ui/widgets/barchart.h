#pragma once

#include <QStringList>
#include <QWidget>

namespace relance::ui {

// Vertical bars painted by hand, one group per category and one bar per series (at most two:
// the second is hatched, so the series differ by more than colour). Colours come from the
// palette, so a dark theme stays readable. Hovering a group shows its values; clicking it (or
// Enter on the focused group, moved with the arrow keys) emits categoryActivated. The data are
// also the accessible description, for a screen reader.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    // `values[s][c]`: series s, category c; `format` turns a value into its label.
    void setData(const QStringList &categories, const QStringList &seriesNames, const QList<QList<qint64>> &values,
                 std::function<QString(qint64)> format);
    int categoryAt(const QPoint &pos) const;
    int currentCategory() const { return m_current; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void categoryActivated(int category);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect plotArea() const;
    QString describe(int category) const;

    QStringList m_categories;
    QStringList m_series;
    QList<QList<qint64>> m_values;
    std::function<QString(qint64)> m_format;
    int m_hover = -1;
    int m_current = -1;
};

}  // namespace relance::ui
