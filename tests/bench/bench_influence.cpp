// InfEmbed on full Fashion-MNIST (60k train, 5k val) with a small-cnn: seconds per stage
// (gradients, Arnoldi, embeddings, clustering) for the last layer from stored outputs and for
// the last conv block + head (R-operator HVPs, compared side by side with double backward).
// Targets: last layer < 1 s, block < 5 min (2 cores). Usage: bench_influence [--threads N]
// [--epochs E] [--block 0|1] [--block-subset M] [--block-p P] [--dump DIR]
#include "core/cluster/infembed_slicer.h"
#include "core/data/named_datasets.h"
#include "core/influence/block_influence.h"
#include "core/influence/influence_pipeline.h"
#include "core/influence/opponents.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <Eigen/Core>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <omp.h>
#include <stdexcept>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::vector<bool> correctness(const fl::data::Dataset& d, const fl::nn::InferenceResult& r) {
    std::vector<bool> ok;
    for (std::size_t i = 0; i < r.indices.size(); ++i)
        ok.push_back(r.predictions[i] == d.labels[std::size_t(r.indices[i])]);
    return ok;
}

// Clusters μ (K = 20 plain, then the notebook rule) and prints the times and worst slices.
double clusterAndReport(const fl::nn::MatrixRM& mu, const std::vector<bool>& ok) {
    auto t = Clock::now();
    fl::cluster::PlainOptions po;
    po.k = 20;
    const auto slices = fl::cluster::infEmbedSlices(mu, ok, po);
    const double plain = since(t);
    t = Clock::now();
    const auto rule = fl::cluster::infEmbedRule(mu, ok, fl::cluster::RuleOptions::notebook());
    const double ruleS = since(t);
    double worst = 1.0;
    for (const auto& s : slices)
        worst = std::min(worst, s.accuracy);
    std::printf("  clustering  K=20: %.3f s (worst slice accuracy %.3f); rule (A 0.5, S 10, B 3, "
                "depth 7): %.3f s, %zu slices\n",
                plain, worst, ruleS, rule.size());
    return plain;
}

template <class T> void writeRaw(const std::string& path, const T* data, std::size_t n) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(data, sizeof(T), n, f) != n)
        throw std::runtime_error("cannot write " + path);
    std::fclose(f);
}

// Raw little-endian arrays (shapes in shapes.txt) for tests/bench/reference_infembed_numpy.py.
void dumpOutputs(const std::string& dir, const fl::data::Dataset& d,
                 const fl::nn::InferenceResult& ev, const fl::nn::InferenceResult& tr,
                 const std::vector<std::int64_t>& hessianRows) {
    auto labels = [&](const fl::nn::InferenceResult& r) {
        std::vector<std::int64_t> y;
        for (auto i : r.indices)
            y.push_back(d.labels[std::size_t(i)]);
        return y;
    };
    const auto yv = labels(ev), yt = labels(tr);
    writeRaw(dir + "/val_probs.f32", ev.probabilities.data(), std::size_t(ev.probabilities.size()));
    writeRaw(dir + "/val_h.f32", ev.embeddings.data(), std::size_t(ev.embeddings.size()));
    writeRaw(dir + "/val_y.i64", yv.data(), yv.size());
    writeRaw(dir + "/train_probs.f32", tr.probabilities.data(),
             std::size_t(tr.probabilities.size()));
    writeRaw(dir + "/train_h.f32", tr.embeddings.data(), std::size_t(tr.embeddings.size()));
    writeRaw(dir + "/train_y.i64", yt.data(), yt.size());
    writeRaw(dir + "/hessian_rows.i64", hessianRows.data(), hessianRows.size());
    std::FILE* f = std::fopen((dir + "/shapes.txt").c_str(), "w");
    if (!f)
        throw std::runtime_error("cannot write " + dir + "/shapes.txt");
    std::fprintf(f, "%lld %lld %lld %lld\n", (long long)ev.probabilities.rows(),
                 (long long)tr.probabilities.rows(), (long long)ev.probabilities.cols(),
                 (long long)ev.embeddings.cols());
    std::fclose(f);
    std::printf("dumped stored outputs to %s\n", dir.c_str());
}

} // namespace

int main(int argc, char** argv) {
    int threads = 2, epochs = 1, runBlock = 1, blockSubset = 1000, blockP = 200;
    std::string dumpDir; // --dump DIR: the stored outputs for reference_infembed_numpy.py
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--epochs"))
            epochs = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--block"))
            runBlock = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--block-subset"))
            blockSubset = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--block-p"))
            blockP = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dump"))
            dumpDir = argv[i + 1];
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // stage lines appear as they finish
    try {
        fl::nn::setComputeThreads(threads);
        omp_set_num_threads(threads);
        Eigen::setNbThreads(threads);
        std::printf("threads: torch %d, OpenMP (faiss) %d, Eigen %d\n", fl::nn::computeThreads(),
                    omp_get_max_threads(), Eigen::nbThreads());
        const auto d = fl::data::loadNamedDataset("fashion-mnist");
        const auto train = fl::nn::splitIndices(d, fl::data::Split::Train);
        const auto val = fl::nn::splitIndices(d, fl::data::Split::Val);
        const fl::nn::ModelSpec spec{"small-cnn", d.channels, d.height, d.width, d.numClasses()};
        auto model = fl::nn::Classifier::create(spec, 0);
        if (epochs > 0) {
            fl::nn::TrainOptions to;
            to.epochs = epochs;
            to.device = "cpu";
            const auto rep = fl::nn::train(model, d, to);
            std::printf("trained small-cnn %d epoch(s) in %.1f s\n", epochs, rep.seconds);
        }

        auto t = Clock::now();
        fl::nn::InferenceOptions io;
        io.wantEmbeddings = true;
        const auto evalOut = fl::nn::infer(model, d, val, io);
        const auto trainOut = fl::nn::infer(model, d, train, io);
        const auto ok = correctness(d, evalOut);
        double acc = 0;
        for (bool b : ok)
            acc += b;
        std::printf("stored outputs (inference, not timed below): %.1f s; val accuracy %.3f\n",
                    since(t), acc / double(ok.size()));

        auto s = fl::influence::InfluenceSettings::fast(); // P 200, D 50
        if (!dumpDir.empty()) {
            std::vector<std::int64_t> rows(train.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                rows[i] = std::int64_t(i);
            dumpOutputs(dumpDir, d, evalOut, trainOut, fl::influence::chooseHessianSubset(rows, s));
        }
        std::printf("\nlast layer: P %d, D %d, Hessian subset %d, %zu val + %zu train embedded\n",
                    s.arnoldiDim, s.embeddingDim, s.hessianSubset, val.size(), train.size());
        t = Clock::now();
        const auto last = fl::influence::lastLayerInfluence(d, evalOut, trainOut, true, s);
        const double lastTotal = since(t);
        std::printf("  |θ| %lld, Arnoldi %d iterations%s, D' %lld, λ_max %.4g, λ_min kept %.4g\n",
                    (long long)last.paramCount, last.iterations,
                    last.stoppedEarly ? " (stopped early)" : "", (long long)last.eigenvalues.size(),
                    last.eigenvalues(0), last.eigenvalues(last.eigenvalues.size() - 1));
        std::printf("  gradients %.3f s, Arnoldi %.3f s, embeddings (65k) %.3f s\n",
                    last.seconds.at("gradients"), last.seconds.at("arnoldi"),
                    last.seconds.at("embeddings"));
        const double clusterS = clusterAndReport(last.evalEmbeddings, ok);
        t = Clock::now();
        std::vector<std::int64_t> errors;
        for (std::size_t i = 0; i < ok.size(); ++i)
            if (!ok[i])
                errors.push_back(std::int64_t(i));
        const auto ranked = fl::influence::rankTrainingInfluence(last.evalEmbeddings, errors,
                                                                 last.trainEmbeddings, 4);
        std::printf("  opponents of all %zu errors over 60k: %.3f s (strongest %.4g)\n",
                    errors.size(), since(t), ranked.opponentScores.at(0));
        std::printf("  TOTAL last layer (gradients + Arnoldi + embeddings + K-means): %.3f s\n",
                    lastTotal + clusterS);

        if (runBlock) {
            s.layers = "block";
            s.hessianSubset = blockSubset;
            s.arnoldiDim = blockP;
            s.embeddingDim = std::min(s.embeddingDim, blockP);
            std::printf("\nlast block + head: P %d, D %d, Hessian subset %d, %zu val embedded\n",
                        s.arnoldiDim, s.embeddingDim, s.hessianSubset, val.size());
            { // Side by side: the R-operator product small-cnn uses vs double backward.
                const fl::influence::BlockInfluence bi(model, d);
                const auto subset = fl::influence::chooseHessianSubset(train, s);
                Eigen::VectorXd v = Eigen::VectorXd::Random(bi.paramCount()), a, b;
                auto t0 = Clock::now();
                const auto rop = bi.rOperatorHessian(subset);
                const double ropSetup = since(t0);
                t0 = Clock::now();
                for (int i = 0; i < 3; ++i)
                    rop(v, a);
                const double ropEach = since(t0) / 3;
                t0 = Clock::now();
                const auto ag = bi.autogradHessianOperator(subset, 250, true);
                const double agSetup = since(t0);
                t0 = Clock::now();
                for (int i = 0; i < 3; ++i)
                    ag(v, b);
                const double agEach = since(t0) / 3;
                std::printf("  HVP over %zu examples: R-operator %.3f s each (set-up %.2f s), "
                            "double backward %.3f s each (set-up %.2f s): %.1fx; rel. diff %.2g\n",
                            subset.size(), ropEach, ropSetup, agEach, agSetup, agEach / ropEach,
                            (a - b).norm() / b.norm());
            }
            t = Clock::now();
            const auto block = fl::influence::computeInfluence(model, d, val, train, false, s);
            const double blockTotal = since(t);
            std::printf("  |θ| %lld, Arnoldi %d iterations%s, D' %lld, λ_max %.4g\n",
                        (long long)block.paramCount, block.iterations,
                        block.stoppedEarly ? " (stopped early)" : "",
                        (long long)block.eigenvalues.size(), block.eigenvalues(0));
            std::printf("  first-order graphs %.1f s, Arnoldi (HVPs) %.1f s, embeddings %.1f s\n",
                        block.seconds.at("gradients"), block.seconds.at("arnoldi"),
                        block.seconds.at("embeddings"));
            const double c2 = clusterAndReport(block.evalEmbeddings, ok);
            std::printf("  TOTAL last block + head: %.1f s\n", blockTotal + c2);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_influence: %s\n", e.what());
        return 1;
    }
    return 0;
}
