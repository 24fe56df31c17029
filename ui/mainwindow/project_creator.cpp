#include "ui/mainwindow/project_creator.h"
#include "core/workflows/create_project.h"

namespace fl::ui {

std::string ProjectCreator::create(const NewProjectRequest& r, const fl::jobs::JobContext& ctx) {
    workflows::CreateProjectRequest w;
    w.projectPath = r.projectPath;
    w.datasetSpec = r.datasetSpec;
    w.device = r.device;
    if (r.trainBuiltIn) {
        // Cached like the demo's and the CLI's, so the same choice never trains twice.
        nn::ModelRecipe recipe;
        recipe.arch = r.arch;
        recipe.train.seed = r.seed;
        recipe.train.epochs = r.epochs;
        w.train = recipe;
    } else {
        w.modelPath = r.modelPath;
    }
    workflows::createProject(w, ctx.progress(), ctx.cancelToken());
    return r.projectPath;
}

} // namespace fl::ui
