// Running a registered method into a project: resolve its parameters, run it on the common
// input, and store the result with the dataset and model it ran on. The CLI's `run` and the
// GUI's Analysis menu both come here.
#pragma once
#include "core/methods/analysis_method.h"
#include "core/workflows/project_inputs.h"
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;
}

namespace fl::workflows {

// Trains or loads (nn::trainOrLoadCached, keyed by the dataset and the recipe) every auxiliary
// model `method` declares for input.parameters, into input.auxiliary. Returns the roles trained
// now (empty when all came from the cache).
std::vector<std::string> prepareAuxiliaryModels(const methods::AnalysisMethod& method,
                                                methods::MethodInput& input,
                                                const Progress& progress = {},
                                                const CancelToken& cancel = {});

// Runs `method` on `input` (auxiliary models prepared first; progress up to 0.95), then stores the
// result in the project at `projectPath` through its own connection and returns it with runId and
// slice ids set. `beforeStore` runs between the two (a GUI job commits there, so a late cancel
// cannot hide a stored run). A result the method marks stoppedEarly is stored although cancel
// was asked.
methods::MethodResult runMethodIntoProject(const std::string& projectPath,
                                           const methods::AnalysisMethod& method,
                                           const methods::MethodInput& input,
                                           const ProjectInputs& ids, const Progress& progress = {},
                                           const CancelToken& cancel = {},
                                           const std::function<void()>& beforeStore = {});

} // namespace fl::workflows
