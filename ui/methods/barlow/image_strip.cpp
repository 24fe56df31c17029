#include "ui/methods/barlow/image_strip.h"
#include "ui/views/view_style.h"
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {
namespace {
constexpr int kGap = 8, kMinSide = 56, kMaxSide = 128;
} // namespace

ImageStrip::ImageStrip(QWidget* parent) : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void ImageStrip::setItems(const QVector<Item>& items) {
    m_items = items;
    m_message.clear();
    update();
}

void ImageStrip::setImages(const QVector<QImage>& images) {
    for (int i = 0; i < m_items.size() && i < images.size(); ++i)
        m_items[i].image = images[i];
    update();
}

void ImageStrip::setMessage(const QString& message) {
    m_items.clear();
    m_message = message;
    update();
}

int ImageStrip::captionHeight() const {
    return fontMetrics().lineSpacing() + 2;
}

int ImageStrip::sideFor(int width) const {
    const int side = (width - (m_columns - 1) * kGap) / std::max(1, m_columns);
    return std::clamp(side, kMinSide, kMaxSide);
}

QRect ImageStrip::itemRect(int i) const {
    const int s = cellSide();
    return {i * (s + kGap), 0, s, s};
}

int ImageStrip::heightForWidth(int width) const {
    return sideFor(width) + captionHeight();
}

QSize ImageStrip::sizeHint() const {
    return {m_columns * (96 + kGap), 96 + captionHeight()};
}

QSize ImageStrip::minimumSizeHint() const {
    return {m_columns * (kMinSide + kGap), kMinSide + captionHeight()};
}

void ImageStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(4, 0, -4, 0),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& it = m_items[i];
        const QRect r = itemRect(i);
        if (!it.image.isNull())
            p.drawImage(r, it.image);
        else
            p.fillRect(r, palette().color(QPalette::AlternateBase));
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        if (it.wrong)
            style::paintErrorCorner(p, r, r.width() / 6.0);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), fm.lineSpacing()), Qt::AlignHCenter,
                   fm.elidedText(it.caption, Qt::ElideRight, r.width()));
    }
}

void ImageStrip::mouseReleaseEvent(QMouseEvent* event) {
    for (int i = 0; i < m_items.size(); ++i)
        if (itemRect(i).contains(event->position().toPoint()) && m_items[i].exampleId >= 0) {
            Q_EMIT exampleClicked(m_items[i].exampleId);
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

bool ImageStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < m_items.size(); ++i)
            if (itemRect(i).contains(help->pos()) && !m_items[i].toolTip.isEmpty()) {
                QToolTip::showText(help->globalPos(), m_items[i].toolTip, this, itemRect(i));
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
