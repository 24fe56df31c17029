// Training a built-in classifier on a dataset split: standard or L2-PGD adversarial (Madry et
// al.), seeded, cancellable every batch and every attack step.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fl::nn {

// L2 projected gradient descent on the cross-entropy loss, images kept in [0,1].
struct PgdOptions {
    double epsilon = 1.5;    // radius of the L2 ball around each image
    int steps = 5;           // ascent steps per batch
    double stepSize = 0.0;   // L2 length of each step; <= 0 → 2.5·epsilon/steps (Madry)
    bool randomStart = true; // start from a random point on the ε-sphere (clipped to [0,1])
    double effectiveStepSize() const { return stepSize > 0 ? stepSize : 2.5 * epsilon / steps; }
};

struct EpochStats {
    int epoch = 0;         // 1-based
    double loss = 0.0;     // mean training loss (on adversarial examples when adversarial)
    double accuracy = 0.0; // training accuracy on the batches as trained
    double seconds = 0.0;
};

struct TrainOptions {
    std::string optimizer = "adam"; // "adam" | "sgd"
    // Two epochs at Adam 2e-3 take small-cnn to ~89.7% on Fashion-MNIST in ~70 s on 2 cores
    // (tests/bench/bench_train_epoch); three at 1e-3 reached 88.8% in ~100 s.
    int epochs = 2;
    int batchSize = 128;
    double learningRate = 0.0; // <= 0 → 2e-3 for adam, 0.05 for sgd
    double momentum = 0.9;     // sgd only
    double weightDecay = 0.0;
    std::uint64_t seed = 0; // shuffling and PGD random starts (weights come from create())
    data::Split split = data::Split::Train;
    // Dataset positions to train on instead of `split` (any split, repeats allowed); empty =
    // every example of `split`, as always. Lets a caller train on a subset or a union (the
    // failure directions' interventions) without copying the dataset.
    std::vector<std::int64_t> indices;
    // Loss weight of each position trained on (aligned with `indices`, or with the split's
    // positions in dataset order); empty = unweighted. A batch's loss is mean(wᵢ·ℓᵢ).
    std::vector<float> weights;
    bool adversarial = false; // train on PGD examples instead of the clean ones
    PgdOptions pgd;
    std::string device = "auto"; // "auto" | "cpu" | "cuda"
    // Called after every epoch with that epoch's statistics and the model as it stands, in eval
    // mode, before the next epoch starts (the optimiser's state carries on): lets a caller
    // evaluate each epoch and keep the best one's weights. It may run inference on the model or
    // copy its weights but must not change them; what it throws ends train(). Not a setting:
    // toSettings() ignores it.
    std::function<void(const EpochStats&, Classifier&)> onEpochEnd;

    double effectiveLearningRate() const;
    // Every setting as text, stored in the model and in reports (and keying the model cache):
    // indices and weights as their count and a hash, only when set (onEpochEnd never).
    std::map<std::string, std::string> toSettings() const;
};

struct TrainReport {
    std::vector<EpochStats> epochs;
    double seconds = 0.0;
    std::int64_t examples = 0; // examples per epoch
    int threads = 0;           // computeThreads() of the training thread
    std::string device;
    std::map<std::string, std::string> settings;
};

// Trains c in place on options.split of d (or options.indices). Stores options.toSettings() and
// the class names in c. Throws BadInput (TorchScript model, image shape or label range mismatch,
// empty split, a position outside d, weights not one finite value ≥ 0 per position, bad option)
// and Error(Cancelled) within one batch or one PGD step of cancel().
TrainReport train(Classifier& c, const data::Dataset& d, const TrainOptions& options,
                  const Progress& progress = {}, const CancelToken& cancel = {});

// Adversarial versions of d's examples at `indices` against c (model in eval mode), as
// row-major N×C×H×W floats in [0,1] within options.epsilon (L2) of the originals. Random starts
// drawn from `seed`. Works for TorchScript models too.
std::vector<float> pgdAttack(const Classifier& c, const data::Dataset& d,
                             const std::vector<std::int64_t>& indices, const PgdOptions& options,
                             std::uint64_t seed, const CancelToken& cancel = {});

} // namespace fl::nn
