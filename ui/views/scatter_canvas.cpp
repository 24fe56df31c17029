#include "ui/views/scatter_canvas.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace fl::ui {

namespace {
// Blends c towards bg: unselected points fade when something is selected.
QRgb fade(QRgb c, QRgb bg, int keep) {
    auto mix = [&](int a, int b) { return (a * keep + b * (256 - keep)) >> 8; };
    return qRgb(mix(qRed(c), qRed(bg)), mix(qGreen(c), qGreen(bg)), mix(qBlue(c), qBlue(bg)));
}

// Fills a size×size square centred at (x, y), clipped to the image.
inline void square(QImage& img, int x, int y, int size, QRgb c) {
    const int x0 = std::max(0, x - size / 2), y0 = std::max(0, y - size / 2);
    const int x1 = std::min(img.width(), x0 + size), y1 = std::min(img.height(), y0 + size);
    for (int yy = y0; yy < y1; ++yy) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(yy));
        for (int xx = x0; xx < x1; ++xx)
            line[xx] = c;
    }
}
} // namespace

ScatterCanvas::ScatterCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
}

void ScatterCanvas::setPoints(std::vector<float> xy) {
    m_xy = std::move(xy);
    m_colors.assign(m_xy.size() / 2, qRgb(70, 130, 180));
    m_selected.clear();
    m_anySelected = false;
    m_current = -1;
    resetView();
}

void ScatterCanvas::setColors(std::vector<QRgb> colors) {
    m_colors = std::move(colors);
    m_colors.resize(m_xy.size() / 2, qRgb(128, 128, 128));
    invalidate();
}

void ScatterCanvas::setSelected(std::vector<std::uint8_t> flags) {
    m_selected = std::move(flags);
    m_anySelected = std::find(m_selected.begin(), m_selected.end(), 1) != m_selected.end();
    m_selected.resize(m_xy.size() / 2, 0);
    invalidate();
}

void ScatterCanvas::setCurrentPoint(int point) {
    m_current = point;
    update(); // the ring is an overlay: no re-render
}

void ScatterCanvas::resetView() {
    const int n = pointCount();
    if (n == 0) {
        m_scale = 1.0;
        m_centre = {};
        invalidate();
        return;
    }
    float minX = m_xy[0], maxX = m_xy[0], minY = m_xy[1], maxY = m_xy[1];
    for (int i = 1; i < n; ++i) {
        minX = std::min(minX, m_xy[2 * i]);
        maxX = std::max(maxX, m_xy[2 * i]);
        minY = std::min(minY, m_xy[2 * i + 1]);
        maxY = std::max(maxY, m_xy[2 * i + 1]);
    }
    const double w = std::max(1e-6, double(maxX - minX)), h = std::max(1e-6, double(maxY - minY));
    m_scale = 0.92 * std::min(std::max(1, width()) / w, std::max(1, height()) / h);
    m_centre = QPointF((minX + maxX) / 2.0, (minY + maxY) / 2.0);
    invalidate();
}

void ScatterCanvas::zoomBy(double factor, QPointF anchor) {
    // Keep the data point under the anchor where it is.
    const QPointF c(width() / 2.0, height() / 2.0);
    const QPointF d = anchor - c;
    const QPointF before(m_centre.x() + d.x() / m_scale, m_centre.y() - d.y() / m_scale);
    m_scale = std::clamp(m_scale * factor, 1e-9, 1e9);
    m_centre = QPointF(before.x() - d.x() / m_scale, before.y() + d.y() / m_scale);
    invalidate();
}

QPointF ScatterCanvas::toScreen(int i) const {
    return QPointF(width() / 2.0 + (m_xy[2 * i] - m_centre.x()) * m_scale,
                   height() / 2.0 - (m_xy[2 * i + 1] - m_centre.y()) * m_scale);
}

QPointF ScatterCanvas::toScreen(QPointF q) const {
    return QPointF(width() / 2.0 + (q.x() - m_centre.x()) * m_scale,
                   height() / 2.0 - (q.y() - m_centre.y()) * m_scale);
}

void ScatterCanvas::setEllipses(std::vector<Ellipse> ellipses) {
    m_ellipses = std::move(ellipses);
    update();
}

int ScatterCanvas::ellipseAt(QPointF pos) const {
    const QPointF q(m_centre.x() + (pos.x() - width() / 2.0) / m_scale,
                    m_centre.y() - (pos.y() - height() / 2.0) / m_scale);
    int best = -1;
    double bestArea = 0.0;
    for (std::size_t i = 0; i < m_ellipses.size(); ++i) {
        const auto& e = m_ellipses[i];
        if (e.major <= 0.0 || e.minor <= 0.0)
            continue;
        const double dx = q.x() - e.centre.x(), dy = q.y() - e.centre.y();
        const double u = dx * std::cos(e.angle) + dy * std::sin(e.angle);
        const double v = -dx * std::sin(e.angle) + dy * std::cos(e.angle);
        const double area = e.major * e.minor;
        if ((u * u) / (e.major * e.major) + (v * v) / (e.minor * e.minor) <= 1.0 &&
            (best < 0 || area < bestArea)) {
            best = int(i);
            bestArea = area;
        }
    }
    return best;
}

void ScatterCanvas::invalidate() {
    m_dirty = true;
    update();
}

void ScatterCanvas::render() {
    QElapsedTimer timer;
    timer.start();
    const qreal dpr = devicePixelRatioF();
    const QSize px = (QSizeF(size()) * dpr).toSize();
    if (m_cache.size() != px)
        m_cache = QImage(px, QImage::Format_RGB32);
    m_cache.setDevicePixelRatio(dpr);
    const QRgb bg = palette().color(QPalette::Base).rgb();
    m_cache.fill(bg);
    const int n = pointCount();
    // Few points can be big; a dense cloud needs small ones to show its structure.
    const double logical = n < 2000 ? 5.0 : n < 20000 ? 4.0 : 3.0;
    const int dot = std::max(2, int(std::lround(logical * dpr)));
    const double cx = px.width() / 2.0, cy = px.height() / 2.0, s = m_scale * dpr;
    const double ox = m_centre.x(), oy = m_centre.y();
    // Pass 1: every point (faded when a selection exists); pass 2: the selection on top.
    for (int i = 0; i < n; ++i) {
        const int x = int(cx + (m_xy[2 * i] - ox) * s), y = int(cy - (m_xy[2 * i + 1] - oy) * s);
        if (x < -dot || y < -dot || x >= px.width() + dot || y >= px.height() + dot)
            continue;
        const QRgb c = m_anySelected ? fade(m_colors[i], bg, 140) : m_colors[i];
        square(m_cache, x, y, dot, c);
    }
    if (m_anySelected) {
        const QRgb edge = palette().color(QPalette::Text).rgb();
        for (int i = 0; i < n; ++i) {
            if (!m_selected[i])
                continue;
            const int x = int(cx + (m_xy[2 * i] - ox) * s),
                      y = int(cy - (m_xy[2 * i + 1] - oy) * s);
            square(m_cache, x, y, dot + 4, edge);
            square(m_cache, x, y, dot + 2, m_colors[i]);
        }
    }
    m_dirty = false;
    m_lastRenderMs = timer.nsecsElapsed() / 1e6;
    Q_EMIT rendered(m_lastRenderMs);
}

void ScatterCanvas::paintEvent(QPaintEvent*) {
    if (m_dirty || m_cache.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        render();
    QPainter p(this);
    p.drawImage(QPointF(0, 0), m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto& e : m_ellipses) {
        const QPointF c = toScreen(e.centre);
        p.save();
        p.translate(c);
        p.rotate(-e.angle * 180.0 / M_PI); // the screen's y points down
        p.setPen(QPen(e.color, e.emphasised ? 3.0 : 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(0, 0), e.major * m_scale, e.minor * m_scale);
        p.restore();
        if (!e.label.isEmpty()) {
            QFont f = p.font();
            f.setBold(e.emphasised);
            p.setFont(f);
            p.setPen(e.color);
            p.drawText(c + QPointF(3, -3), e.label);
        }
    }
    if (m_current >= 0 && m_current < pointCount()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawEllipse(toScreen(m_current), 7, 7);
    }
    if (m_drag == Drag::Lasso && m_path.size() > 1) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawPolygon(m_path);
    } else if (m_drag == Drag::Rect) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    }
}

void ScatterCanvas::resizeEvent(QResizeEvent*) {
    // The first real size decides the initial fit (points may arrive before the widget shows).
    if (m_cache.isNull())
        resetView();
    invalidate();
}

QVector<int> ScatterCanvas::pointsIn(const QPolygonF& polygon) const {
    QVector<int> out;
    const QRectF box = polygon.boundingRect();
    for (int i = 0; i < pointCount(); ++i) {
        const QPointF q = toScreen(i);
        if (box.contains(q) && polygon.containsPoint(q, Qt::OddEvenFill))
            out.append(i);
    }
    return out;
}

int ScatterCanvas::nearestPoint(QPointF pos, double maxDistance) const {
    int best = -1;
    double bestD = maxDistance * maxDistance;
    for (int i = 0; i < pointCount(); ++i) {
        const QPointF d = toScreen(i) - pos;
        const double dd = d.x() * d.x() + d.y() * d.y();
        if (dd <= bestD) {
            bestD = dd;
            best = i;
        }
    }
    return best;
}

void ScatterCanvas::mousePressEvent(QMouseEvent* e) {
    m_pressPos = m_lastPos = e->position();
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && m_space)) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (e->button() == Qt::LeftButton) {
        m_drag = m_tool == Tool::Lasso ? Drag::Lasso : Drag::Rect;
        m_path = QPolygonF{e->position()};
    }
}

void ScatterCanvas::mouseMoveEvent(QMouseEvent* e) {
    const QPointF pos = e->position();
    if (m_drag == Drag::Pan) {
        const QPointF d = pos - m_lastPos;
        m_centre -= QPointF(d.x() / m_scale, -d.y() / m_scale);
        invalidate();
    } else if (m_drag == Drag::Lasso) {
        if (QLineF(m_path.back(), pos).length() >= 2.0)
            m_path.append(pos);
        update();
    } else if (m_drag == Drag::Rect) {
        update();
    }
    m_lastPos = pos;
}

void ScatterCanvas::mouseReleaseEvent(QMouseEvent* e) {
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_lastPos = e->position();
    setCursor(m_space ? Qt::OpenHandCursor : Qt::CrossCursor);
    if (drag == Drag::Pan || drag == Drag::None)
        return;
    // A click (no real drag) picks the nearest point instead of selecting a region.
    const QRectF extent =
        drag == Drag::Lasso ? m_path.boundingRect() : QRectF(m_pressPos, m_lastPos).normalized();
    if (extent.width() < 4.0 && extent.height() < 4.0) {
        update();
        const int p = nearestPoint(m_lastPos, 8.0);
        if (p >= 0)
            Q_EMIT pointClicked(p);
        else if (const int e = ellipseAt(m_lastPos); e >= 0)
            Q_EMIT ellipseClicked(e);
        return;
    }
    QPolygonF region =
        drag == Drag::Lasso ? m_path : QPolygonF(QRectF(m_pressPos, m_lastPos).normalized());
    if (drag == Drag::Lasso)
        region.append(m_lastPos);
    m_path.clear();
    update();
    Q_EMIT regionSelected(pointsIn(region), drag == Drag::Lasso);
}

void ScatterCanvas::wheelEvent(QWheelEvent* e) {
    zoomBy(std::pow(1.0015, e->angleDelta().y()), e->position());
    e->accept();
}

void ScatterCanvas::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        m_space = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(e);
}

void ScatterCanvas::keyReleaseEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        m_space = false;
        setCursor(Qt::CrossCursor);
        return;
    }
    QWidget::keyReleaseEvent(e);
}

} // namespace fl::ui
