#include "core/workflows/create_project.h"
#include "core/common/error.h"
#include "core/data/load_dataset.h"
#include "core/nn/classifier.h"
#include "core/store/project.h"
#include <filesystem>

namespace fl::workflows {

CreatedProject createProject(const CreateProjectRequest& r, const Progress& progress,
                             const CancelToken& cancel, data::LoadReport* report) {
    namespace fs = std::filesystem;
    if (r.projectPath.empty())
        throwBadInput("no project file was chosen");
    if (fs::exists(r.projectPath))
        throwBadInput(r.projectPath + " already exists; choose a new project file name");
    if (!r.train && r.modelPath.empty())
        throwBadInput("no model was chosen: name a model file or a built-in recipe to train");
    progress.report(0.0, "loading dataset " + r.datasetSpec);
    const data::Dataset d = data::loadDataset(r.datasetSpec, r.load, report);
    cancel.throwIfCancelled();

    CreatedProject out;
    double evalFrom = 0.05;
    std::optional<nn::Classifier> model;
    if (r.train) {
        nn::ModelRecipe recipe = *r.train;
        recipe.train.device = r.device;
        auto cm = nn::trainOrLoadCached(d, recipe, true, progress.sub(0.05, 0.7), cancel);
        out.modelPath = cm.path;
        out.trainedNow = !cm.reused;
        out.trainSeconds = cm.trainSeconds;
        model.emplace(std::move(cm.model));
        evalFrom = 0.7;
    } else {
        // Absolute, so the project opens from any folder and later runs find the same row.
        out.modelPath = fs::absolute(r.modelPath).string();
        model.emplace(nn::Classifier::open(out.modelPath));
        model->setDevice(r.device);
    }
    if (model->numClasses() != d.numClasses())
        throwBadInput("the model predicts " + std::to_string(model->numClasses()) +
                      " classes but the dataset has " + std::to_string(d.numClasses()));

    store::Project project = store::Project::create(r.projectPath);
    EvaluationRunOptions eo;
    eo.datasetSpec = r.datasetSpec;
    eo.modelPath = out.modelPath;
    eo.batchSize = r.batchSize;
    eo.storeEmbeddings = r.storeEmbeddings;
    eo.seed = r.train ? r.train->train.seed : 0;
    out.evaluation =
        evaluateIntoProject(project, d, *model, eo, progress.sub(evalFrom, 1.0), cancel);
    project.close();
    return out;
}

} // namespace fl::workflows
