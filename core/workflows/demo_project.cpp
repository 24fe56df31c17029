#include "core/workflows/demo_project.h"
#include "core/data/cache_dir.h"
#include "core/data/named_datasets.h"
#include "core/nn/model_cache.h"
#include "core/nn/model_recipe.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/evaluation_workflow.h"
#include <filesystem>
#include <optional>

namespace fl::workflows {

namespace fs = std::filesystem;

nn::TrainOptions DemoOptions::trainOptions() const {
    nn::TrainOptions to;
    to.seed = seed;
    to.device = device;
    return to;
}

std::string demoModelPath(const DemoOptions& o) {
    // Named datasets load with Dataset::name == their name, so the key needs no loaded data.
    return nn::cachedModelPath(
        nn::modelCacheKey(o.dataset, o.arch, o.trainOptions().toSettings(), o.seed));
}

bool demoModelCached(const DemoOptions& options) {
    return fs::exists(demoModelPath(options));
}

std::string demoProjectPath() {
    const fs::path dir = fs::path(data::defaultCacheDir()) / "demo";
    fs::create_directories(dir);
    return (dir / "demo.faultline").string();
}

bool demoProjectReady(const std::string& projectPath) {
    if (!fs::exists(projectPath))
        return false;
    try {
        store::Project p = store::Project::open(projectPath);
        for (const auto& r : store::RunRepo(p).list("evaluation"))
            if (r.status == store::RunStatus::Done)
                return true;
    } catch (const std::exception&) {
        // A damaged or foreign file: the caller recreates it.
    }
    return false;
}

double trainDemoModel(const data::Dataset& d, const DemoOptions& o, const Progress& progress,
                      const CancelToken& cancel) {
    nn::ModelRecipe recipe;
    recipe.arch = o.arch;
    recipe.train = o.trainOptions();
    return nn::trainOrLoadCached(d, recipe, true, progress, cancel).trainSeconds;
}

DemoResult prepareDemoProject(const DemoOptions& o, bool freshProject, const Progress& progress,
                              const CancelToken& cancel) {
    DemoResult result;
    result.projectPath = demoProjectPath();
    result.modelPath = demoModelPath(o);
    const bool cached = fs::exists(result.modelPath);
    const bool ready = !freshProject && cached && demoProjectReady(result.projectPath);
    if (ready)
        return result;

    progress.report(0.0, "loading " + o.dataset);
    const data::Dataset d = data::loadNamedDataset(o.dataset);
    cancel.throwIfCancelled();
    const double trainEnd = cached ? 0.0 : 0.7;
    if (!cached) {
        result.trainSeconds = trainDemoModel(d, o, progress.sub(0.02, trainEnd), cancel);
        result.trainedNow = true;
    }
    nn::Classifier model = nn::Classifier::load(result.modelPath);
    model.setDevice(o.device);

    // A fresh project keeps the demo's story simple: one dataset, one model, one run.
    fs::remove(result.projectPath);
    fs::remove_all(result.projectPath + ".artifacts");
    store::Project project = store::Project::create(result.projectPath);
    EvaluationRunOptions eo;
    eo.datasetSpec = o.dataset;
    eo.modelPath = result.modelPath;
    eo.seed = o.seed;
    evaluateIntoProject(project, d, model, eo, progress.sub(trainEnd, 1.0), cancel);
    project.close();
    result.evaluatedNow = true;
    return result;
}

} // namespace fl::workflows
