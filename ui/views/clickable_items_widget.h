// A painted widget of clickable items (bars, bins): it tracks the hovered item, shows a pointing
// cursor over items, passes left clicks to itemClicked and shows each item's tooltip.
#pragma once
#include <QRect>
#include <QString>
#include <QWidget>

namespace fl::ui {

class ClickableItemsWidget : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

protected:
    // The item under `pos`, or −1.
    virtual int itemAt(const QPoint& pos) const = 0;
    virtual QRect itemRect(int item) const = 0;
    // Empty: no tooltip.
    virtual QString itemToolTip(int item) const = 0;
    virtual void itemClicked(int item) = 0;

    int hoveredItem() const { return m_hover; }
    // When the items change, the hovered index no longer means anything.
    void clearHover() { m_hover = -1; }

    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    int m_hover = -1;
};

} // namespace fl::ui
