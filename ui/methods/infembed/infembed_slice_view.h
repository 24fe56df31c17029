// The InfEmbed results view (the paper's Figure 2 for one slice): header numbers, label and
// prediction histograms, the examples nearest the slice centre, and the training examples that
// hurt (opponents) or help (proponents) it most — also for any selection the user asks about.
#pragma once
#include "core/influence/infembed_run.h"
#include "ui/views/view_frame.h"
#include <QHash>
#include <QPointer>
#include <QVector>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;
class ExampleTileGrid;
class ExampleTileModel;
class JobManager;
class ThumbnailCache;

class InfEmbedSliceView : public QWidget {
    Q_OBJECT
public:
    enum class Mode {
        NoProject,
        NoRun,     // the project has no InfEmbed run: the empty state says how to make one
        Hint,      // a run exists, but the selection is neither a slice nor asked about
        Slice,     // the selection is one of the run's slices
        Selection, // opponents of the selection were asked for (Ctrl+Shift+O)
    };

    InfEmbedSliceView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);
    ~InfEmbedSliceView() override;

    Mode mode() const { return m_mode; }
    // The run's slice the selection is (index into infEmbed()->slices), or -1.
    int currentSlice() const { return m_slice; }
    QString headerText() const;  // plain text of the header line(s)
    QString messageText() const; // the empty state's or the hint's words
    // Examples counted per class (true label / prediction) in what the view shows now.
    const QVector<qint64>& labelCounts() const { return m_labelCounts; }
    const QVector<qint64>& predictionCounts() const { return m_predictionCounts; }
    BarChartWidget* labelChart() const { return m_labelChart; }
    BarChartWidget* predictionChart() const { return m_predictionChart; }
    ExampleTileGrid* nearestGrid() const { return m_nearest; }
    ExampleTileGrid* opponentsGrid() const { return m_opponents; }
    ExampleTileGrid* proponentsGrid() const { return m_proponents; }
    // True while the opponents of a selection are being ranked (a job of the job manager).
    bool busy() const;

    // Tiles shown per grid.
    static constexpr int kNearest = 8;
    static constexpr int kInfluence = 8;

public Q_SLOTS:
    // "Who are its opponents?": ranks the training examples against the selection's examples
    // that are in the run's split as a light job, and shows them here.
    void showOpponentsOfSelection();

Q_SIGNALS:
    void opponentsShown(); // a selection's opponents arrived (or the request was explained)

private:
    void onProjectChanged();
    void onInfEmbedChanged();
    void refresh();
    void fillPickers();
    void showSlice(int index);
    void showSelectionResult(const influence::RankedInfluence& ranked);
    void setMode(Mode mode);
    void setHistograms(const std::vector<int>& labels, const std::vector<int>& predictions);
    void setNearest(const QVector<qint64>& ids);
    void setInfluence(const influence::RankedInfluence& ranked);
    void pickSlice(int comboIndex);
    QString sliceName(int index) const;
    qint64 datasetIndexOf(qint64 exampleId) const;
    QString className(int cls) const;

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs; // the window's; it may go before the view does
    std::shared_ptr<const influence::InfEmbedOutcome> m_run;
    Mode m_mode = Mode::NoProject;
    int m_slice = -1;
    QVector<qint64> m_asked;              // the selection whose opponents were asked for
    QVector<qint64> m_askedInRun;         // …of which in the run's split
    QHash<qint64, qint64> m_evalRow;      // example id → evaluation row of the run
    QHash<qint64, QString> m_storedNames; // stored slice id → its name in the project
    quint64 m_generation = 0;             // bumped whenever what the view shows changes
    quint64 m_job = 0;                    // the newest ranking job asked for

    ViewFrame m_frame;
    ViewFrame::Page m_hintPage;
    ViewFrame::Page m_content; // the figure
    QLabel* m_hint;
    QPushButton* m_askButton;
    QComboBox* m_picker; // the run's slices, on the hint page and above the figure
    QComboBox* m_figurePicker;
    QLabel* m_header;
    QLabel* m_nearestCaption;
    QLabel* m_opponentsCaption;
    QLabel* m_proponentsCaption;
    BarChartWidget* m_labelChart;
    BarChartWidget* m_predictionChart;
    ThumbnailCache* m_thumbnails;
    ExampleTileModel* m_nearestModel;
    ExampleTileModel* m_opponentsModel;
    ExampleTileModel* m_proponentsModel;
    ExampleTileGrid* m_nearest;
    ExampleTileGrid* m_opponents;
    ExampleTileGrid* m_proponents;
    QVector<qint64> m_labelCounts;
    QVector<qint64> m_predictionCounts;
};

} // namespace fl::ui
