#include "core/workflows/method_run.h"
#include "core/methods/result_codec.h"
#include "core/store/project.h"

namespace fl::workflows {

methods::MethodResult runMethodIntoProject(const std::string& projectPath,
                                           const methods::AnalysisMethod& method,
                                           const methods::MethodInput& input,
                                           const ProjectInputs& ids, const Progress& progress,
                                           const CancelToken& cancel,
                                           const std::function<void()>& beforeStore) {
    methods::MethodResult r = method.run(input, progress.sub(0.0, 0.95), cancel);
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
