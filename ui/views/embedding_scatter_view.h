// The evaluation's embeddings in two dimensions (PCA, a light job of the job manager), coloured
// by label, prediction or correctness; lasso or rectangle make the selection, a click the
// current.
#pragma once
#include "ui/views/view_frame.h"
#include <QPointer>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace fl::ui {
class AnalysisDocument;
class JobManager;
class ScatterCanvas;
struct PcaProjection;

class EmbeddingScatterView : public QWidget {
    Q_OBJECT
public:
    enum class ColorBy { Label, Prediction, Correctness };

    EmbeddingScatterView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);

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
    QPointer<JobManager> m_jobs; // the window's; it may go before the view does
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QComboBox* m_colorBy;
    QToolButton* m_lasso;
    QToolButton* m_rect;
    QLabel* m_status;
    ScatterCanvas* m_canvas;
    quint64 m_generation = 0;
    quint64 m_job = 0; // the PCA job of the newest projection asked for
    bool m_computing = false;
    int m_points = 0;
    double m_explained[2] = {};
};

} // namespace fl::ui
