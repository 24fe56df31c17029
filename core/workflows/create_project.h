// Creating a project: load the dataset, take the given model or train-or-load a built-in recipe
// from the model cache, check they fit, and evaluate the model on every split into a new
// project file. The CLI's `project create` and the window's New Project both call it.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/load_options.h"
#include "core/nn/model_recipe.h"
#include "core/workflows/evaluation_workflow.h"
#include <optional>
#include <string>

namespace fl::workflows {

struct CreateProjectRequest {
    std::string projectPath; // must not exist yet
    std::string datasetSpec; // as --dataset takes it
    data::LoadOptions load;
    std::string modelPath;                // a saved model or TorchScript file, or …
    std::optional<nn::ModelRecipe> train; // … a built-in recipe, trained once and cached
    std::string device = "auto";
    int batchSize = 256;
    bool storeEmbeddings = true;
};

struct CreatedProject {
    EvaluationRunResult evaluation;
    std::string modelPath; // the model the project names (the cache file for a recipe)
    bool trainedNow = false;
    double trainSeconds = 0.0;
};

// BadInput when the project exists, no file was named, the dataset or model cannot be read,
// or the model's classes do not match the dataset's. `report` lists skipped files.
CreatedProject createProject(const CreateProjectRequest& request, const Progress& progress = {},
                             const CancelToken& cancel = {}, data::LoadReport* report = nullptr);

} // namespace fl::workflows
