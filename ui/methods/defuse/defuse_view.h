// The Defuse dock, the annotation workbench: a queue of candidate regions; for the current one
// its samples in a grid with the model's prediction and the votes; one key per class labels the
// current sample and moves on, Shift+key labels the whole region; majority and agreement shown.
#pragma once
#include "ui/views/view_frame.h"
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QGridLayout;
class QTabWidget;

namespace fl::methods {
struct MethodResult;
}
namespace fl::workflows {
struct DefuseCorrectionOptions;
}

namespace fl::ui {
class AnalysisDocument;
class DefuseAnnotator;
class DefuseLatentView;
class AnnotationImportDialog;
class DefuseCorrectionResultDialog;
class EmptyStateWidget;
class JobManager;

class DefuseView : public QWidget {
    Q_OBJECT
public:
    DefuseView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);
    ~DefuseView() override;

    DefuseAnnotator* annotator() const { return m_annotator; }
    DefuseLatentView* latentView() const { return m_latentView; }
    QTabWidget* tabs() const { return m_tabs; } // Annotate, Latent space
    // The key that labels class `cls` ("0"–"9", then "A"–"Z"); empty past 36 classes.
    static QString classKey(int cls);
    QString progressText() const;
    QString regionText() const;
    QString summaryText() const;
    bool showsEmpty() const;
    QListWidget* regionList() const { return m_regions; }
    QToolButton* sampleTile(int sample) const;
    QPushButton* classButton(int cls) const;
    // The run's labels (every author) to the annotation file format, as a light job.
    void exportLabels(const QString& path);
    // Another annotator's file merged in as a light job; the dialog then lists what was added and
    // every conflict (kept as it was).
    void importLabels(const QString& path);
    AnnotationImportDialog* importDialog() const; // the last import's, while it is open
    // Fine-tunes the model from the run's confirmed regions (the current ρ) as a heavy job with
    // progress and cancel; the result is stored as a defuse-correction run and shown.
    void startCorrection(const workflows::DefuseCorrectionOptions& options);
    DefuseCorrectionResultDialog* correctionDialog() const;

Q_SIGNALS:
    void labelsExported(int count);
    void labelsImported();
    void correctionFinished(qint64 runId); // stored as that run, its dialog open

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void loadRun();
    void showNoRun(const QString& text);
    void rebuildClassButtons();
    void refresh();
    void fillRegionList();
    void fillTiles();
    int classOfKey(int key) const;

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    DefuseAnnotator* m_annotator;
    ViewFrame m_frame;
    ViewFrame::Page m_hintPage;
    ViewFrame::Page m_page;
    EmptyStateWidget* m_hint;
    QPushButton* m_runButton;
    QLabel* m_progress;
    QListWidget* m_regions;
    QLabel* m_regionHeader;
    QGridLayout* m_tileGrid;
    std::vector<QToolButton*> m_tiles;
    QWidget* m_classBox;
    std::vector<QPushButton*> m_classButtons;
    QPushButton* m_none;
    QPushButton* m_skip;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_summary;
    QDoubleSpinBox* m_rho;
    QTabWidget* m_tabs;
    QPointer<AnnotationImportDialog> m_importDialog;
    QPointer<DefuseCorrectionResultDialog> m_correctionDialog;
    QPushButton* m_correct;
    DefuseLatentView* m_latentView;
};

} // namespace fl::ui
