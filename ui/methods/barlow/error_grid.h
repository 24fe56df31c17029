// The error heatmap's numbers: examples binned by the quantiles of one or two features (or by
// class against one feature), with each cell's examples, errors, error rate and error coverage.
#pragma once
#include <cstdint>
#include <vector>

namespace fl::ui {
struct BarlowRun;

// The bins-1 inner edges at the k/bins quantiles of `values` (linear interpolation between
// order statistics, as numpy.quantile); empty for no values.
std::vector<double> quantileEdges(std::vector<double> values, int bins);
// The bin of v: the first edge ≥ v, else the last bin — intervals (e[k-1], e[k]] as pandas.qcut.
int binOf(const std::vector<double>& edges, double v);

struct ErrorGrid {
    int rows = 0, cols = 0;
    std::vector<double> rowEdges, colEdges;       // inner edges (empty for the class axis)
    std::vector<int> rowClasses;                  // feature × class: the class of each row
    std::vector<std::vector<std::int64_t>> cells; // row-major: the run's rows in each cell
    std::vector<std::int64_t> errors;             // per cell
    std::int64_t totalErrors = 0;                 // of all the binned rows
    std::vector<std::int64_t> rowErrors;          // per row of the grid
    std::int64_t size(int r, int c) const {
        return std::int64_t(cells[std::size_t(r * cols + c)].size());
    }
    std::int64_t errorsAt(int r, int c) const { return errors[std::size_t(r * cols + c)]; }
    double errorRate(int r, int c) const;
    // The cell's share of the errors: of the group's (two features) or of its class's row
    // (feature × class).
    double errorCoverage(int r, int c) const;
    const std::vector<std::int64_t>& rowsAt(int r, int c) const {
        return cells[std::size_t(r * cols + c)];
    }
};

// `rows` binned by feature `x` (columns) and feature `y` (rows), each by its quantiles over
// `rows`.
ErrorGrid binTwoFeatures(const BarlowRun& run, const std::vector<std::int64_t>& rows, int x, int y,
                         int bins);
// Every row of the run by class (its label or prediction) and by the quantiles of feature `x`
// over the whole split.
ErrorGrid binFeatureByClass(const BarlowRun& run, int x, int bins, bool byPrediction);

} // namespace fl::ui
