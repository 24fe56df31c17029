// Torch side of BetaVae, shared by core/generative's .cpp files only (identification decodes on
// the VAE's device without copying through the CPU). Never include it from a public header.
#pragma once
#include "core/generative/beta_vae.h"
#include <torch/nn.h>

namespace fl::generative {

namespace tnn = torch::nn;
constexpr int kVaeChannels = 32; // the paper's conv width
constexpr int kVaeHidden = 256;  // the paper's FC width

inline int roundUpTo8(int v) {
    return (v + 7) / 8 * 8;
}

// Three stride-2 convs halve the image three times, so it is zero-padded to a multiple of 8
// (MNIST's 28 → 32, the size the β-VAE architecture was designed for) and the decoder's output
// is cropped back.
struct VaeNet : tnn::Module {
    int c, h, w, hp, wp, z;
    tnn::Conv2d e1{nullptr}, e2{nullptr}, e3{nullptr};
    tnn::Linear e4{nullptr}, e5{nullptr}, e6{nullptr};
    tnn::Linear d1{nullptr}, d2{nullptr}, d3{nullptr};
    tnn::ConvTranspose2d d4{nullptr}, d5{nullptr}, d6{nullptr};

    VaeNet(int channels, int height, int width, int latent)
        : c(channels), h(height), w(width), hp(roundUpTo8(height)), wp(roundUpTo8(width)),
          z(latent) {
        const auto conv = [](int in, int out) {
            return tnn::Conv2d(tnn::Conv2dOptions(in, out, 4).stride(2).padding(1));
        };
        const auto deconv = [](int in, int out) {
            return tnn::ConvTranspose2d(
                tnn::ConvTranspose2dOptions(in, out, 4).stride(2).padding(1));
        };
        const int flat = kVaeChannels * (hp / 8) * (wp / 8);
        e1 = register_module("e1", conv(c, kVaeChannels));
        e2 = register_module("e2", conv(kVaeChannels, kVaeChannels));
        e3 = register_module("e3", conv(kVaeChannels, kVaeChannels));
        e4 = register_module("e4", tnn::Linear(flat, kVaeHidden));
        e5 = register_module("e5", tnn::Linear(kVaeHidden, kVaeHidden));
        e6 = register_module("e6", tnn::Linear(kVaeHidden, 2 * z));
        d1 = register_module("d1", tnn::Linear(z, kVaeHidden));
        d2 = register_module("d2", tnn::Linear(kVaeHidden, kVaeHidden));
        d3 = register_module("d3", tnn::Linear(kVaeHidden, flat));
        d4 = register_module("d4", deconv(kVaeChannels, kVaeChannels));
        d5 = register_module("d5", deconv(kVaeChannels, kVaeChannels));
        d6 = register_module("d6", deconv(kVaeChannels, c));
    }

    int padTop() const { return (hp - h) / 2; }
    int padLeft() const { return (wp - w) / 2; }

    // μ and log σ² of q(z | x), each N×z.
    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor& x) {
        auto y = torch::constant_pad_nd(
            x, {padLeft(), wp - w - padLeft(), padTop(), hp - h - padTop()}, 0.0);
        y = torch::relu(e1->forward(y));
        y = torch::relu(e2->forward(y));
        y = torch::relu(e3->forward(y)).flatten(1);
        y = torch::relu(e4->forward(y));
        y = torch::relu(e5->forward(y));
        auto stats = e6->forward(y);
        return {stats.narrow(1, 0, z), stats.narrow(1, z, z)};
    }

    // Pixel logits N×C×H×W (sigmoid gives the image).
    torch::Tensor decodeLogits(const torch::Tensor& codes) {
        auto y = torch::relu(d1->forward(codes));
        y = torch::relu(d2->forward(y));
        y = torch::relu(d3->forward(y)).view({-1, kVaeChannels, hp / 8, wp / 8});
        y = torch::relu(d4->forward(y));
        y = torch::relu(d5->forward(y));
        y = d6->forward(y);
        return y.narrow(2, padTop(), h).narrow(3, padLeft(), w);
    }
};

struct BetaVae::Impl {
    std::shared_ptr<VaeNet> net;
    torch::Device device{torch::kCPU};
    std::map<std::string, std::string> settings;
    std::vector<VaeEpoch> curve;
    std::string sourcePath;
    std::uint64_t seed = 0;
};

} // namespace fl::generative
