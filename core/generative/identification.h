// Defuse's identification step (METHODS.md §5.2): perturb each training image's latent code with
// Beta noise, decode and classify, and keep the codes the classifier gets wrong.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/generative/beta_vae.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fl::generative {

struct IdentificationOptions {
    int draws = 100;        // Q per image (paper: 500)
    int keepPerImage = 100; // at most this many mistakes kept per image, smallest ‖ε‖ first
    double betaA = 50.0;    // every latent dimension's ε ~ Beta(a, b) (paper, MNIST: a = b = 50)
    double betaB = 50.0;
    // The paper adds ε as drawn (mean a/(a+b), 0.5): non-centred. Centred subtracts the mean.
    bool centred = false;
    int batchSize = 1024; // decodes per classifier batch
    std::uint64_t seed = 0;
    std::map<std::string, std::string> toSettings() const;
};

struct FoundMistakes {
    MatrixRM codes;                    // M×z: μ(x) + ε of every kept mistake
    std::vector<std::int64_t> sources; // dataset position of the image each came from
    std::vector<int> labels;           // that image's label
    std::vector<int> predictions;      // the classifier's prediction on the decoded code
    std::vector<float> noiseNorms;     // ‖ε‖ (after centring, when centred)
    std::int64_t imagesDone = 0;       // images fully processed (all Q draws)
    std::int64_t imagesWithMistakes = 0;
    std::int64_t decoded = 0;  // codes decoded and classified
    bool stoppedEarly = false; // cancel was asked: what was found so far
    double seconds = 0.0;
};

// Runs identification over d's images at `positions` (in that order; each image's noise comes
// from seed and its position, so a subset or a stop part-way finds the same codes for the images
// it covered). A cancel stops at the next batch and returns what was found with stoppedEarly set.
// BadInput when the shapes of d, the VAE and the classifier disagree, or an option is invalid.
FoundMistakes identifyMistakes(const BetaVae& vae, const nn::Classifier& model,
                               const data::Dataset& d, const std::vector<std::int64_t>& positions,
                               const IdentificationOptions& options, const Progress& progress = {},
                               const CancelToken& cancel = {});

// The classifier's predictions on images (row-major N×C×H×W floats in [0,1]), in batches.
std::vector<int> classifyImages(const nn::Classifier& model, const std::vector<float>& images,
                                int channels, int height, int width);

// Beta(a, b) draws n×z from one seeded generator (Gamma ratios), as floats.
MatrixRM betaNoise(std::int64_t n, int z, double a, double b, std::uint64_t seed);

// The Q×z noise ε identification adds to the code of the image at `position` (centred when
// the options say so): what lets a caller redo one image's draws on its own.
MatrixRM imageNoise(const IdentificationOptions& options, std::int64_t position, int z);

} // namespace fl::generative
