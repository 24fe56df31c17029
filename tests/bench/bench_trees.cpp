// Barlow's failure analysis at the size: all 10 classes, both groupings, depth 3, top-20
// features by mutual information, on 5 000 examples × 64 synthetic features (half-rectified, like
// pooled activations, about 10% errors), or with --extractor E --model M on the real thing: E's
// features of the Fashion-MNIST validation split and M's predictions. --dump DIR writes the
// arrays for tests/bench/reference_barlow_sklearn.py, which times python3-sklearn on them.
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/trees/failure_analysis.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

int main(int argc, char** argv) {
    std::string dump, extractor, model;
    int threads = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--dump") == 0)
            dump = argv[i + 1];
        else if (std::strcmp(argv[i], "--extractor") == 0)
            extractor = argv[i + 1];
        else if (std::strcmp(argv[i], "--model") == 0)
            model = argv[i + 1];
        else if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::atoi(argv[i + 1]);
    }
    fl::nn::setComputeThreads(threads);
    int n = 5000, d = 64;
    const int classes = 10;
    fl::trees::MatrixRM x(n, d);
    std::vector<int> labels(n), predictions(n);
    if (!extractor.empty() && !model.empty()) {
        const auto data = fl::data::loadNamedDataset("fashion-mnist");
        const auto val = fl::nn::splitIndices(data, fl::data::Split::Val);
        fl::nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        x = fl::nn::infer(fl::nn::Classifier::open(extractor), data, val, io).embeddings;
        predictions = fl::nn::infer(fl::nn::Classifier::open(model), data, val).predictions;
        n = int(x.rows());
        d = int(x.cols());
        labels.resize(std::size_t(n));
        for (int i = 0; i < n; ++i)
            labels[std::size_t(i)] = data.labels[std::size_t(val[std::size_t(i)])];
        std::printf("real features: %s on the %d validation examples, predictions of %s\n",
                    extractor.c_str(), n, model.c_str());
    }
    std::mt19937 rng(3);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    for (int i = 0; i < n && extractor.empty(); ++i) {
        for (int f = 0; f < d; ++f)
            x(i, f) = std::max(0.0f, normal(rng) + 0.3f);
        labels[std::size_t(i)] = i % classes;
        // Errors where two features are high, and a few at random.
        const bool wrong = (x(i, labels[std::size_t(i)]) > 1.2f && u(rng) < 0.6f) || u(rng) < 0.04f;
        predictions[std::size_t(i)] =
            wrong ? (labels[std::size_t(i)] + 1) % classes : labels[std::size_t(i)];
    }
    if (!dump.empty()) {
        std::ofstream(dump + "/x.f32", std::ios::binary)
            .write(reinterpret_cast<const char*>(x.data()), std::streamsize(x.size() * 4));
        std::vector<std::int32_t> l(labels.begin(), labels.end()),
            p(predictions.begin(), predictions.end());
        std::ofstream(dump + "/labels.i32", std::ios::binary)
            .write(reinterpret_cast<const char*>(l.data()), std::streamsize(l.size() * 4));
        std::ofstream(dump + "/predictions.i32", std::ios::binary)
            .write(reinterpret_cast<const char*>(p.data()), std::streamsize(p.size() * 4));
    }
    std::printf("threads %d\n", fl::nn::computeThreads());
    double total = 0;
    for (bool byPrediction : {false, true}) {
        fl::trees::FailureOptions o;
        o.byPrediction = byPrediction;
        o.depth = 3;
        o.topK = 20;
        double best = 1e9;
        std::vector<fl::trees::ClassFailures> r;
        for (int rep = 0; rep < 3; ++rep) {
            const auto t0 = std::chrono::steady_clock::now();
            r = fl::trees::analyseFailures(x, labels, predictions, classes, o);
            best = std::min(
                best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
        std::printf("%s grouping, depth 3, top-20 of %d features, %d examples, %d classes: %.3f s "
                    "(best of 3), valid top leaves %.2f\n",
                    byPrediction ? "prediction" : "label", d, n, classes, best,
                    fl::trees::validTopLeafShare(r));
        total += best;
    }
    std::printf("both groupings: %.3f s\n", total);
}
