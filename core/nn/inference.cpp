// infer(): batched forward passes under InferenceMode, copying each batch's outputs straight
// into the caller's Eigen matrices.
#include "core/nn/inference.h"
#include "core/common/error.h"
#include "core/nn/classifier_impl.h"
#include <chrono>
#include <filesystem>

namespace fl::nn {
namespace {

void copyRows(const torch::Tensor& t, MatrixRM& m, std::int64_t row) {
    const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    std::copy_n(c.data_ptr<float>(), c.numel(), m.data() + row * m.cols());
}

} // namespace

std::vector<std::int64_t> allIndices(const data::Dataset& d) {
    std::vector<std::int64_t> idx(std::size_t(d.size()));
    for (std::int64_t i = 0; i < d.size(); ++i)
        idx[std::size_t(i)] = i;
    return idx;
}

std::vector<std::int64_t> splitIndices(const data::Dataset& d, data::Split s) {
    std::vector<std::int64_t> idx;
    for (std::int64_t i = 0; i < d.size(); ++i)
        if (d.splits[std::size_t(i)] == s)
            idx.push_back(i);
    return idx;
}

namespace {

// How messages name the model: its file, or its architecture for a model made in memory.
std::string modelName(const Classifier& c) {
    const auto& path = c.sourcePath();
    return path.empty() ? "the " + c.arch() + " model"
                        : "model " + std::filesystem::path(path).filename().string();
}

} // namespace

InferenceResult infer(const Classifier& c, const data::Dataset& d,
                      const std::vector<std::int64_t>& indices, const InferenceOptions& o,
                      const Progress& progress, const CancelToken& cancel) {
    const auto start = std::chrono::steady_clock::now();
    const auto& impl = c.impl();
    if (o.batchSize < 1)
        throwBadInput("inference batch size must be at least 1");
    if (o.wantEmbeddings)
        c.requireFeatures("the embeddings asked for");
    if (o.wantFeatureMaps)
        c.requireFeatureMaps("the feature maps asked for");
    impl.checkInputShape(d.channels, d.height, d.width);
    InferenceResult r;
    r.indices = indices;
    const auto n = std::int64_t(indices.size());
    if (o.wantLogits)
        checkLabels(d, indices, impl.spec.numClasses > 0 ? impl.spec.numClasses : 1 << 30);
    if (n == 0)
        return r;

    c10::InferenceMode guard;
    const std::int64_t batches = (n + o.batchSize - 1) / o.batchSize;
    for (std::int64_t b = 0; b < batches; ++b) {
        cancel.throwIfCancelled();
        const std::int64_t from = b * o.batchSize,
                           cnt = std::min<std::int64_t>(o.batchSize, n - from);
        const auto* idx = indices.data() + from;
        const auto out = impl.run(impl.toInput(gatherImages(d, idx, cnt)), o.wantLogits,
                                  o.wantEmbeddings, o.wantFeatureMaps);
        if (o.wantLogits) {
            const auto y = gatherLabels(d, idx, cnt).to(out.logits.device());
            const auto logp = torch::log_softmax(out.logits.to(torch::kFloat32), 1);
            if (b == 0) {
                const auto k = out.logits.size(1);
                // One logit per class of the dataset, or every accuracy is silently wrong.
                if (d.numClasses() > 0 && k != d.numClasses())
                    throwBadInput(modelName(c) + " returns " + std::to_string(k) +
                                  " logits per example but " + d.name + " has " +
                                  std::to_string(d.numClasses()) +
                                  " classes: a model must output one logit per class of the "
                                  "dataset, in the dataset's class order");
                r.logits.resize(n, k);
                r.probabilities.resize(n, k);
                r.predictions.resize(std::size_t(n));
                r.losses.resize(std::size_t(n));
            }
            if (const auto finite = torch::isfinite(out.logits).all(1).to(torch::kCPU);
                !finite.all().item<bool>()) {
                std::string ids;
                int listed = 0;
                for (std::int64_t i = 0; i < cnt && listed < 5; ++i)
                    if (!finite[i].item<bool>())
                        ids += (listed++ ? ", " : "") + std::to_string(d.ids[std::size_t(idx[i])]);
                throwBadInput(modelName(c) + " returned NaN or infinite logits for example(s) " +
                              ids + " of " + d.name +
                              ": the model is broken (check its weights and input scaling)");
            }
            copyRows(out.logits, r.logits, from);
            copyRows(logp.exp(), r.probabilities, from);
            const auto pred = out.logits.argmax(1).to(torch::kCPU, torch::kInt64).contiguous();
            const auto loss =
                (-logp.gather(1, y.unsqueeze(1)).squeeze(1)).to(torch::kCPU).contiguous();
            for (std::int64_t i = 0; i < cnt; ++i) {
                r.predictions[std::size_t(from + i)] = int(pred.data_ptr<std::int64_t>()[i]);
                r.losses[std::size_t(from + i)] = loss.data_ptr<float>()[i];
            }
        }
        if (o.wantEmbeddings) {
            if (b == 0)
                r.embeddings.resize(n, out.features.size(1));
            copyRows(out.features, r.embeddings, from);
        }
        if (o.wantFeatureMaps) {
            // Channels-last maps come back as plain N×K×h×w after contiguous().
            const auto m = out.featureMaps.to(torch::kCPU, torch::kFloat32).contiguous();
            if (b == 0) {
                r.featureMapShape = {n, m.size(1), m.size(2), m.size(3)};
                r.featureMaps.resize(std::size_t(n * m.size(1) * m.size(2) * m.size(3)));
            }
            std::copy_n(m.data_ptr<float>(), m.numel(),
                        r.featureMaps.data() + from * m.size(1) * m.size(2) * m.size(3));
        }
        progress.report(double(b + 1) / double(batches),
                        "inference " + std::to_string(from + cnt) + "/" + std::to_string(n));
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace fl::nn
