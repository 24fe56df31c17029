// Inference throughput with embeddings over all 70 000 Fashion-MNIST images, beside the
// arithmetic floor (network FLOPs / measured sgemm GFLOP/s). Compare with reference_pytorch.py.
// Usage: bench_inference [--threads N] [--batch B] [--arch small-cnn|resnet]
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    int threads = 0, batch = 256;
    std::string arch = "small-cnn";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--batch"))
            batch = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--arch"))
            arch = argv[i + 1];
    }
    try {
        fl::nn::setComputeThreads(threads);
        const auto d = fl::data::loadNamedDataset("fashion-mnist");
        // Speed does not depend on the weights: a freshly initialised model is enough.
        const fl::nn::ModelSpec spec{arch, d.channels, d.height, d.width, d.numClasses()};
        auto model = fl::nn::Classifier::create(spec, 0);
        const auto idx = fl::nn::allIndices(d);
        fl::nn::InferenceOptions o;
        o.batchSize = batch;
        o.wantEmbeddings = true;
        fl::nn::infer(model, d, {idx.begin(), idx.begin() + 2 * batch}, o); // warm-up
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = fl::nn::infer(model, d, idx, o);
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

        const double gflops = fl::nn::matmulGflops(1024);
        const double flops = fl::nn::builtInForwardFlops(spec);
        const double floor = flops * double(idx.size()) / (gflops * 1e9);
        std::printf("bench_inference arch=%s device=%s threads=%d batch=%d n=%zu embeddings=%lld\n",
                    arch.c_str(), model.deviceName().c_str(), fl::nn::computeThreads(), batch,
                    idx.size(), static_cast<long long>(r.embeddings.cols()));
        std::printf("  inference: %.3f s, %.0f examples/s\n", s, double(idx.size()) / s);
        std::printf("  sgemm 1024^3: %.1f GFLOP/s; network %.2f MFLOP/image; arithmetic floor "
                    "%.3f s (measured/floor %.1fx)\n",
                    gflops, flops / 1e6, floor, s / floor);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_inference: %s\n", e.what());
        return 1;
    }
    return 0;
}
