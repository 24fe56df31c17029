// identifyMistakes(): images in groups sized so one group's Q draws fill a decode batch; noise
// per image from its own generator, decode and classify on the models' devices, and per image
// the mistakes with the smallest noise kept.
#include "core/generative/identification.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/beta_vae_impl.h"
#include "core/nn/classifier_impl.h"
#include <ATen/CPUGeneratorImpl.h>
#include <algorithm>
#include <chrono>
#include <numeric>
#include <sstream>

namespace fl::generative {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

torch::Tensor betaTensor(std::int64_t n, int z, double a, double b, std::uint64_t seed) {
    at::Generator gen = at::detail::createCPUGenerator(seed);
    auto ga = at::_standard_gamma(torch::full({n, z}, a, torch::kFloat64), gen);
    auto gb = at::_standard_gamma(torch::full({n, z}, b, torch::kFloat64), gen);
    return (ga / (ga + gb)).to(torch::kFloat32);
}

} // namespace

std::map<std::string, std::string> IdentificationOptions::toSettings() const {
    return {{"draws", std::to_string(draws)},
            {"keep_per_image", std::to_string(keepPerImage)},
            {"beta_a", number(betaA)},
            {"beta_b", number(betaB)},
            {"noise", centred ? "centred" : "non-centred"},
            {"identification_seed", std::to_string(seed)}};
}

MatrixRM betaNoise(std::int64_t n, int z, double a, double b, std::uint64_t seed) {
    auto t = betaTensor(n, z, a, b, seed).contiguous();
    MatrixRM out(n, z);
    std::copy_n(t.data_ptr<float>(), t.numel(), out.data());
    return out;
}

MatrixRM imageNoise(const IdentificationOptions& o, std::int64_t position, int z) {
    MatrixRM e = betaNoise(o.draws, z, o.betaA, o.betaB, mixSeed(o.seed, std::uint64_t(position)));
    if (o.centred)
        e.array() -= float(o.betaA / (o.betaA + o.betaB));
    return e;
}

std::vector<int> classifyImages(const nn::Classifier& model, const std::vector<float>& images,
                                int channels, int height, int width) {
    const auto& impl = model.impl();
    impl.checkInputShape(channels, height, width);
    const std::int64_t size = std::int64_t(channels) * height * width;
    const std::int64_t n = size > 0 ? std::int64_t(images.size()) / size : 0;
    torch::NoGradGuard noGrad;
    std::vector<int> out;
    out.reserve(std::size_t(n));
    constexpr std::int64_t kBatch = 512;
    for (std::int64_t from = 0; from < n; from += kBatch) {
        const std::int64_t cnt = std::min(kBatch, n - from);
        auto x = torch::from_blob(const_cast<float*>(images.data()) + from * size,
                                  {cnt, channels, height, width}, torch::kFloat32);
        auto pred = impl.logits(impl.toInput(x)).argmax(1).to(torch::kCPU);
        for (std::int64_t i = 0; i < cnt; ++i)
            out.push_back(int(pred[i].item<std::int64_t>()));
    }
    return out;
}

FoundMistakes identifyMistakes(const BetaVae& vae, const nn::Classifier& model,
                               const data::Dataset& d, const std::vector<std::int64_t>& positions,
                               const IdentificationOptions& o, const Progress& progress,
                               const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    if (o.draws < 1 || o.keepPerImage < 1 || o.batchSize < 1)
        throwBadInput("identification needs at least one draw, one kept code and a batch of one");
    if (!(o.betaA > 0) || !(o.betaB > 0))
        throwBadInput("identification's Beta(a, b) noise needs a > 0 and b > 0, got a = " +
                      number(o.betaA) + ", b = " + number(o.betaB));
    if (d.channels != vae.channels() || d.height != vae.height() || d.width != vae.width())
        throwBadInput("the β-VAE was trained on " + std::to_string(vae.channels()) + "×" +
                      std::to_string(vae.height()) + "×" + std::to_string(vae.width()) +
                      " images; dataset '" + d.name + "' has " + std::to_string(d.channels) + "×" +
                      std::to_string(d.height) + "×" + std::to_string(d.width));
    const auto& mimpl = model.impl();
    mimpl.checkInputShape(d.channels, d.height, d.width);
    nn::checkLabels(d, positions, model.numClasses());
    auto& net = *vae.impl().net;
    const torch::Device vdev = vae.impl().device;
    const int z = vae.latent();
    const double shift = o.centred ? o.betaA / (o.betaA + o.betaB) : 0.0;
    const std::int64_t perGroup = std::max<std::int64_t>(1, o.batchSize / o.draws);
    const auto n = std::int64_t(positions.size());

    FoundMistakes found;
    std::vector<float> codes;
    torch::NoGradGuard noGrad;
    for (std::int64_t from = 0; from < n; from += perGroup) {
        if (cancel.cancelled()) {
            found.stoppedEarly = true;
            break;
        }
        const std::int64_t cnt = std::min(perGroup, n - from);
        auto x = nn::gatherImages(d, positions.data() + from, cnt).to(vdev);
        auto mu = net.encode(x).first; // cnt×z
        std::vector<torch::Tensor> eps;
        for (std::int64_t i = 0; i < cnt; ++i)
            eps.push_back(
                betaTensor(o.draws, z, o.betaA, o.betaB,
                           mixSeed(o.seed, std::uint64_t(positions[std::size_t(from + i)]))) -
                float(shift));
        auto noise = torch::stack(eps).to(vdev);                        // cnt×Q×z
        auto code = (mu.unsqueeze(1) + noise).view({cnt * o.draws, z}); // (cnt·Q)×z
        auto images = torch::sigmoid(net.decodeLogits(code));
        auto pred = mimpl.logits(mimpl.toInput(images)).argmax(1).to(torch::kCPU);
        auto codeCpu = code.to(torch::kCPU).contiguous();
        auto norms = noise.view({cnt * o.draws, z}).norm(2, 1).to(torch::kCPU).contiguous();
        const auto* pp = pred.data_ptr<std::int64_t>();
        const auto* cp = codeCpu.data_ptr<float>();
        const auto* np = norms.data_ptr<float>();
        for (std::int64_t i = 0; i < cnt; ++i) {
            const std::int64_t pos = positions[std::size_t(from + i)];
            const int label = d.labels[std::size_t(pos)];
            std::vector<std::int64_t> wrong;
            for (std::int64_t q = 0; q < o.draws; ++q)
                if (pp[i * o.draws + q] != label)
                    wrong.push_back(i * o.draws + q);
            // The paper keeps the mistakes closest to the image: smallest ‖ε‖ (ties by draw).
            std::stable_sort(wrong.begin(), wrong.end(),
                             [&](std::int64_t a, std::int64_t b) { return np[a] < np[b]; });
            if (std::int64_t(wrong.size()) > o.keepPerImage)
                wrong.resize(std::size_t(o.keepPerImage));
            if (!wrong.empty())
                ++found.imagesWithMistakes;
            for (auto r : wrong) {
                codes.insert(codes.end(), cp + r * z, cp + (r + 1) * z);
                found.sources.push_back(pos);
                found.labels.push_back(label);
                found.predictions.push_back(int(pp[r]));
                found.noiseNorms.push_back(np[r]);
            }
        }
        found.imagesDone += cnt;
        found.decoded += cnt * o.draws;
        progress.report(double(found.imagesDone) / double(n),
                        std::to_string(found.imagesDone) + " of " + std::to_string(n) +
                            " images, " + std::to_string(found.sources.size()) + " mistakes found");
    }
    found.codes = Eigen::Map<const MatrixRM>(codes.data(), Eigen::Index(found.sources.size()), z);
    found.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return found;
}

} // namespace fl::generative
