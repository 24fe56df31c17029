// A painted horizontal bar chart with one clickable row per class: per-class accuracy, label and
// prediction histograms, an example's probabilities. Errors inside a bar are drawn in red.
#pragma once
#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace fl::ui {

class BarChartWidget : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double value = 0.0;
        double errorPart = 0.0; // the share of value drawn red at the bar's end (e.g. wrong ones)
        QColor color;
        QString valueText;       // shown right of the bar
        QString toolTip;         // shown on hover; valueText when empty
        bool emphasised = false; // outlined and bold (e.g. the true label in the inspector)
    };

    explicit BarChartWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // maxValue <= 0 scales to the largest value.
    void setBars(const QVector<Bar>& bars, double maxValue = 0.0);
    int count() const { return m_bars.size(); }
    const Bar& bar(int i) const { return m_bars[i]; }
    // The clickable area of row i, in widget coordinates.
    QRect barRect(int i) const;
    // Bars are clickable unless this is off (the inspector's probabilities are not).
    void setClickable(bool clickable) { m_clickable = clickable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    int titleHeight() const;
    int rowHeight() const;
    int rowAt(const QPoint& pos) const;

    QString m_title;
    QVector<Bar> m_bars;
    double m_max = 1.0;
    int m_hover = -1;
    bool m_clickable = true;
};

} // namespace fl::ui
