// What one slice-benchmark run from the GUI asks for (dataset, planted task, model recipe,
// scoring), remembered in Settings, and the job body that turns it into the core's result.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/planted_tasks.h"
#include "core/workflows/slice_benchmark.h"
#include <QString>
#include <string>

namespace fl::ui {

struct SliceBenchmarkRequest {
    // A name (fashion-mnist, mnist), a folder or a CSV manifest: anything data::loadDataset takes.
    std::string dataset;
    // plant.task is rare | correlation | noisy, or "planted": the dataset is a plant folder whose
    // own task is benchmarked (the CLI's slicebench without --task). plant.seed is unused: the
    // plant, the model and the methods all take options.seed, as in the CLI.
    data::PlantParams plant;
    workflows::SliceBenchmarkOptions options;

    static SliceBenchmarkRequest defaults();     // the CLI's defaults
    static SliceBenchmarkRequest fromSettings(); // the last run's form
    void save() const;
    static void resetSettings();

    // "correlation on fashion-mnist (seed 7)": the job's name.
    QString describe() const;
};

// Loads the dataset, plants the task and runs the benchmark: what `faultline-cli slicebench`
// does with the same arguments, so both give the same numbers. Runs on a worker thread.
workflows::SliceBenchmarkResult runSliceBenchmarkRequest(const SliceBenchmarkRequest& request,
                                                         const Progress& progress,
                                                         const CancelToken& cancel);

} // namespace fl::ui
