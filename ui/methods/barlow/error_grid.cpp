#include "ui/methods/barlow/error_grid.h"
#include "ui/methods/barlow/barlow_run.h"
#include <algorithm>
#include <cmath>

namespace fl::ui {

std::vector<double> quantileEdges(std::vector<double> values, int bins) {
    std::vector<double> edges;
    if (values.empty() || bins < 2)
        return edges;
    std::sort(values.begin(), values.end());
    const double last = double(values.size() - 1);
    for (int k = 1; k < bins; ++k) {
        const double pos = last * double(k) / double(bins);
        const auto lo = std::size_t(std::floor(pos));
        const auto hi = std::min(lo + 1, values.size() - 1);
        edges.push_back(values[lo] + (pos - double(lo)) * (values[hi] - values[lo]));
    }
    return edges;
}

int binOf(const std::vector<double>& edges, double v) {
    return int(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
}

double ErrorGrid::errorRate(int r, int c) const {
    const auto n = size(r, c);
    return n ? double(errorsAt(r, c)) / double(n) : 0.0;
}

double ErrorGrid::errorCoverage(int r, int c) const {
    const auto of = rowClasses.empty() ? totalErrors : rowErrors[std::size_t(r)];
    return of ? double(errorsAt(r, c)) / double(of) : 0.0;
}

namespace {

std::vector<double> column(const BarlowRun& run, const std::vector<std::int64_t>& rows, int j) {
    std::vector<double> v;
    v.reserve(rows.size());
    for (const auto r : rows)
        v.push_back(run.features(r, j));
    return v;
}

void allocate(ErrorGrid& g) {
    g.cells.assign(std::size_t(g.rows * g.cols), {});
    g.errors.assign(std::size_t(g.rows * g.cols), 0);
    g.rowErrors.assign(std::size_t(g.rows), 0);
}

void add(ErrorGrid& g, const BarlowRun& run, int r, int c, std::int64_t row) {
    const auto i = std::size_t(r * g.cols + c);
    g.cells[i].push_back(row);
    const bool wrong = run.isError(row);
    g.errors[i] += wrong;
    g.totalErrors += wrong;
    g.rowErrors[std::size_t(r)] += wrong;
}

} // namespace

ErrorGrid binTwoFeatures(const BarlowRun& run, const std::vector<std::int64_t>& rows, int x, int y,
                         int bins) {
    ErrorGrid g;
    g.colEdges = quantileEdges(column(run, rows, x), bins);
    g.rowEdges = quantileEdges(column(run, rows, y), bins);
    g.cols = int(g.colEdges.size()) + 1;
    g.rows = int(g.rowEdges.size()) + 1;
    allocate(g);
    for (const auto row : rows)
        add(g, run, binOf(g.rowEdges, run.features(row, y)),
            binOf(g.colEdges, run.features(row, x)), row);
    return g;
}

ErrorGrid binFeatureByClass(const BarlowRun& run, int x, int bins, bool byPrediction) {
    ErrorGrid g;
    std::vector<std::int64_t> all(std::size_t(run.rows()));
    for (std::size_t r = 0; r < all.size(); ++r)
        all[r] = std::int64_t(r);
    g.colEdges = quantileEdges(column(run, all, x), bins);
    g.cols = int(g.colEdges.size()) + 1;
    const auto& by = byPrediction ? run.predictions : run.labels;
    std::vector<int> present(std::size_t(run.numClasses), 0);
    for (const int c : by)
        if (c >= 0 && c < run.numClasses)
            present[std::size_t(c)] = 1;
    std::vector<int> rowOfClass(std::size_t(run.numClasses), -1);
    for (int c = 0; c < run.numClasses; ++c)
        if (present[std::size_t(c)]) {
            rowOfClass[std::size_t(c)] = int(g.rowClasses.size());
            g.rowClasses.push_back(c);
        }
    g.rows = int(g.rowClasses.size());
    allocate(g);
    for (const auto row : all) {
        const int c = by[std::size_t(row)];
        if (c < 0 || c >= run.numClasses)
            continue;
        add(g, run, rowOfClass[std::size_t(c)], binOf(g.colEdges, run.features(row, x)), row);
    }
    return g;
}

} // namespace fl::ui
