#include "ui/views/confusion_matrix_widget.h"
#include "ui/views/view_style.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixWidget::setMatrix(const QStringList& classNames,
                                      const QVector<qint64>& counts) {
    m_names = classNames;
    const int n = int(classNames.size());
    m_counts = counts.size() == n * n ? counts : QVector<qint64>(n * n, 0);
    m_rowTotals.fill(0, n);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            m_rowTotals[t] += m_counts[t * n + p];
    m_hoverT = m_hoverP = -1;
    update();
}

qint64 ConfusionMatrixWidget::count(int t, int p) const {
    const int n = numClasses();
    if (t < 0 || p < 0 || t >= n || p >= n)
        return 0;
    return m_counts[t * n + p];
}

double ConfusionMatrixWidget::rate(int t, int p) const {
    return m_rowTotals[t] > 0 ? double(count(t, p)) / double(m_rowTotals[t]) : 0.0;
}

int ConfusionMatrixWidget::labelWidth() const {
    int w = 0;
    for (const QString& s : m_names)
        w = std::max(w, fontMetrics().horizontalAdvance(s));
    return std::min(w + 10, width() / 4);
}

QRect ConfusionMatrixWidget::gridRect() const {
    const int n = std::max(1, numClasses());
    const int fh = fontMetrics().height();
    const int left = fh + 4 + labelWidth(); // axis title + row names
    const int top = fh + 6;                 // axis title
    const int bottom = labelWidth() + 4;    // rotated column names
    const int side = std::max(n, std::min(width() - left - 6, height() - top - bottom));
    const int cell = side / n;
    return QRect(left, top, cell * n, cell * n);
}

QRect ConfusionMatrixWidget::cellRect(int t, int p) const {
    const int n = numClasses();
    if (t < 0 || p < 0 || t >= n || p >= n)
        return {};
    const QRect g = gridRect();
    const int cell = g.width() / n;
    return QRect(g.left() + p * cell, g.top() + t * cell, cell, cell);
}

bool ConfusionMatrixWidget::cellAt(const QPoint& pos, int* t, int* p) const {
    const int n = numClasses();
    const QRect g = gridRect();
    if (n == 0 || !g.contains(pos))
        return false;
    const int cell = g.width() / n;
    *p = std::min(n - 1, (pos.x() - g.left()) / cell);
    *t = std::min(n - 1, (pos.y() - g.top()) / cell);
    return true;
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int n = numClasses();
    if (n == 0)
        return;
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect g = gridRect();
    const int cell = g.width() / n;
    const QColor base = pal.color(QPalette::Base);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect r = cellRect(t, p);
            const double a = rate(t, p);
            // Blend from the background to blue (diagonal) or red (errors) by the row rate; a
            // square root keeps small error rates visible next to a 90% diagonal.
            const QColor hue = t == p ? style::correctColor() : style::errorColor();
            const double k = t == p ? a : std::sqrt(a);
            const QColor c = QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * k,
                                              base.greenF() + (hue.greenF() - base.greenF()) * k,
                                              base.blueF() + (hue.blueF() - base.blueF()) * k);
            painter.fillRect(r, c);
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawRect(r.adjusted(0, 0, -1, -1));
            const qint64 v = count(t, p);
            if (v > 0 && cell >= 14) {
                const bool dark = c.lightnessF() < 0.55;
                painter.setPen(dark ? Qt::white : pal.color(QPalette::Text));
                QFont f = font();
                const QString s = QString::number(v);
                while (QFontMetrics(f).horizontalAdvance(s) > cell - 4 && f.pointSizeF() > 5)
                    f.setPointSizeF(f.pointSizeF() - 1);
                painter.setFont(f);
                painter.drawText(r, Qt::AlignCenter, s);
                painter.setFont(font());
            }
        }
    }
    if (m_hoverT >= 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawRect(cellRect(m_hoverT, m_hoverP).adjusted(1, 1, -1, -1));
    }
    // Row names (true labels) and column names (predictions, rotated).
    const int lw = labelWidth();
    painter.setPen(pal.color(QPalette::WindowText));
    for (int i = 0; i < n; ++i) {
        const QRect row(g.left() - lw - 2, g.top() + i * cell, lw, cell);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(m_names[i], Qt::ElideMiddle, lw - 4));
        painter.save();
        painter.translate(g.left() + i * cell + cell / 2 + fm.ascent() / 2 - 1, g.bottom() + 4);
        painter.rotate(-90);
        painter.drawText(QRect(-lw, -fm.ascent(), lw, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(m_names[i], Qt::ElideMiddle, lw - 4));
        painter.restore();
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(g.left(), 0, g.width(), g.top() - 2), Qt::AlignCenter,
                     tr("Predicted class →"));
    painter.save();
    painter.translate(fm.height(), g.top() + g.height() / 2);
    painter.rotate(-90);
    painter.drawText(QRect(-g.height() / 2, -fm.height(), g.height(), fm.height() + 2),
                     Qt::AlignCenter, tr("True class →"));
    painter.restore();
}

void ConfusionMatrixWidget::mouseMoveEvent(QMouseEvent* event) {
    int t = -1, p = -1;
    if (!cellAt(event->position().toPoint(), &t, &p))
        t = p = -1;
    if (t != m_hoverT || p != m_hoverP) {
        m_hoverT = t;
        m_hoverP = p;
        setCursor(t >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ConfusionMatrixWidget::mouseReleaseEvent(QMouseEvent* event) {
    int t = -1, p = -1;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &t, &p))
        Q_EMIT cellClicked(t, p);
}

void ConfusionMatrixWidget::leaveEvent(QEvent*) {
    m_hoverT = m_hoverP = -1;
    update();
}

bool ConfusionMatrixWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int t = -1, p = -1;
        if (cellAt(help->pos(), &t, &p)) {
            const QLocale loc;
            const QString text =
                t == p
                    ? tr("%1 correctly predicted: %2 of %3 (%4%)")
                          .arg(m_names[t], loc.toString(count(t, p)), loc.toString(m_rowTotals[t]),
                               loc.toString(100 * rate(t, p), 'f', 1))
                    : tr("True %1, predicted %2: %3 examples (%4% of %1)\nClick to select them.")
                          .arg(m_names[t], m_names[p], loc.toString(count(t, p)),
                               loc.toString(100 * rate(t, p), 'f', 1));
            QToolTip::showText(help->globalPos(), text, this, cellRect(t, p));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
