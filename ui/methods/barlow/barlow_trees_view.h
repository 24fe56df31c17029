// The Trees dock: Barlow's failure tree of one class (grouping and depth as chosen, from the
// newest run) as a tree map; below it the classes' summary with Table 1, the leaves by IV, the
// error heatmap and the feature panel. A click on a node selects its examples everywhere.
#pragma once
#include "ui/methods/barlow/barlow_text.h"
#include "ui/views/view_frame.h"
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace fl::ui {
class AnalysisDocument;
class BarlowClassModel;
class BarlowFeaturePanel;
class BarlowHeatmapPanel;
class BarlowTreeMap;
class FeatureExtractor;
class JobManager;
struct BarlowAnalysis;
struct BarlowRun;

class BarlowTreesView : public QWidget {
    Q_OBJECT
public:
    enum Tab { ClassesTab, LeavesTab, HeatmapTab, FeatureTab };

    BarlowTreesView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);
    ~BarlowTreesView() override;

    std::shared_ptr<const BarlowRun> run() const { return m_run; }
    // The trees shown (null while they are computed or without a run).
    std::shared_ptr<const BarlowAnalysis> analysis() const { return m_analysis; }
    int currentClass() const { return m_cls; }
    bool byPrediction() const;
    int depth() const;
    void setClass(int cls);
    void setGrouping(bool byPrediction);
    void setDepth(int depth);
    // Clicks node `node` of the shown tree: selects its examples and shows its feature.
    void clickNode(int node);
    bool busy() const; // the trees of the chosen grouping and depth are being grown
    QString messageText() const;
    QString table1Text() const;
    barlow::FeatureNames featureNames() const { return m_names; }

    BarlowTreeMap* treeMap() const { return m_tree; }
    QTableView* classTable() const { return m_classTable; }
    QTableWidget* leavesTable() const { return m_leaves; }
    BarlowHeatmapPanel* heatmapPanel() const { return m_heatmap; }
    BarlowFeaturePanel* featurePanel() const { return m_feature; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* classCombo() const { return m_classCombo; }

Q_SIGNALS:
    void analysisShown(); // the trees for the chosen grouping and depth are on screen

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitSplitter();
    void loadRun();
    void requestAnalysis();
    void showAnalysis();
    void showClass();
    void fillLeaves();
    void fillTable1();
    void loadFeatureNames();
    void onFeatureNamed(int feature, const QString& name);
    void onClassRowClicked(const QModelIndex& index);
    void activateNode(int node);

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    std::shared_ptr<const BarlowRun> m_run;
    std::shared_ptr<FeatureExtractor> m_extractor;
    std::shared_ptr<const BarlowAnalysis> m_analysis;
    QHash<int, std::shared_ptr<const BarlowAnalysis>> m_analyses; // by grouping and depth
    barlow::FeatureNames m_names;
    int m_cls = -1;
    quint64 m_job = 0;
    int m_jobKey = -1;
    QString m_lastOrigin; // of the selection a node click made

    ViewFrame m_frame;
    ViewFrame::Page m_page;
    QComboBox* m_classCombo;
    QComboBox* m_grouping;
    QSpinBox* m_depth;
    QLabel* m_status;
    QLabel* m_legend;
    QSplitter* m_split;
    bool m_userSplit = false; // the user moved the splitter: keep their sizes
    BarlowTreeMap* m_tree;
    QTabWidget* m_tabs;
    BarlowClassModel* m_classModel;
    QSortFilterProxyModel* m_classProxy;
    QTableView* m_classTable;
    QLabel* m_table1;
    QTableWidget* m_leaves;
    BarlowHeatmapPanel* m_heatmap;
    BarlowFeaturePanel* m_feature;
};

} // namespace fl::ui
