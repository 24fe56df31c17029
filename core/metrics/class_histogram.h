// The two histograms of a slice (true labels, predictions) as counts per class, with the errors
// among them and the classes worth drawing: shared by the InfEmbed view and the report.
#pragma once
#include <cstdint>
#include <vector>

namespace fl::metrics {

struct ClassHistogram {
    std::vector<std::int64_t> labels, predictions;           // per class
    std::vector<std::int64_t> labelErrors, predictionErrors; // the wrong ones among them
    // The most frequent classes in either histogram (at most maxShown), the same list for both so
    // the two compare bar by bar; most frequent first.
    std::vector<int> shown;
    std::int64_t maxCount = 0; // over the shown classes, both histograms: one scale for the two
};

// Labels and predictions outside [0, numClasses) are not counted.
ClassHistogram countClasses(const std::vector<int>& labels, const std::vector<int>& predictions,
                            int numClasses, int maxShown);

} // namespace fl::metrics
