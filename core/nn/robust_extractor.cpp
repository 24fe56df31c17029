#include "core/nn/robust_extractor.h"
#include "core/common/error.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <chrono>

namespace fl::nn {

ModelRecipe robustExtractorRecipe(const RobustExtractorOptions& o) {
    if (o.arch == "small-cnn")
        throwBadInput("the robust extractor needs an architecture whose features are the global "
                      "average pool of its last maps (pooled-cnn or resnet), not small-cnn");
    ModelRecipe r;
    r.arch = o.arch;
    r.keyByData = true;
    r.train.epochs = o.epochs;
    r.train.seed = o.seed;
    r.train.device = o.device;
    r.train.adversarial = true;
    r.train.pgd = o.pgd;
    return r;
}

void requireRobustExtractor(const Classifier& m, const std::string& purpose) {
    const std::string what =
        m.sourcePath().empty() ? std::string("the model") : "'" + m.sourcePath() + "'";
    if (!m.isTorchScript() && m.arch() == "small-cnn")
        throwBadInput(purpose +
                      " needs features that are the global average pool of the last "
                      "feature maps; " +
                      what + " is a small-cnn, whose features come from a dense layer");
    m.requireFeatures(purpose);
    m.requireFeatureMaps(purpose);
    if (m.isTorchScript()) {
        // One example through both methods: the channel count is only known by running it.
        const auto& spec = m.spec();
        data::Dataset probe;
        probe.channels = spec.inChannels;
        probe.height = spec.height;
        probe.width = spec.width;
        probe.images.assign(std::size_t(probe.imageSize()), 0.5f);
        probe.labels = {0};
        probe.classNames = {"probe"};
        probe.ids = {0};
        probe.splits = {data::Split::Val};
        InferenceOptions o;
        o.wantLogits = false;
        o.wantEmbeddings = true;
        o.wantFeatureMaps = true;
        const auto r = infer(m, probe, {0}, o);
        if (r.featureMapShape.size() != 4 || r.featureMapShape[1] != r.embeddings.cols())
            throwBadInput(purpose +
                          " needs feature_maps() with as many channels as features() "
                          "has values; " +
                          what + " gives " +
                          std::to_string(r.featureMapShape.size() == 4 ? r.featureMapShape[1] : 0) +
                          " channels and " + std::to_string(r.embeddings.cols()) + " features");
    }
}

Robustness measureRobustness(const Classifier& model, const data::Dataset& d,
                             const std::vector<std::int64_t>& indices, const PgdOptions& pgd,
                             std::uint64_t seed, const Progress& progress,
                             const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    Robustness r;
    r.examples = std::int64_t(indices.size());
    if (indices.empty())
        return r;
    const auto clean = infer(model, d, indices, {}, progress.sub(0.0, 0.2), cancel);
    progress.report(0.2, "attacking " + std::to_string(indices.size()) + " examples (L2 PGD)");
    // The attacked images as a dataset of their own, so inference reads them like any other.
    data::Dataset adv;
    adv.name = d.name + " (PGD)";
    adv.channels = d.channels;
    adv.height = d.height;
    adv.width = d.width;
    adv.classNames = d.classNames;
    adv.images = pgdAttack(model, d, indices, pgd, seed, cancel);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        adv.labels.push_back(d.labels[std::size_t(indices[i])]);
        adv.ids.push_back(std::int64_t(i));
        adv.splits.push_back(data::Split::Val);
    }
    progress.report(0.9, "classifying the attacked examples");
    const auto attacked = infer(model, adv, allIndices(adv), {}, {}, cancel);
    std::int64_t right = 0, robust = 0;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const int y = d.labels[std::size_t(indices[i])];
        right += clean.predictions[i] == y;
        robust += attacked.predictions[i] == y;
    }
    r.cleanAccuracy = double(right) / double(r.examples);
    r.adversarialAccuracy = double(robust) / double(r.examples);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    progress.report(1.0, "robustness measured");
    return r;
}

} // namespace fl::nn
