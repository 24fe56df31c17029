// The dataset and model rows of a project: added when a dataset or model is first analysed in
// it, and found again by their source and path so that later runs name the same rows.
#pragma once
#include "core/data/dataset.h"
#include <cstdint>
#include <optional>
#include <string>

namespace fl::store {
class Project;
}
namespace fl::nn {
class Classifier;
}

namespace fl::workflows {

// New rows (datasetSpec "" = d.source).
std::int64_t addDatasetRow(store::Project& project, const data::Dataset& d,
                           const std::string& datasetSpec);
std::int64_t addModelRow(store::Project& project, const nn::Classifier& model,
                         const std::string& modelPath);

struct ProjectInputs {
    std::optional<std::int64_t> datasetId, modelId;
};
// The newest rows with the same source / path, else new ones.
ProjectInputs ensureProjectInputs(store::Project& project, const data::Dataset& d,
                                  const std::string& datasetSpec, const nn::Classifier& model,
                                  const std::string& modelPath);

} // namespace fl::workflows
