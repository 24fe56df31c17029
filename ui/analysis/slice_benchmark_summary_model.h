// The slice-benchmark window's summary: the mean precision@k of each method per dataset and task
// over the rows of the results table, recomputed whenever the table changes.
#pragma once
#include "core/workflows/slice_benchmark.h"
#include <QAbstractTableModel>
#include <QList>
#include <vector>

namespace fl::ui {

class SliceBenchmarkTableModel;

// Mean precision@k per (dataset, task, method) over the table's rows, groups in the order they
// first appear and methods in the benchmark's order; the best mean of each group is bold.
class SliceBenchmarkSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Dataset,
        Task,
        Method,
        Runs,
        MeanPrecisionTop,
        MeanPrecisionAll,
        MeanTestPrecision,
        MeanF1,
        ColumnCount
    };
    struct Row {
        QString dataset, task, method;
        int runs = 0;
        double precisionTop = 0.0, precisionAll = 0.0, testPrecision = 0.0, f1 = 0.0;
        bool best = false; // highest precisionTop in its dataset+task group
    };

    explicit SliceBenchmarkSummaryModel(const SliceBenchmarkTableModel* table,
                                        QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    const QList<Row>& summary() const { return m_rows; }
    // The grouping and means, without a model (what the table shows).
    static QList<Row> summarize(const std::vector<workflows::SliceBenchmarkResult>& runs);

private:
    void recompute();

    const SliceBenchmarkTableModel* m_table;
    QList<Row> m_rows;
};

} // namespace fl::ui
