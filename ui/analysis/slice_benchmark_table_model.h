// The slice-benchmark results window's tables: every run × method as one row (the runs the user
// accumulates), and the mean precision of each method per dataset and task over those rows.
#pragma once
#include "core/workflows/slice_benchmark.h"
#include <QAbstractTableModel>
#include <QList>
#include <vector>

namespace fl::ui {

class SliceBenchmarkTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The run's identity and whether its plant bites, then what is compared (the method's
    // scores), then the run's context: the most read columns fit without scrolling.
    enum Column {
        Run,
        Dataset,
        Task,
        Seed,
        Plant, // "does not bite" when the error inside is < 2× the error outside
        Method,
        PrecisionTop,
        PrecisionAll,
        TestPrecision,
        Recall,
        F1,
        Seconds,
        Slices,
        Accuracy,
        ErrorInside,
        ErrorOutside,
        Parameters,
        Model,
        ColumnCount
    };
    // Raw values (numbers as doubles) for sorting; DisplayRole is rounded for reading.
    static constexpr int SortRole = Qt::UserRole;

    explicit SliceBenchmarkTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void addRun(const workflows::SliceBenchmarkResult& run);
    // Removes the runs behind these rows (all their methods' rows).
    void removeRunsOf(const QList<int>& rows);
    void clear();

    const std::vector<workflows::SliceBenchmarkResult>& runs() const { return m_runs; }
    // Which run and method a row shows.
    int runOf(int row) const { return m_rows.at(row).first; }
    const workflows::MethodScore& scoreOf(int row) const;
    // Header and the given rows as tab-separated display text, one line each.
    QString rowsAsTsv(const QList<int>& rows) const;

private:
    void rebuildRows();
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    std::vector<workflows::SliceBenchmarkResult> m_runs;
    std::vector<int> m_runNumbers; // 1, 2, … as added; kept when earlier runs are removed
    int m_nextRunNumber = 1;
    std::vector<std::pair<int, int>> m_rows; // (run, method) per row
};

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
