// The robust feature extractor Barlow, failure directions and few-shot contexts share: a pooled
// CNN trained with L2-PGD (its h is the GAP of its last maps), or a user's robust model.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include "core/nn/model_recipe.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fl::nn {

struct RobustExtractorOptions {
    std::string arch = "pooled-cnn"; // a built-in whose h is the GAP of its last maps
    int epochs = 2;
    PgdOptions pgd;         // ε 1.5, 5 steps, step 2.5·ε/steps
    std::uint64_t seed = 0; // weights, shuffles and PGD starts
    std::string device = "auto";
};

// The recipe trainOrLoadCached trains (adversarial, Adam at the default rate, keyed by the
// dataset's content, so a planted copy never reuses its source's extractor).
ModelRecipe robustExtractorRecipe(const RobustExtractorOptions& options);

// Throws BadInput, naming `purpose` and the model's file, unless the model's penultimate
// features are one per channel of its last feature maps (features() and feature_maps() with as
// many channels as features, docs/model-contract.md); small-cnn's FC features are refused.
void requireRobustExtractor(const Classifier& model, const std::string& purpose);

struct Robustness {
    std::int64_t examples = 0;
    double cleanAccuracy = 0.0;
    double adversarialAccuracy = 0.0; // under L2 PGD with `pgd`
    double seconds = 0.0;
};

// Clean and PGD accuracy of `model` on the examples at `indices` (attack starts seeded).
Robustness measureRobustness(const Classifier& model, const data::Dataset& d,
                             const std::vector<std::int64_t>& indices, const PgdOptions& pgd,
                             std::uint64_t seed, const Progress& progress = {},
                             const CancelToken& cancel = {});

} // namespace fl::nn
