// Scores of a discovered slice against a planted ground truth (METHODS.md §6): dcbench's
// precision@k of the ranked members, and precision, recall and F1 of the whole slice.
#pragma once
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace fl::metrics {

using IdSet = std::unordered_set<std::int64_t>;

// dcbench's precision@k: the share of the slice's top-k ranked members (first k of `ranked`)
// that lie in the truth, divided by k — a slice with fewer than k members counts the missing
// places as misses (dcbench ranks every example, so its top-k is always full). k < 1 → 0.
double precisionAtK(const std::vector<std::int64_t>& ranked, const IdSet& truth, int k = 10);

// The whole slice against the truth: precision |S∩T|/|S|, recall |S∩T|/|T|, their F1
// (each 0 when its denominator is 0).
struct SliceOverlap {
    std::int64_t intersection = 0;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};
SliceOverlap sliceOverlap(const std::vector<std::int64_t>& members, const IdSet& truth);

// Best precision@k over the first `top` slices of a method's own ranking (slices in failure
// order, each a ranked member list); top ≤ 0 or ≥ size = all. Returns the score and, through
// `best`, the position of the slice that reached it (first on ties; -1 when there are none).
double bestPrecisionAtK(const std::vector<std::vector<std::int64_t>>& slicesInFailureOrder,
                        const IdSet& truth, int k = 10, int top = 3, int* best = nullptr);
// Same over every slice.
inline double bestPrecisionAtKOverAll(const std::vector<std::vector<std::int64_t>>& slices,
                                      const IdSet& truth, int k = 10, int* best = nullptr) {
    return bestPrecisionAtK(slices, truth, k, 0, best);
}

} // namespace fl::metrics
