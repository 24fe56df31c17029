// Failure directions' interventions (METHODS.md §3.7; the paper's §2.3, A.2, A.5): filtering adds
// the K most negative pool examples per class (against random and lowest-confidence picks of the
// same size), upweighting multiplies the loss of the training examples with h < 0; every model
// is retrained from scratch, over several seeds, and evaluated on the test split.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/directions/failure_directions.h"
#include "core/nn/model_recipe.h"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fl::workflows {

struct InterventionOptions {
    // Architecture and training of every model; train.seed, .indices, .weights and .split are
    // set per run (the seed from `seeds`, both for the weights and the shuffles).
    nn::ModelRecipe base;
    // Dataset positions (all in the training split, no repeats) of a pool the user names. Empty =
    // hold out poolFraction of the training split, per class, drawn with poolSeed. Either way no
    // model but the filtering arms' ever trains on it. Only filtering uses a pool.
    std::vector<std::int64_t> pool;
    double poolFraction = 0.1;
    std::uint64_t poolSeed = 0;
    int perClass = 100;    // K: examples added per class (fewer when a class's pool is smaller)
    double upweight = 2.0; // the paper's factor
    std::vector<std::uint64_t> seeds = {0, 1, 2};
    bool filtering = true, upweighting = true;
    // Embed with each seed's base model's own penultimate features instead of the given
    // embeddings (the paper's App. B.1.6 finds this space weaker: it mirrors the confidences).
    bool modelEmbeddings = false;
    directions::DirectionOptions svm;
};

// The arms, in the order results list them.
inline const std::vector<std::string>& interventionArms() {
    static const std::vector<std::string> arms{"original", "random", "confidence", "svm",
                                               "upweight"};
    return arms;
}

struct ArmResult {
    std::string arm;              // one of interventionArms()
    std::vector<double> accuracy; // per seed, on the test split
    // Per seed, on that seed's hard test examples (h < 0 under its base model's directions);
    // NaN when there are none.
    std::vector<double> hardAccuracy;
    // Per seed, on the test examples of the dataset's planted slice; empty without a plant.
    std::vector<double> plantedAccuracy;
    std::vector<std::vector<double>> perClass; // [seed][class] (NaN: class absent from test)
    // Per seed, sorted: the pool positions added (filtering) or training positions upweighted.
    std::vector<std::vector<std::int64_t>> chosen;
    std::int64_t added = 0; // pool examples added per seed (filtering arms)
};

// What each seed's base model and its directions gave.
struct SeedDirections {
    std::uint64_t seed = 0;
    std::vector<std::string> skipped;   // per class: why it has no direction ("" = it has one)
    std::vector<double> strength;       // per class: CV balanced accuracy (NaN when skipped)
    std::vector<std::int64_t> hardTest; // test positions with h < 0, sorted
    std::int64_t hardTrain = 0;         // training positions (outside the pool) with h < 0
};

struct InterventionResult {
    std::vector<ArmResult> arms;    // "original" first, then the arms that ran
    std::vector<std::int64_t> pool; // sorted dataset positions (empty without filtering)
    std::int64_t trainSize = 0;     // training examples of the base model (train ∖ pool)
    std::int64_t testSize = 0;
    std::vector<SeedDirections> seeds;
    std::map<std::string, std::string> settings; // everything needed to reproduce it
    double seconds = 0.0;
    // The arm of that name, or nullptr.
    const ArmResult* arm(const std::string& name) const;
};

// The pool the options hold out of d's training split: per class, round(fraction·n) of its
// training positions drawn with Rng(seed) (classes in order), returned sorted. BadInput unless
// 0 < fraction < 1.
std::vector<std::int64_t> stratifiedPool(const data::Dataset& d, double fraction,
                                         std::uint64_t seed);

// Per seed s: the base model is trained from scratch on train ∖ pool (create and shuffles seeded
// with s); its validation predictions give per-class directions (whitening fitted on the base's
// training rows, fitDirections); h of each example is its own label's direction's decision value.
// A class without a direction (skipped) has no hard examples: none of its training examples is
// upweighted, none of its test examples is in the hard subpopulation, and the svm arm takes the
// random arm's picks for it, so every filtering arm adds the same number of examples. Filtering:
// per class, the K pool examples with the lowest h ("svm"), K drawn with Rng(s) ("random"), the K
// with the lowest maximum softmax probability of the base model ("confidence"); ties by position.
// Each arm retrains from scratch on train ∖ pool ∪ its picks; "upweight" on train ∖ pool with
// weight `upweight` where h < 0. `embeddings` has one row per dataset position (unused with
// modelEmbeddings). BadInput for bad options, a pool position outside the training split or out of
// range, a split without examples, or embeddings of the wrong size; Error(Cancelled) within one
// training batch of cancel().
InterventionResult runInterventions(const data::Dataset& d, const nn::MatrixRM& embeddings,
                                    const InterventionOptions& options,
                                    const Progress& progress = {}, const CancelToken& cancel = {});

} // namespace fl::workflows
