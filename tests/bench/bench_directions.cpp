// Failure directions' SVMs at the size: all 10 classes of Fashion-MNIST with the C search
// (logspace(−6, 0, 7), 2-fold CV, refit), on E's features of the validation split whitened with
// the training split's statistics and M's predictions (--extractor E --model M), or on 5 000 × 64
// synthetic features. With --reference DIR the same arrays go to
// tests/bench/reference_directions_sklearn.py, timed in the same run, and the ratio is printed.
#include "core/data/named_datasets.h"
#include "core/directions/failure_directions.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <string>

using fl::directions::MatrixRM;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

template <class T> void write(const std::string& path, const T* data, std::size_t n) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(data), std::streamsize(n * sizeof(T)));
}

} // namespace

int main(int argc, char** argv) {
    std::string reference, extractor, model;
    int threads = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--reference") == 0)
            reference = argv[i + 1];
        else if (std::strcmp(argv[i], "--extractor") == 0)
            extractor = argv[i + 1];
        else if (std::strcmp(argv[i], "--model") == 0)
            model = argv[i + 1];
        else if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::atoi(argv[i + 1]);
    }
    fl::nn::setComputeThreads(threads);
    const int classes = 10;
    MatrixRM z;
    std::vector<int> labels, predictions;
    if (!extractor.empty() && !model.empty()) {
        const auto data = fl::data::loadNamedDataset("fashion-mnist");
        const auto val = fl::nn::splitIndices(data, fl::data::Split::Val);
        const auto train = fl::nn::splitIndices(data, fl::data::Split::Train);
        fl::nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        const auto e = fl::nn::Classifier::open(extractor);
        const auto w = fl::directions::fitWhitening(fl::nn::infer(e, data, train, io).embeddings);
        z = fl::directions::whitenAndNormalise(fl::nn::infer(e, data, val, io).embeddings, w);
        predictions = fl::nn::infer(fl::nn::Classifier::open(model), data, val).predictions;
        for (auto p : val)
            labels.push_back(data.labels[std::size_t(p)]);
        std::printf("real features: %s on the %lld validation examples (whitened with the %zu "
                    "training ones), predictions of %s\n",
                    extractor.c_str(), static_cast<long long>(z.rows()), train.size(),
                    model.c_str());
    } else {
        const int n = 5000, d = 64;
        std::mt19937 rng(3);
        std::normal_distribution<float> normal;
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        MatrixRM x(n, d);
        for (int i = 0; i < n; ++i) {
            for (int f = 0; f < d; ++f)
                x(i, f) = std::max(0.0f, normal(rng) + 0.3f);
            labels.push_back(i % classes);
            const bool wrong = (x(i, i % classes) > 1.2f && u(rng) < 0.6f) || u(rng) < 0.04f;
            predictions.push_back(wrong ? (i + 1) % classes : i % classes);
        }
        z = fl::directions::whitenAndNormalise(x, fl::directions::fitWhitening(x));
        std::printf("synthetic features: %d × %d\n", n, d);
    }
    fl::directions::DirectionOptions o;
    o.threads = fl::nn::computeThreads();
    std::printf("threads %d\n", o.threads);
    double best = 1e9, bestCpu = 1e9;
    std::vector<fl::directions::ClassDirection> r;
    for (int rep = 0; rep < 5; ++rep) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto c0 = std::clock();
        r = fl::directions::fitDirections(z, labels, predictions, classes, o);
        best = std::min(best, secondsSince(t0));
        bestCpu = std::min(bestCpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
    }
    // CPU time beside wall time: on a shared machine the wall time says little alone.
    std::printf("faultline: %d classes × %zu C × 2 folds + refit + out-of-fold on %lld × %lld: "
                "%.4f s wall, %.4f s CPU (best of 5)\n",
                classes, o.grid.size(), static_cast<long long>(z.rows()),
                static_cast<long long>(z.cols()), best, bestCpu);
    for (const auto& c : r)
        std::printf("  class %d: %s C %g strength %.6f%s\n", c.cls,
                    c.fitted ? "" : c.skipped.c_str(), c.choice.c, c.choice.score,
                    c.choice.atEdge ? " (at the grid's edge)" : "");
    if (reference.empty())
        return 0;
    write(reference + "/z.f32", z.data(), std::size_t(z.size()));
    std::vector<std::int32_t> l(labels.begin(), labels.end()),
        p(predictions.begin(), predictions.end());
    write(reference + "/labels.i32", l.data(), l.size());
    write(reference + "/predictions.i32", p.data(), p.size());
    std::string script = __FILE__;
    script = script.substr(0, script.find_last_of('/')) + "/reference_directions_sklearn.py";
    const std::string cmd =
        "/usr/bin/python3 " + script + " " + reference + " > " + reference + "/sklearn.txt";
    if (std::system(cmd.c_str()) != 0) {
        std::printf("the reference failed: %s\n", cmd.c_str());
        return 1;
    }
    std::ifstream in(reference + "/sklearn.txt");
    double sk = 0, skCpu = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::printf("%s\n", line.c_str());
        if (line.rfind("sklearn seconds ", 0) == 0)
            sk = std::atof(line.c_str() + 16);
        if (line.rfind("sklearn CPU seconds ", 0) == 0)
            skCpu = std::atof(line.c_str() + 20);
        if (line.rfind("class ", 0) == 0) {
            int c = 0;
            double cc = 0, s = 0;
            if (std::sscanf(line.c_str(), "class %d: C %lg strength %lg", &c, &cc, &s) == 3 &&
                c < classes && r[std::size_t(c)].fitted)
                std::printf("    same C: %s, |Δ strength| %.2e\n",
                            cc == r[std::size_t(c)].choice.c ? "yes" : "NO",
                            std::abs(s - r[std::size_t(c)].choice.score));
        }
    }
    if (sk > 0 && skCpu > 0)
        std::printf("ratio sklearn / faultline: %.1f× wall, %.1f× CPU\n", sk / best,
                    skCpu / bestCpu);
}
