// Running a classifier over dataset examples: logits, probabilities, predictions, per-example
// loss, penultimate embeddings and last conv feature maps, in batches, without gradients.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/metrics/classification_metrics.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <vector>

namespace fl::nn {

struct InferenceOptions {
    int batchSize = 256;
    bool wantLogits = true;       // logits, probabilities, predictions and losses
    bool wantEmbeddings = false;  // penultimate h (needs features())
    bool wantFeatureMaps = false; // last conv activations (needs feature_maps()); N×K×h×w floats
};

struct InferenceResult {
    std::vector<std::int64_t> indices; // the dataset positions, in the order of the rows
    MatrixRM logits;                   // N×C (empty unless wantLogits)
    MatrixRM probabilities;            // N×C softmax of the logits
    std::vector<int> predictions;      // argmax of the logits
    std::vector<float> losses;         // cross entropy with the dataset's label
    MatrixRM embeddings;               // N×d (empty unless wantEmbeddings)
    std::vector<float> featureMaps;    // row-major N×K×h×w (empty unless wantFeatureMaps)
    std::vector<std::int64_t> featureMapShape; // {N, K, h, w}
    double seconds = 0.0;
};

// All positions 0..d.size()-1, or those of one split.
std::vector<std::int64_t> allIndices(const data::Dataset& d);
std::vector<std::int64_t> splitIndices(const data::Dataset& d, data::Split s);

// Runs c on d at `indices` (an empty list gives an empty result). Throws BadInput when the
// image shape or a label does not fit the model, or a wanted output needs a method the
// TorchScript model lacks; Error(Cancelled) within one batch of cancel().
InferenceResult infer(const Classifier& c, const data::Dataset& d,
                      const std::vector<std::int64_t>& indices,
                      const InferenceOptions& options = {}, const Progress& progress = {},
                      const CancelToken& cancel = {});

// The rows of `stored` (outputs kept from an earlier pass; `stored.indices` are dataset
// positions) at `positions`, in that order, when it has all of them with what `options` asks for
// (losses are copied when stored has them); otherwise infer() runs. *reused says which.
InferenceResult inferOrReuse(const Classifier& c, const data::Dataset& d,
                             const InferenceResult& stored,
                             const std::vector<std::int64_t>& positions,
                             const InferenceOptions& options, const Progress& progress = {},
                             const CancelToken& cancel = {}, bool* reused = nullptr);

struct EvaluationSummary {
    metrics::ClassificationMetrics metrics; // accuracy, per-class accuracy, confusion, n
    double meanLoss = 0.0;
    InferenceResult inference; // the per-example rows the metrics came from
};

// infer() (with options.wantLogits forced on) + metrics::classificationMetrics.
EvaluationSummary evaluate(const Classifier& c, const data::Dataset& d,
                           const std::vector<std::int64_t>& indices,
                           const InferenceOptions& options = {}, const Progress& progress = {},
                           const CancelToken& cancel = {});

} // namespace fl::nn
