// The histogram of one class's decision values h along its failure direction, each bin split
// into the model's correct (blue) and wrong (red) examples; h = 0, the SVM's boundary, is marked
// and a click on a bin names it.
#pragma once
#include "ui/methods/directions/directions_run.h"
#include "ui/views/clickable_items_widget.h"

namespace fl::ui {

class DecisionHistogramWidget : public ClickableItemsWidget {
    Q_OBJECT
public:
    explicit DecisionHistogramWidget(QWidget* parent = nullptr);

    void setHistogram(const DecisionHistogram& histogram, const QString& title);
    const DecisionHistogram& histogram() const { return m_hist; }
    void setSelectedBin(int bin);
    int selectedBin() const { return m_selected; }
    // Bin k's column in widget coordinates (its whole height, for clicks).
    QRect binRect(int k) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void binClicked(int bin);

protected:
    void paintEvent(QPaintEvent* event) override;
    int itemAt(const QPoint& pos) const override { return binAt(pos); }
    QRect itemRect(int k) const override { return binRect(k); }
    QString itemToolTip(int k) const override;
    void itemClicked(int k) override;

private:
    QRect plotRect() const;
    int xOf(double h) const;
    int binAt(const QPoint& pos) const;
    std::int64_t maxCount() const;

    DecisionHistogram m_hist;
    QString m_title;
    int m_selected = -1;
};

} // namespace fl::ui
