// Barlow's error heatmap: the class's group binned by the quantiles of two of its top features
// (default the first two, 5×5 bins), or every class against one feature; cells coloured by error
// rate with their size and error coverage. Clicking a cell selects its examples.
#pragma once
#include "ui/methods/barlow/barlow_text.h"
#include "ui/methods/barlow/error_grid.h"
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;

namespace fl::ui {
class AnalysisDocument;
class ErrorHeatmapWidget;
struct BarlowRun;
struct BarlowClassTree;

class BarlowHeatmapPanel : public QWidget {
    Q_OBJECT
public:
    enum class Mode { TwoFeatures, FeatureByClass };

    BarlowHeatmapPanel(AnalysisDocument* doc, QWidget* parent = nullptr);

    // The class shown: its group's rows and its top features (by mutual information).
    void setContext(std::shared_ptr<const BarlowRun> run, const BarlowClassTree* tree, int cls,
                    bool byPrediction);
    void setFeatureNames(const barlow::FeatureNames& names);

    void setMode(Mode mode);
    Mode mode() const;
    // Features by column of the run's features; they must be among the class's top features.
    void setFeatures(int x, int y);
    int featureX() const;
    int featureY() const;
    void setBins(int bins);
    int bins() const;
    const ErrorGrid& grid() const;
    ErrorHeatmapWidget* heatmap() const { return m_heatmap; }
    // Selects the examples of a cell, as a click on it does.
    void selectCell(int row, int col);

private:
    void fillFeatureCombos();
    void recompute();
    QString binLabel(const std::vector<double>& edges, int bin) const;

    AnalysisDocument* m_doc;
    std::shared_ptr<const BarlowRun> m_run;
    std::vector<int> m_top; // the class's top features
    std::vector<std::int64_t> m_rows;
    int m_cls = -1;
    bool m_byPrediction = false;
    barlow::FeatureNames m_names;
    QComboBox* m_mode;
    QComboBox* m_x;
    QComboBox* m_y;
    QLabel* m_yLabel;
    QSpinBox* m_bins;
    QLabel* m_caption;
    ErrorHeatmapWidget* m_heatmap;
};

} // namespace fl::ui
