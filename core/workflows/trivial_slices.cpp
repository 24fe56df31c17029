#include "core/workflows/trivial_slices.h"
#include <algorithm>
#include <map>

namespace fl::workflows {
namespace {

std::string className(const data::Dataset& d, int c) {
    return c >= 0 && c < d.numClasses() ? d.classNames[std::size_t(c)] : std::to_string(c);
}

// The rows `keep` accepts as a slice of ids ranked by loss (ties in row order), scored.
template <typename Keep>
TrivialScore scored(const data::Dataset& d, const std::vector<std::int64_t>& valPos,
                    const std::vector<float>& losses, const metrics::IdSet& truth, int k,
                    Keep keep) {
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < valPos.size(); ++r)
        if (keep(r))
            rows.push_back(r);
    std::stable_sort(rows.begin(), rows.end(),
                     [&losses](std::size_t a, std::size_t b) { return losses[a] > losses[b]; });
    std::vector<std::int64_t> ids;
    for (auto r : rows)
        ids.push_back(d.ids[std::size_t(valPos[r])]);
    TrivialScore s;
    s.precisionAtK = metrics::precisionAtK(ids, truth, k);
    const auto ov = metrics::sliceOverlap(ids, truth);
    s.precision = ov.precision;
    s.recall = ov.recall;
    s.size = std::int64_t(ids.size());
    return s;
}

} // namespace

std::vector<TrivialScore> trivialSliceScores(const data::Dataset& d,
                                             const std::vector<std::int64_t>& valPos,
                                             const std::vector<int>& predictions,
                                             const std::vector<float>& losses,
                                             const metrics::IdSet& truth, int k) {
    const auto label = [&](std::size_t r) { return d.labels[std::size_t(valPos[r])]; };
    std::map<int, std::int64_t> truthByClass;
    std::map<std::pair<int, int>, std::int64_t> cells;
    for (std::size_t r = 0; r < valPos.size(); ++r) {
        if (truth.count(d.ids[std::size_t(valPos[r])]))
            ++truthByClass[label(r)];
        if (predictions[r] != label(r))
            ++cells[{label(r), predictions[r]}];
    }
    std::vector<TrivialScore> out;
    if (!truthByClass.empty()) {
        const int cls =
            std::max_element(truthByClass.begin(), truthByClass.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; })
                ->first;
        TrivialScore s =
            scored(d, valPos, losses, truth, k, [&](std::size_t r) { return label(r) == cls; });
        s.name = "class";
        s.slice = "label " + className(d, cls);
        out.push_back(std::move(s));
    }
    if (!cells.empty()) {
        const auto [cell, n] =
            *std::max_element(cells.begin(), cells.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
        const auto [a, b] = cell;
        TrivialScore s = scored(d, valPos, losses, truth, k, [&, a = a, b = b](std::size_t r) {
            return label(r) == a && predictions[r] == b;
        });
        s.name = "cell";
        s.slice = "label " + className(d, a) + ", predicted " + className(d, b);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace fl::workflows
