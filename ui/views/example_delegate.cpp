#include "ui/views/example_delegate.h"
#include "ui/models/example_list_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/view_style.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace fl::ui {

namespace {
constexpr int kPad = 4;
}

ExampleDelegate::ExampleDelegate(ThumbnailCache* thumbnails, QObject* parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails) {}

QSize ExampleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int fh = option.fontMetrics.height();
    return QSize(std::max(m_thumb + 2 * kPad, m_minWidth), m_thumb + 2 * fh + 3 * kPad);
}

void ExampleDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    p->save();
    if (selected)
        p->fillRect(cell, pal.color(QPalette::Highlight));
    else if (option.state & QStyle::State_MouseOver)
        p->fillRect(cell, pal.color(QPalette::AlternateBase));

    const int label = index.data(ExampleListModel::LabelRole).toInt();
    const int pred = index.data(ExampleListModel::PredictionRole).toInt();
    const bool wrong = label != pred;
    const QRect thumbRect(cell.left() + (cell.width() - m_thumb) / 2, cell.top() + kPad - 1,
                          m_thumb, m_thumb);
    const qint64 dsIndex = index.data(ExampleListModel::DatasetIndexRole).toLongLong();
    if (const QPixmap* pm = m_thumbnails->thumbnail(dsIndex)) {
        const QSizeF s = pm->deviceIndependentSize();
        const QPointF at(thumbRect.left() + (thumbRect.width() - s.width()) / 2,
                         thumbRect.top() + (thumbRect.height() - s.height()) / 2);
        p->drawPixmap(at, *pm);
    } else {
        // Placeholder while a worker makes the thumbnail.
        p->fillRect(thumbRect, pal.color(QPalette::Mid).lighter(130));
    }
    if (wrong) {
        style::paintErrorCorner(*p, thumbRect, m_thumb / 4.0);
        p->setPen(QPen(style::errorColor(), 2));
        p->drawRect(QRectF(thumbRect).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    // Line 1: true label → prediction (prediction in red when wrong). Line 2: confidence.
    const QFontMetrics& fm = option.fontMetrics;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const int y1 = thumbRect.bottom() + kPad;
    const int w = cell.width() - 2 * kPad;
    const QString ln = m_classNames.value(label);
    const QString pn = m_classNames.value(pred);
    p->setFont(option.font);
    if (!wrong) {
        p->setPen(text);
        p->drawText(QRect(cell.left() + kPad, y1, w, fm.height()), Qt::AlignCenter,
                    fm.elidedText(ln, Qt::ElideRight, w));
    } else {
        const QString arrow = QStringLiteral(" → ");
        const int half = (w - fm.horizontalAdvance(arrow)) / 2;
        const QString l = fm.elidedText(ln, Qt::ElideRight, half);
        const QString r = fm.elidedText(pn, Qt::ElideRight, half);
        const int total = fm.horizontalAdvance(l + arrow + r);
        int x = cell.left() + kPad + (w - total) / 2;
        p->setPen(text);
        p->drawText(QPoint(x, y1 + fm.ascent()), l + arrow);
        x += fm.horizontalAdvance(l + arrow);
        p->setPen(selected ? text : style::errorColor());
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->drawText(QPoint(x, y1 + fm.ascent()), r);
        p->setFont(option.font);
    }
    const QVariant second = index.data(ExampleListModel::SecondLineRole);
    const float conf = index.data(ExampleListModel::ConfidenceRole).toFloat();
    p->setPen(selected ? text : pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(cell.left() + kPad, y1 + fm.height(), w, fm.height()), Qt::AlignCenter,
                second.isValid() ? fm.elidedText(second.toString(), Qt::ElideRight, w)
                                 : QStringLiteral("p %1").arg(double(conf), 0, 'f', 2));
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1, Qt::DashLine));
        p->drawRect(cell.adjusted(0, 0, -1, -1));
    }
    p->restore();
}

} // namespace fl::ui
