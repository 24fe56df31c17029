// train() and pgdAttack(): the Adam/SGD loop over seeded shuffles, and L2 PGD (Madry et al.)
// used both for adversarial training and on its own.
#include "core/nn/training.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/nn/classifier_impl.h"
#include "core/nn/device.h"
#include <ATen/CPUGeneratorImpl.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <torch/autograd.h>
#include <torch/optim.h>

namespace fl::nn {
namespace {

using Clock = std::chrono::steady_clock;

torch::Tensor rowNorms(const torch::Tensor& t) {
    return t.flatten(1).norm(2, 1).clamp_min(1e-12).view({-1, 1, 1, 1});
}

// One PGD run on a batch already on the device. The model is used as it is (the caller sets
// eval mode); gradients go to the input only, never into the parameters' .grad.
torch::Tensor pgdBatch(const Classifier::Impl& impl, const torch::Tensor& x, const torch::Tensor& y,
                       const PgdOptions& o, at::Generator& gen, const CancelToken& cancel) {
    const double eps = o.epsilon;
    const double step = o.effectiveStepSize();
    const auto x0 = x.detach();
    torch::Tensor adv = x0.clone();
    if (o.randomStart) {
        // Drawn on the CPU from our own generator: the same seed gives the same start anywhere.
        auto noise = torch::randn(x0.sizes(), gen, torch::kFloat32).to(x0.device());
        adv = (x0 + eps * noise / rowNorms(noise)).clamp(0.0, 1.0);
    }
    for (int s = 0; s < o.steps; ++s) {
        cancel.throwIfCancelled();
        adv = adv.detach().requires_grad_(true);
        auto loss = torch::cross_entropy_loss(impl.logits(impl.toInput(adv)), y);
        auto grad = torch::autograd::grad({loss}, {adv})[0];
        torch::NoGradGuard noGrad;
        auto next = adv + step * grad / rowNorms(grad);
        auto delta = next - x0;
        delta = delta * (eps / rowNorms(delta)).clamp_max(1.0); // project onto the ε-ball
        adv = (x0 + delta).clamp(0.0, 1.0); // clipping only shrinks δ, so the ball still holds
    }
    return adv.detach();
}

// Restores eval mode however train() leaves (finished, cancelled, failed).
struct EvalModeOnExit {
    const Classifier::Impl& impl;
    ~EvalModeOnExit() { impl.setTraining(false); }
};

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

// FNV-1a over the bytes: the same on every platform (std::hash is not), because these hashes
// key the model cache.
template <typename T> std::string fnv1a(const std::vector<T>& v) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    for (std::size_t i = 0; i < v.size() * sizeof(T); ++i)
        h = (h ^ p[i]) * 0x100000001b3ULL;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

} // namespace

double TrainOptions::effectiveLearningRate() const {
    if (learningRate > 0)
        return learningRate;
    return optimizer == "sgd" ? 0.05 : 2e-3;
}

std::map<std::string, std::string> TrainOptions::toSettings() const {
    std::map<std::string, std::string> s{{"optimizer", optimizer},
                                         {"epochs", std::to_string(epochs)},
                                         {"batch_size", std::to_string(batchSize)},
                                         {"learning_rate", number(effectiveLearningRate())},
                                         {"weight_decay", number(weightDecay)},
                                         {"seed", std::to_string(seed)},
                                         {"split", data::splitName(split)},
                                         {"adversarial", adversarial ? "true" : "false"}};
    if (optimizer == "sgd")
        s["momentum"] = number(momentum);
    if (!indices.empty())
        s["indices"] = std::to_string(indices.size()) + " positions, fnv " + fnv1a(indices);
    if (!weights.empty()) {
        double sum = 0.0;
        for (float w : weights)
            sum += w;
        s["weights"] = std::to_string(weights.size()) + " weights, sum " + number(sum) + ", fnv " +
                       fnv1a(weights);
    }
    if (adversarial) {
        s["pgd_epsilon"] = number(pgd.epsilon);
        s["pgd_steps"] = std::to_string(pgd.steps);
        s["pgd_step_size"] = number(pgd.effectiveStepSize());
        s["pgd_random_start"] = pgd.randomStart ? "true" : "false";
    }
    return s;
}

TrainReport train(Classifier& c, const data::Dataset& d, const TrainOptions& o,
                  const Progress& progress, const CancelToken& cancel) {
    auto& impl = c.impl();
    if (!impl.net)
        throwBadInput("training works on built-in models (small-cnn, resnet); " + c.sourcePath() +
                      " is a TorchScript model, train it in PyTorch");
    if (o.optimizer != "adam" && o.optimizer != "sgd")
        throwBadInput("unknown optimizer '" + o.optimizer + "' (expected adam or sgd)");
    if (o.epochs < 1 || o.batchSize < 1)
        throwBadInput("epochs and batch size must be at least 1");
    if (o.adversarial && (o.pgd.epsilon <= 0 || o.pgd.steps < 1))
        throwBadInput("adversarial training needs PGD epsilon > 0 and at least one step");
    impl.checkInputShape(d.channels, d.height, d.width);
    std::vector<std::int64_t> pool = o.indices;
    if (pool.empty()) {
        for (std::int64_t i = 0; i < d.size(); ++i)
            if (d.splits[i] == o.split)
                pool.push_back(i);
        if (pool.empty())
            throwBadInput(std::string("the dataset has no examples in split '") +
                          data::splitName(o.split) + "' to train on");
    }
    for (std::size_t k = 0; k < o.indices.size(); ++k)
        if (o.indices[k] < 0 || o.indices[k] >= d.size())
            throwBadInput("training option indices[" + std::to_string(k) +
                          "] = " + std::to_string(o.indices[k]) + " is outside the dataset (" +
                          std::to_string(d.size()) + " examples)");
    if (!o.weights.empty() && o.weights.size() != pool.size())
        throwBadInput("training option weights has " + std::to_string(o.weights.size()) +
                      " values for " + std::to_string(pool.size()) + " positions trained on");
    for (std::size_t k = 0; k < o.weights.size(); ++k)
        if (!std::isfinite(o.weights[k]) || o.weights[k] < 0.0f)
            throwBadInput("training option weights[" + std::to_string(k) +
                          "] = " + number(o.weights[k]) + " is not a finite value ≥ 0");
    checkLabels(d, pool, impl.spec.numClasses);
    c.setDevice(o.device);

    auto params = impl.parameters();
    std::unique_ptr<torch::optim::Optimizer> opt;
    if (o.optimizer == "adam")
        opt = std::make_unique<torch::optim::Adam>(
            params,
            torch::optim::AdamOptions(o.effectiveLearningRate()).weight_decay(o.weightDecay));
    else
        opt = std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(o.effectiveLearningRate())
                        .momentum(o.momentum)
                        .weight_decay(o.weightDecay));

    Rng rng(o.seed);
    at::Generator gen = at::detail::createCPUGenerator(o.seed ^ 0x9E3779B97F4A7C15ULL);
    EvalModeOnExit restore{impl};
    TrainReport report;
    report.examples = std::int64_t(pool.size());
    report.threads = computeThreads();
    report.device = c.deviceName();
    report.settings = o.toSettings();
    const auto start = Clock::now();
    const std::int64_t n = report.examples;
    const std::int64_t batches = (n + o.batchSize - 1) / o.batchSize;
    std::vector<std::int64_t> batchIdx;
    std::vector<float> batchWeights;
    const bool weighted = !o.weights.empty();

    for (int e = 1; e <= o.epochs; ++e) {
        const auto epochStart = Clock::now();
        const auto perm = rng.permutation(n);
        double lossSum = 0.0;
        std::int64_t correct = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            cancel.throwIfCancelled();
            const std::int64_t from = b * o.batchSize, to = std::min(n, from + o.batchSize);
            batchIdx.clear();
            batchWeights.clear();
            for (std::int64_t i = from; i < to; ++i) {
                batchIdx.push_back(pool[perm[i]]);
                if (weighted)
                    batchWeights.push_back(o.weights[std::size_t(perm[i])]);
            }
            const auto cnt = std::int64_t(batchIdx.size());
            auto x = impl.toInput(gatherImages(d, batchIdx.data(), cnt));
            auto y = gatherLabels(d, batchIdx.data(), cnt).to(impl.device);
            if (o.adversarial) {
                impl.setTraining(false); // attack the model as it predicts (BN running stats)
                x = impl.toInput(pgdBatch(impl, x, y, o.pgd, gen, cancel));
            }
            impl.setTraining(true);
            opt->zero_grad();
            auto logits = impl.logits(x);
            // Unweighted training keeps the mean-reduced op, so models trained before weights
            // existed (and cached under the same settings) come out bit for bit the same.
            torch::Tensor loss;
            if (!weighted) {
                loss = torch::cross_entropy_loss(logits, y);
            } else {
                auto w = torch::from_blob(batchWeights.data(), {cnt}, torch::kFloat32)
                             .clone()
                             .to(impl.device);
                loss = (torch::cross_entropy_loss(logits, y, {}, at::Reduction::None) * w).mean();
            }
            loss.backward();
            opt->step();
            lossSum += loss.item<double>() * double(cnt);
            correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
            progress.report((double(e - 1) + double(b + 1) / double(batches)) / o.epochs,
                            "epoch " + std::to_string(e) + "/" + std::to_string(o.epochs) +
                                ", loss " + number(lossSum / double(to)));
        }
        EpochStats s;
        s.epoch = e;
        s.loss = lossSum / double(n);
        s.accuracy = double(correct) / double(n);
        s.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        report.epochs.push_back(s);
        if (o.onEpochEnd) {
            impl.setTraining(false);
            o.onEpochEnd(report.epochs.back(), c);
        }
    }
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    c.setTrainingSettings(report.settings);
    if (c.classNames().size() != std::size_t(impl.spec.numClasses) &&
        d.numClasses() == impl.spec.numClasses)
        c.setClassNames(d.classNames);
    return report;
}

std::vector<float> pgdAttack(const Classifier& c, const data::Dataset& d,
                             const std::vector<std::int64_t>& indices, const PgdOptions& o,
                             std::uint64_t seed, const CancelToken& cancel) {
    const auto& impl = c.impl();
    if (o.epsilon <= 0 || o.steps < 1)
        throwBadInput("PGD needs epsilon > 0 and at least one step");
    impl.checkInputShape(d.channels, d.height, d.width);
    checkLabels(d, indices, impl.spec.numClasses ? impl.spec.numClasses : 1 << 30);
    at::Generator gen = at::detail::createCPUGenerator(seed);
    std::vector<float> out(indices.size() * std::size_t(d.imageSize()));
    constexpr std::int64_t kBatch = 256;
    const auto n = std::int64_t(indices.size());
    for (std::int64_t from = 0; from < n; from += kBatch) {
        const std::int64_t cnt = std::min(kBatch, n - from);
        auto x = gatherImages(d, indices.data() + from, cnt).to(impl.device);
        auto y = gatherLabels(d, indices.data() + from, cnt).to(impl.device);
        auto adv = pgdBatch(impl, x, y, o, gen, cancel).to(torch::kCPU).contiguous();
        std::copy_n(adv.data_ptr<float>(), adv.numel(), out.data() + from * d.imageSize());
    }
    return out;
}

} // namespace fl::nn
