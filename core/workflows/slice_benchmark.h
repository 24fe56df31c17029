// The slice benchmark (METHODS.md §6): train a model recipe on a planted dataset, run slice
// discovery methods on the validation split, score them against the ground truth, confirm on test.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/data/load_options.h"
#include "core/data/planted_tasks.h"
#include "core/workflows/trivial_slices.h"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fl::workflows {

// Every method (or variant) the registry offers the benchmark, in the order "all" runs them.
std::vector<std::string> sliceBenchmarkMethods();

struct SliceBenchmarkOptions {
    std::vector<std::string> methods; // names from sliceBenchmarkMethods(); empty = all
    std::string arch = "small-cnn";   // the model recipe, recorded in the result
    int epochs = 4;
    std::uint64_t seed = 0; // weights, shuffling, Hessian subsets
    std::string device = "auto";
    int k = 10;            // precision@k
    int topSlices = 3;     // precision@k is the best over the method's own first `topSlices`
    int clusters = 20;     // K of every method with a parameter k (METHODS.md: 10–25)
    int arnoldiDim = 200;  // P of the InfEmbed variants (the reference code's fast preset)
    int embeddingDim = 50; // D of the InfEmbed variants
    // Failure order of the cluster methods' slices: "accuracy" (lowest first, the issue's
    // failure score) or "errors" (most errors first: error rate weighted by size).
    std::string ranking = "accuracy";
    // Train the recipe once per (planted data, recipe, seed) and reuse it from the model cache
    // (nn::modelCacheDir) afterwards, so probing the methods' knobs does not retrain.
    bool reuseModel = false;
    // Any method's own parameters, by entry name ("barlow" → {"extractor-epochs": "2"}), over
    // its defaults and the shared knobs; an unknown entry or parameter is refused by name.
    std::map<std::string, std::map<std::string, std::string>> methodParameters;
    // Validates the method names; throws BadInput naming an unknown one.
    std::vector<std::string> resolvedMethods() const;
    // The knobs shared by every method that declares a parameter of the name: k (clusters),
    // p, d, seed and ranking.
    std::map<std::string, std::string> sharedParameters() const;
};

struct MethodScore {
    std::string method;
    double precisionAtK = 0.0;     // best over the method's top slices (validation)
    double precisionAtKAll = 0.0;  // best over all its slices (validation)
    double recall = 0.0;           // of the slice that reached precisionAtK
    double f1 = 0.0;               // same slice
    double testPrecisionAtK = 0.0; // top slices applied to test by nearest centre, best of them
    double seconds = 0.0;          // wall time of the method (not of the shared inference)
    int slices = 0;                // slices returned
    int bestSlice = -1;            // position (failure order) of the slice behind precisionAtK
    std::int64_t bestSliceSize = 0;
    double bestSliceAccuracy = 0.0;
    double auxiliarySeconds = 0.0; // training or loading its auxiliary models, apart
};

struct SliceBenchmarkResult {
    std::string dataset; // the dataset the task was planted in (PlantedTruth::sourceDataset)
    std::string task;
    std::map<std::string, std::string> taskParams;
    std::int64_t groundTruthSize = 0;     // validation examples in the planted slice
    std::int64_t groundTruthSizeTest = 0; // test examples in it
    std::int64_t validationSize = 0;
    double modelAccuracy = 0.0;               // on validation
    double errorInside = 0.0;                 // validation error rate inside the ground truth
    double errorOutside = 0.0;                // … and outside it
    std::map<std::string, std::string> model; // recipe: arch, epochs and the training settings
    double trainSeconds = 0.0;                // 0 when the model came from the cache
    bool modelReused = false;                 // loaded from the model cache, not trained now
    int k = 10;
    int topSlices = 3;
    // What the methods ran with: clusters, P, D, ranking, and every entry's resolved
    // parameters ("infembed-block.hessian-subset" = "1000").
    std::map<std::string, std::string> methodSettings;
    std::uint64_t seed = 0; // the options' seed (the CLI uses the plant's seed for both)
    std::vector<MethodScore> methods;
    // What label-only slices score here (the ground truth's class, the largest confusion cell).
    std::vector<TrivialScore> trivial;
};

// d must carry a planted truth (data::plantTask or a loaded plant) and Val and Test examples.
// Throws BadInput otherwise or for an unknown method; Error(Cancelled) on cancel.
SliceBenchmarkResult runSliceBenchmark(const data::Dataset& d, const SliceBenchmarkOptions& o,
                                       const Progress& progress = {},
                                       const CancelToken& cancel = {});

// Loads `datasetSpec`, plants `plant.task` in it (with the options' seed: one seed for the plant,
// the model and the methods) unless the task is "" or "planted", in which case the data must
// carry a plant already, and runs the benchmark. The CLI's slicebench and the GUI's form call it.
SliceBenchmarkResult loadPlantAndBenchmark(const std::string& datasetSpec,
                                           const data::LoadOptions& load, data::PlantParams plant,
                                           const SliceBenchmarkOptions& options,
                                           const Progress& progress = {},
                                           const CancelToken& cancel = {},
                                           data::LoadReport* report = nullptr);

} // namespace fl::workflows
