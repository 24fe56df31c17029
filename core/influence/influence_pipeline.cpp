#include "core/influence/influence_pipeline.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/influence/arnoldi.h"
#include "core/influence/block_influence.h"
#include "core/influence/last_layer_influence.h"
#include <algorithm>
#include <chrono>

namespace fl::influence {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

ArnoldiOptions arnoldiOptions(const InfluenceSettings& s) {
    ArnoldiOptions o;
    o.arnoldiDim = s.arnoldiDim;
    o.embeddingDim = s.embeddingDim;
    o.seed = s.seed;
    o.stopTolerance = s.stopTolerance;
    o.shift = s.shift;
    o.eigenFloor = s.eigenFloor;
    return o;
}

void takeFactors(InfluenceResult& r, const HessianFactors& f, std::int64_t dim) {
    r.eigenvalues = f.eigenvalues;
    r.ritzValues = f.ritzValues;
    r.iterations = f.iterations;
    r.stoppedEarly = f.stoppedEarly;
    r.paramCount = dim;
}

std::vector<int> labelsAt(const data::Dataset& d, const std::vector<std::int64_t>& idx) {
    std::vector<int> out;
    out.reserve(idx.size());
    for (auto i : idx) {
        if (i < 0 || i >= d.size())
            throwBadInput("example position " + std::to_string(i) + " outside the dataset");
        out.push_back(d.labels[std::size_t(i)]);
    }
    return out;
}

} // namespace

std::map<std::string, std::string> InfluenceResult::toSettings() const {
    auto m = settings.toSettings();
    m["embedding_dim_kept"] = std::to_string(eigenvalues.size());
    m["arnoldi_iterations"] = std::to_string(iterations);
    m["arnoldi_stopped_early"] = stoppedEarly ? "true" : "false";
    m["parameters"] = std::to_string(paramCount);
    m["hessian_examples"] = std::to_string(hessianIndices.size());
    return m;
}

std::vector<std::int64_t> chooseHessianSubset(const std::vector<std::int64_t>& pool,
                                              const InfluenceSettings& s) {
    if (s.hessianSubset == 0 || std::size_t(s.hessianSubset) >= pool.size()) {
        auto all = pool;
        std::sort(all.begin(), all.end());
        return all;
    }
    Rng rng(s.seed);
    const auto perm = rng.permutation(std::int64_t(pool.size()));
    std::vector<std::int64_t> out;
    for (int i = 0; i < s.hessianSubset; ++i)
        out.push_back(pool[std::size_t(perm[std::size_t(i)])]);
    std::sort(out.begin(), out.end());
    return out;
}

InfluenceResult lastLayerInfluence(const data::Dataset& d, const nn::InferenceResult& eval,
                                   const nn::InferenceResult& train, bool embedTraining,
                                   const InfluenceSettings& s, const Progress& progress,
                                   const CancelToken& cancel) {
    s.validate();
    if (s.layers != "last")
        throwBadInput("stored outputs give the last layer only; layers is '" + s.layers + "'");
    for (const auto* out : {&eval, &train})
        if (out->probabilities.rows() != std::int64_t(out->indices.size()) ||
            out->embeddings.rows() != std::int64_t(out->indices.size()))
            throwBadInput("last-layer influence needs stored probabilities and embeddings "
                          "(inference with embeddings) for every example");
    if (train.indices.empty())
        throwBadInput("last-layer influence needs training outputs for the Hessian");
    InfluenceResult r;
    r.settings = s;
    r.evalIndices = eval.indices;

    auto t = Clock::now();
    const LastLayerInfluence evalInf(eval.probabilities, labelsAt(d, eval.indices),
                                     eval.embeddings);
    const LastLayerInfluence trainInf(train.probabilities, labelsAt(d, train.indices),
                                      train.embeddings);
    // Hessian rows: positions in `train`'s rows, chosen from its dataset positions.
    std::vector<std::int64_t> rowsPool(train.indices.size());
    for (std::size_t i = 0; i < rowsPool.size(); ++i)
        rowsPool[i] = std::int64_t(i);
    const auto hRows = chooseHessianSubset(rowsPool, s);
    for (auto row : hRows)
        r.hessianIndices.push_back(train.indices[std::size_t(row)]);
    const auto hvp = trainInf.hessianOperator(hRows);
    r.seconds["gradients"] = since(t);

    t = Clock::now();
    const auto f = factorHessian(hvp, trainInf.paramCount(), arnoldiOptions(s),
                                 progress.sub(0.0, 0.5), cancel);
    takeFactors(r, f, trainInf.paramCount());
    r.seconds["arnoldi"] = since(t);

    t = Clock::now();
    r.evalEmbeddings = evalInf.embeddings(f, 4096, progress.sub(0.5, 0.75), cancel);
    if (embedTraining) {
        r.trainIndices = train.indices;
        r.trainEmbeddings = trainInf.embeddings(f, 4096, progress.sub(0.75, 1.0), cancel);
    }
    r.seconds["embeddings"] = since(t);
    progress.report(1.0, "influence embeddings done");
    return r;
}

InfluenceResult computeInfluence(const nn::Classifier& c, const data::Dataset& d,
                                 const std::vector<std::int64_t>& evalIndices,
                                 const std::vector<std::int64_t>& trainIndices, bool embedTraining,
                                 const InfluenceSettings& s, const Progress& progress,
                                 const CancelToken& cancel) {
    s.validate();
    if (trainIndices.empty())
        throwBadInput("influence embeddings need training examples for the Hessian");
    if (s.layers == "last") {
        c.requireFeatures("influence embeddings");
        auto t = Clock::now();
        nn::InferenceOptions io;
        io.wantEmbeddings = true;
        const auto eval = nn::infer(c, d, evalIndices, io, progress.sub(0.0, 0.2), cancel);
        // Only the Hessian subset needs outputs unless training μ are wanted.
        const auto pool = embedTraining ? trainIndices : chooseHessianSubset(trainIndices, s);
        const auto train = nn::infer(c, d, pool, io, progress.sub(0.2, 0.4), cancel);
        const double outputs = since(t);
        auto r =
            lastLayerInfluence(d, eval, train, embedTraining, s, progress.sub(0.4, 1.0), cancel);
        r.seconds["outputs"] = outputs;
        return r;
    }

    InfluenceResult r;
    r.settings = s;
    r.evalIndices = evalIndices;
    const BlockInfluence block(c, d);
    r.hessianIndices = chooseHessianSubset(trainIndices, s);
    HessianFactors f;
    { // the operator (and its retained graphs) is released before the embeddings
        auto t = Clock::now();
        // small-cnn takes the R-operator (retain does not apply). Otherwise retaining the
        // first-order graphs halves each HVP; beyond ~2 000 examples their memory (several MB
        // per example) is not worth it.
        const bool retain = r.hessianIndices.size() <= 2000;
        const auto hvp = block.hessianOperator(r.hessianIndices, 250, retain, cancel);
        r.seconds["gradients"] = since(t);
        t = Clock::now();
        f = factorHessian(hvp, block.paramCount(), arnoldiOptions(s), progress.sub(0.0, 0.6),
                          cancel);
        takeFactors(r, f, block.paramCount());
        r.seconds["arnoldi"] = since(t);
    }

    const auto t = Clock::now();
    r.evalEmbeddings =
        block.embeddings(evalIndices, f, 64, progress.sub(0.6, embedTraining ? 0.7 : 1.0), cancel);
    if (embedTraining) {
        r.trainIndices = trainIndices;
        r.trainEmbeddings = block.embeddings(trainIndices, f, 64, progress.sub(0.7, 1.0), cancel);
    }
    r.seconds["embeddings"] = since(t);
    progress.report(1.0, "influence embeddings done");
    return r;
}

} // namespace fl::influence
