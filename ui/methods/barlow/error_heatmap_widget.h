// The error heatmap drawn: a grid of cells coloured by error rate (white → red), each showing
// its number of examples and its error coverage, with the bins' ranges along the axes. A click
// (or Enter on the current cell, arrows to move) picks a cell.
#pragma once
#include "ui/methods/barlow/error_grid.h"
#include <QStringList>
#include <QWidget>

namespace fl::ui {

class ErrorHeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit ErrorHeatmapWidget(QWidget* parent = nullptr);

    // rowLabels[0] labels grid row 0; with `rowsUp` row 0 is drawn at the bottom (a plot's y).
    void setGrid(const ErrorGrid& grid, const QStringList& rowLabels, const QStringList& colLabels,
                 const QString& xTitle, const QString& yTitle, bool rowsUp);
    void clear(const QString& message);
    const ErrorGrid& grid() const { return m_grid; }
    QRectF cellRect(int row, int col) const;
    QStringList cellLines(int row, int col) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int row, int col);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    QPoint cellAt(const QPointF& pos) const;

    ErrorGrid m_grid;
    QStringList m_rowLabels, m_colLabels;
    QString m_xTitle, m_yTitle, m_message;
    bool m_rowsUp = true;
    double m_maxEr = 0.0;
    QPoint m_current{-1, -1}; // (col, row) of the keyboard's cell
};

} // namespace fl::ui
