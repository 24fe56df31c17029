// Colours and marks shared by every view, so errors and classes look the same everywhere: the red
// of a wrong prediction, one colour per class, the red corner on a wrong example.
#pragma once
#include <QColor>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

namespace fl::ui::style {

inline QColor errorColor() {
    return QColor(214, 39, 40);
}
inline QColor correctColor() {
    return QColor(70, 130, 180);
}

// Tableau-10 first (distinct and colour-blind friendlier), then a rotation of hues.
inline QColor classColor(int cls) {
    static const QRgb kTen[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
                                0xedc948, 0xff9da7, 0x9c755f, 0xe15759, 0xbab0ac};
    if (cls < 0)
        return QColor(128, 128, 128);
    if (cls < 10)
        return QColor(kTen[cls]);
    return QColor::fromHsv((cls * 47) % 360, 160, 210);
}

// The red corner that marks a wrong prediction: a triangle in the top-right of the rectangle.
inline void paintErrorCorner(QPainter& p, const QRectF& r, qreal size) {
    QPainterPath path;
    path.moveTo(r.right() - size, r.top());
    path.lineTo(r.right(), r.top());
    path.lineTo(r.right(), r.top() + size);
    path.closeSubpath();
    p.fillPath(path, errorColor());
}

// A bold, word-wrapped label that heads a row of a view ("Heatmaps of feature 41").
inline QLabel* captionLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace fl::ui::style
