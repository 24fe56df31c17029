// One set of statistics for any slice, whichever method found it: size, errors, error rate with
// its Wilson interval, and the dominant true label and prediction with their shares.
#pragma once
#include <cstdint>
#include <vector>

namespace fl::metrics {

struct SliceStats {
    std::int64_t size = 0;
    std::int64_t errors = 0;
    double accuracy = 0.0;
    double errorRate = 0.0;
    double errorLow = 0.0, errorHigh = 1.0; // Wilson 95% interval of the error rate
    int dominantLabel = -1;                 // most frequent label (lowest on ties); -1 if empty
    double dominantLabelShare = 0.0;
    int dominantPrediction = -1; // most frequent prediction (lowest on ties); -1 if empty
    double dominantPredictionShare = 0.0;
};

// Statistics of the members whose true labels and predictions are given (same length; a
// prediction of -1, unknown, counts as an error).
SliceStats sliceStats(const std::vector<int>& labels, const std::vector<int>& predictions);

// The most frequent value (lowest on ties) and its count; {-1, 0} for an empty list.
std::pair<int, std::int64_t> dominantValue(const std::vector<int>& values);

} // namespace fl::metrics
