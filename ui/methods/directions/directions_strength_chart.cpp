#include "ui/methods/directions/directions_strength_chart.h"
#include "ui/views/view_style.h"
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {
constexpr double kChance = 0.5;
// The mark of a C at the grid's edge: an amber that reads on light and dark palettes.
QColor edgeColor() {
    return QColor(214, 140, 0);
}
} // namespace

DirectionsStrengthChart::DirectionsStrengthChart(QWidget* parent) : ClickableItemsWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DirectionsStrengthChart::setBars(const QVector<Bar>& bars) {
    m_bars = bars;
    clearHover();
    if (m_current >= m_bars.size())
        m_current = -1;
    updateGeometry();
    update();
}

void DirectionsStrengthChart::setCurrent(int index) {
    m_current = index;
    update();
}

int DirectionsStrengthChart::titleHeight() const {
    return fontMetrics().height() + 8;
}

int DirectionsStrengthChart::axisHeight() const {
    return fontMetrics().height() + 6;
}

int DirectionsStrengthChart::rowHeight() const {
    return fontMetrics().height() + 8;
}

QRect DirectionsStrengthChart::rowRect(int i) const {
    if (i < 0 || i >= m_bars.size())
        return {};
    return QRect(0, titleHeight() + i * rowHeight(), width(), rowHeight());
}

int DirectionsStrengthChart::rowAt(const QPoint& pos) const {
    for (int i = 0; i < m_bars.size(); ++i)
        if (rowRect(i).contains(pos))
            return i;
    return -1;
}

int DirectionsStrengthChart::labelWidth() const {
    int w = 0;
    for (const Bar& b : m_bars)
        w = std::max(w, fontMetrics().horizontalAdvance(b.label));
    return std::min(w + 10, width() * 2 / 5);
}

int DirectionsStrengthChart::valueWidth() const {
    int w = 0;
    for (const Bar& b : m_bars)
        w = std::max(w, fontMetrics().horizontalAdvance(b.valueText));
    return w + 10;
}

QRect DirectionsStrengthChart::trackRect(int i) const {
    const QRect row = rowRect(i);
    const int x = labelWidth() + 4;
    const int w = std::max(20, width() - x - valueWidth() - 4);
    const int inset = std::max(2, row.height() / 5);
    return QRect(x, row.top() + inset, w, row.height() - 2 * inset);
}

int DirectionsStrengthChart::chanceX() const {
    const QRect t = trackRect(0);
    return t.left() + int(std::lround(t.width() * kChance));
}

QSize DirectionsStrengthChart::sizeHint() const {
    return QSize(360, titleHeight() + int(m_bars.size()) * rowHeight() + axisHeight() + 4);
}

QSize DirectionsStrengthChart::minimumSizeHint() const {
    return QSize(220, sizeHint().height());
}

void DirectionsStrengthChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(6, 0, width() - 12, titleHeight()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("Failure strength per class (CV balanced accuracy)"),
                             Qt::ElideRight, width() - 12));
    p.setFont(font());
    if (m_bars.isEmpty())
        return;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const QRect row = rowRect(i);
        if (i == m_current)
            p.fillRect(row, pal.color(QPalette::Highlight).lighter(175));
        else if (i == hoveredItem())
            p.fillRect(row, pal.color(QPalette::Highlight).lighter(195));
        QFont f = font();
        f.setBold(i == m_current);
        p.setFont(f);
        p.setPen(b.fitted ? text : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(4, row.top(), labelWidth() - 8, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth() - 8));
        const QRect track = trackRect(i);
        p.fillRect(track, pal.color(QPalette::AlternateBase));
        if (b.fitted && !std::isnan(b.strength)) {
            const int w = int(std::lround(track.width() * std::clamp(b.strength, 0.0, 1.0)));
            // Above chance the direction tells errors apart: the class colour; at or below, grey.
            const QColor c =
                b.strength > kChance ? style::correctColor() : pal.color(QPalette::Mid);
            p.fillRect(QRect(track.left(), track.top(), w, track.height()), c);
        }
        if (b.cAtEdge) {
            p.setPen(QPen(edgeColor(), 2));
            p.drawRect(track.adjusted(1, 1, -1, -1));
        }
        p.setFont(font());
        p.setPen(b.cAtEdge  ? edgeColor().darker(115)
                 : b.fitted ? text
                            : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(track.right() + 6, row.top(), valueWidth(), row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
    // The chance line over every row, with its axis: 0, 0.5 (chance), 1.
    const QRect first = trackRect(0), last = trackRect(int(m_bars.size()) - 1);
    const int cx = chanceX();
    p.setPen(QPen(text, 1, Qt::DashLine));
    p.drawLine(cx, first.top() - 3, cx, last.bottom() + 3);
    p.setPen(pal.color(QPalette::Mid));
    const int axisY = last.bottom() + 4;
    p.drawLine(first.left(), axisY, first.right(), axisY);
    p.setPen(text);
    const QLocale loc;
    const int th = fm.height();
    p.drawText(QRect(first.left() - 20, axisY + 1, 40, th), Qt::AlignHCenter | Qt::AlignTop,
               loc.toString(0));
    p.drawText(QRect(cx - 60, axisY + 1, 120, th), Qt::AlignHCenter | Qt::AlignTop,
               tr("%1 chance").arg(loc.toString(kChance)));
    p.drawText(QRect(first.right() - 20, axisY + 1, 40, th), Qt::AlignHCenter | Qt::AlignTop,
               loc.toString(1));
}

QString DirectionsStrengthChart::itemToolTip(int row) const {
    return m_bars[row].toolTip;
}

void DirectionsStrengthChart::itemClicked(int row) {
    Q_EMIT barClicked(row);
}

} // namespace fl::ui
