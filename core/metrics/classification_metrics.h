// Accuracy, per-class accuracy and the confusion matrix of a classifier's predictions: the
// numbers every view and report starts from.
#pragma once
#include <cstdint>
#include <vector>

namespace fl::metrics {

struct ClassificationMetrics {
    std::int64_t n = 0;
    double accuracy = 0.0;                   // NaN-free: 0 when n == 0
    std::vector<double> perClassAccuracy;    // recall per true class; NaN when class absent
    std::vector<std::int64_t> perClassCount; // examples per true class
    std::vector<std::vector<std::int64_t>> confusion; // confusion[true][predicted]
};

// Throws BadInput when the sizes differ or a label/prediction is outside [0, numClasses).
ClassificationMetrics classificationMetrics(const std::vector<int>& labels,
                                            const std::vector<int>& predictions, int numClasses);

} // namespace fl::metrics
