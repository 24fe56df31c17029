#include "ui/views/clickable_items_widget.h"
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace fl::ui {

void ClickableItemsWidget::mouseMoveEvent(QMouseEvent* event) {
    const int item = itemAt(event->position().toPoint());
    if (item != m_hover) {
        m_hover = item;
        setCursor(item >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ClickableItemsWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const int item = itemAt(event->position().toPoint());
    if (item >= 0)
        itemClicked(item);
}

void ClickableItemsWidget::leaveEvent(QEvent*) {
    m_hover = -1;
    update();
}

bool ClickableItemsWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int item = itemAt(help->pos());
        const QString tip = item >= 0 ? itemToolTip(item) : QString();
        if (!tip.isEmpty())
            QToolTip::showText(help->globalPos(), tip, this, itemRect(item));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fl::ui
