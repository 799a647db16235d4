#include "barchart.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace relance::ui {

namespace {
constexpr int kLegendHeight = 22;
constexpr int kLabelHeight = 20;
constexpr int kAxisWidth = 8;
}  // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setData(const QStringList &categories, const QStringList &seriesNames,
                       const QList<QList<qint64>> &values, std::function<QString(qint64)> format)
{
    m_categories = categories;
    m_series = seriesNames;
    m_values = values;
    m_format = std::move(format);
    m_current = std::min(m_current, int(m_categories.size()) - 1);
    QStringList lines;
    for (int c = 0; c < m_categories.size(); ++c)
        lines << describe(c);
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    update();
}

QString BarChart::describe(int category) const
{
    QStringList parts;
    for (int s = 0; s < m_series.size(); ++s)
        parts << QStringLiteral("%1 %2").arg(m_series.at(s), m_format
                                                                 ? m_format(m_values.value(s).value(category))
                                                                 : QString::number(m_values.value(s).value(category)));
    return QStringLiteral("%1: %2").arg(m_categories.value(category), parts.join(QStringLiteral(", ")));
}

QSize BarChart::sizeHint() const { return {480, 220}; }
QSize BarChart::minimumSizeHint() const { return {240, 140}; }

QRect BarChart::plotArea() const { return rect().adjusted(kAxisWidth, kLegendHeight, -kAxisWidth, -kLabelHeight); }

int BarChart::categoryAt(const QPoint &pos) const
{
    const QRect area = plotArea();
    if (m_categories.isEmpty() || !area.adjusted(0, 0, 0, kLabelHeight).contains(pos))
        return -1;
    const double width = double(area.width()) / double(m_categories.size());
    return std::clamp(int((pos.x() - area.left()) / width), 0, int(m_categories.size()) - 1);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor first = pal.color(QPalette::Highlight);
    const QColor second = pal.color(QPalette::Text);
    const QRect area = plotArea();

    // Legend: a swatch of each series' fill, then its name.
    int x = area.left();
    const QFontMetrics fm(font());
    for (int s = 0; s < m_series.size(); ++s) {
        const QRect swatch(x, 5, 12, 12);
        p.fillRect(swatch, s == 0 ? QBrush(first) : QBrush(second, Qt::BDiagPattern));
        p.setPen(s == 0 ? first : second);
        p.drawRect(swatch);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QPoint(x + 18, 5 + fm.ascent()), m_series.at(s));
        x += 18 + fm.horizontalAdvance(m_series.at(s)) + 20;
    }
    if (m_categories.isEmpty())
        return;

    qint64 largest = 1;
    for (const QList<qint64> &series : m_values)
        for (const qint64 v : series)
            largest = std::max(largest, v);
    const double groupWidth = double(area.width()) / double(m_categories.size());
    const int seriesCount = std::max<int>(1, int(m_series.size()));
    const double barWidth = std::max(2.0, groupWidth * 0.8 / seriesCount);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    for (int c = 0; c < m_categories.size(); ++c) {
        const double left = area.left() + c * groupWidth + groupWidth * 0.1;
        if (c == m_hover || (c == m_current && hasFocus()))
            p.fillRect(QRectF(area.left() + c * groupWidth, area.top(), groupWidth, area.height()),
                       pal.color(QPalette::AlternateBase));
        for (int s = 0; s < m_values.size(); ++s) {
            const qint64 v = std::max<qint64>(0, m_values.at(s).value(c));
            const double height = double(area.height()) * double(v) / double(largest);
            const QRectF bar(left + s * barWidth, area.bottom() - height, barWidth - 1, height);
            p.fillRect(bar, s == 0 ? QBrush(first) : QBrush(second, Qt::BDiagPattern));
            p.setPen(s == 0 ? first : second);
            p.drawRect(bar);
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(area.left() + c * groupWidth, area.bottom() + 2, groupWidth, kLabelHeight - 2),
                   Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(m_categories.at(c), Qt::ElideRight, int(groupWidth)));
    }
    if (hasFocus() && m_current >= 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p.drawRect(QRectF(area.left() + m_current * groupWidth, area.top(), groupWidth - 1, area.height()));
    }
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int category = categoryAt(event->position().toPoint());
    if (category != m_hover) {
        m_hover = category;
        update();
    }
    if (category >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), describe(category), this);
    else
        QToolTip::hideText();
}

void BarChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int category = categoryAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && category >= 0) {
        m_current = category;
        emit categoryActivated(category);
    }
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_categories.size());
    switch (event->key()) {
    case Qt::Key_Left: m_current = std::max(0, m_current - 1); break;
    case Qt::Key_Right: m_current = std::min(count - 1, m_current + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit categoryActivated(m_current);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    if (m_current >= 0)
        QToolTip::showText(mapToGlobal(QPoint(int(plotArea().left() + (m_current + 0.5) * plotArea().width() / count),
                                              plotArea().center().y())),
                           describe(m_current), this);
    update();
}

void BarChart::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

}  // namespace relance::ui
