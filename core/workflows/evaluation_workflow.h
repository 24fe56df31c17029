// Evaluating a model on every split of a dataset into a project: one "evaluation" run with its
// per-example rows and the embeddings as an artifact. Shared by the CLI, the demo and the GUI.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/metrics/classification_metrics.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <map>
#include <string>

namespace fl::store {
class Project;
}

namespace fl::workflows {

struct EvaluationRunOptions {
    std::string datasetSpec; // how the dataset was named on load (stored for reopening)
    std::string modelPath;   // where the model lives (stored for reopening)
    int batchSize = 256;
    bool storeEmbeddings = true; // penultimate embeddings as an artifact (when the model has them)
    std::uint64_t seed = 0;      // recorded with the run (evaluation itself draws nothing)
};

struct EvaluationRunResult {
    std::int64_t runId = 0;
    std::int64_t datasetId = 0;
    std::int64_t modelId = 0;
    std::map<std::string, metrics::ClassificationMetrics> perSplit; // "train", "val", "test"
    std::string embeddingsHash;                                     // empty when not stored
    double seconds = 0.0;
};

// Adds the dataset and model to the project, runs the model on every example and commits the
// run (status done; failed or cancelled with the reason when it throws, then rethrows).
EvaluationRunResult evaluateIntoProject(store::Project& project, const data::Dataset& dataset,
                                        const nn::Classifier& model,
                                        const EvaluationRunOptions& options,
                                        const Progress& progress = {},
                                        const CancelToken& cancel = {});

} // namespace fl::workflows
