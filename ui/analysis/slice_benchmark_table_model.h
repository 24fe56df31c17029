// The slice-benchmark window's results table: every run × method as one row, for the runs the
// user accumulates (removed and cleared at will); sortable on raw numbers, copied as TSV.
#pragma once
#include "core/workflows/slice_benchmark.h"
#include <QAbstractTableModel>
#include <QList>
#include <utility>
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

    // A score as shown: three decimals.
    static QString formatScore(double v);
    // ("10", "3") when every run shares k and the number of top slices, so headers can say
    // "P@10 (top 3)"; ("k", "top") when they differ.
    static std::pair<QString, QString>
    kAndTopLabels(const std::vector<workflows::SliceBenchmarkResult>& runs);

private:
    void rebuildRows();
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    std::vector<workflows::SliceBenchmarkResult> m_runs;
    std::vector<int> m_runNumbers; // 1, 2, … as added; kept when earlier runs are removed
    int m_nextRunNumber = 1;
    std::vector<std::pair<int, int>> m_rows; // (run, method) per row
};

} // namespace fl::ui
