// Training time per epoch on Fashion-MNIST (60 000 training images) and the test accuracy the
// model reaches. Usage: bench_train_epoch [--epochs E] [--threads N] [--batch B]
//   [--arch small-cnn|resnet] [--optimizer adam|sgd] [--lr X] [--adversarial 0|1] [--save PATH]
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    int threads = 0;
    std::string arch = "small-cnn", save;
    fl::nn::TrainOptions o;
    o.epochs = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--epochs")
            o.epochs = std::stoi(v);
        else if (k == "--threads")
            threads = std::stoi(v);
        else if (k == "--batch")
            o.batchSize = std::stoi(v);
        else if (k == "--arch")
            arch = v;
        else if (k == "--optimizer")
            o.optimizer = v;
        else if (k == "--lr")
            o.learningRate = std::stod(v);
        else if (k == "--adversarial")
            o.adversarial = v == "1";
        else if (k == "--save")
            save = v;
    }
    try {
        fl::nn::setComputeThreads(threads);
        const auto d = fl::data::loadNamedDataset("fashion-mnist");
        auto model = fl::nn::Classifier::create(
            {arch, d.channels, d.height, d.width, d.numClasses()}, o.seed);
        std::printf("bench_train_epoch arch=%s device=%s threads=%d batch=%d optimizer=%s "
                    "adversarial=%d\n",
                    arch.c_str(), model.deviceName().c_str(), fl::nn::computeThreads(), o.batchSize,
                    o.optimizer.c_str(), int(o.adversarial));
        const auto report = fl::nn::train(model, d, o);
        for (const auto& e : report.epochs)
            std::printf("  epoch %d: %.2f s, train loss %.4f, train accuracy %.4f\n", e.epoch,
                        e.seconds, e.loss, e.accuracy);
        std::printf("  training: %.2f s for %d epoch(s) of %lld examples\n", report.seconds,
                    o.epochs, static_cast<long long>(report.examples));
        // The whole 10 000-image test file (the loader marks half of it Val).
        auto eval = fl::nn::splitIndices(d, fl::data::Split::Test);
        const auto val = fl::nn::splitIndices(d, fl::data::Split::Val);
        eval.insert(eval.end(), val.begin(), val.end());
        const auto s = fl::nn::evaluate(model, d, eval);
        std::printf("  test accuracy (10k): %.4f, mean loss %.4f, inference %.2f s\n",
                    s.metrics.accuracy, s.meanLoss, s.inference.seconds);
        if (!save.empty())
            model.save(save);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_train_epoch: %s\n", e.what());
        return 1;
    }
    return 0;
}
