// The Directions dock: failure directions' strength per class (chance line, C at the grid's edge
// marked); for the picked class its examples ranked along the direction (hardest and easiest
// thumbnails with h, the histogram of h split into correct and wrong) and its hard and easy
// captions. Every click selects examples in the document; the interventions run from here too.
#pragma once
#include "ui/methods/directions/directions_run.h"
#include "ui/views/view_frame.h"
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace fl::ui {
class AnalysisDocument;
class DecisionHistogramWidget;
class DirectionsInterventionsPanel;
class DirectionsStrengthChart;
class EmptyStateWidget;
class ExampleTileGrid;
class ExampleTileModel;
class JobManager;
class ThumbnailCache;

class DirectionsView : public QWidget {
    Q_OBJECT
public:
    // Thumbnails at each end of the ranking.
    static constexpr int kEnd = 12;
    enum CaptionColumn { CaptionTextColumn, ScoreColumn, ExamplesColumn };

    DirectionsView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);
    ~DirectionsView() override;

    std::shared_ptr<const DirectionsRun> run() const { return m_run; }
    int currentClass() const { return m_cls; }
    // Picks a class: its ranking, histogram and captions show (the selection stays).
    void setClass(int cls);
    // A click on the class's bar: picks it and selects its predicted errors (h < 0).
    void clickClass(int cls);
    // The ranked (held-out) split, or the fitted split with out-of-fold values.
    bool showsRankedSplit() const;
    void setRankedSplit(bool ranked);
    const DirectionsSplit* shownSplit() const;
    // What a click selects: one example; a caption's concept group; a histogram bin.
    void clickExample(qint64 exampleId);
    // Row `row` of the hard (h < 0 side) or easy captions table.
    void clickCaption(bool hard, int row);
    void clickBin(int bin);

    QString messageText() const;
    bool showsEmpty() const;
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* interventionsButton() const { return m_interventionsButton; }
    DirectionsStrengthChart* strengthChart() const { return m_chart; }
    DecisionHistogramWidget* histogram() const { return m_histogram; }
    ExampleTileGrid* hardGrid() const { return m_hardGrid; }
    ExampleTileGrid* easyGrid() const { return m_easyGrid; }
    QTableWidget* captionTable(bool hard) const { return hard ? m_hardCaptions : m_easyCaptions; }
    QComboBox* classCombo() const { return m_classCombo; }
    QComboBox* splitCombo() const { return m_splitCombo; }
    QLabel* header() const { return m_header; }
    DirectionsInterventionsPanel* interventions() const { return m_interventions; }

private:
    void loadRun();
    void showNoRun(const QString& text);
    void fillChart();
    void showClass();
    void fillGrids(const std::vector<std::int64_t>& rows);
    void fillCaptions();
    void fillCaptionTable(bool hard);
    void select(const QVector<qint64>& ids, const QString& origin);
    QString splitLabel(const DirectionsSplit& s) const;
    QString methodTitle() const;

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    std::shared_ptr<const DirectionsRun> m_run;
    int m_cls = -1;
    QString m_lastOrigin; // of the selection this view made last

    ViewFrame m_frame;
    ViewFrame::Page m_hintPage;
    ViewFrame::Page m_page;
    EmptyStateWidget* m_hint;
    QPushButton* m_runButton;
    QComboBox* m_classCombo;
    QComboBox* m_splitCombo;
    QPushButton* m_interventionsButton;
    QLabel* m_status;
    QScrollArea* m_scroll;
    QLabel* m_header;
    DirectionsStrengthChart* m_chart;
    DecisionHistogramWidget* m_histogram;
    QTableWidget* m_hardCaptions;
    QTableWidget* m_easyCaptions;
    QLabel* m_hardCaption;
    QLabel* m_easyCaption;
    ThumbnailCache* m_thumbnails;
    ExampleTileModel* m_hardModel;
    ExampleTileModel* m_easyModel;
    ExampleTileGrid* m_hardGrid;
    ExampleTileGrid* m_easyGrid;
    DirectionsInterventionsPanel* m_interventions;
};

} // namespace fl::ui
