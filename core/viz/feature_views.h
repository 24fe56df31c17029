// What Barlow shows for one feature j (METHODS.md §2.6): the most-activating examples, CAM
// heatmaps (channel j of the last maps) with a JET overlay, and feature-attack images.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <vector>

namespace fl::viz {

// The n rows of `rows` with the largest features(row, j), largest first (ties: lower row first).
std::vector<std::int64_t> mostActivating(const nn::MatrixRM& features,
                                         const std::vector<std::int64_t>& rows, int j, int n);

// A heatmap in [0,1] at the image's size, row-major height×width.
struct Heatmap {
    int height = 0, width = 0;
    std::vector<float> values;
};

// Channel j of the model's last feature maps for the examples at `positions`, divided by its
// per-image maximum (an all-zero map stays zero) and resized bilinearly (half-pixel centres, as
// OpenCV's INTER_LINEAR and torch's align_corners=False) to the image. BadInput when the model
// has no feature maps or j is not one of its channels.
std::vector<Heatmap> featureHeatmaps(const nn::Classifier& model, const data::Dataset& d,
                                     const std::vector<std::int64_t>& positions, int j,
                                     const CancelToken& cancel = {});

// The image (C×H×W floats in [0,1], C = 1 or 3) as RGB bytes H×W×3 with the heatmap's JET
// colours blended in at `opacity` (0 = the image, 1 = the heatmap alone).
std::vector<std::uint8_t> overlayJet(const float* image, int channels, const Heatmap& heat,
                                     double opacity);
// The image alone as RGB bytes H×W×3.
std::vector<std::uint8_t> toRgb(const float* image, int channels, int height, int width);

struct FeatureAttackOptions {
    int iterations = 500;  // paper 500 (reference code 1000)
    double stepSize = 0.0; // <= 0 → √(CHW / 150528): the paper's step 1 at 3×224×224, scaled
    double epsilon = 0.0;  // L2 budget around the original; <= 0 → none (the paper's is never
                           // binding)
    double effectiveStepSize(int c, int h, int w) const;
};

struct FeatureAttack {
    std::vector<float> images; // N×C×H×W in [0,1]
    std::vector<float> before; // feature j of each original
    std::vector<float> after;  // and of its attacked image
    double seconds = 0.0;
};

// Maximises feature j of the model's penultimate features from each example at `positions` by
// L2-normalised gradient ascent: x ← clip[0,1](x + α·g/‖g‖₂), projected onto the ε-ball when
// ε > 0. The images go through as one batch. Cancellable every iteration.
FeatureAttack featureAttack(const nn::Classifier& model, const data::Dataset& d,
                            const std::vector<std::int64_t>& positions, int j,
                            const FeatureAttackOptions& options, const Progress& progress = {},
                            const CancelToken& cancel = {});

} // namespace fl::viz
