// correct(): the training split and the failure images in one augmented dataset built once, a
// clone of the classifier reset to the original weights for every λ, the best epoch's weights
// kept in memory through nn::train's per-epoch callback; and the region sample sets it trains on.
#include "core/generative/correction.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/identification.h"
#include "core/nn/classifier_impl.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

namespace fl::generative {
namespace {

using Clock = std::chrono::steady_clock;
constexpr Eigen::Index kDecodeBatch = 1024;

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::vector<float> decodeInBatches(const BetaVae& vae, const MatrixRM& codes) {
    std::vector<float> out;
    out.reserve(std::size_t(codes.rows()) *
                std::size_t(vae.channels() * vae.height() * vae.width()));
    for (Eigen::Index from = 0; from < codes.rows(); from += kDecodeBatch) {
        const Eigen::Index cnt = std::min(kDecodeBatch, codes.rows() - from);
        const auto img = vae.decode(codes.middleRows(from, cnt));
        out.insert(out.end(), img.begin(), img.end());
    }
    return out;
}

FailureSet emptySetOf(const BetaVae& vae) {
    FailureSet s;
    s.channels = vae.channels();
    s.height = vae.height();
    s.width = vae.width();
    return s;
}

// The weights and buffers (BN statistics) of a built-in network, in a fixed order.
using State = std::vector<torch::Tensor>;

std::vector<torch::Tensor> stateTensors(const nn::Classifier& c) {
    auto& net = *c.impl().net;
    auto t = net.parameters();
    for (auto& b : net.buffers())
        t.push_back(b);
    return t;
}

State snapshot(const nn::Classifier& c) {
    torch::NoGradGuard noGrad;
    State s;
    for (const auto& t : stateTensors(c))
        s.push_back(t.detach().clone());
    return s;
}

void restore(nn::Classifier& c, const State& s) {
    torch::NoGradGuard noGrad;
    auto dst = stateTensors(c);
    if (dst.size() != s.size())
        throwFailure("correction: a model's state does not fit its clone");
    for (std::size_t i = 0; i < s.size(); ++i)
        dst[i].copy_(s[i]);
}

// A new built-in model with c's spec, metadata, device and weights.
nn::Classifier cloneOf(const nn::Classifier& c) {
    auto out = nn::Classifier::create(c.spec(), c.seed());
    out.setClassNames(c.classNames());
    out.setTrainingSettings(c.trainingSettings());
    out.setDevice(c.deviceName());
    restore(out, snapshot(c));
    return out;
}

// Refuses a failure set that cannot be trained on or measured with this model.
void checkSet(const FailureSet& s, const std::string& name, const data::Dataset& d,
              int numClasses) {
    if (s.labels.empty())
        throwBadInput("correction: the " + name + " set is empty");
    if (s.channels != d.channels || s.height != d.height || s.width != d.width)
        throwBadInput("correction: the " + name + " set's images are " +
                      std::to_string(s.channels) + "×" + std::to_string(s.height) + "×" +
                      std::to_string(s.width) + "; the dataset's and the model's are " +
                      std::to_string(d.channels) + "×" + std::to_string(d.height) + "×" +
                      std::to_string(d.width));
    const auto expect = std::size_t(s.size()) * std::size_t(d.imageSize());
    if (s.images.size() != expect)
        throwBadInput("correction: the " + name + " set has " + std::to_string(s.images.size()) +
                      " image values for " + std::to_string(s.size()) + " labels (expected " +
                      std::to_string(expect) + ")");
    if (!s.regionOf.empty() && s.regionOf.size() != s.labels.size())
        throwBadInput("correction: the " + name + " set has " + std::to_string(s.regionOf.size()) +
                      " region indices for " + std::to_string(s.size()) + " labels");
    for (std::size_t i = 0; i < s.labels.size(); ++i)
        if (s.labels[i] < 0 || s.labels[i] >= numClasses)
            throwBadInput("correction: the " + name + " set's label " + std::to_string(i) + " is " +
                          std::to_string(s.labels[i]) + ", outside the model's " +
                          std::to_string(numClasses) + " classes");
}

struct SetAccuracy {
    double overall = 0.0;
    std::map<int, double> perRegion;
};

SetAccuracy accuracyOn(const nn::Classifier& c, const FailureSet& s) {
    const auto pred = classifyImages(c, s.images, s.channels, s.height, s.width);
    std::int64_t right = 0;
    std::map<int, std::pair<std::int64_t, std::int64_t>> tally; // region → (right, all)
    for (std::size_t i = 0; i < pred.size(); ++i) {
        const bool ok = pred[i] == s.labels[i];
        right += ok;
        if (!s.regionOf.empty()) {
            auto& t = tally[s.regionOf[i]];
            t.first += ok;
            ++t.second;
        }
    }
    SetAccuracy a;
    a.overall = pred.empty() ? 0.0 : double(right) / double(pred.size());
    for (const auto& [r, t] : tally)
        a.perRegion[r] = double(t.first) / double(t.second);
    return a;
}

// d with the fine-tune images appended as training examples (fresh ids above d's largest).
data::Dataset augmented(const data::Dataset& d, const FailureSet& f) {
    data::Dataset a = d;
    std::int64_t nextId = 0;
    for (auto id : d.ids)
        nextId = std::max(nextId, id + 1);
    a.images.insert(a.images.end(), f.images.begin(), f.images.end());
    for (std::size_t i = 0; i < f.labels.size(); ++i) {
        a.labels.push_back(f.labels[i]);
        a.ids.push_back(nextId++);
        a.splits.push_back(data::Split::Train);
        if (!d.paths.empty())
            a.paths.emplace_back();
        for (auto& column : a.attributes)
            column.emplace_back();
    }
    return a;
}

// A Progress that puts `prefix` before every message of `p`.
Progress prefixed(const Progress& p, const std::string& prefix) {
    return Progress([p, prefix](double f, const std::string& m) { p.report(f, prefix + m); });
}

} // namespace

std::pair<FailureSet, FailureSet> regionFailureSets(const BetaVae& vae,
                                                    const std::vector<LabelledRegion>& regions,
                                                    int fineTunePerRegion, int heldOutPerRegion,
                                                    double tau, std::uint64_t seed) {
    if (fineTunePerRegion < 0 || heldOutPerRegion < 0)
        throwBadInput("region failure sets: the samples per region must be ≥ 0, got " +
                      std::to_string(fineTunePerRegion) + " fine-tune and " +
                      std::to_string(heldOutPerRegion) + " held-out");
    if (!(tau >= 0) || !std::isfinite(tau))
        throwBadInput("region failure sets: τ must be a finite value ≥ 0, got " + number(tau));
    for (const auto& r : regions) {
        if (r.region.mean.size() != vae.latent())
            throwBadInput("region failure sets: region " + std::to_string(r.regionIndex) +
                          " has a " + std::to_string(r.region.mean.size()) +
                          "-dimensional mean; the β-VAE's latent size is " +
                          std::to_string(vae.latent()));
        if (r.label < 0)
            throwBadInput("region failure sets: region " + std::to_string(r.regionIndex) +
                          " has no label (" + std::to_string(r.label) + ")");
    }
    auto build = [&](int perRegion, std::uint64_t stream) {
        FailureSet s = emptySetOf(vae);
        const auto n = Eigen::Index(regions.size()) * perRegion;
        MatrixRM codes(n, vae.latent());
        const std::uint64_t runSeed = mixSeed(seed, stream);
        for (std::size_t j = 0; j < regions.size(); ++j) {
            const auto& r = regions[j];
            if (perRegion > 0)
                codes.middleRows(Eigen::Index(j) * perRegion, perRegion) =
                    regionSamples(r.region, tau, runSeed, r.regionIndex, 0, perRegion);
            s.labels.insert(s.labels.end(), std::size_t(perRegion), r.label);
            s.regionOf.insert(s.regionOf.end(), std::size_t(perRegion), r.regionIndex);
        }
        s.images = decodeInBatches(vae, codes);
        return s;
    };
    return {build(fineTunePerRegion, kFineTuneSampleStream),
            build(heldOutPerRegion, kHeldOutSampleStream)};
}

FailureSet decodedFailureSet(const BetaVae& vae, const MatrixRM& codes, std::vector<int> labels,
                             std::vector<int> regionOf) {
    if (codes.cols() != vae.latent())
        throwBadInput("decoded failure set: the codes have " + std::to_string(codes.cols()) +
                      " dimensions; the β-VAE's latent size is " + std::to_string(vae.latent()));
    if (labels.size() != std::size_t(codes.rows()))
        throwBadInput("decoded failure set: " + std::to_string(labels.size()) + " labels for " +
                      std::to_string(codes.rows()) + " codes");
    if (!regionOf.empty() && regionOf.size() != labels.size())
        throwBadInput("decoded failure set: " + std::to_string(regionOf.size()) +
                      " region indices for " + std::to_string(codes.rows()) + " codes");
    FailureSet s = emptySetOf(vae);
    s.images = decodeInBatches(vae, codes);
    s.labels = std::move(labels);
    s.regionOf = std::move(regionOf);
    return s;
}

CorrectionWeights correctionWeights(std::int64_t n, std::int64_t m, double lambda) {
    if (n < 1 || m < 1)
        throwBadInput("correction weights need at least one training and one failure example, "
                      "got N = " +
                      std::to_string(n) + ", M = " + std::to_string(m));
    if (!std::isfinite(lambda) || lambda < 0)
        throwBadInput("correction weights: λ must be a finite value ≥ 0, got " + number(lambda));
    const double total = double(n) + double(m);
    return {total / double(n), lambda * total / double(m)};
}

std::map<std::string, std::string> CorrectionOptions::toSettings() const {
    std::string ls;
    for (std::size_t i = 0; i < lambdas.size(); ++i)
        ls += (i ? "," : "") + number(lambdas[i]);
    return {{"lambdas", ls},
            {"epochs", std::to_string(epochs)},
            {"batch_size", std::to_string(batchSize)},
            {"learning_rate", number(learningRate)},
            {"optimizer", "adam"},
            {"selection", selection},
            {"seed", std::to_string(seed)}};
}

CorrectionResult correct(const nn::Classifier& model, const data::Dataset& d,
                         const FailureSet& fineTune, const FailureSet& heldOut,
                         const CorrectionOptions& o, const Progress& progress,
                         const CancelToken& cancel) {
    const auto t0 = Clock::now();
    if (model.isTorchScript())
        throwBadInput("correction fine-tunes built-in models (small-cnn, resnet); " +
                      model.sourcePath() + " is a TorchScript model");
    if (o.lambdas.empty())
        throwBadInput("correction needs at least one λ to sweep");
    for (double l : o.lambdas)
        if (!std::isfinite(l) || l < 0)
            throwBadInput("correction: λ = " + number(l) +
                          " is not allowed; every λ must be a finite value ≥ 0");
    if (o.epochs < 1 || o.batchSize < 1)
        throwBadInput("correction needs at least one epoch and a batch of one, got " +
                      std::to_string(o.epochs) + " epochs, batch " + std::to_string(o.batchSize));
    if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
        throwBadInput("correction's learning rate must be > 0, got " + number(o.learningRate));
    if (o.selection != "train" && o.selection != "validation")
        throwBadInput("correction: unknown selection '" + o.selection +
                      "' (expected train or validation)");
    model.impl().checkInputShape(d.channels, d.height, d.width);
    const int numClasses = model.numClasses();
    checkSet(fineTune, "fine-tune", d, numClasses);
    checkSet(heldOut, "held-out region", d, numClasses);
    const auto trainIdx = d.indicesOf(data::Split::Train);
    const auto testIdx = d.indicesOf(data::Split::Test);
    const auto valIdx = d.indicesOf(data::Split::Val);
    if (trainIdx.empty())
        throwBadInput("correction: the dataset has no training examples to keep L(D) on");
    if (testIdx.empty())
        throwBadInput("correction: the dataset has no test examples to measure the models on");
    if (o.selection == "validation" && valIdx.empty())
        throwBadInput("correction: selection by validation accuracy needs validation examples; "
                      "the dataset has none (use selection 'train')");

    CorrectionResult result;
    result.trainExamples = std::int64_t(trainIdx.size());
    result.failureExamples = fineTune.size();
    result.settings = o.toSettings();
    result.settings["fine_tune_examples"] = std::to_string(fineTune.size());
    result.settings["held_out_examples"] = std::to_string(heldOut.size());
    result.settings["train_examples"] = std::to_string(trainIdx.size());

    // D ∪ D_f, built once: every λ trains on the same positions with its own weights.
    const data::Dataset aug = augmented(d, fineTune);
    std::vector<std::int64_t> pool = trainIdx;
    for (std::int64_t i = 0; i < fineTune.size(); ++i)
        pool.push_back(d.size() + i);

    nn::InferenceOptions io;
    io.batchSize = 512;
    auto selectionAccuracy = [&](const nn::Classifier& c) {
        return o.selection == "train" ? nn::evaluate(c, aug, pool, io, {}, cancel).metrics.accuracy
                                      : nn::evaluate(c, d, valIdx, io, {}, cancel).metrics.accuracy;
    };

    nn::Classifier work = cloneOf(model);
    work.setDevice(o.device);
    const State original = snapshot(work);

    // Before.
    progress.report(0.0, "measuring the model before correction");
    {
        const auto test = nn::evaluate(work, d, testIdx, io, {}, cancel);
        result.testBefore = test.metrics.accuracy;
        result.perClassBefore = test.metrics.perClassAccuracy;
        const auto region = accuracyOn(work, heldOut);
        result.regionBefore = region.overall;
        result.perRegionBefore = region.perRegion;
        result.selectionBefore = selectionAccuracy(work);
    }

    constexpr double kBefore = 0.02;
    const double perLambda = (1.0 - kBefore) / double(o.lambdas.size());
    State chosenState;
    double chosenAccuracy = -1.0;
    for (std::size_t li = 0; li < o.lambdas.size(); ++li) {
        const auto tl = Clock::now();
        const double lambda = o.lambdas[li];
        const auto w = correctionWeights(result.trainExamples, result.failureExamples, lambda);
        restore(work, original);

        nn::TrainOptions t;
        t.optimizer = "adam";
        t.epochs = o.epochs;
        t.batchSize = o.batchSize;
        t.learningRate = o.learningRate;
        t.seed = o.seed;
        t.indices = pool;
        t.weights.assign(trainIdx.size(), float(w.data));
        t.weights.resize(pool.size(), float(w.failure));
        t.device = o.device;
        LambdaOutcome out;
        out.lambda = lambda;
        State best;
        double bestAccuracy = -1.0;
        t.onEpochEnd = [&](const nn::EpochStats& s, nn::Classifier& c) {
            const double acc = selectionAccuracy(c);
            out.epochSelectionAccuracy.push_back(acc);
            if (acc > bestAccuracy) {
                bestAccuracy = acc;
                out.bestEpoch = s.epoch;
                best = snapshot(c);
            }
        };
        const Progress p = prefixed(
            progress.sub(kBefore + perLambda * double(li), kBefore + perLambda * double(li + 1)),
            "λ = " + number(lambda) + " (" + std::to_string(li + 1) + "/" +
                std::to_string(o.lambdas.size()) + "), ");
        nn::train(work, aug, t, p, cancel);

        restore(work, best);
        out.selectionAccuracy = bestAccuracy;
        const auto test = nn::evaluate(work, d, testIdx, io, {}, cancel);
        out.testAccuracy = test.metrics.accuracy;
        const auto region = accuracyOn(work, heldOut);
        out.regionAccuracy = region.overall;
        out.seconds = std::chrono::duration<double>(Clock::now() - tl).count();
        if (bestAccuracy > chosenAccuracy) {
            chosenAccuracy = bestAccuracy;
            result.chosen = int(li);
            chosenState = std::move(best);
            result.perClassAfter = test.metrics.perClassAccuracy;
            result.perRegionAfter = region.perRegion;
        }
        result.outcomes.push_back(std::move(out));
    }

    // The chosen model: the original's metadata, the chosen weights.
    nn::Classifier chosen = cloneOf(model);
    restore(chosen, chosenState);
    auto settings = model.trainingSettings();
    for (const auto& [k, v] : result.settings)
        settings["correction_" + k] = v;
    const auto& c = result.outcomes[std::size_t(result.chosen)];
    settings["correction_lambda"] = number(c.lambda);
    settings["correction_epoch"] = std::to_string(c.bestEpoch);
    chosen.setTrainingSettings(std::move(settings));
    if (!o.outputPath.empty())
        chosen.save(o.outputPath);
    result.model = std::move(chosen);
    result.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    progress.report(1.0, "correction done: λ = " + number(c.lambda) + " chosen");
    return result;
}

} // namespace fl::generative
