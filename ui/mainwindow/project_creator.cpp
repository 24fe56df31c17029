#include "ui/mainwindow/project_creator.h"
#include "core/data/load_dataset.h"
#include "core/nn/classifier.h"
#include "core/nn/model_cache.h"
#include "core/nn/training.h"
#include "core/store/project.h"
#include "core/workflows/evaluation_workflow.h"
#include <filesystem>

namespace fl::ui {

std::string ProjectCreator::create(const NewProjectRequest& r, const fl::jobs::JobContext& ctx) {
    namespace fs = std::filesystem;
    if (r.projectPath.empty())
        throwBadInput("no project file was chosen");
    if (fs::exists(r.projectPath))
        throwBadInput(r.projectPath + " already exists; choose a new file name");
    ctx.report(0.0, "loading dataset " + r.datasetSpec);
    const data::Dataset d = data::loadDataset(r.datasetSpec);
    ctx.throwIfCancelled();

    std::string modelPath = r.modelPath;
    double evalFrom = 0.05;
    if (r.trainBuiltIn) {
        nn::TrainOptions to;
        to.seed = r.seed;
        to.epochs = r.epochs;
        to.device = r.device;
        // The model cache is keyed like the demo's, so the same choice never trains twice.
        modelPath = nn::cachedModelPath(nn::modelCacheKey(d.name, r.arch, to.toSettings(), r.seed));
        if (!fs::exists(modelPath)) {
            nn::Classifier c = nn::Classifier::create(
                {r.arch, d.channels, d.height, d.width, d.numClasses()}, r.seed);
            c.setClassNames(d.classNames);
            nn::train(c, d, to, ctx.progress().sub(0.05, 0.7), ctx.cancelToken());
            c.save(modelPath + ".part");
            fs::rename(modelPath + ".part", modelPath);
        }
        evalFrom = 0.7;
    }
    nn::Classifier model = nn::Classifier::open(modelPath);
    model.setDevice(r.device);
    if (model.numClasses() != d.numClasses())
        throwBadInput("the model predicts " + std::to_string(model.numClasses()) +
                      " classes but the dataset has " + std::to_string(d.numClasses()));

    store::Project project = store::Project::create(r.projectPath);
    workflows::EvaluationRunOptions eo;
    eo.datasetSpec = r.datasetSpec;
    eo.modelPath = modelPath;
    eo.seed = r.seed;
    workflows::evaluateIntoProject(project, d, model, eo, ctx.progress().sub(evalFrom, 1.0),
                                   ctx.cancelToken());
    project.close();
    return r.projectPath;
}

} // namespace fl::ui
