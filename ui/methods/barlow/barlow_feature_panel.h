// What one feature of a Barlow tree looks like (the paper's figure rows): the group's six most
// activating images, their heatmaps (opacity adjustable), the feature attack started from them
// (a cancellable job, cached per feature), six random failures inside the leaf — and a field to
// name the feature, saved in the project as it is edited.
#pragma once
#include "core/viz/feature_views.h"
#include "ui/methods/barlow/barlow_text.h"
#include <QHash>
#include <QPointer>
#include <QVector>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;

namespace fl::ui {
class AnalysisDocument;
class FeatureExtractor;
class ImageStrip;
class JobManager;
struct BarlowRun;
struct BarlowClassTree;

class BarlowFeaturePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kImages = 6;

    BarlowFeaturePanel(AnalysisDocument* doc, JobManager* jobs, QWidget* parent = nullptr);
    ~BarlowFeaturePanel() override;

    // The run (null: nothing to show); `extractor` opens the network its features came from.
    void setRun(std::shared_ptr<const BarlowRun> run, std::shared_ptr<FeatureExtractor> extractor);
    // The group the images come from and its top features (the picker's list); no feature is
    // shown until setFeature.
    void setGroup(const BarlowClassTree* tree, int cls, bool byPrediction);
    // The leaf (or node) the failures row draws from, in words for its caption.
    void setLeaf(const std::vector<std::int64_t>& rows, const QString& description);
    void setFeatureNames(const barlow::FeatureNames& names);
    void setFeature(int feature);
    int feature() const { return m_feature; }

    // What the rows show now (example ids), for tests.
    QVector<qint64> mostActivatingIds() const;
    QVector<qint64> failureIds() const;
    ImageStrip* topStrip() const { return m_top; }
    ImageStrip* heatmapStrip() const { return m_heat; }
    ImageStrip* attackStrip() const { return m_attack; }
    ImageStrip* failureStrip() const { return m_failures; }
    QLineEdit* nameEdit() const { return m_name; }
    QSlider* opacitySlider() const { return m_opacity; }
    // True while the heatmaps or the feature attack of the shown feature are computing.
    bool busy() const;

public Q_SLOTS:
    void startAttack(); // (again) for the shown feature; cached results show at once
    void cancelAttack();

Q_SIGNALS:
    // The user named (or renamed, or cleared) a feature; it is stored in the project already.
    void featureNamed(int feature, const QString& name);
    void heatmapsShown();
    void attackShown();

protected:
    // Heatmaps and the attack are computed for a feature on screen only: shown, the panel starts
    // what it still lacks.
    void showEvent(QShowEvent* event) override;

private:
    struct HeatResult {
        std::vector<std::int64_t> positions;
        std::vector<viz::Heatmap> maps;
    };
    struct AttackResult {
        std::vector<std::int64_t> positions;
        viz::FeatureAttack attack;
    };

    void refresh();
    void startJobs(); // heatmaps and attack of the shown feature, when visible
    void fillPicker();
    void showTop();
    void showFailures();
    void requestHeatmaps();
    void showHeatmaps();
    void showAttack();
    void commitName();
    void onJobChanged(quint64 id);
    void onJobFinished(quint64 id);
    QString cacheKey() const;
    qint64 positionOf(qint64 exampleId) const;
    QImage exampleImage(qint64 exampleId) const;

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    std::shared_ptr<const BarlowRun> m_run;
    std::shared_ptr<FeatureExtractor> m_extractor;
    std::vector<int> m_topFeatures;
    std::vector<std::int64_t> m_groupRows, m_leafRows;
    QString m_leafDescription;
    int m_cls = -1;
    bool m_byPrediction = false;
    int m_feature = -1;
    barlow::FeatureNames m_names;
    std::vector<std::int64_t> m_topRows; // the shown most-activating rows of the run
    QHash<QString, std::shared_ptr<const HeatResult>> m_heatCache;
    QHash<QString, std::shared_ptr<const AttackResult>> m_attackCache;
    quint64 m_heatJob = 0, m_attackJob = 0;
    QString m_heatKey, m_attackKey; // what the running jobs compute

    QComboBox* m_picker;
    QLineEdit* m_name;
    QSlider* m_opacity;
    QLabel* m_header;
    QLabel* m_topCaption;
    QLabel* m_heatCaption;
    QLabel* m_attackCaption;
    QLabel* m_failuresCaption;
    ImageStrip* m_top;
    ImageStrip* m_heat;
    ImageStrip* m_attack;
    ImageStrip* m_failures;
    QProgressBar* m_attackProgress;
    QPushButton* m_attackCancel;
    QPushButton* m_attackRun;
};

} // namespace fl::ui
