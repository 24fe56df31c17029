// Barlow's feature views: heatmaps from the inference pass's maps resized by OpenCV, and the
// feature attack as a torch loop over the input with gradients to it alone.
#include "core/viz/feature_views.h"
#include "core/common/error.h"
#include "core/nn/classifier_impl.h"
#include "core/nn/inference.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <torch/autograd.h>

namespace fl::viz {

std::vector<std::int64_t> mostActivating(const nn::MatrixRM& features,
                                         const std::vector<std::int64_t>& rows, int j, int n) {
    if (j < 0 || j >= features.cols())
        throwBadInput("feature " + std::to_string(j) + " is not one of the " +
                      std::to_string(features.cols()) + " features");
    std::vector<std::int64_t> order = rows;
    const auto take = std::min<std::size_t>(std::size_t(std::max(n, 0)), order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(take), order.end(),
                      [&](std::int64_t a, std::int64_t b) {
                          const float fa = features(a, j), fb = features(b, j);
                          return fa != fb ? fa > fb : a < b;
                      });
    order.resize(take);
    return order;
}

std::vector<Heatmap> featureHeatmaps(const nn::Classifier& model, const data::Dataset& d,
                                     const std::vector<std::int64_t>& positions, int j,
                                     const CancelToken& cancel) {
    model.requireFeatureMaps("feature heatmaps");
    nn::InferenceOptions o;
    o.wantLogits = false;
    o.wantFeatureMaps = true;
    const auto r = nn::infer(model, d, positions, o, {}, cancel);
    std::vector<Heatmap> out;
    if (positions.empty())
        return out;
    const auto k = r.featureMapShape[1], mh = r.featureMapShape[2], mw = r.featureMapShape[3];
    if (j < 0 || j >= k)
        throwBadInput("feature " + std::to_string(j) +
                      " is not a channel of the last feature "
                      "maps (" +
                      std::to_string(k) + " channels)");
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const float* m = r.featureMaps.data() + (std::int64_t(i) * k + j) * mh * mw;
        cv::Mat map(int(mh), int(mw), CV_32F);
        std::copy_n(m, mh * mw, map.ptr<float>());
        double lo = 0, hi = 0;
        cv::minMaxLoc(map, &lo, &hi);
        if (hi > 0)
            map /= hi;
        else
            map.setTo(0.0f); // a dead channel (post-ReLU zeros) shows nothing, not noise
        cv::Mat big;
        cv::resize(map, big, cv::Size(d.width, d.height), 0, 0, cv::INTER_LINEAR);
        Heatmap h;
        h.height = d.height;
        h.width = d.width;
        h.values.assign(big.ptr<float>(), big.ptr<float>() + std::size_t(d.height) * d.width);
        for (float& v : h.values)
            v = std::clamp(v, 0.0f, 1.0f);
        out.push_back(std::move(h));
    }
    return out;
}

std::vector<std::uint8_t> toRgb(const float* image, int channels, int height, int width) {
    const std::size_t hw = std::size_t(height) * width;
    std::vector<std::uint8_t> rgb(hw * 3);
    for (std::size_t p = 0; p < hw; ++p)
        for (int c = 0; c < 3; ++c) {
            const float v = image[std::size_t(channels == 3 ? c : 0) * hw + p];
            rgb[p * 3 + std::size_t(c)] =
                std::uint8_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
        }
    return rgb;
}

std::vector<std::uint8_t> overlayJet(const float* image, int channels, const Heatmap& heat,
                                     double opacity) {
    auto rgb = toRgb(image, channels, heat.height, heat.width);
    cv::Mat grey(heat.height, heat.width, CV_8U);
    for (std::size_t p = 0; p < heat.values.size(); ++p)
        grey.data[p] = std::uint8_t(std::lround(std::clamp(heat.values[p], 0.0f, 1.0f) * 255.0f));
    cv::Mat jet; // BGR
    cv::applyColorMap(grey, jet, cv::COLORMAP_JET);
    const double a = std::clamp(opacity, 0.0, 1.0);
    for (std::size_t p = 0; p < heat.values.size(); ++p)
        for (int c = 0; c < 3; ++c) {
            const double h = jet.data[p * 3 + std::size_t(2 - c)];
            auto& v = rgb[p * 3 + std::size_t(c)];
            v = std::uint8_t(std::lround((1 - a) * v + a * h));
        }
    return rgb;
}

double FeatureAttackOptions::effectiveStepSize(int c, int h, int w) const {
    return stepSize > 0 ? stepSize : std::sqrt(double(c) * h * w / 150528.0);
}

FeatureAttack featureAttack(const nn::Classifier& model, const data::Dataset& d,
                            const std::vector<std::int64_t>& positions, int j,
                            const FeatureAttackOptions& o, const Progress& progress,
                            const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    model.requireFeatures("the feature attack");
    if (o.iterations < 0)
        throwBadInput("the feature attack needs a non-negative number of iterations");
    if (j < 0 || (model.embeddingDim() > 0 && j >= model.embeddingDim()))
        throwBadInput("feature " + std::to_string(j) + " is not one of the model's " +
                      std::to_string(model.embeddingDim()) + " features");
    const auto& impl = model.impl();
    impl.checkInputShape(d.channels, d.height, d.width);
    FeatureAttack out;
    if (positions.empty())
        return out;
    impl.setTraining(false);
    const double alpha = o.effectiveStepSize(d.channels, d.height, d.width);
    const auto x0 =
        nn::gatherImages(d, positions.data(), std::int64_t(positions.size())).to(impl.device);
    auto feature = [&](const torch::Tensor& x) {
        return impl.run(impl.toInput(x), false, true, false).features.select(1, j);
    };
    {
        torch::NoGradGuard g;
        const auto f = feature(x0).to(torch::kCPU).contiguous();
        out.before.assign(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
    }
    torch::Tensor x = x0.clone();
    const auto norms = [](const torch::Tensor& t) {
        return t.flatten(1).norm(2, 1).clamp_min(1e-12).view({-1, 1, 1, 1});
    };
    for (int it = 0; it < o.iterations; ++it) {
        cancel.throwIfCancelled();
        x = x.detach().requires_grad_(true);
        // Summed over the batch: each image's gradient is its own feature's.
        const auto grad = torch::autograd::grad({feature(x).sum()}, {x})[0];
        torch::NoGradGuard g;
        auto next = x + alpha * grad / norms(grad);
        if (o.epsilon > 0) {
            const auto delta = next - x0;
            next = x0 + delta * (o.epsilon / norms(delta)).clamp_max(1.0);
        }
        x = next.clamp(0.0, 1.0);
        if ((it + 1) % 25 == 0 || it + 1 == o.iterations)
            progress.report(double(it + 1) / o.iterations, "feature attack " +
                                                               std::to_string(it + 1) + "/" +
                                                               std::to_string(o.iterations));
    }
    torch::NoGradGuard g;
    x = x.detach();
    const auto f = feature(x).to(torch::kCPU).contiguous();
    out.after.assign(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
    const auto cpu = x.to(torch::kCPU).contiguous();
    out.images.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace fl::viz
