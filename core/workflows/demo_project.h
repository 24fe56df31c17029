// The demo project shared by `faultline-cli demo` and the GUI's first start: Fashion-MNIST, the
// demo CNN trained once and cached under one key, evaluated into <cache>/demo/demo.faultline.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include "core/nn/training.h"
#include <cstdint>
#include <string>

namespace fl::workflows {

struct DemoOptions {
    std::string dataset = "fashion-mnist"; // a named dataset: fashion-mnist or mnist
    std::string arch = "small-cnn";
    std::uint64_t seed = 1;
    std::string device = "auto"; // not part of the cache key: a model trained on CUDA is reused
    // The training settings of the demo model: TrainOptions defaults with the demo seed. The
    // CLI and the GUI both derive the cache key from these, so they share one cached file.
    nn::TrainOptions trainOptions() const;
};

// Where the demo model is (or will be) cached; creates the cache folder.
std::string demoModelPath(const DemoOptions& options);
bool demoModelCached(const DemoOptions& options);
// <cache>/demo/demo.faultline (folder created).
std::string demoProjectPath();
// True when the demo project exists and holds a finished evaluation run.
bool demoProjectReady(const std::string& projectPath = demoProjectPath());

// Trains the demo model on `dataset` and saves it to demoModelPath(); returns the seconds spent.
double trainDemoModel(const data::Dataset& dataset, const DemoOptions& options,
                      const Progress& progress = {}, const CancelToken& cancel = {});

struct DemoResult {
    std::string projectPath;
    std::string modelPath;
    bool trainedNow = false;
    double trainSeconds = 0.0;
    bool evaluatedNow = false;
};

// Everything the demo needs, done only where missing: trains the model when it is not cached,
// and (re)creates the demo project with one evaluation run when `freshProject` is set or the
// project has no finished evaluation run. Cancellable at every batch.
DemoResult prepareDemoProject(const DemoOptions& options, bool freshProject,
                              const Progress& progress = {}, const CancelToken& cancel = {});

} // namespace fl::workflows
