#include "core/metrics/class_histogram.h"
#include <algorithm>

namespace fl::metrics {

ClassHistogram countClasses(const std::vector<int>& labels, const std::vector<int>& predictions,
                            int n, int maxShown) {
    ClassHistogram h;
    h.labels.assign(std::size_t(std::max(n, 0)), 0);
    h.predictions = h.labelErrors = h.predictionErrors = h.labels;
    const auto valid = [n](int c) { return c >= 0 && c < n; };
    for (std::size_t i = 0; i < labels.size() && i < predictions.size(); ++i) {
        const int l = labels[i], p = predictions[i];
        if (valid(l))
            ++h.labels[std::size_t(l)];
        if (valid(p))
            ++h.predictions[std::size_t(p)];
        if (l != p && valid(l) && valid(p)) {
            ++h.labelErrors[std::size_t(l)];
            ++h.predictionErrors[std::size_t(p)];
        }
    }
    for (int c = 0; c < n; ++c)
        if (h.labels[std::size_t(c)] + h.predictions[std::size_t(c)] > 0)
            h.shown.push_back(c);
    const auto total = [&h](int c) {
        return h.labels[std::size_t(c)] + h.predictions[std::size_t(c)];
    };
    std::stable_sort(h.shown.begin(), h.shown.end(),
                     [&](int a, int b) { return total(a) > total(b); });
    if (int(h.shown.size()) > maxShown)
        h.shown.resize(std::size_t(std::max(maxShown, 0)));
    for (int c : h.shown)
        h.maxCount =
            std::max({h.maxCount, h.labels[std::size_t(c)], h.predictions[std::size_t(c)]});
    return h;
}

} // namespace fl::metrics
