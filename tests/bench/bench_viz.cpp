// Barlow's feature views on Fashion-MNIST: the feature attack of one feature (500 iterations on
// the 6 most activating validation images, 28×28, one batch) and their heatmaps.
// Usage: bench_viz --extractor R.flmodel [--threads N] [--iterations 500] [--feature J]
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/viz/feature_views.h"
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    std::string extractor;
    int threads = 0, iterations = 500, feature = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--extractor") == 0)
            extractor = argv[i + 1];
        else if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--iterations") == 0)
            iterations = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--feature") == 0)
            feature = std::atoi(argv[i + 1]);
    }
    if (extractor.empty()) {
        std::fprintf(stderr, "bench_viz: --extractor R.flmodel is required\n");
        return 1;
    }
    try {
        fl::nn::setComputeThreads(threads);
        const auto d = fl::data::loadNamedDataset("fashion-mnist");
        const auto model = fl::nn::Classifier::open(extractor);
        const auto val = fl::nn::splitIndices(d, fl::data::Split::Val);
        fl::nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        const auto x = fl::nn::infer(model, d, val, io).embeddings;
        std::vector<std::int64_t> rows(val.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = std::int64_t(i);
        std::vector<std::int64_t> top;
        for (auto r : fl::viz::mostActivating(x, rows, feature, 6))
            top.push_back(val[std::size_t(r)]);
        std::printf("bench_viz threads=%d extractor=%s feature=%d\n", fl::nn::computeThreads(),
                    extractor.c_str(), feature);
        const auto t0 = std::chrono::steady_clock::now();
        const auto heat = fl::viz::featureHeatmaps(model, d, top, feature);
        const double heatSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        fl::viz::FeatureAttackOptions o;
        o.iterations = iterations;
        const auto a = fl::viz::featureAttack(model, d, top, feature, o);
        std::printf("  heatmaps of 6 images: %.4f s\n", heatSeconds);
        std::printf("  feature attack, %d iterations on 6 images: %.3f s; feature %.3f → %.3f "
                    "(first image)\n",
                    iterations, a.seconds, a.before[0], a.after[0]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_viz: %s\n", e.what());
        return 1;
    }
    return 0;
}
