// The β-VAE network (3 strided 4×4 convs of 32 channels → FC 256 → FC 256 → 2z, mirrored by the
// decoder), its training loop with the linear KL anneal, save/load and the model cache.
#include "core/generative/beta_vae.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/beta_vae_impl.h"
#include "core/nn/classifier_impl.h"
#include "core/nn/device.h"
#include "core/nn/model_cache.h"
#include "core/nn/model_recipe.h"
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <torch/optim.h>
#include <torch/serialize.h>

namespace fl::generative {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kFormatVersion = 1;
constexpr const char* kMetaKey = "faultline_beta_vae_meta";

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

void checkShape(int channels, int height, int width, int latent) {
    if (channels < 1 || height < 4 || width < 4)
        throwBadInput("the β-VAE needs images of at least 1×4×4, got " + std::to_string(channels) +
                      "×" + std::to_string(height) + "×" + std::to_string(width));
    if (latent < 1 || latent > 4096)
        throwBadInput("the β-VAE's latent size must be 1..4096, got " + std::to_string(latent));
}

} // namespace

std::map<std::string, std::string> BetaVaeOptions::toSettings() const {
    std::map<std::string, std::string> s{{"latent", std::to_string(latent)},
                                         {"beta", number(beta)},
                                         {"kl_anneal_epochs", number(klAnnealEpochs)},
                                         {"epochs", std::to_string(epochs)},
                                         {"batch_size", std::to_string(batchSize)},
                                         {"learning_rate", number(learningRate)},
                                         {"seed", std::to_string(seed)}};
    if (!indices.empty())
        s["indices"] = std::to_string(indices.size()) + " positions";
    return s;
}

BetaVae::BetaVae(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BetaVae::BetaVae(BetaVae&&) noexcept = default;
BetaVae& BetaVae::operator=(BetaVae&&) noexcept = default;
BetaVae::~BetaVae() = default;

BetaVae BetaVae::create(int channels, int height, int width, int latent, std::uint64_t seed) {
    checkShape(channels, height, width, latent);
    auto impl = std::make_unique<Impl>();
    impl->seed = seed;
    {
        std::lock_guard lock(nn::torchSeedMutex());
        torch::manual_seed(seed);
        impl->net = std::make_shared<VaeNet>(channels, height, width, latent);
    }
    impl->net->eval();
    BetaVae v(std::move(impl));
    v.setDevice("auto");
    return v;
}

int BetaVae::channels() const {
    return m_impl->net->c;
}
int BetaVae::height() const {
    return m_impl->net->h;
}
int BetaVae::width() const {
    return m_impl->net->w;
}
int BetaVae::latent() const {
    return m_impl->net->z;
}
const std::map<std::string, std::string>& BetaVae::settings() const {
    return m_impl->settings;
}
const std::vector<VaeEpoch>& BetaVae::curve() const {
    return m_impl->curve;
}
const std::string& BetaVae::sourcePath() const {
    return m_impl->sourcePath;
}

void BetaVae::setDevice(const std::string& setting) {
    m_impl->device =
        torch::Device(nn::resolveDevice(setting) == "cuda" ? torch::kCUDA : torch::kCPU);
    m_impl->net->to(m_impl->device);
}

std::string BetaVae::deviceName() const {
    return m_impl->device.is_cuda() ? "cuda" : "cpu";
}

void BetaVae::save(const std::string& path) const {
    nlohmann::json curve = nlohmann::json::array();
    for (const auto& e : m_impl->curve)
        curve.push_back({e.epoch, e.loss, e.reconstruction, e.kl, e.klWeight, e.seconds});
    const nlohmann::json meta = {{"format", "faultline-beta-vae"},
                                 {"version", kFormatVersion},
                                 {"channels", channels()},
                                 {"height", height()},
                                 {"width", width()},
                                 {"latent", latent()},
                                 {"seed", m_impl->seed},
                                 {"settings", m_impl->settings},
                                 {"curve", curve}};
    torch::serialize::OutputArchive archive;
    m_impl->net->save(archive);
    archive.write(kMetaKey, c10::IValue(meta.dump()));
    const std::string tmp = path + ".part";
    try {
        archive.save_to(tmp);
    } catch (const c10::Error& e) {
        throwFailure("cannot write β-VAE file " + path + ": " + e.what_without_backtrace());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        throwFailure("cannot write β-VAE file " + path + ": " + ec.message());
}

BetaVae BetaVae::load(const std::string& path) {
    if (!std::filesystem::exists(path))
        throwBadInput("β-VAE file " + path + " does not exist");
    torch::serialize::InputArchive archive;
    c10::IValue metaValue;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throwBadInput("cannot read β-VAE file " + path + ": " + e.what_without_backtrace());
    }
    if (!archive.try_read(kMetaKey, metaValue) || !metaValue.isString())
        throwBadInput(path + " is not a Faultline β-VAE (no β-VAE metadata; models of the "
                             "classifier kind are not VAEs)");
    auto impl = std::make_unique<Impl>();
    int c = 0, h = 0, w = 0, z = 0;
    try {
        const auto meta = nlohmann::json::parse(metaValue.toStringRef());
        if (meta.at("version").get<int>() > kFormatVersion)
            throwBadInput(path + " was written by a newer Faultline (β-VAE format " +
                          meta.at("version").dump() + ")");
        c = meta.at("channels").get<int>();
        h = meta.at("height").get<int>();
        w = meta.at("width").get<int>();
        z = meta.at("latent").get<int>();
        impl->seed = meta.at("seed").get<std::uint64_t>();
        impl->settings = meta.at("settings").get<std::map<std::string, std::string>>();
        for (const auto& e : meta.at("curve"))
            impl->curve.push_back({e.at(0).get<int>(), e.at(1).get<double>(), e.at(2).get<double>(),
                                   e.at(3).get<double>(), e.at(4).get<double>(),
                                   e.at(5).get<double>()});
    } catch (const nlohmann::json::exception& e) {
        throwBadInput(path + " has damaged β-VAE metadata: " + e.what());
    }
    checkShape(c, h, w, z);
    impl->net = std::make_shared<VaeNet>(c, h, w, z);
    try {
        impl->net->load(archive);
    } catch (const c10::Error& e) {
        throwBadInput(path + ": weights do not fit a β-VAE of its recorded shape: " +
                      e.what_without_backtrace());
    }
    impl->net->eval();
    impl->sourcePath = path;
    BetaVae v(std::move(impl));
    v.setDevice("auto");
    return v;
}

VaeTrainReport BetaVae::train(const data::Dataset& d, const BetaVaeOptions& o,
                              const Progress& progress, const CancelToken& cancel) {
    auto& net = *m_impl->net;
    if (d.channels != net.c || d.height != net.h || d.width != net.w)
        throwBadInput("the β-VAE takes " + std::to_string(net.c) + "×" + std::to_string(net.h) +
                      "×" + std::to_string(net.w) + " images; dataset '" + d.name + "' has " +
                      std::to_string(d.channels) + "×" + std::to_string(d.height) + "×" +
                      std::to_string(d.width));
    if (o.epochs < 1 || o.batchSize < 1)
        throwBadInput("β-VAE epochs and batch size must be at least 1");
    if (!(o.beta >= 0) || !(o.klAnnealEpochs >= 0) || !(o.learningRate > 0))
        throwBadInput("β-VAE β and KL anneal must be ≥ 0 and the learning rate > 0");
    std::vector<std::int64_t> pool = o.indices;
    if (pool.empty())
        pool = [&] {
            std::vector<std::int64_t> p;
            for (std::int64_t i = 0; i < d.size(); ++i)
                if (d.splits[std::size_t(i)] == data::Split::Train)
                    p.push_back(i);
            return p;
        }();
    if (pool.empty())
        throwBadInput("dataset '" + d.name + "' has no training images for the β-VAE");
    for (auto p : pool)
        if (p < 0 || p >= d.size())
            throwBadInput("β-VAE training position " + std::to_string(p) +
                          " is outside the dataset");
    setDevice(o.device);
    torch::optim::Adam opt(net.parameters(), torch::optim::AdamOptions(o.learningRate));
    Rng rng(o.seed);
    at::Generator gen = at::detail::createCPUGenerator(o.seed ^ 0x5DEECE66DULL);
    const auto n = std::int64_t(pool.size());
    const std::int64_t batches = (n + o.batchSize - 1) / o.batchSize;
    VaeTrainReport report;
    report.examples = n;
    report.device = deviceName();
    const auto start = Clock::now();
    std::vector<std::int64_t> idx;
    struct EvalOnExit {
        VaeNet& n;
        ~EvalOnExit() { n.eval(); }
    } restore{net};
    net.train();
    m_impl->curve.clear();
    for (int e = 1; e <= o.epochs; ++e) {
        const auto t0 = Clock::now();
        const auto perm = rng.permutation(n);
        double recSum = 0, klSum = 0, lossSum = 0, weight = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            cancel.throwIfCancelled();
            const std::int64_t from = b * o.batchSize, to = std::min(n, from + o.batchSize);
            idx.clear();
            for (std::int64_t i = from; i < to; ++i)
                idx.push_back(pool[std::size_t(perm[std::size_t(i)])]);
            const auto cnt = std::int64_t(idx.size());
            auto x = nn::gatherImages(d, idx.data(), cnt).to(m_impl->device);
            auto [mu, logvar] = net.encode(x);
            auto noise = torch::randn(mu.sizes(), gen, torch::kFloat32).to(m_impl->device);
            auto z = mu + noise * torch::exp(0.5 * logvar);
            auto logits = net.decodeLogits(z);
            // Bernoulli likelihood summed over pixels, averaged over images; analytic KL to N(0,
            // I).
            auto rec =
                torch::binary_cross_entropy_with_logits(logits, x, {}, {}, at::Reduction::Sum) /
                double(cnt);
            auto kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum() / double(cnt);
            const double progressEpochs = double(e - 1) + double(b + 1) / double(batches);
            weight = o.klAnnealEpochs > 0 ? std::min(1.0, progressEpochs / o.klAnnealEpochs) : 1.0;
            auto loss = rec + o.beta * weight * kl;
            opt.zero_grad();
            loss.backward();
            opt.step();
            recSum += rec.item<double>() * double(cnt);
            klSum += kl.item<double>() * double(cnt);
            lossSum += loss.item<double>() * double(cnt);
            progress.report(progressEpochs / o.epochs, "β-VAE epoch " + std::to_string(e) + "/" +
                                                           std::to_string(o.epochs) + ", loss " +
                                                           number(lossSum / double(to)));
        }
        VaeEpoch s{e,
                   lossSum / double(n),
                   recSum / double(n),
                   klSum / double(n),
                   weight * o.beta,
                   std::chrono::duration<double>(Clock::now() - t0).count()};
        m_impl->curve.push_back(s);
        report.epochs.push_back(s);
    }
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    m_impl->settings = o.toSettings();
    return report;
}

MatrixRM BetaVae::encodeMeans(const data::Dataset& d, const std::vector<std::int64_t>& positions,
                              const CancelToken& cancel) const {
    auto& net = *m_impl->net;
    if (d.channels != net.c || d.height != net.h || d.width != net.w)
        throwBadInput("the β-VAE takes " + std::to_string(net.c) + "×" + std::to_string(net.h) +
                      "×" + std::to_string(net.w) + " images; dataset '" + d.name +
                      "' has other sizes");
    torch::NoGradGuard noGrad;
    MatrixRM out(Eigen::Index(positions.size()), net.z);
    constexpr std::int64_t kBatch = 512;
    const auto n = std::int64_t(positions.size());
    for (std::int64_t from = 0; from < n; from += kBatch) {
        cancel.throwIfCancelled();
        const std::int64_t cnt = std::min(kBatch, n - from);
        auto x = nn::gatherImages(d, positions.data() + from, cnt).to(m_impl->device);
        auto mu = net.encode(x).first.to(torch::kCPU).contiguous();
        std::copy_n(mu.data_ptr<float>(), mu.numel(), out.data() + from * net.z);
    }
    return out;
}

std::vector<float> BetaVae::decode(const MatrixRM& codes) const {
    auto& net = *m_impl->net;
    if (codes.cols() != net.z)
        throwBadInput("β-VAE codes have " + std::to_string(codes.cols()) +
                      " dimensions; the model's latent size is " + std::to_string(net.z));
    torch::NoGradGuard noGrad;
    const MatrixRM copy = codes; // from_blob needs mutable, contiguous memory
    auto z = torch::from_blob(const_cast<float*>(copy.data()), {copy.rows(), copy.cols()},
                              torch::kFloat32)
                 .to(m_impl->device);
    auto img = torch::sigmoid(net.decodeLogits(z)).to(torch::kCPU).contiguous();
    return std::vector<float>(img.data_ptr<float>(), img.data_ptr<float>() + img.numel());
}

CachedVae trainOrLoadCachedVae(const data::Dataset& d, const BetaVaeOptions& o, bool useCache,
                               const Progress& progress, const CancelToken& cancel) {
    auto settings = o.toSettings();
    settings["data"] = nn::datasetFingerprint(d);
    const std::string path =
        useCache ? nn::cachedModelPath(nn::modelCacheKey(d.name, "beta-vae", settings, o.seed))
                 : std::string();
    if (!path.empty() && std::filesystem::exists(path)) {
        BetaVae v = BetaVae::load(path);
        v.setDevice(o.device);
        return CachedVae{std::move(v), path, true, {}};
    }
    BetaVae v = BetaVae::create(d.channels, d.height, d.width, o.latent, o.seed);
    auto report = v.train(d, o, progress, cancel);
    if (!path.empty())
        v.save(path);
    return CachedVae{std::move(v), path, false, std::move(report)};
}

} // namespace fl::generative
