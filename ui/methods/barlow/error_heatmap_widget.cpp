#include "ui/methods/barlow/error_heatmap_widget.h"
#include "ui/methods/barlow/barlow_text.h"
#include "ui/views/view_style.h"
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {
namespace {
constexpr qreal kMargin = 6;
} // namespace

ErrorHeatmapWidget::ErrorHeatmapWidget(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Error heatmap"));
}

void ErrorHeatmapWidget::setGrid(const ErrorGrid& grid, const QStringList& rowLabels,
                                 const QStringList& colLabels, const QString& xTitle,
                                 const QString& yTitle, bool rowsUp) {
    m_grid = grid;
    m_rowLabels = rowLabels;
    m_colLabels = colLabels;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_rowsUp = rowsUp;
    m_message.clear();
    m_maxEr = 0.0;
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.cols; ++c)
            m_maxEr = std::max(m_maxEr, grid.errorRate(r, c));
    m_current = {-1, -1};
    updateGeometry();
    update();
}

void ErrorHeatmapWidget::clear(const QString& message) {
    m_grid = {};
    m_message = message;
    update();
}

QSize ErrorHeatmapWidget::minimumSizeHint() const {
    return {200, 100};
}

QSize ErrorHeatmapWidget::sizeHint() const {
    const int line = fontMetrics().lineSpacing();
    return {560, std::max(220, m_grid.rows * (2 * line + 10) + 3 * line + 20)};
}

QRectF ErrorHeatmapWidget::plotRect() const {
    const QFontMetrics fm = fontMetrics();
    int labelW = 0;
    for (const QString& s : m_rowLabels)
        labelW = std::max(labelW, fm.horizontalAdvance(s));
    labelW = std::min(labelW + 8, width() / 3);
    const qreal yTitleW = m_yTitle.isEmpty() ? 0 : fm.lineSpacing() + 4;
    const qreal left = kMargin + yTitleW + labelW;
    const qreal bottom = 2 * fm.lineSpacing() + 6;
    return QRectF(left, kMargin, std::max(10.0, width() - left - kMargin),
                  std::max(10.0, height() - kMargin - bottom - kMargin));
}

QRectF ErrorHeatmapWidget::cellRect(int row, int col) const {
    if (row < 0 || col < 0 || row >= m_grid.rows || col >= m_grid.cols)
        return {};
    const QRectF p = plotRect();
    const qreal w = p.width() / m_grid.cols, h = p.height() / m_grid.rows;
    const int drawnRow = m_rowsUp ? m_grid.rows - 1 - row : row;
    return QRectF(p.left() + col * w, p.top() + drawnRow * h, w, h);
}

QPoint ErrorHeatmapWidget::cellAt(const QPointF& pos) const {
    for (int r = 0; r < m_grid.rows; ++r)
        for (int c = 0; c < m_grid.cols; ++c)
            if (cellRect(r, c).contains(pos))
                return {c, r};
    return {-1, -1};
}

QStringList ErrorHeatmapWidget::cellLines(int row, int col) const {
    const QLocale loc;
    const auto n = m_grid.size(row, col);
    if (n == 0)
        return {tr("empty")};
    return {loc.toString(n), tr("ER %1").arg(barlow::percent(m_grid.errorRate(row, col), 0)),
            tr("EC %1").arg(barlow::percent(m_grid.errorCoverage(row, col), 0))};
}

void ErrorHeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    if (m_grid.rows == 0 || m_grid.cols == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QColor red = style::errorColor();
    for (int r = 0; r < m_grid.rows; ++r)
        for (int c = 0; c < m_grid.cols; ++c) {
            const QRectF cell = cellRect(r, c);
            const auto n = m_grid.size(r, c);
            const double t = n && m_maxEr > 0 ? m_grid.errorRate(r, c) / m_maxEr : 0.0;
            const QColor fill = n ? QColor::fromRgbF(float(1 + t * (red.redF() - 1)),
                                                     float(1 + t * (red.greenF() - 1)),
                                                     float(1 + t * (red.blueF() - 1)))
                                  : pal.color(QPalette::Window);
            p.fillRect(cell, fill);
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            p.drawRect(cell);
            const QStringList lines = cellLines(r, c);
            p.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(20, 20, 20));
            const qreal lh = fm.lineSpacing();
            const int shown = std::max(1, std::min<int>(lines.size(), int(cell.height() / lh)));
            qreal y = cell.center().y() - shown * lh / 2;
            for (int k = 0; k < shown; ++k) {
                p.setFont(k == 0 ? bold : font());
                p.drawText(QRectF(cell.left() + 2, y, cell.width() - 4, lh), Qt::AlignCenter,
                           fm.elidedText(lines[k], Qt::ElideRight, int(cell.width() - 4)));
                y += lh;
            }
            p.setFont(font());
        }
    if (m_current.x() >= 0 && hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_current.y(), m_current.x()).adjusted(1, 1, -1, -1));
    }
    // Axes: the bins' ranges and the features' names.
    p.setPen(pal.color(QPalette::Text));
    const QRectF plot = plotRect();
    for (int r = 0; r < m_grid.rows && r < m_rowLabels.size(); ++r) {
        const QRectF cell = cellRect(r, 0);
        const qreal x0 = kMargin + (m_yTitle.isEmpty() ? 0 : fm.lineSpacing() + 4);
        const QRectF label(x0, cell.top(), plot.left() - 4 - x0, cell.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_rowLabels[r], Qt::ElideLeft, int(label.width())));
    }
    for (int c = 0; c < m_grid.cols && c < m_colLabels.size(); ++c) {
        const QRectF cell = cellRect(m_rowsUp ? 0 : m_grid.rows - 1, c);
        p.drawText(QRectF(cell.left(), plot.bottom() + 2, cell.width(), fm.lineSpacing()),
                   Qt::AlignHCenter,
                   fm.elidedText(m_colLabels[c], Qt::ElideRight, int(cell.width())));
    }
    p.setFont(bold);
    p.drawText(
        QRectF(plot.left(), plot.bottom() + fm.lineSpacing() + 4, plot.width(), fm.lineSpacing()),
        Qt::AlignHCenter, m_xTitle);
    if (!m_yTitle.isEmpty()) {
        p.save();
        p.translate(kMargin, plot.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.lineSpacing()), Qt::AlignHCenter,
                   m_yTitle);
        p.restore();
    }
}

void ErrorHeatmapWidget::mouseReleaseEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position());
    if (cell.x() >= 0 && event->button() == Qt::LeftButton) {
        m_current = cell;
        update();
        Q_EMIT cellClicked(cell.y(), cell.x());
    }
}

void ErrorHeatmapWidget::keyPressEvent(QKeyEvent* event) {
    if (m_grid.rows == 0)
        return QWidget::keyPressEvent(event);
    QPoint c = m_current.x() < 0 ? QPoint(0, m_rowsUp ? m_grid.rows - 1 : 0) : m_current;
    const int up = m_rowsUp ? 1 : -1;
    switch (event->key()) {
    case Qt::Key_Left:
        c.rx() = std::max(0, c.x() - 1);
        break;
    case Qt::Key_Right:
        c.rx() = std::min(m_grid.cols - 1, c.x() + 1);
        break;
    case Qt::Key_Up:
        c.ry() = std::clamp(c.y() + up, 0, m_grid.rows - 1);
        break;
    case Qt::Key_Down:
        c.ry() = std::clamp(c.y() - up, 0, m_grid.rows - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        m_current = c;
        update();
        Q_EMIT cellClicked(c.y(), c.x());
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    m_current = c;
    update();
}

bool ErrorHeatmapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            return true;
        }
        const int r = cell.y(), c = cell.x();
        const QLocale loc;
        const QString where = (r < m_rowLabels.size() ? m_rowLabels[r] : QString()) +
                              QStringLiteral(" · ") +
                              (c < m_colLabels.size() ? m_colLabels[c] : QString());
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2 examples, %3 errors: error rate %4, error coverage %5.\n"
                              "Click to select them.")
                               .arg(where, loc.toString(m_grid.size(r, c)),
                                    loc.toString(m_grid.errorsAt(r, c)),
                                    barlow::percent(m_grid.errorRate(r, c)),
                                    barlow::percent(m_grid.errorCoverage(r, c))),
                           this, cellRect(r, c).toRect());
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
