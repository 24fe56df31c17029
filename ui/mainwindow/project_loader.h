// Loading a project for the window, on a worker thread: the project file, the dataset it names,
// the model, the latest finished evaluation run's rows and its embeddings, as one Loaded bundle.
#pragma once
#include "core/jobs/job.h"
#include "core/store/evaluation_repo.h"
#include "ui/document/analysis_document.h"
#include <memory>
#include <string>
#include <vector>

namespace fl::ui {

// std::any (the job result) needs a copyable value; Loaded owns a unique_ptr, so share it.
using LoadedPtr = std::shared_ptr<AnalysisDocument::Loaded>;

class ProjectLoader {
public:
    // Opens `path` and everything it refers to. Throws fl::Error when the project itself cannot
    // be opened or its dataset cannot be loaded; a missing model becomes a warning. `device` is
    // the compute setting ("auto", "cpu", "cuda") the model is moved to.
    static LoadedPtr load(const std::string& path, const std::string& device,
                          const fl::jobs::JobContext& context);
    // The per-example table from evaluation rows and the dataset they came from (rows whose
    // example id the dataset lacks are dropped).
    static ExampleTable makeTable(const data::Dataset& dataset,
                                  const std::vector<store::EvaluationRow>& rows);
};

} // namespace fl::ui
