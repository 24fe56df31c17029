// evaluate(): inference plus the classification metrics every overview starts from. Kept out of
// inference.cpp so programs that only infer do not pull in fl_metrics.
#include "core/nn/inference.h"
#include <numeric>

namespace fl::nn {

EvaluationSummary evaluate(const Classifier& c, const data::Dataset& d,
                           const std::vector<std::int64_t>& indices,
                           const InferenceOptions& options, const Progress& progress,
                           const CancelToken& cancel) {
    InferenceOptions o = options;
    o.wantLogits = true;
    EvaluationSummary s;
    s.inference = infer(c, d, indices, o, progress, cancel);
    std::vector<int> labels;
    labels.reserve(indices.size());
    for (auto i : indices)
        labels.push_back(d.labels[std::size_t(i)]);
    // A TorchScript model without input_shape or head does not know its class count until it
    // has run: the logits' width (checked against the dataset by infer) is the count.
    const int classes = s.inference.logits.cols() > 0 ? int(s.inference.logits.cols())
                        : c.numClasses() > 0          ? c.numClasses()
                                                      : d.numClasses();
    s.metrics = metrics::classificationMetrics(labels, s.inference.predictions, classes);
    const auto& l = s.inference.losses;
    s.meanLoss = l.empty() ? 0.0 : std::accumulate(l.begin(), l.end(), 0.0) / double(l.size());
    return s;
}

} // namespace fl::nn
