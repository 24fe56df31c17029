#include "core/metrics/slice_stats.h"
#include "core/metrics/wilson_interval.h"
#include <algorithm>
#include <map>
#include <utility>

namespace fl::metrics {

std::pair<int, std::int64_t> dominantValue(const std::vector<int>& values) {
    std::map<int, std::int64_t> counts;
    for (int v : values)
        ++counts[v];
    std::pair<int, std::int64_t> best{-1, 0};
    for (const auto& [v, c] : counts)
        if (c > best.second)
            best = {v, c};
    return best;
}

SliceStats sliceStats(const std::vector<int>& labels, const std::vector<int>& predictions) {
    SliceStats s;
    const std::size_t n = std::min(labels.size(), predictions.size());
    s.size = std::int64_t(n);
    for (std::size_t i = 0; i < n; ++i)
        s.errors += labels[i] != predictions[i];
    if (n == 0)
        return s;
    s.errorRate = double(s.errors) / double(n);
    s.accuracy = double(std::int64_t(n) - s.errors) / double(n); // exactly right / n
    const auto ci = wilsonInterval(s.errors, s.size);
    s.errorLow = ci.low;
    s.errorHigh = ci.high;
    const auto [label, labelCount] = dominantValue(labels);
    const auto [pred, predCount] = dominantValue(predictions);
    s.dominantLabel = label;
    s.dominantLabelShare = double(labelCount) / double(n);
    s.dominantPrediction = pred;
    s.dominantPredictionShare = double(predCount) / double(n);
    return s;
}

} // namespace fl::metrics
