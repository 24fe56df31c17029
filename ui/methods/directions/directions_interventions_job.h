// The work behind the Directions dock's Interventions… button, on a worker thread: embed every
// example with the directions run's encoder, run the interventions (core/workflows) and store
// the outcome in the project as a run of kind "directions-interventions" through the methods'
// codec, so that reopening the project shows it again.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/methods/method_result.h"
#include "core/workflows/directions_interventions.h"
#include <functional>
#include <string>
#include <vector>

namespace fl::ui {

inline constexpr char kInterventionsKind[] = "directions-interventions";

struct InterventionRequest {
    workflows::InterventionOptions options;
    // The encoder whose features span the directions (the run's robust extractor or the user's
    // file); unused when options.modelEmbeddings.
    std::string embeddingFile;
    std::string device = "auto";
    std::int64_t directionsRunId = 0; // recorded with the outcome
};

// The outcome as a stored run shows it: the tables and chart of directions_interventions_report,
// the settings, and per arm the mean accuracies in the summary.
methods::MethodResult interventionsResult(const workflows::InterventionResult& r,
                                          const std::vector<std::string>& classNames,
                                          const InterventionRequest& request);

// Embeds (unless options.modelEmbeddings), runs the interventions, then — after `beforeStore` —
// stores the result in the project at `projectPath` (its own connection) when it is not empty.
methods::MethodResult runInterventionsJob(const data::Dataset& d,
                                          const InterventionRequest& request,
                                          const std::string& projectPath, const Progress& progress,
                                          const CancelToken& cancel,
                                          const std::function<void()>& beforeStore = {});

} // namespace fl::ui
