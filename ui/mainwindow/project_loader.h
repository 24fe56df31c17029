// Loading a project for the window, on a worker thread: the core opens it (project, dataset,
// model, the evaluation's outputs, each method's newest run); this adds the Qt presentation.
#pragma once
#include "core/jobs/job.h"
#include "ui/document/analysis_document.h"
#include <memory>
#include <string>

namespace fl::nn {
struct InferenceResult;
}

namespace fl::ui {

// std::any (the job result) needs a copyable value; Loaded owns a unique_ptr, so share it.
using LoadedPtr = std::shared_ptr<AnalysisDocument::Loaded>;

class ProjectLoader {
public:
    // Opens `path` and everything it refers to. Throws fl::Error when the project itself cannot
    // be opened or its dataset cannot be loaded; a missing model, unreadable embeddings or a
    // method run that cannot be read become warnings. `device` is the compute setting ("auto",
    // "cpu", "cuda") the model is moved to.
    static LoadedPtr load(const std::string& path, const std::string& device,
                          const fl::jobs::JobContext& context);
    // The per-example table of stored outputs over `dataset`: one row per output row, in the
    // same order (by example id); ids, splits and labels from the dataset at `outputs.indices`.
    static ExampleTable makeTable(const data::Dataset& dataset, const nn::InferenceResult& outputs);
};

} // namespace fl::ui
