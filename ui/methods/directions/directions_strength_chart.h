// Failure directions' strength per class: one bar per class (CV balanced accuracy, 0 to 1) with
// the chance line at 0.5, classes whose best C sits at the grid's edge marked, skipped classes
// greyed; a click on a row picks its class.
#pragma once
#include "ui/views/clickable_items_widget.h"
#include <QString>
#include <QVector>

namespace fl::ui {

class DirectionsStrengthChart : public ClickableItemsWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double strength = 0.0; // NaN or unused when skipped
        bool fitted = true;
        bool cAtEdge = false;
        QString valueText; // right of the bar
        QString toolTip;
    };

    explicit DirectionsStrengthChart(QWidget* parent = nullptr);

    void setBars(const QVector<Bar>& bars);
    int count() const { return m_bars.size(); }
    const Bar& bar(int i) const { return m_bars[i]; }
    void setCurrent(int index); // drawn emphasised
    int current() const { return m_current; }
    // The clickable row of bar i, in widget coordinates.
    QRect rowRect(int i) const;
    // Where the chance line is drawn (x), for tests.
    int chanceX() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    int itemAt(const QPoint& pos) const override { return rowAt(pos); }
    QRect itemRect(int row) const override { return rowRect(row); }
    QString itemToolTip(int row) const override;
    void itemClicked(int row) override;

private:
    int titleHeight() const;
    int axisHeight() const;
    int rowHeight() const;
    int rowAt(const QPoint& pos) const;
    // The bar track's horizontal extent.
    int labelWidth() const;
    int valueWidth() const;
    QRect trackRect(int i) const;

    QVector<Bar> m_bars;
    int m_current = -1;
};

} // namespace fl::ui
