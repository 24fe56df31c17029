// Train-or-load-cached: the one place a built-in model recipe is trained once per dataset,
// recipe and seed and reused from the model cache afterwards (the demo, a new project, the slice
// benchmark and, later, methods' auxiliary models all come here).
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include "core/nn/training.h"
#include <cstdint>
#include <map>
#include <string>

namespace fl::nn {

struct ModelRecipe {
    std::string arch = "small-cnn";
    TrainOptions train; // epochs, seed, device, adversarial training, …
    // Key the cache by a hash of the data itself (pixels, labels, ids, splits) besides the
    // dataset's name: planted data shares its source's name but not its content.
    bool keyByData = false;
    // The recipe as recorded with results: the training settings, arch and model_seed.
    std::map<std::string, std::string> toSettings() const;
};

// A hash of everything training reads (pixels, labels, ids, splits) as 16 hex digits.
std::string datasetFingerprint(const data::Dataset& d);

// modelCacheDir()/<key>.flmodel for this dataset and recipe (the directory is created).
std::string cachedRecipePath(const data::Dataset& d, const ModelRecipe& recipe);

// Whether the recipe's model is in the cache already (nothing is trained or loaded).
bool isCached(const data::Dataset& d, const ModelRecipe& recipe);

struct CachedModel {
    Classifier model;
    std::string path;          // the cache file (empty when useCache was false)
    bool reused = false;       // loaded from the cache rather than trained now
    double trainSeconds = 0.0; // 0 when reused
};

// Loads the recipe's model from the cache when it is there (and useCache), else trains it on d
// and, with useCache, saves it there (Classifier::save writes beside and renames, so a crash
// never leaves half a model). The model's device is set to recipe.train.device.
CachedModel trainOrLoadCached(const data::Dataset& d, const ModelRecipe& recipe, bool useCache,
                              const Progress& progress = {}, const CancelToken& cancel = {});

} // namespace fl::nn
