#include "ui/views/example_image_widget.h"
#include "ui/views/view_style.h"

#include <QPainter>

namespace fl::ui {

ExampleImageWidget::ExampleImageWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(96, 96);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ExampleImageWidget::setImage(const QImage& image, bool wrong) {
    m_image = image;
    m_wrong = wrong;
    update();
}

void ExampleImageWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const int side = std::min(width(), height());
    const QRect target((width() - side) / 2, (height() - side) / 2, side, side);
    if (m_image.isNull()) {
        p.fillRect(target, palette().color(QPalette::Mid));
        return;
    }
    // Keep the aspect ratio; small images (28×28) are scaled without smoothing so pixels stay
    // visible, which is what one wants when judging a label.
    QSizeF s = QSizeF(m_image.size()).scaled(QSizeF(target.size()), Qt::KeepAspectRatio);
    const QRectF r(target.left() + (side - s.width()) / 2, target.top() + (side - s.height()) / 2,
                   s.width(), s.height());
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_image.width() * 2 > r.width());
    p.drawImage(r, m_image);
    if (m_wrong) {
        style::paintErrorCorner(p, r, side / 6.0);
        p.setPen(QPen(style::errorColor(), 3));
        p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

} // namespace fl::ui
