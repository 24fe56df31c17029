// dcbench precision@k and slice overlap with a ground-truth id set.
#include "core/metrics/slice_scoring.h"
#include <algorithm>

namespace fl::metrics {

double precisionAtK(const std::vector<std::int64_t>& ranked, const IdSet& truth, int k) {
    if (k < 1)
        return 0.0;
    const std::size_t n = std::min(ranked.size(), std::size_t(k));
    std::int64_t hits = 0;
    for (std::size_t i = 0; i < n; ++i)
        hits += truth.count(ranked[i]) ? 1 : 0;
    return double(hits) / double(k);
}

SliceOverlap sliceOverlap(const std::vector<std::int64_t>& members, const IdSet& truth) {
    SliceOverlap o;
    const IdSet unique(members.begin(), members.end());
    for (std::int64_t id : unique)
        o.intersection += truth.count(id) ? 1 : 0;
    o.precision = unique.empty() ? 0.0 : double(o.intersection) / double(unique.size());
    o.recall = truth.empty() ? 0.0 : double(o.intersection) / double(truth.size());
    o.f1 = o.precision + o.recall > 0.0 ? 2.0 * o.precision * o.recall / (o.precision + o.recall)
                                        : 0.0;
    return o;
}

double bestPrecisionAtK(const std::vector<std::vector<std::int64_t>>& slicesInFailureOrder,
                        const IdSet& truth, int k, int top, int* best) {
    std::size_t n = slicesInFailureOrder.size();
    if (top > 0)
        n = std::min(n, std::size_t(top));
    double bestScore = 0.0;
    int bestIndex = -1;
    for (std::size_t i = 0; i < n; ++i) {
        const double s = precisionAtK(slicesInFailureOrder[i], truth, k);
        if (bestIndex < 0 || s > bestScore) {
            bestScore = s;
            bestIndex = int(i);
        }
    }
    if (best)
        *best = bestIndex;
    return bestScore;
}

} // namespace fl::metrics
