// Opening a project without Qt: the project, the dataset and model its newest evaluation names,
// that evaluation's stored outputs, and each method's newest run. The GUI's loader and the CLI
// both call it and keep only their presentation.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/inference.h"
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;
}
namespace fl::nn {
class Classifier;
}

namespace fl::workflows {

struct OpenedProject {
    std::unique_ptr<store::Project> project;
    std::shared_ptr<const data::Dataset> dataset; // null when the project names none
    std::shared_ptr<nn::Classifier> model;        // null when missing or unreadable
    std::int64_t evaluationRunId = 0;             // 0 when none finished
    std::optional<std::int64_t> datasetId, modelId;
    // The evaluation's per-example outputs, rows by example id (indices = dataset positions):
    // probabilities, predictions, losses and, when stored, penultimate embeddings.
    std::shared_ptr<const nn::InferenceResult> outputs;
    // The newest finished run of each registered method that has its arrays (by method id).
    std::map<std::string, std::int64_t> latestRuns;
    std::vector<std::string> warnings; // problems that leave the rest usable
};

// BadInput naming the file when it is not a project. A dataset, model or output that cannot be
// read is a warning, not an error: what can be shown is.
OpenedProject openProject(const std::string& path, const std::string& device = "auto",
                          const Progress& progress = {}, const CancelToken& cancel = {});

// The stored outputs of evaluation run `runId` over `d`, rows by example id (rows whose example
// d lacks, or whose probabilities do not have d's class count, are skipped); embeddings when the
// run stored them for every example of d. Warnings say what could not be read.
nn::InferenceResult loadEvaluationOutputs(store::Project& project, std::int64_t runId,
                                          const data::Dataset& d,
                                          std::vector<std::string>* warnings = nullptr);

} // namespace fl::workflows
