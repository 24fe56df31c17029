// What the Defuse latent view draws, computed off the UI thread from a stored run: the codes and
// regions in two dimensions, and per region the nearest misclassified training image to each of
// its samples (the paper's novelty check, §4.3).
#pragma once
#include "core/generative/latent_map.h"
#include "core/generative/novelty.h"
#include <memory>
#include <vector>

namespace fl::data {
struct Dataset;
}
namespace fl::nn {
struct InferenceResult;
}

namespace fl::ui {
struct DefuseRun;

inline constexpr std::int64_t kMaxDrawnMistakes = 20000;

struct DefuseLatent {
    generative::LatentMap map;
    bool trainingCodes = false; // false: a run from before they were stored (PCA of the found)
    // The found codes drawn (every k-th, at most kMaxDrawnMistakes: a picture, not a blob) and
    // per drawn code its region (-1 outside every region).
    std::int64_t mistakesFound = 0;
    std::vector<int> codeRegions;
    std::int64_t misclassified = 0; // misclassified training images searched for neighbours
    // nearest[region][sample]: the misclassified training image nearest to the sample.
    std::vector<std::vector<generative::NearestImage>> nearest;
};

// Throws fl::Error (BadInput) when the run's arrays are missing or do not line up. `outputs`
// (the evaluation's predictions) may be null: then no neighbours are searched.
DefuseLatent computeDefuseLatent(const DefuseRun& run, const data::Dataset& d,
                                 const nn::InferenceResult* outputs);

} // namespace fl::ui
