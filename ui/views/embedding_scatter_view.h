// The evaluation's embeddings in two dimensions (PCA, computed off the UI thread), coloured by
// label, prediction or correctness; lasso or rectangle make the selection, a click the current.
#pragma once
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QStackedLayout;
class QToolButton;

namespace fl::ui {
class AnalysisDocument;
class EmptyStateWidget;
class ScatterCanvas;
struct PcaProjection;

class EmbeddingScatterView : public QWidget {
    Q_OBJECT
public:
    enum class ColorBy { Label, Prediction, Correctness };

    explicit EmbeddingScatterView(AnalysisDocument* doc, QWidget* parent = nullptr);

    ScatterCanvas* canvas() const { return m_canvas; }
    bool isComputing() const { return m_computing; }
    void setColorBy(ColorBy by);

Q_SIGNALS:
    void projectionReady(); // the PCA finished and the points are shown

private:
    void onProjectChanged();
    void onProjection(PcaProjection projection);
    void applyColors();
    void applySelection();
    void onRegion(const QVector<int>& points, bool lasso);

    AnalysisDocument* m_doc;
    QStackedLayout* m_stack;
    EmptyStateWidget* m_empty;
    QComboBox* m_colorBy;
    QToolButton* m_lasso;
    QToolButton* m_rect;
    QLabel* m_status;
    ScatterCanvas* m_canvas;
    quint64 m_generation = 0;
    bool m_computing = false;
    int m_points = 0;
    double m_explained[2] = {};
};

} // namespace fl::ui
