// The paper's novelty check (Defuse §4.3, Figure 6): for each image a region generates, the
// nearest misclassified training image by ℓ2 distance on the pixels — is the error new?
#pragma once
#include "core/data/dataset.h"
#include <cstdint>
#include <vector>

namespace fl::generative {

struct NearestImage {
    std::int64_t position = -1; // dataset position of the nearest candidate; -1 without any
    double distance = 0.0;      // ℓ2 over the pixels in [0, 1]
};

// For each of the n query images (row-major n×C×H×W floats in [0,1], d's shape), the nearest of
// d's images at `candidates` (ties: the earlier candidate). BadInput when the sizes disagree.
std::vector<NearestImage> nearestImages(const std::vector<float>& queries, std::int64_t n,
                                        const data::Dataset& d,
                                        const std::vector<std::int64_t>& candidates);

// d's training images the model gets wrong: `predictions` are the model's classes on the dataset
// positions `positions` (an evaluation's outputs); the wrong ones on training positions.
std::vector<std::int64_t> misclassifiedTraining(const data::Dataset& d,
                                                const std::vector<std::int64_t>& positions,
                                                const std::vector<int>& predictions);

} // namespace fl::generative
