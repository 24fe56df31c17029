// Defuse's correction step (METHODS.md §5.5): fine-tune the classifier on L(D) + λ·L(D_f) over a
// sweep of λ, D_f drawn from the labelled regions (or any failure images, e.g. the baseline's).
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/generative/beta_vae.h"
#include "core/generative/regions.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fl::generative {

// A misclassification region with the label its annotators gave it.
struct LabelledRegion {
    Region region;
    int regionIndex = 0; // its place in the run's region list (what its sample seeds derive from)
    int label = 0;       // the annotators' majority label
};

// Labelled failure images: row-major N×C×H×W floats in [0,1] (channels, height and width say
// C×H×W; the builders below fill them), a label each, and the region each came from (its
// regionIndex; may be left empty when the images have no region).
struct FailureSet {
    int channels = 0, height = 0, width = 0;
    std::vector<float> images;
    std::vector<int> labels;
    std::vector<int> regionOf;
    std::int64_t size() const { return std::int64_t(labels.size()); }
};

// The stream indices (fl::mixSeed(seed, ·)) that give the fine-tune and held-out sets their own
// run seeds, so neither repeats the annotation samples (drawn from the run seed itself).
inline constexpr std::uint64_t kFineTuneSampleStream = 0xDEF05E01;
inline constexpr std::uint64_t kHeldOutSampleStream = 0xDEF05E02;

// The fine-tune set D_f (fineTunePerRegion per region) and the held-out region test set
// (heldOutPerRegion per region), each image decoded from a draw z ~ N(μ, τΣ) of its region and
// labelled with the region's label, regions in the order given. Sample k of the region at
// regionIndex r is regionSample(region, tau, regionSampleSeed(mixSeed(seed, stream), r, k)) with
// stream kFineTuneSampleStream or kHeldOutSampleStream: pass the run's seed (the one the
// annotation samples regionSampleSeed(seed, r, k) came from) and the three draw from distinct
// 64-bit sample seeds, so no set repeats another's samples. Decoded in batches. BadInput for
// negative counts, τ < 0, a negative label or a region whose latent size differs from the VAE's.
std::pair<FailureSet, FailureSet> regionFailureSets(const BetaVae& vae,
                                                    const std::vector<LabelledRegion>& regions,
                                                    int fineTunePerRegion, int heldOutPerRegion,
                                                    double tau, std::uint64_t seed);

// Codes (N×z) decoded in batches with the labels given: the paper's baseline D_f, the
// identified mistakes themselves (FoundMistakes::codes and ::labels, their source images'
// labels, restricted by the caller to those in labelled regions). regionOf empty or one each.
FailureSet decodedFailureSet(const BetaVae& vae, const MatrixRM& codes, std::vector<int> labels,
                             std::vector<int> regionOf = {});

// Per-example loss weights for training on D (N examples) and D_f (M) concatenated, so that a
// batch's mean(wᵢℓᵢ) is an unbiased estimate of L(D) + λ·L(D_f) (means over each set):
// data = (N+M)/N, failure = λ(N+M)/M. BadInput for N < 1, M < 1 or λ not finite and ≥ 0.
struct CorrectionWeights {
    double data = 1.0;
    double failure = 0.0;
};
CorrectionWeights correctionWeights(std::int64_t n, std::int64_t m, double lambda);

struct CorrectionOptions {
    // The paper's sweep (every data set): 1e-10 … 1e-1, 1, 2, 5, 10, 20, 100, 1000.
    std::vector<double> lambdas{1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2,
                                1e-1,  1.0,  2.0,  5.0,  10.0, 20.0, 100., 1000.};
    int epochs = 3;             // paper: 3 (MNIST), 5 (SVHN, German signs)
    int batchSize = 256;        // paper: 256 (MNIST, SVHN)
    double learningRate = 1e-3; // Adam
    // What picks the epoch per λ and the λ overall: "train" = accuracy on every example trained
    // on (D and D_f alike, unweighted; paper, MNIST) or "validation" = accuracy on the dataset's
    // validation split (paper, SVHN and German signs). Ties go to the earlier epoch / λ.
    std::string selection = "train";
    std::uint64_t seed = 0; // shuffles (the same for every λ)
    std::string device = "auto";
    // Where to save the chosen model (empty: not saved; it is returned either way).
    std::string outputPath;
    // Every setting as text (not device or outputPath).
    std::map<std::string, std::string> toSettings() const;
};

struct LambdaOutcome {
    double lambda = 0.0;
    int bestEpoch = 0;                          // 1-based, the epoch kept for this λ
    std::vector<double> epochSelectionAccuracy; // after each epoch
    double selectionAccuracy = 0.0;             // of the kept epoch
    double testAccuracy = 0.0;                  // the kept epoch on the test split
    double regionAccuracy = 0.0;                // the kept epoch on the held-out region set
    double seconds = 0.0;
};

struct CorrectionResult {
    double selectionBefore = 0.0; // the original model on the selection set
    double testBefore = 0.0;
    double regionBefore = 0.0;
    std::vector<double> perClassBefore, perClassAfter; // test recall per class (NaN: absent)
    // Held-out accuracy per region (keyed by FailureSet::regionOf) before and for the chosen
    // model; empty when the held-out set has no regionOf.
    std::map<int, double> perRegionBefore, perRegionAfter;
    std::vector<LambdaOutcome> outcomes; // one per λ, in the order of the options
    int chosen = 0;                      // index into outcomes: highest selectionAccuracy
    // The chosen model (training settings: the original's plus correction_* keys); saved to
    // options.outputPath when set.
    std::optional<nn::Classifier> model;
    std::int64_t trainExamples = 0;   // N, the training split
    std::int64_t failureExamples = 0; // M, the fine-tune set
    std::map<std::string, std::string> settings;
    double seconds = 0.0;
};

// For each λ, starting from `model` each time (never changed itself): Adam on d's training split
// plus fineTune, per-example weights correctionWeights(N, M, λ), options.epochs epochs; after
// each epoch the selection accuracy; the best epoch's weights are measured on d's test split and
// on heldOut. BadInput (with what is wrong) for a TorchScript model, no λ or a negative one,
// a bad option, images whose shape differs from the model's, labels outside its classes, an
// empty fine-tune or held-out set, or a dataset without the training, test (or, for
// "validation", validation) examples needed; Error(Cancelled) within one batch of cancel.
CorrectionResult correct(const nn::Classifier& model, const data::Dataset& d,
                         const FailureSet& fineTune, const FailureSet& heldOut,
                         const CorrectionOptions& options, const Progress& progress = {},
                         const CancelToken& cancel = {});

} // namespace fl::generative
