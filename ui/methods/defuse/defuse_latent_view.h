// Defuse's latent space as a user explores it: the training codes, the found mistakes coloured by
// region and each region's 2-σ ellipse (PCA, computed as a light job); for the current region the
// model's predictions and the source labels of its mistakes, and each sample beside its nearest
// misclassified training image (novelty, paper §4.3). Clicking a region makes it current.
#pragma once
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;
class DefuseAnnotator;
class JobManager;
class ScatterCanvas;
struct DefuseLatent;
struct DefuseRun;

class DefuseLatentView : public QWidget {
    Q_OBJECT
public:
    DefuseLatentView(AnalysisDocument* doc, JobManager* jobs, DefuseAnnotator* annotator,
                     QWidget* parent = nullptr);
    ~DefuseLatentView() override;

    ScatterCanvas* canvas() const { return m_canvas; }
    bool isComputing() const { return m_computing; }
    QString statusText() const;
    BarChartWidget* predictionChart() const { return m_predictions; }
    // The nearest misclassified training image's dataset position beside sample s; -1 if none.
    std::int64_t neighbourOf(int sample) const;

Q_SIGNALS:
    void latentReady(); // the projection finished and is drawn

private:
    void onRun();
    void onLatent(std::shared_ptr<const DefuseLatent> latent);
    void applyRegion();
    void fillNovelty();

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    DefuseAnnotator* m_annotator;
    std::shared_ptr<const DefuseRun> m_run; // the run the latent was computed for
    std::shared_ptr<const DefuseLatent> m_latent;
    quint64 m_generation = 0;
    bool m_computing = false;
    int m_shownRegion = -1;
    QLabel* m_status;
    ScatterCanvas* m_canvas;
    QLabel* m_regionTitle;
    BarChartWidget* m_predictions;
    BarChartWidget* m_labels;
    QLabel* m_noveltyNote;
    QGridLayout* m_novelty;
    std::vector<QLabel*> m_noveltyTiles;
};

} // namespace fl::ui
