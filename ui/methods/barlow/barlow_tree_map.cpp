#include "ui/methods/barlow/barlow_tree_map.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/views/view_style.h"
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <functional>

namespace fl::ui {
namespace {
constexpr qreal kMargin = 8, kGap = 10, kLevelGap = 20, kBar = 7, kPad = 5, kMaxBox = 210;
} // namespace

BarlowTreeMap::BarlowTreeMap(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Failure tree"));
}

void BarlowTreeMap::setTree(std::shared_ptr<const BarlowAnalysis> analysis, int cls,
                            const QString& group) {
    m_analysis = std::move(analysis);
    m_tree = m_analysis ? m_analysis->tree(cls) : nullptr;
    m_group = group;
    m_selected = -1;
    m_maxEr = 0.0;
    m_levels = 1;
    if (m_tree)
        for (const auto& n : m_tree->nodes) {
            m_maxEr = std::max(m_maxEr, n.er);
            m_levels = std::max(m_levels, n.depth + 1);
        }
    layoutNodes();
    updateGeometry();
    update();
}

void BarlowTreeMap::setFeatureNames(const barlow::FeatureNames& names) {
    m_names = names;
    update();
}

int BarlowTreeMap::nodeCount() const {
    return m_tree ? int(m_tree->nodes.size()) : 0;
}

void BarlowTreeMap::setSelectedNode(int node) {
    m_selected = node >= 0 && node < nodeCount() ? node : -1;
    update();
}

QRectF BarlowTreeMap::nodeRect(int node) const {
    return node >= 0 && node < m_rects.size() ? m_rects[node] : QRectF();
}

int BarlowTreeMap::nodeAt(const QPointF& pos) const {
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects[i].contains(pos))
            return i;
    return -1;
}

QSize BarlowTreeMap::minimumSizeHint() const {
    const int line = fontMetrics().lineSpacing();
    const int box = 3 * line + int(kBar + 3 * kPad);
    return {240, int(2 * kMargin) + m_levels * box + (m_levels - 1) * int(kLevelGap)};
}

QSize BarlowTreeMap::sizeHint() const {
    return {720, minimumSizeHint().height() + 20};
}

void BarlowTreeMap::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutNodes();
}

// Leaves take consecutive slots left to right; a parent sits over the middle of its children.
void BarlowTreeMap::layoutNodes() {
    m_rects.clear();
    if (!m_tree)
        return;
    const auto& nodes = m_tree->nodes;
    const int n = int(nodes.size());
    QVector<double> slot(n, 0.0);
    int leaves = 0;
    const std::function<void(int)> place = [&](int i) {
        const auto& node = nodes[std::size_t(i)];
        if (node.left < 0 && node.right < 0) {
            slot[i] = leaves++;
            return;
        }
        place(node.left);
        place(node.right);
        slot[i] = (slot[node.left] + slot[node.right]) / 2.0;
    };
    place(0);
    const int line = fontMetrics().lineSpacing();
    const qreal boxH = 3 * line + kBar + 3 * kPad;
    const qreal slotW = (width() - 2 * kMargin) / std::max(1, leaves);
    const qreal boxW = std::clamp(slotW - kGap, 60.0, kMaxBox);
    // Centre the tree when the boxes hit their widest.
    const qreal used = leaves * slotW,
                left = kMargin + std::max(0.0, ((width() - 2 * kMargin) - used) / 2.0);
    const qreal levelH =
        std::max(boxH + kLevelGap, (height() - 2 * kMargin + kLevelGap) / std::max(1, m_levels));
    m_rects.resize(n);
    for (int i = 0; i < n; ++i) {
        const qreal cx = left + (slot[i] + 0.5) * slotW;
        m_rects[i] =
            QRectF(cx - boxW / 2, kMargin + nodes[std::size_t(i)].depth * levelH, boxW, boxH);
    }
}

QColor BarlowTreeMap::fillOf(double er) const {
    const double t = m_maxEr > 0 ? std::clamp(er / m_maxEr, 0.0, 1.0) : 0.0;
    const QColor red = style::errorColor();
    return QColor::fromRgbF(float(1.0 + t * (red.redF() - 1.0)),
                            float(1.0 + t * (red.greenF() - 1.0)),
                            float(1.0 + t * (red.blueF() - 1.0)));
}

QStringList BarlowTreeMap::nodeLines(int i) const {
    if (!m_tree || i < 0 || i >= nodeCount())
        return {};
    const auto& node = m_tree->nodes[std::size_t(i)];
    const QLocale loc;
    const QString head =
        node.path.empty() ? m_group : barlow::conditionText(node.path.back(), m_names);
    return {head,
            node.errors == 1 ? tr("%1 examples · 1 error").arg(loc.toString(node.size()))
                             : tr("%1 examples · %2 errors")
                                   .arg(loc.toString(node.size()), loc.toString(node.errors)),
            tr("ER %1 · EC %2").arg(barlow::percent(node.er), barlow::percent(node.ec, 0))};
}

QString BarlowTreeMap::toolTipOf(int i) const {
    const auto& node = m_tree->nodes[std::size_t(i)];
    const auto& f = m_tree->failures;
    QString s = QStringLiteral("<b>%1</b><br>")
                    .arg(barlow::ruleText(m_group, node.path, m_names).toHtmlEscaped());
    const QLocale loc;
    s += tr("%1 examples, %2 errors: error rate %3 (the class's base rate %4), error coverage "
            "%5 of the class's %6 errors.")
             .arg(loc.toString(node.size()), loc.toString(node.errors), barlow::percent(node.er),
                  barlow::percent(f.ber), barlow::percent(node.ec), loc.toString(f.errors));
    if (node.isLeaf() && node.rank >= 0)
        s += QStringLiteral("<br>") +
             (node.valid ? tr("★ Valid leaf #%1 by importance (IV = ER · EC = %2): ER > BER + δ "
                              "and EC > τ.")
                         : tr("Leaf #%1 by importance (IV = ER · EC = %2); not valid (needs ER > "
                              "BER + δ and EC > τ)."))
                 .arg(node.rank + 1)
                 .arg(loc.toString(node.iv, 'f', 3));
    if (!node.isLeaf())
        s += QStringLiteral("<br>") + tr("Splits on %1 at %2.")
                                          .arg(barlow::featureLongLabel(node.feature, m_names),
                                               barlow::threshold(node.threshold));
    s += QStringLiteral("<br><i>") +
         tr("Click: select these examples. Double-click: show the feature's images.") +
         QStringLiteral("</i>");
    return s;
}

void BarlowTreeMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_tree)
        return;
    const auto& nodes = m_tree->nodes;
    const QPalette pal = palette();
    // Edges first, under the boxes.
    p.setPen(QPen(pal.color(QPalette::Mid), 1.4));
    for (int i = 0; i < nodeCount(); ++i) {
        const int parent = nodes[std::size_t(i)].parent;
        if (parent < 0)
            continue;
        const QRectF a = m_rects[parent], b = m_rects[i];
        p.drawLine(QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top()));
    }
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    for (int i = 0; i < nodeCount(); ++i) {
        const auto& node = nodes[std::size_t(i)];
        const QRectF r = m_rects[i];
        const QColor fill = fillOf(node.er);
        const bool dark = fill.lightnessF() < 0.55;
        p.setBrush(fill);
        QPen outline(QColor(90, 90, 90), 1.0);
        if (node.valid)
            outline = QPen(QColor(40, 40, 40), 3.0);
        p.setPen(outline);
        p.drawRoundedRect(r, 4, 4);
        if (i == m_selected) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Highlight), 3.0));
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 6, 6);
        }
        QStringList lines = nodeLines(i);
        const QColor ink = dark ? QColor(Qt::white) : QColor(20, 20, 20);
        qreal y = r.top() + kPad;
        const qreal textW = r.width() - 2 * kPad;
        // The leaf's rank (and star) at the end of the last line, where the numbers are short.
        QString mark;
        if (node.isLeaf() && node.rank >= 0)
            mark =
                (node.valid ? QStringLiteral("★ #%1") : QStringLiteral("#%1")).arg(node.rank + 1);
        const qreal markW = mark.isEmpty() ? 0 : bfm.horizontalAdvance(mark) + 4;
        // Narrow boxes count in short words and round the rates rather than cut numbers off.
        if (fm.horizontalAdvance(lines[2]) > textW - markW)
            lines[2] =
                tr("ER %1 · EC %2").arg(barlow::percent(node.er, 0), barlow::percent(node.ec, 0));
        if (fm.horizontalAdvance(lines[1]) > textW)
            lines[1] = tr("n %1 · %2 wrong")
                           .arg(QLocale().toString(node.size()), QLocale().toString(node.errors));
        // The condition keeps its threshold: a smaller font first, then a shortened feature.
        QFont head = bold;
        for (int step = 0; step < 3 && QFontMetrics(head).horizontalAdvance(lines[0]) > textW;
             ++step)
            head.setPointSizeF(bold.pointSizeF() * (0.92 - 0.07 * step));
        if (const QFontMetrics hm(head);
            hm.horizontalAdvance(lines[0]) > textW && !node.path.empty()) {
            const auto& c = node.path.back();
            const QString rest = barlow::conditionText(c, QString());
            const QString label = barlow::featureLabel(c.feature, m_names);
            lines[0] = barlow::conditionText(
                c,
                hm.elidedText(label, Qt::ElideRight, int(textW - hm.horizontalAdvance(rest)) - 2));
        }
        for (int k = 0; k < lines.size(); ++k) {
            p.setFont(k == 0 ? head : font());
            p.setPen(ink);
            const QFontMetrics m(k == 0 ? head : font());
            const qreal w = k == 2 ? textW - markW : textW;
            p.drawText(QRectF(r.left() + kPad, y, w, fm.lineSpacing()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       m.elidedText(lines[k], Qt::ElideRight, int(w)));
            y += fm.lineSpacing();
        }
        if (!mark.isEmpty()) {
            p.setFont(bold);
            p.setPen(node.valid ? (dark ? QColor(255, 230, 120) : QColor(150, 100, 0)) : ink);
            p.drawText(QRectF(r.right() - kPad - markW, r.top() + kPad + 2 * fm.lineSpacing(),
                              markW, fm.lineSpacing()),
                       Qt::AlignRight | Qt::AlignVCenter, mark);
        }
        // Error coverage: a bar along the bottom.
        const QRectF bar(r.left() + kPad, r.bottom() - kPad - kBar, textW, kBar);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 170));
        p.drawRect(bar);
        p.setBrush(QColor(120, 10, 10));
        p.drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(node.ec, 0.0, 1.0),
                          bar.height()));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(120, 10, 10), 0.8));
        p.drawRect(bar);
    }
    p.setFont(font());
    if (hasFocus() && m_selected < 0 && nodeCount() > 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(m_rects[0].adjusted(-3, -3, 3, 3), 6, 6);
    }
}

void BarlowTreeMap::mousePressEvent(QMouseEvent* event) {
    const int n = nodeAt(event->position());
    if (n >= 0 && event->button() == Qt::LeftButton) {
        m_selected = n;
        update();
        Q_EMIT nodeClicked(n);
    }
    QWidget::mousePressEvent(event);
}

void BarlowTreeMap::mouseDoubleClickEvent(QMouseEvent* event) {
    const int n = nodeAt(event->position());
    if (n >= 0)
        Q_EMIT nodeActivated(n);
}

void BarlowTreeMap::moveTo(int node) {
    if (node < 0 || node >= nodeCount())
        return;
    m_selected = node;
    update();
    Q_EMIT nodeClicked(node);
}

// Up: the parent; Down: the left child; Left/Right: the neighbour on the same level.
void BarlowTreeMap::keyPressEvent(QKeyEvent* event) {
    if (!m_tree || nodeCount() == 0)
        return QWidget::keyPressEvent(event);
    const int cur = m_selected < 0 ? 0 : m_selected;
    const auto& node = m_tree->nodes[std::size_t(cur)];
    switch (event->key()) {
    case Qt::Key_Up:
        moveTo(m_selected < 0 ? 0 : node.parent);
        return;
    case Qt::Key_Down:
        moveTo(m_selected < 0 ? 0 : node.left);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const bool right = event->key() == Qt::Key_Right;
        int best = -1;
        for (int i = 0; i < nodeCount(); ++i) {
            if (m_tree->nodes[std::size_t(i)].depth != node.depth || i == cur)
                continue;
            const qreal dx = m_rects[i].center().x() - m_rects[cur].center().x();
            if ((right ? dx > 0 : dx < 0) &&
                (best < 0 ||
                 std::abs(dx) < std::abs(m_rects[best].center().x() - m_rects[cur].center().x())))
                best = i;
        }
        moveTo(m_selected < 0 ? 0 : best);
        return;
    }
    case Qt::Key_Space:
        moveTo(cur);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT nodeActivated(cur);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool BarlowTreeMap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int n = nodeAt(help->pos());
        if (n >= 0)
            QToolTip::showText(help->globalPos(), toolTipOf(n), this, m_rects[n].toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
