#include "ui/report/report_figures.h"
#include "ui/document/dataset_image.h"
#include "ui/views/view_style.h"
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fl::ui {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
constexpr qreal kBody = 9.0;  // points
constexpr qreal kSmall = 7.5; // axis labels, counts
constexpr qreal kTiny = 6.5;  // image captions
} // namespace

QFont ReportFigures::font(qreal points, bool bold) const {
    QFont f = m_font;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

qreal ReportFigures::lineHeight(const QFont& f) const {
    return QFontMetricsF(f, m_device).lineSpacing();
}

qreal ReportFigures::textWidth(const QFont& f, const QString& s) const {
    return QFontMetricsF(f, m_device).horizontalAdvance(s);
}

qreal ReportFigures::titleHeight() const {
    return lineHeight(font(kBody, true)) + 1.5 * m_mm;
}

qreal ReportFigures::paintTitle(QPainter& p, const QRectF& r, const std::string& title) const {
    p.setFont(font(kBody, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(r.left(), r.top(), r.width(), lineHeight(p.font())),
               Qt::AlignLeft | Qt::AlignVCenter, qs(title));
    return titleHeight();
}

// --- bars -------------------------------------------------------------------------------

qreal ReportFigures::height(const report::BarChart& c, qreal) const {
    const qreal row = std::max(5.0 * m_mm, 1.3 * lineHeight(font(kSmall)));
    return titleHeight() + row * qreal(c.labels.size()) + lineHeight(font(kSmall)) + m_mm;
}

void ReportFigures::paintBars(QPainter& p, const QRectF& r, const std::vector<std::string>& labels,
                              const std::vector<double>& values, double maxValue, bool percent,
                              bool classColours) const {
    const QFont small = font(kSmall);
    const qreal row = std::max(5.0 * m_mm, 1.3 * lineHeight(small));
    qreal labelW = 0;
    for (const auto& l : labels)
        labelW = std::max(labelW, textWidth(small, qs(l)));
    labelW = std::min(labelW + 2 * m_mm, r.width() * 0.4);
    const qreal valueW =
        textWidth(small, percent ? QStringLiteral("100.0%") : QStringLiteral("0000000")) + 2 * m_mm;
    double top = maxValue;
    for (double v : values)
        if (!std::isnan(v))
            top = std::max(top, v);
    if (top <= 0)
        top = 1;
    // Counts get round gridlines (0, 100, 200, …) at most five steps apart; percentages quarters.
    int steps = 4;
    if (!percent) {
        const double raw = std::max(1.0, top / 5.0);
        const double decade = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10 * decade;
        for (double m : {1.0, 2.0, 2.5, 5.0})
            if (m * decade >= raw) {
                step = m * decade;
                break;
            }
        steps = std::max(1, int(std::ceil(top / step - 1e-9)));
        top = step * steps;
    }
    const QRectF area(r.left() + labelW, r.top(), r.width() - labelW - valueW,
                      row * qreal(labels.size()));
    p.setFont(small);
    // Gridlines at quarters, so bars can be read against a scale.
    p.setPen(QPen(QColor(220, 220, 220), 0.2 * m_mm));
    for (int q = 0; q <= steps; ++q) {
        const qreal x = area.left() + area.width() * q / steps;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        const double v = top * q / steps;
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(x - 10 * m_mm, area.bottom(), 20 * m_mm, lineHeight(small)),
                   Qt::AlignHCenter | Qt::AlignTop,
                   percent ? QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 0)
                           : QString::number(qint64(std::llround(v))));
        p.setPen(QPen(QColor(220, 220, 220), 0.2 * m_mm));
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const qreal y = area.top() + row * qreal(i);
        p.setPen(Qt::black);
        p.drawText(QRectF(r.left(), y, labelW - 1.5 * m_mm, row), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetricsF(small, m_device)
                       .elidedText(qs(labels[i]), Qt::ElideRight, labelW - 1.5 * m_mm));
        const double v = i < values.size() ? values[i] : std::nan("");
        if (std::isnan(v)) {
            p.setPen(Qt::gray);
            p.drawText(QRectF(area.left() + m_mm, y, area.width(), row), Qt::AlignVCenter,
                       tr("no examples"));
            continue;
        }
        const QRectF bar(area.left(), y + 0.18 * row, area.width() * v / top, 0.64 * row);
        p.fillRect(bar, classColours ? style::classColor(int(i)) : style::correctColor());
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.right() + m_mm, y, valueW + area.width(), row), Qt::AlignVCenter,
                   percent ? QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 1)
                           : QString::number(qint64(std::llround(v))));
    }
    p.setPen(QPen(Qt::black, 0.25 * m_mm));
    p.drawLine(area.topLeft(), area.bottomLeft());
}

void ReportFigures::paint(QPainter& p, const QRectF& r, const report::BarChart& c) const {
    const qreal t = paintTitle(p, r, c.title);
    paintBars(p, r.adjusted(0, t, 0, 0), c.labels, c.values, c.maxValue, c.percent, false);
}

// --- histogram pair ------------------------------------------------------------------------

qreal ReportFigures::height(const report::HistogramPair& h, qreal) const {
    const qreal row = std::max(5.0 * m_mm, 1.3 * lineHeight(font(kSmall)));
    return titleHeight() + lineHeight(font(kBody)) + m_mm + row * qreal(h.categories.size()) +
           lineHeight(font(kSmall)) + m_mm;
}

void ReportFigures::paint(QPainter& p, const QRectF& r, const report::HistogramPair& h) const {
    const qreal t = paintTitle(p, r, h.title);
    const qreal gap = 6 * m_mm;
    const qreal w = (r.width() - gap) / 2;
    double top = 0; // one scale for both, so the two sides compare
    for (double v : h.left)
        top = std::max(top, v);
    for (double v : h.right)
        top = std::max(top, v);
    const qreal sub = lineHeight(font(kBody)) + m_mm;
    for (int side = 0; side < 2; ++side) {
        const QRectF col(r.left() + side * (w + gap), r.top() + t, w, r.height() - t);
        p.setFont(font(kBody));
        p.setPen(Qt::black);
        p.drawText(QRectF(col.left(), col.top(), w, sub), Qt::AlignHCenter | Qt::AlignTop,
                   qs(side == 0 ? h.leftTitle : h.rightTitle));
        paintBars(p, col.adjusted(0, sub, 0, 0), h.categories, side == 0 ? h.left : h.right, top,
                  false, true);
    }
}

// --- heatmap -------------------------------------------------------------------------------

qreal ReportFigures::heatmapCell(const report::Heatmap& h, qreal width) const {
    qreal labelW = 0;
    for (const auto& l : h.rowLabels)
        labelW = std::max(labelW, textWidth(font(kSmall), qs(l)));
    const qreal n = std::max<qreal>(1, qreal(h.columnLabels.size()));
    return std::min(14.0 * m_mm, (width - labelW - lineHeight(font(kSmall)) - 4 * m_mm) / n);
}

qreal ReportFigures::height(const report::Heatmap& h, qreal width) const {
    qreal headerH = 0;
    for (const auto& l : h.columnLabels)
        headerH = std::max(headerH, textWidth(font(kSmall), qs(l)));
    return titleHeight() + lineHeight(font(kSmall)) + headerH + 2 * m_mm +
           heatmapCell(h, width) * qreal(h.rowLabels.size()) + m_mm;
}

void ReportFigures::paint(QPainter& p, const QRectF& r, const report::Heatmap& h) const {
    const qreal t = paintTitle(p, r, h.title);
    const QFont small = font(kSmall);
    const qreal cell = heatmapCell(h, r.width());
    const qreal axisH = lineHeight(small);
    qreal labelW = 0, headerH = 0;
    for (const auto& l : h.rowLabels)
        labelW = std::max(labelW, textWidth(small, qs(l)));
    for (const auto& l : h.columnLabels)
        headerH = std::max(headerH, textWidth(small, qs(l)));
    labelW += 2 * m_mm;
    headerH += 2 * m_mm;
    const qreal n = qreal(h.columnLabels.size());
    const QPointF origin(r.left() + axisH + labelW, r.top() + t + axisH + headerH);

    p.setFont(small);
    p.setPen(Qt::darkGray);
    // Axis titles: predicted along the top, true down the left side.
    p.drawText(QRectF(origin.x(), r.top() + t, cell * n, axisH), Qt::AlignHCenter,
               qs(h.columnAxis));
    p.save();
    p.translate(r.left(), origin.y() + cell * qreal(h.rowLabels.size()) / 2);
    p.rotate(-90);
    p.drawText(QRectF(-40 * m_mm, 0, 80 * m_mm, axisH), Qt::AlignHCenter, qs(h.rowAxis));
    p.restore();

    p.setPen(Qt::black);
    for (std::size_t c = 0; c < h.columnLabels.size(); ++c) {
        p.save();
        p.translate(origin.x() + cell * (qreal(c) + 0.5), origin.y() - m_mm);
        p.rotate(-90);
        p.drawText(QRectF(0, -axisH / 2, headerH, axisH), Qt::AlignLeft | Qt::AlignVCenter,
                   qs(h.columnLabels[c]));
        p.restore();
    }
    // Colour by the row's share, so a rare class's confusions are as visible as a common one's.
    qreal countPt = kSmall;
    while (countPt > 4 && textWidth(font(countPt), QStringLiteral("0000")) > cell * 0.9)
        countPt -= 0.5;
    const QFont countFont = font(countPt);
    for (std::size_t row = 0; row < h.values.size(); ++row) {
        const qreal y = origin.y() + cell * qreal(row);
        p.setFont(small);
        p.setPen(Qt::black);
        p.drawText(QRectF(origin.x() - labelW, y, labelW - 1.5 * m_mm, cell),
                   Qt::AlignRight | Qt::AlignVCenter,
                   row < h.rowLabels.size() ? qs(h.rowLabels[row]) : QString());
        double sum = 0;
        for (double v : h.values[row])
            sum += v;
        p.setFont(countFont);
        for (std::size_t c = 0; c < h.values[row].size(); ++c) {
            const double v = h.values[row][c];
            const double share = sum > 0 ? v / sum : 0;
            const bool off = h.highlightOffDiagonal && row != c;
            QColor fill = off ? style::errorColor() : style::correctColor();
            const double alpha = off ? std::min(1.0, 0.1 + 2.5 * share) : 0.1 + 0.9 * share;
            fill.setAlphaF(v > 0 ? alpha : 0.0);
            const QRectF box(origin.x() + cell * qreal(c), y, cell, cell);
            p.fillRect(box, Qt::white);
            p.fillRect(box, fill);
            p.setPen(QPen(QColor(200, 200, 200), 0.15 * m_mm));
            p.drawRect(box);
            p.setPen(v > 0 && alpha > 0.55 ? Qt::white : (v > 0 ? Qt::black : Qt::gray));
            if (cell >= 5 * m_mm) // below that the colour alone speaks
                p.drawText(box, Qt::AlignCenter, QString::number(qint64(std::llround(v))));
        }
    }
}

// --- image grid ----------------------------------------------------------------------------

qreal ReportFigures::gridCell(const report::ImageGrid& g, qreal width) const {
    return width / qreal(std::max(1, g.columns));
}

// A caption is "label → prediction" (drawn on two lines) or explicit lines split by '\n' (a
// third line carries e.g. an influence score).
static QStringList captionLines(const std::string& caption) {
    const QString c = qs(caption);
    if (c.contains(QLatin1Char('\n')))
        return c.split(QLatin1Char('\n'));
    const int arrow = c.indexOf(QStringLiteral(" → "));
    return arrow < 0 ? QStringList{c, QString()} : QStringList{c.left(arrow), c.mid(arrow + 1)};
}

static int captionLineCount(const report::ImageGrid& g) {
    int n = 2;
    for (const auto& it : g.items)
        n = std::max(n, int(captionLines(it.caption).size()));
    return n;
}

qreal ReportFigures::height(const report::ImageGrid& g, qreal width) const {
    const int cols = std::max(1, g.columns);
    const int rows = (int(g.items.size()) + cols - 1) / cols;
    const qreal cell = gridCell(g, width);
    const qreal caption = captionLineCount(g) * lineHeight(font(kTiny));
    return titleHeight() + rows * (cell - 2 * m_mm + caption + 2 * m_mm);
}

void ReportFigures::paint(QPainter& p, const QRectF& r, const report::ImageGrid& g,
                          const ImageSource& images) const {
    const qreal t = paintTitle(p, r, g.title);
    const int cols = std::max(1, g.columns);
    const qreal cell = gridCell(g, r.width());
    const qreal side = cell - 2 * m_mm;
    const QFont tiny = font(kTiny);
    const qreal line = lineHeight(tiny);
    const QFontMetricsF fm(tiny, m_device);
    const int lines = captionLineCount(g);
    for (std::size_t i = 0; i < g.items.size(); ++i) {
        const auto& it = g.items[i];
        const int row = int(i) / cols, col = int(i) % cols;
        const QRectF img(r.left() + col * cell + m_mm,
                         r.top() + t + row * (side + lines * line + 2 * m_mm), side, side);
        // A generated image (heatmap, feature attack) carries its pixels; examples are fetched.
        const QImage image = !it.rgb.empty()
                                 ? rgbImage(it.rgb.data(), it.rgb.size(), it.width, it.height)
                             : images ? images(it.exampleId)
                                      : QImage();
        if (!image.isNull()) {
            // Upscaled here without smoothing: 28-pixel digits stay crisp in any PDF viewer.
            const int k = std::max(1, 112 / std::max(1, std::max(image.width(), image.height())));
            p.drawImage(img, k > 1 ? image.scaled(image.size() * k, Qt::IgnoreAspectRatio,
                                                  Qt::FastTransformation)
                                   : image);
        } else {
            p.fillRect(img, QColor(235, 235, 235));
            p.setFont(tiny);
            p.setPen(Qt::darkGray);
            p.drawText(img, Qt::AlignCenter, QStringLiteral("#%1").arg(it.exampleId));
        }
        p.setPen(QPen(it.error ? style::errorColor() : QColor(180, 180, 180), 0.2 * m_mm));
        p.drawRect(img);
        if (it.error)
            style::paintErrorCorner(p, img, side * 0.22);
        // The true label, then the prediction (red on errors), then any further line.
        const QStringList caption = captionLines(it.caption);
        p.setFont(tiny);
        const QRectF capRect(img.left() - 0.5 * m_mm, img.bottom() + 0.5 * m_mm, side + m_mm, line);
        for (int k = 0; k < caption.size(); ++k) {
            p.setPen(k == 1 && it.error ? style::errorColor() : Qt::black);
            p.drawText(capRect.translated(0, k * line), Qt::AlignHCenter,
                       fm.elidedText(caption[k], Qt::ElideRight, side + m_mm));
        }
    }
}

} // namespace fl::ui
