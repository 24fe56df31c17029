// A painted confusion-matrix heatmap: counts in the cells, colour by the row-normalised rate
// (blue on the diagonal, red off it, so errors stand out), class names on both axes.
#pragma once
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace fl::ui {

class ConfusionMatrixWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixWidget(QWidget* parent = nullptr);

    // counts is row-major numClasses × numClasses: counts[true * n + predicted].
    void setMatrix(const QStringList& classNames, const QVector<qint64>& counts);
    int numClasses() const { return m_names.size(); }
    qint64 count(int trueClass, int predicted) const;
    // Where cell (trueClass, predicted) is painted, in widget coordinates.
    QRect cellRect(int trueClass, int predicted) const;

    QSize sizeHint() const override { return {460, 420}; }
    QSize minimumSizeHint() const override { return {220, 200}; }

Q_SIGNALS:
    void cellClicked(int trueClass, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;
    bool cellAt(const QPoint& pos, int* t, int* p) const;
    double rate(int t, int p) const;

    QStringList m_names;
    QVector<qint64> m_counts;
    QVector<qint64> m_rowTotals;
    int m_hoverT = -1;
    int m_hoverP = -1;
};

} // namespace fl::ui
