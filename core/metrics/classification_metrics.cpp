#include "core/metrics/classification_metrics.h"
#include "core/common/error.h"
#include <limits>
#include <string>

namespace fl::metrics {

ClassificationMetrics classificationMetrics(const std::vector<int>& labels,
                                            const std::vector<int>& predictions, int numClasses) {
    if (labels.size() != predictions.size())
        throwBadInput("labels (" + std::to_string(labels.size()) + ") and predictions (" +
                      std::to_string(predictions.size()) + ") differ in count");
    ClassificationMetrics m;
    m.n = static_cast<std::int64_t>(labels.size());
    m.confusion.assign(numClasses, std::vector<std::int64_t>(numClasses, 0));
    m.perClassCount.assign(numClasses, 0);
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int y = labels[i], p = predictions[i];
        if (y < 0 || y >= numClasses || p < 0 || p >= numClasses)
            throwBadInput("example " + std::to_string(i) + ": label " + std::to_string(y) +
                          " or prediction " + std::to_string(p) + " outside 0.." +
                          std::to_string(numClasses - 1));
        ++m.confusion[y][p];
        ++m.perClassCount[y];
        correct += (y == p);
    }
    m.accuracy = m.n ? double(correct) / double(m.n) : 0.0;
    m.perClassAccuracy.resize(numClasses);
    for (int c = 0; c < numClasses; ++c)
        m.perClassAccuracy[c] = m.perClassCount[c]
                                    ? double(m.confusion[c][c]) / double(m.perClassCount[c])
                                    : std::numeric_limits<double>::quiet_NaN();
    return m;
}

} // namespace fl::metrics
