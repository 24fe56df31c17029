#include "core/workflows/method_run.h"
#include "core/common/error.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/store/project.h"

namespace fl::workflows {

std::vector<std::string> prepareAuxiliaryModels(const methods::AnalysisMethod& method,
                                                methods::MethodInput& input,
                                                const Progress& progress,
                                                const CancelToken& cancel) {
    std::vector<std::string> trained;
    const auto needed = method.auxiliaryModels(input.parameters);
    for (std::size_t i = 0; i < needed.size(); ++i) {
        const auto& aux = needed[i];
        if (input.auxiliary.count(aux.role))
            continue;
        if (!input.dataset)
            throwBadInput(method.info().id + " needs a dataset to prepare its " + aux.role);
        const double n = double(needed.size());
        if (!aux.userModelPath.empty()) {
            auto own = nn::Classifier::open(aux.userModelPath);
            own.setDevice(input.device);
            input.auxiliary[aux.role] = std::make_shared<const nn::Classifier>(std::move(own));
            continue;
        }
        auto cm = nn::trainOrLoadCached(*input.dataset, aux.recipe, true,
                                        progress.sub(double(i) / n, double(i + 1) / n), cancel);
        if (!cm.reused)
            trained.push_back(aux.role);
        input.auxiliary[aux.role] = std::make_shared<const nn::Classifier>(std::move(cm.model));
    }
    return trained;
}

methods::MethodResult runMethodIntoProject(const std::string& projectPath,
                                           const methods::AnalysisMethod& method,
                                           const methods::MethodInput& input,
                                           const ProjectInputs& ids, const Progress& progress,
                                           const CancelToken& cancel,
                                           const std::function<void()>& beforeStore) {
    methods::MethodInput in = input;
    prepareAuxiliaryModels(method, in, progress.sub(0.0, 0.3), cancel);
    methods::MethodResult r =
        method.run(in, progress.sub(in.auxiliary.empty() ? 0.0 : 0.3, 0.95), cancel);
    if (!r.stoppedEarly)
        cancel.throwIfCancelled();
    if (beforeStore)
        beforeStore();
    progress.report(0.96, "storing the run in " + projectPath);
    // Its own connection (the database is WAL): a window's stays free for reading.
    store::Project p = store::Project::openOrCreate(projectPath);
    methods::storeResult(p, r, ids.datasetId, ids.modelId);
    progress.report(1.0, method.info().title + " stored");
    return r;
}

} // namespace fl::workflows
