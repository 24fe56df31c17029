// Gathers a project's results into a Report: the overview of the evaluation run (accuracy per
// split, per-class accuracy, confusion matrix), every saved slice with its metrics, and the
// settings and provenance of every run. Reads the store only; draws nothing.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/report/report_model.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;
}

namespace fl::report {

struct ReportOptions {
    // The evaluation run the numbers come from; default: the latest finished one.
    std::optional<std::int64_t> evaluationRunId;
    // The split of the per-class chart and the confusion matrix; when it has no rows, the split
    // with the most rows is used instead (Report::overviewSplit says which).
    std::string split = "test";
    // Slices to include, in this order; default: every saved slice, by id.
    std::optional<std::vector<std::int64_t>> sliceIds;
    // Example images shown per slice (the first members by rank).
    int examplesPerSlice = 16;
    // Default: "Faultline report — <project file name>".
    std::string title;
    // Report time in Unix ms; 0 = now (tests fix it).
    std::int64_t generated = 0;
};

// BadInput when options name a run or slice that does not exist. A project without a finished
// evaluation still gives a report (provenance, and a paragraph saying what is missing).
Report buildProjectReport(store::Project& project, const ReportOptions& options = {},
                          const Progress& progress = {}, const CancelToken& cancel = {});

} // namespace fl::report
