#include "core/workflows/project_inputs.h"
#include "core/nn/classifier.h"
#include "core/store/dataset_repo.h"
#include "core/store/model_repo.h"
#include <nlohmann/json.hpp>

namespace fl::workflows {

std::int64_t addDatasetRow(store::Project& project, const data::Dataset& d,
                           const std::string& datasetSpec) {
    store::DatasetRecord dr;
    dr.name = d.name;
    dr.source = datasetSpec.empty() ? d.source : datasetSpec;
    dr.n = d.size();
    dr.classes = d.classNames;
    return store::DatasetRepo(project).add(dr);
}

std::int64_t addModelRow(store::Project& project, const nn::Classifier& model,
                         const std::string& modelPath) {
    store::ModelRecord mr;
    mr.name = model.arch();
    mr.path = modelPath;
    mr.arch = model.arch();
    mr.metadataJson = nlohmann::json{{"seed", model.seed()},
                                     {"training", model.trainingSettings()},
                                     {"classes", model.classNames()}}
                          .dump();
    return store::ModelRepo(project).add(mr);
}

ProjectInputs ensureProjectInputs(store::Project& project, const data::Dataset& d,
                                  const std::string& datasetSpec, const nn::Classifier& model,
                                  const std::string& modelPath) {
    ProjectInputs ids;
    const std::string source = datasetSpec.empty() ? d.source : datasetSpec;
    for (const auto& r : store::DatasetRepo(project).list())
        if (r.source == source)
            ids.datasetId = r.id;
    for (const auto& r : store::ModelRepo(project).list())
        if (r.path == modelPath)
            ids.modelId = r.id;
    if (!ids.datasetId)
        ids.datasetId = addDatasetRow(project, d, datasetSpec);
    if (!ids.modelId)
        ids.modelId = addModelRow(project, model, modelPath);
    return ids;
}

} // namespace fl::workflows
