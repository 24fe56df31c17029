#include "ui/methods/directions/decision_histogram_widget.h"
#include "ui/views/view_style.h"
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fl::ui {

DecisionHistogramWidget::DecisionHistogramWidget(QWidget* parent) : ClickableItemsWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DecisionHistogramWidget::setHistogram(const DecisionHistogram& histogram,
                                           const QString& title) {
    m_hist = histogram;
    m_title = title;
    m_selected = -1;
    clearHover();
    update();
}

void DecisionHistogramWidget::setSelectedBin(int bin) {
    m_selected = bin;
    update();
}

QSize DecisionHistogramWidget::sizeHint() const {
    return QSize(380, 12 * fontMetrics().height());
}

QSize DecisionHistogramWidget::minimumSizeHint() const {
    return QSize(220, 9 * fontMetrics().height());
}

QRect DecisionHistogramWidget::plotRect() const {
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QStringLiteral("0000")) + 10;
    const int top = 2 * fm.height() + 10;   // title, legend
    const int bottom = 2 * fm.height() + 8; // tick labels, axis title
    return QRect(left, top, std::max(10, width() - left - 10),
                 std::max(10, height() - top - bottom));
}

int DecisionHistogramWidget::xOf(double h) const {
    const QRect r = plotRect();
    if (m_hist.edges.size() < 2)
        return r.left();
    const double lo = m_hist.edges.front(), hi = m_hist.edges.back();
    return r.left() + int(std::lround((h - lo) / (hi - lo) * r.width()));
}

QRect DecisionHistogramWidget::binRect(int k) const {
    if (k < 0 || k >= m_hist.bins())
        return {};
    const QRect r = plotRect();
    const int x0 = xOf(m_hist.edges[std::size_t(k)]), x1 = xOf(m_hist.edges[std::size_t(k) + 1]);
    return QRect(x0, r.top(), std::max(1, x1 - x0), r.height());
}

int DecisionHistogramWidget::binAt(const QPoint& pos) const {
    for (int k = 0; k < m_hist.bins(); ++k)
        if (binRect(k).contains(pos))
            return k;
    return -1;
}

std::int64_t DecisionHistogramWidget::maxCount() const {
    std::int64_t m = 1;
    for (int k = 0; k < m_hist.bins(); ++k)
        m = std::max(m, m_hist.correct[std::size_t(k)] + m_hist.wrong[std::size_t(k)]);
    return m;
}

void DecisionHistogramWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(6, 2, width() - 12, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_title, Qt::ElideRight, width() - 12));
    p.setFont(font());
    // The legend: the two series.
    {
        int x = 6;
        const int y = fm.height() + 8;
        for (const auto& [colour, name] : {std::pair{style::correctColor(), tr("correct")},
                                           {style::errorColor(), tr("wrong")}}) {
            p.fillRect(QRect(x, y + 2, 10, fm.height() - 4), colour);
            p.setPen(text);
            p.drawText(QPoint(x + 14, y + fm.ascent()), name);
            x += 14 + fm.horizontalAdvance(name) + 14;
        }
    }
    const QRect r = plotRect();
    if (m_hist.bins() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("No decision values to show."));
        return;
    }
    const std::int64_t top = maxCount();
    const QLocale loc;
    // Count axis: 0 and the tallest bin.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    p.drawLine(r.bottomLeft(), r.topLeft());
    p.setPen(text);
    p.drawText(QRect(0, r.top() - fm.height() / 2, r.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, loc.toString(qint64(top)));
    p.drawText(QRect(0, r.bottom() - fm.height() / 2, r.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, loc.toString(0));
    for (int k = 0; k < m_hist.bins(); ++k) {
        const QRect col = binRect(k);
        if (k == m_selected)
            p.fillRect(col, pal.color(QPalette::Highlight).lighter(170));
        else if (k == hoveredItem())
            p.fillRect(col, pal.color(QPalette::Highlight).lighter(195));
        const auto c = m_hist.correct[std::size_t(k)], w = m_hist.wrong[std::size_t(k)];
        // A bin with a few examples among hundreds still shows: at least 2 px per series.
        const auto px = [&](std::int64_t n) {
            return n == 0 ? 0 : std::max(2, int(std::lround(double(n) / double(top) * r.height())));
        };
        const int hc = px(c), hw = px(w);
        const QRect bar = col.adjusted(1, 0, -1, 0);
        // Stacked: wrong at the bottom (the errors are what the direction is about), correct on
        // top.
        p.fillRect(QRect(bar.left(), r.bottom() - hw + 1, bar.width(), hw), style::errorColor());
        p.fillRect(QRect(bar.left(), r.bottom() - hw - hc + 1, bar.width(), hc),
                   style::correctColor());
    }
    // h = 0: the boundary between predicted errors (left) and predicted successes (right).
    const double lo = m_hist.edges.front(), hi = m_hist.edges.back();
    if (lo < 0 && hi > 0) {
        const int x0 = xOf(0.0);
        p.setPen(QPen(text, 1, Qt::DashLine));
        p.drawLine(x0, r.top() - 2, x0, r.bottom() + 3);
    }
    // Ticks: the ends and 0.
    p.setPen(text);
    const auto tick = [&](double v, Qt::Alignment align) {
        const int x = xOf(v);
        const QString s = loc.toString(v, 'f', 2);
        const int w = fm.horizontalAdvance(s) + 4;
        const int left = align == Qt::AlignLeft ? x : align == Qt::AlignRight ? x - w : x - w / 2;
        p.drawText(QRect(left, r.bottom() + 3, w, fm.height()), align | Qt::AlignTop, s);
    };
    tick(lo, Qt::AlignLeft);
    tick(hi, Qt::AlignRight);
    if (lo < 0 && hi > 0 && xOf(0.0) - xOf(lo) > 40 && xOf(hi) - xOf(0.0) > 40)
        tick(0.0, Qt::AlignHCenter);
    p.drawText(QRect(r.left(), r.bottom() + 3 + fm.height(), r.width(), fm.height()),
               Qt::AlignHCenter | Qt::AlignTop,
               tr("h = wᵀx + b  (← predicted errors · predicted correct →)"));
}

QString DecisionHistogramWidget::itemToolTip(int k) const {
    const QLocale loc;
    const bool last = k == m_hist.bins() - 1;
    return tr("h in [%1, %2%3: %4 correct, %5 wrong. Click to select them.")
        .arg(loc.toString(m_hist.edges[std::size_t(k)], 'f', 3),
             loc.toString(m_hist.edges[std::size_t(k) + 1], 'f', 3),
             last ? QStringLiteral("]") : QStringLiteral(")"))
        .arg(m_hist.correct[std::size_t(k)])
        .arg(m_hist.wrong[std::size_t(k)]);
}

void DecisionHistogramWidget::itemClicked(int k) {
    Q_EMIT binClicked(k);
}

} // namespace fl::ui
