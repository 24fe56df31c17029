// The first view of a project: the confusion matrix and per-class accuracy of one split. Clicking a
// cell or a bar makes those examples the document's selection.
#pragma once
#include "ui/views/view_frame.h"
#include <QWidget>

class QComboBox;
class QLabel;

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;
class ConfusionMatrixWidget;

class OverviewView : public QWidget {
    Q_OBJECT
public:
    explicit OverviewView(AnalysisDocument* doc, QWidget* parent = nullptr);

    // The split shown: 0 train, 1 val, 2 test (fl::data::Split values), -1 all.
    int split() const;
    void setSplit(int split);
    ConfusionMatrixWidget* confusionMatrix() const { return m_matrix; }
    BarChartWidget* accuracyChart() const { return m_accuracy; }

public Q_SLOTS:
    void reload();

private:
    void onProjectChanged();
    void selectCell(int trueClass, int predicted);
    void selectClass(int cls);
    bool inSplit(int row) const;
    QString splitText() const;

    AnalysisDocument* m_doc;
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QComboBox* m_splitCombo;
    QLabel* m_summary;
    ConfusionMatrixWidget* m_matrix;
    BarChartWidget* m_accuracy;
};

} // namespace fl::ui
