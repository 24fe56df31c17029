// The built-in networks: small-cnn (fast on a CPU, Fashion-MNIST in about a minute), a pooled
// CNN (Barlow's robust extractor) and a small residual net. All expose trunk → embed → head so
// inference gets logits, embeddings and feature maps from one pass.
#include "core/common/error.h"
#include "core/nn/classifier_impl.h"

namespace fl::nn {
namespace {

namespace tnn = torch::nn;

// conv(32) → ReLU → pool → conv(64) → ReLU [feature maps] → pool → FC 128 → ReLU [h] → head.
// Same-padding keeps the maps at H/2 × W/2, large enough for class-activation heatmaps.
struct SmallCnn : BuiltInNetImpl {
    static constexpr int kEmbedding = 128;
    tnn::Conv2d conv1{nullptr}, conv2{nullptr};
    tnn::Linear fc{nullptr};

    explicit SmallCnn(const ModelSpec& s) {
        if (s.height < 4 || s.width < 4)
            throwBadInput("small-cnn needs images of at least 4×4 pixels, got " +
                          std::to_string(s.height) + "×" + std::to_string(s.width));
        conv1 = register_module("conv1",
                                tnn::Conv2d(tnn::Conv2dOptions(s.inChannels, 32, 3).padding(1)));
        conv2 = register_module("conv2", tnn::Conv2d(tnn::Conv2dOptions(32, 64, 3).padding(1)));
        const int flat = 64 * (s.height / 4) * (s.width / 4);
        fc = register_module("fc", tnn::Linear(flat, kEmbedding));
        head = register_module("head", tnn::Linear(kEmbedding, s.numClasses));
    }
    torch::Tensor trunk(const torch::Tensor& x) override {
        auto y = torch::max_pool2d(torch::relu(conv1->forward(x)), 2);
        return torch::relu(conv2->forward(y));
    }
    torch::Tensor embed(const torch::Tensor& maps) override {
        return torch::relu(fc->forward(torch::max_pool2d(maps, 2).flatten(1)));
    }
};

// conv(32) → pool → conv(64) → pool → conv(128) [feature maps] → global average pool [h] → head.
// Barlow's robust extractor (METHODS.md §2): h is the GAP of the last maps, so feature j IS
// channel j and its CAM heatmap means something; ~5× cheaper than resnet, which is what lets
// L2-PGD training fit in minutes on a 2-core CPU.
struct PooledCnn : BuiltInNetImpl {
    static constexpr int kEmbedding = 128;
    tnn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};

    explicit PooledCnn(const ModelSpec& s) {
        if (s.height < 4 || s.width < 4)
            throwBadInput("pooled-cnn needs images of at least 4×4 pixels, got " +
                          std::to_string(s.height) + "×" + std::to_string(s.width));
        conv1 = register_module("conv1",
                                tnn::Conv2d(tnn::Conv2dOptions(s.inChannels, 32, 3).padding(1)));
        conv2 = register_module("conv2", tnn::Conv2d(tnn::Conv2dOptions(32, 64, 3).padding(1)));
        conv3 =
            register_module("conv3", tnn::Conv2d(tnn::Conv2dOptions(64, kEmbedding, 3).padding(1)));
        head = register_module("head", tnn::Linear(kEmbedding, s.numClasses));
    }
    torch::Tensor trunk(const torch::Tensor& x) override {
        auto y = torch::max_pool2d(torch::relu(conv1->forward(x)), 2);
        y = torch::max_pool2d(torch::relu(conv2->forward(y)), 2);
        return torch::relu(conv3->forward(y));
    }
    torch::Tensor embed(const torch::Tensor& maps) override { return maps.mean({2, 3}); }
};

// conv3×3 → BN → ReLU → conv3×3 → BN, plus the (projected) input, → ReLU.
struct BasicBlock : tnn::Module {
    tnn::Conv2d c1{nullptr}, c2{nullptr}, proj{nullptr};
    tnn::BatchNorm2d b1{nullptr}, b2{nullptr}, projBn{nullptr};

    BasicBlock(int in, int out, int stride) {
        c1 = register_module(
            "c1",
            tnn::Conv2d(tnn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
        b1 = register_module("b1", tnn::BatchNorm2d(out));
        c2 = register_module("c2",
                             tnn::Conv2d(tnn::Conv2dOptions(out, out, 3).padding(1).bias(false)));
        b2 = register_module("b2", tnn::BatchNorm2d(out));
        if (stride != 1 || in != out) {
            proj = register_module(
                "proj", tnn::Conv2d(tnn::Conv2dOptions(in, out, 1).stride(stride).bias(false)));
            projBn = register_module("proj_bn", tnn::BatchNorm2d(out));
        }
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto y = torch::relu(b1->forward(c1->forward(x)));
        y = b2->forward(c2->forward(y));
        auto shortcut = proj ? projBn->forward(proj->forward(x)) : x;
        return torch::relu(y + shortcut);
    }
};

// stem 32 → block 32 → block 64 (/2) → block 128 (/2) [feature maps] → global average pool [h]
// → head. Wider than deep: three blocks are what a CPU trains in minutes on 28×28 images.
struct SmallResNet : BuiltInNetImpl {
    static constexpr int kEmbedding = 128;
    tnn::Conv2d stem{nullptr};
    tnn::BatchNorm2d stemBn{nullptr};
    std::shared_ptr<BasicBlock> l1, l2, l3;

    explicit SmallResNet(const ModelSpec& s) {
        if (s.height < 4 || s.width < 4)
            throwBadInput("resnet needs images of at least 4×4 pixels");
        stem = register_module(
            "stem", tnn::Conv2d(tnn::Conv2dOptions(s.inChannels, 32, 3).padding(1).bias(false)));
        stemBn = register_module("stem_bn", tnn::BatchNorm2d(32));
        l1 = register_module("layer1", std::make_shared<BasicBlock>(32, 32, 1));
        l2 = register_module("layer2", std::make_shared<BasicBlock>(32, 64, 2));
        l3 = register_module("layer3", std::make_shared<BasicBlock>(64, kEmbedding, 2));
        head = register_module("head", tnn::Linear(kEmbedding, s.numClasses));
    }
    torch::Tensor trunk(const torch::Tensor& x) override {
        auto y = torch::relu(stemBn->forward(stem->forward(x)));
        return l3->forward(l2->forward(l1->forward(y)));
    }
    torch::Tensor embed(const torch::Tensor& maps) override { return maps.mean({2, 3}); }
};

} // namespace

std::vector<std::string> builtInArchitectures() {
    return {"small-cnn", "pooled-cnn", "resnet"};
}

int builtInEmbeddingDim(const std::string& arch) {
    if (arch == "small-cnn")
        return SmallCnn::kEmbedding;
    if (arch == "pooled-cnn")
        return PooledCnn::kEmbedding;
    if (arch == "resnet")
        return SmallResNet::kEmbedding;
    throwBadInput("unknown architecture '" + arch + "' (built-in: small-cnn, pooled-cnn, resnet)");
}

double builtInForwardFlops(const ModelSpec& s) {
    const double hw = double(s.height) * s.width;
    auto conv = [](double outPixels, int in, int out, int k) {
        return outPixels * in * out * k * k;
    };
    double macs = 0;
    if (s.arch == "small-cnn") {
        const double h2 = double(s.height / 2) * (s.width / 2);
        macs = conv(hw, s.inChannels, 32, 3) + conv(h2, 32, 64, 3) +
               64.0 * (s.height / 4) * (s.width / 4) * SmallCnn::kEmbedding +
               double(SmallCnn::kEmbedding) * s.numClasses;
    } else if (s.arch == "pooled-cnn") {
        const double h2 = double(s.height / 2) * (s.width / 2);
        const double h4 = double(s.height / 4) * (s.width / 4);
        macs = conv(hw, s.inChannels, 32, 3) + conv(h2, 32, 64, 3) +
               conv(h4, 64, PooledCnn::kEmbedding, 3) +
               double(PooledCnn::kEmbedding) * s.numClasses;
    } else if (s.arch == "resnet") {
        // Stride-2 3×3 convolutions with padding 1 give ceil(size / 2).
        const int h2 = (s.height + 1) / 2, w2 = (s.width + 1) / 2;
        const int h4 = (h2 + 1) / 2, w4 = (w2 + 1) / 2;
        const double p2 = double(h2) * w2, p4 = double(h4) * w4;
        macs = conv(hw, s.inChannels, 32, 3) + 2 * conv(hw, 32, 32, 3) + conv(p2, 32, 64, 3) +
               conv(p2, 64, 64, 3) + conv(p2, 32, 64, 1) + conv(p4, 64, 128, 3) +
               conv(p4, 128, 128, 3) + conv(p4, 64, 128, 1) +
               double(SmallResNet::kEmbedding) * s.numClasses;
    } else {
        throwBadInput("unknown architecture '" + s.arch +
                      "' (built-in: small-cnn, pooled-cnn, resnet)");
    }
    return 2.0 * macs;
}

std::shared_ptr<BuiltInNetImpl> makeNetwork(const ModelSpec& spec) {
    if (spec.inChannels <= 0 || spec.numClasses <= 0)
        throwBadInput("model spec needs positive channels and class count, got channels " +
                      std::to_string(spec.inChannels) + ", classes " +
                      std::to_string(spec.numClasses));
    if (spec.arch == "small-cnn")
        return std::make_shared<SmallCnn>(spec);
    if (spec.arch == "pooled-cnn")
        return std::make_shared<PooledCnn>(spec);
    if (spec.arch == "resnet")
        return std::make_shared<SmallResNet>(spec);
    throwBadInput("unknown architecture '" + spec.arch +
                  "' (built-in: small-cnn, pooled-cnn, resnet)");
}

} // namespace fl::nn
