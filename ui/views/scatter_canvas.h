// The painted point cloud of the embedding scatter. Points are rendered into a cached QImage at
// the current zoom and only re-rendered when points, colours, selection, view or size change;
// lasso, rectangle, wheel zoom and pan (middle button, or Space + drag) work on top of it.
#pragma once
#include <QColor>
#include <QImage>
#include <QPolygonF>
#include <QString>
#include <QVector>
#include <QWidget>
#include <cstdint>
#include <vector>

namespace fl::ui {

class ScatterCanvas : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Lasso, Rectangle };

    explicit ScatterCanvas(QWidget* parent = nullptr);

    // Points as rows × 2 floats in data units; resets the view to fit them.
    void setPoints(std::vector<float> xy);
    int pointCount() const { return int(m_xy.size() / 2); }
    void setColors(std::vector<QRgb> colors);          // one per point
    void setSelected(std::vector<std::uint8_t> flags); // one per point; empty: nothing selected
    void setCurrentPoint(int point);                   // ringed; -1 for none
    // Outlines over the points (Defuse's regions): centre and half-axes in data units, the major
    // axis' angle in radians counter-clockwise; an emphasised one is drawn thicker.
    struct Ellipse {
        QPointF centre;
        double major = 0.0, minor = 0.0, angle = 0.0;
        QColor color;
        QString label;
        bool emphasised = false;
    };
    void setEllipses(std::vector<Ellipse> ellipses);
    int ellipseCount() const { return int(m_ellipses.size()); }
    // The smallest ellipse containing pos (widget coordinates); -1 when none does.
    int ellipseAt(QPointF pos) const;
    void setTool(Tool tool) { m_tool = tool; }
    Tool tool() const { return m_tool; }
    void resetView();
    void zoomBy(double factor, QPointF anchor);
    QPointF toScreen(int point) const;
    QPointF toScreen(QPointF data) const;
    // The points inside a polygon in widget coordinates.
    QVector<int> pointsIn(const QPolygonF& polygon) const;
    double lastRenderMs() const { return m_lastRenderMs; }

    QSize sizeHint() const override { return {480, 400}; }

Q_SIGNALS:
    void regionSelected(const QVector<int>& points, bool lasso);
    void pointClicked(int point);
    void ellipseClicked(int ellipse); // a click near no point, inside an ellipse
    void rendered(double ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void invalidate();
    void render();
    int nearestPoint(QPointF pos, double maxDistance) const;

    std::vector<float> m_xy;
    std::vector<QRgb> m_colors;
    std::vector<std::uint8_t> m_selected;
    std::vector<Ellipse> m_ellipses;
    bool m_anySelected = false;
    int m_current = -1;
    Tool m_tool = Tool::Lasso;

    double m_scale = 1.0; // pixels per data unit
    QPointF m_centre;     // data point at the widget's centre

    QImage m_cache;
    bool m_dirty = true;
    double m_lastRenderMs = 0.0;

    enum class Drag { None, Pan, Lasso, Rect } m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPolygonF m_path;
    bool m_space = false;
};

} // namespace fl::ui
