// Label and prediction histograms of the current selection side by side (InfEmbed's slice
// figure); the wrong ones inside each bar in red. Clicking a bar narrows the selection.
#pragma once
#include "ui/views/view_frame.h"
#include <QVector>
#include <QWidget>

class QLabel;

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;

class HistogramsView : public QWidget {
    Q_OBJECT
public:
    explicit HistogramsView(AnalysisDocument* doc, QWidget* parent = nullptr);

    BarChartWidget* labelChart() const { return m_labels; }
    BarChartWidget* predictionChart() const { return m_predictions; }
    // Examples counted per class (true label / prediction) in what the view shows now.
    const QVector<qint64>& labelCounts() const { return m_labelCounts; }
    const QVector<qint64>& predictionCounts() const { return m_predictionCounts; }

public Q_SLOTS:
    void reload();

private:
    void narrow(bool byLabel, int cls);
    QVector<int> shownRows() const;

    AnalysisDocument* m_doc;
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QLabel* m_caption;
    BarChartWidget* m_labels;
    BarChartWidget* m_predictions;
    QVector<qint64> m_labelCounts;
    QVector<qint64> m_predictionCounts;
};

} // namespace fl::ui
