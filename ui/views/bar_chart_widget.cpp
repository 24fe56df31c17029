#include "ui/views/bar_chart_widget.h"
#include "ui/views/view_style.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {

BarChartWidget::BarChartWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChartWidget::setTitle(const QString& title) {
    m_title = title;
    update();
}

void BarChartWidget::setBars(const QVector<Bar>& bars, double maxValue) {
    m_bars = bars;
    m_max = maxValue;
    if (m_max <= 0.0) {
        m_max = 0.0;
        for (const Bar& b : m_bars)
            m_max = std::max(m_max, b.value);
    }
    if (m_max <= 0.0)
        m_max = 1.0;
    m_hover = -1;
    updateGeometry();
    update();
}

int BarChartWidget::titleHeight() const {
    return m_title.isEmpty() ? 4 : fontMetrics().height() + 10;
}

int BarChartWidget::rowHeight() const {
    const int fh = fontMetrics().height();
    if (m_bars.isEmpty())
        return fh + 6;
    // Fill the height available, but keep rows readable and not absurdly tall.
    const int avail = (height() - titleHeight() - 4) / int(m_bars.size());
    return std::clamp(avail, fh + 2, 2 * fh + 8);
}

QRect BarChartWidget::barRect(int i) const {
    if (i < 0 || i >= m_bars.size())
        return {};
    return QRect(0, titleHeight() + i * rowHeight(), width(), rowHeight());
}

int BarChartWidget::rowAt(const QPoint& pos) const {
    for (int i = 0; i < m_bars.size(); ++i)
        if (barRect(i).contains(pos))
            return i;
    return -1;
}

QSize BarChartWidget::sizeHint() const {
    const int fh = fontMetrics().height();
    return QSize(320, titleHeight() + int(m_bars.size()) * (fh + 8) + 8);
}

QSize BarChartWidget::minimumSizeHint() const {
    const int fh = fontMetrics().height();
    return QSize(180, titleHeight() + int(m_bars.size()) * (fh + 2) + 4);
}

void BarChartWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(6, 2, width() - 12, fm.height() + 6), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_title, Qt::ElideRight, width() - 12));
        p.setFont(font());
    }
    int labelW = 0, valueW = 0;
    for (const Bar& b : m_bars) {
        labelW = std::max(labelW, fm.horizontalAdvance(b.label));
        valueW = std::max(valueW, fm.horizontalAdvance(b.valueText));
    }
    labelW = std::min(labelW + 8, width() * 2 / 5);
    valueW += 8;
    const int barX = labelW + 6;
    const int barW = std::max(10, width() - barX - valueW - 6);
    const QColor track = pal.color(QPalette::AlternateBase);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const QRect row = barRect(i);
        if (i == m_hover && m_clickable)
            p.fillRect(row, pal.color(QPalette::Highlight).lighter(190));
        QFont f = font();
        f.setBold(b.emphasised);
        p.setFont(f);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(4, row.top(), labelW - 4, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelW - 4));
        const int inset = std::max(2, row.height() / 6);
        const QRect trackRect(barX, row.top() + inset, barW, row.height() - 2 * inset);
        p.fillRect(trackRect, track);
        const int w = int(std::lround(barW * std::clamp(b.value / m_max, 0.0, 1.0)));
        const int we = int(std::lround(barW * std::clamp(b.errorPart / m_max, 0.0, 1.0)));
        const QColor c = b.color.isValid() ? b.color : style::correctColor();
        p.fillRect(QRect(trackRect.left(), trackRect.top(), w, trackRect.height()), c);
        if (we > 0)
            p.fillRect(QRect(trackRect.left() + w - we, trackRect.top(), we, trackRect.height()),
                       style::errorColor());
        if (b.emphasised) {
            p.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
            p.drawRect(trackRect.adjusted(0, 0, -1, -1));
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(barX + barW + 6, row.top(), valueW, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
}

void BarChartWidget::mouseMoveEvent(QMouseEvent* event) {
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        m_hover = row;
        setCursor(row >= 0 && m_clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void BarChartWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_clickable || event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        Q_EMIT barClicked(row);
}

void BarChartWidget::leaveEvent(QEvent*) {
    m_hover = -1;
    update();
}

bool BarChartWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            const Bar& b = m_bars[row];
            QToolTip::showText(help->globalPos(),
                               b.toolTip.isEmpty() ? b.label + QStringLiteral(": ") + b.valueText
                                                   : b.toolTip,
                               this, barRect(row));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
