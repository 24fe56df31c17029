// Classifier: creation, save/load of built-in models, the TorchScript adapter, and device and
// thread choice (kept in this one torch translation unit to save compile time).
#include "core/nn/classifier.h"
#include "core/common/error.h"
#include "core/common/log.h"
#include "core/nn/classifier_impl.h"
#include "core/nn/device.h"
#include <ATen/Parallel.h>
#include <chrono>
#include <filesystem>
#include <mutex>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <nlohmann/json.hpp>
#include <thread>
#include <torch/cuda.h>
#include <torch/serialize.h>

namespace fl::nn {
namespace {

constexpr const char* kMetaKey = "faultline_meta";
constexpr int kFormatVersion = 1;

// The C++ Module has no to(memory_format): convert the 4-D conv weights in place so oneDNN
// needs no reorder per call (parameters keep their identity, optimisers are unaffected).
// A copy, not contiguous(): a weight with one input channel (grey images' first conv) already
// counts as channels-last contiguous, so contiguous() would keep its NCHW strides, the conv
// would then write NCHW maps, and max-pooling those is ~7× slower (the whole forward 1.8×).
void useChannelsLast(torch::nn::Module& net) {
    torch::NoGradGuard noGrad;
    for (auto& p : net.parameters())
        if (p.dim() == 4)
            p.set_data(p.to(p.options(), /*non_blocking=*/false, /*copy=*/true,
                            torch::MemoryFormat::ChannelsLast));
}

// A forward pass allocates and frees the same few large activations every batch (25 MB for
// small-cnn's first maps at batch 256). glibc hands blocks that size back to the kernel on free
// (mmap threshold, heap trimming), so every batch paid page faults for fresh zeroed pages: a
// third of inference time went to the kernel. Keeping them in the heap halves Fashion-MNIST
// inference on 2 cores (tests/bench/bench_inference); freed memory up to the trim threshold
// stays with the process for reuse.
void keepTensorMemoryInProcess() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's maximum on 64-bit
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    });
#endif
}

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

} // namespace

// ---------------------------------------------------------------- device and threads

void setComputeThreads(int n) {
    if (n <= 0)
        n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

int computeThreads() {
    return at::get_num_threads();
}

bool cudaAvailable() {
    return torch::cuda::is_available();
}

std::string resolveDevice(const std::string& setting) {
    if (setting == "auto" || setting.empty())
        return cudaAvailable() ? "cuda" : "cpu";
    if (setting == "cpu")
        return "cpu";
    if (setting == "cuda") {
        if (!cudaAvailable())
            throwBadInput("device 'cuda' was asked for, but this LibTorch build sees no CUDA "
                          "device; use 'auto' or 'cpu'");
        return "cuda";
    }
    throwBadInput("unknown device '" + setting + "' (expected auto, cpu or cuda)");
}

double matmulGflops(int n, int repeats) {
    torch::NoGradGuard noGrad;
    const auto a = torch::rand({n, n}), b = torch::rand({n, n});
    auto c = torch::mm(a, b); // warm-up: thread pool start, page faults
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        c = torch::mm(a, b);
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return 2.0 * double(n) * n * n / best / 1e9;
}

// ---------------------------------------------------------------- Impl

ForwardOutputs Classifier::Impl::run(const torch::Tensor& x, bool wantLogits, bool wantFeatures,
                                     bool wantMaps) const {
    ForwardOutputs out;
    if (net) {
        auto maps = net->trunk(x);
        if (wantLogits || wantFeatures) {
            auto h = net->embed(maps);
            if (wantLogits)
                out.logits = net->head->forward(h);
            if (wantFeatures)
                out.features = h;
        }
        if (wantMaps)
            out.featureMaps = maps;
        return out;
    }
    torch::jit::Module m = *script; // a handle: copying shares the same module
    std::vector<torch::jit::IValue> in{x};
    // A user's module breaking the contract is bad input: one sentence naming the file and
    // what the contract expects, not LibTorch's stack frames.
    const std::string name = std::filesystem::path(sourcePath).filename().string();
    const auto call = [&](const char* method, std::int64_t dims, const char* shape) {
        c10::IValue v;
        try {
            v = std::string(method) == "forward" ? m.forward(in) : m.get_method(method)(in);
        } catch (const c10::Error& e) {
            throwBadInput(name + ": " + method + "() failed on a batch of " +
                          std::to_string(x.size(0)) + " image(s): " + e.what_without_backtrace());
        } catch (const std::exception& e) { // a TorchScript `raise` (torch::jit::JITException)
            throwBadInput(name + ": " + method + "() failed on a batch of " +
                          std::to_string(x.size(0)) + " image(s): " + e.what());
        }
        if (!v.isTensor())
            throwBadInput(name + ": " + method + "() must return one tensor (" + shape +
                          "), not a " + v.tagKind() + " (docs/model-contract.md)");
        auto t = v.toTensor();
        if (t.dim() != dims || t.size(0) != x.size(0))
            throwBadInput(name + ": " + method + "() must return " + shape +
                          " for N = " + std::to_string(x.size(0)) + " images; it returned a " +
                          std::to_string(t.dim()) + "-D tensor (docs/model-contract.md)");
        return t;
    };
    if (wantLogits)
        out.logits = call("forward", 2, "N×C logits");
    if (wantFeatures)
        out.features = call("features", 2, "an N×d embedding");
    if (wantMaps)
        out.featureMaps = call("feature_maps", 4, "N×K×h×w maps");
    return out;
}

void Classifier::Impl::setTraining(bool on) const {
    if (net)
        net->train(on);
    else {
        torch::jit::Module m = *script;
        m.train(on);
    }
}

std::vector<torch::Tensor> Classifier::Impl::parameters() const {
    if (net)
        return net->parameters();
    std::vector<torch::Tensor> ps;
    for (const auto& p : script->parameters())
        ps.push_back(p);
    return ps;
}

torch::Tensor Classifier::Impl::toInput(torch::Tensor cpuBatch) const {
    auto x = cpuBatch.to(device, torch::kFloat32);
    // Channels-last lets oneDNN run the convolutions without reordering: measured 1.3-2.5×
    // faster for small-cnn on 2 CPU cores (tests/bench). TorchScript models get what they expect.
    return net ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x.contiguous();
}

void Classifier::Impl::checkInputShape(int c, int h, int w) const {
    if (spec.inChannels <= 0) // a TorchScript model that declared no input_shape
        return;
    if (spec.inChannels != c || spec.height != h || spec.width != w)
        throwBadInput("the model expects images of " + std::to_string(spec.inChannels) + "×" +
                      std::to_string(spec.height) + "×" + std::to_string(spec.width) +
                      " (channels×height×width), the dataset has " + std::to_string(c) + "×" +
                      std::to_string(h) + "×" + std::to_string(w));
}

torch::Tensor gatherImages(const data::Dataset& d, const std::int64_t* idx, std::int64_t n) {
    auto t = torch::empty({n, d.channels, d.height, d.width}, torch::kFloat32);
    const std::int64_t size = d.imageSize();
    float* out = t.data_ptr<float>();
    for (std::int64_t i = 0; i < n; ++i)
        std::copy_n(d.image(idx[i]), size, out + i * size);
    return t;
}

torch::Tensor gatherLabels(const data::Dataset& d, const std::int64_t* idx, std::int64_t n) {
    auto t = torch::empty({n}, torch::kInt64);
    auto* out = t.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i)
        out[i] = d.labels[idx[i]];
    return t;
}

void checkLabels(const data::Dataset& d, const std::vector<std::int64_t>& idx, int numClasses) {
    for (auto i : idx) {
        if (i < 0 || i >= d.size())
            throwBadInput("example index " + std::to_string(i) + " is outside the dataset (" +
                          std::to_string(d.size()) + " examples)");
        if (d.labels[i] < 0 || d.labels[i] >= numClasses)
            throwBadInput("label " + std::to_string(d.labels[i]) + " of example " +
                          std::to_string(i) + " is outside the model's " +
                          std::to_string(numClasses) + " classes");
    }
}

// ---------------------------------------------------------------- creation and files

Classifier::Classifier(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;
Classifier::~Classifier() = default;

Classifier Classifier::create(const ModelSpec& spec, std::uint64_t seed) {
    keepTensorMemoryInProcess();
    auto impl = std::make_unique<Impl>();
    impl->spec = spec;
    impl->seed = seed;
    impl->embeddingDim = builtInEmbeddingDim(spec.arch);
    {
        std::lock_guard lock(torchSeedMutex());
        torch::manual_seed(seed);
        impl->net = makeNetwork(spec);
    }
    impl->net->eval();
    useChannelsLast(*impl->net);
    Classifier c(std::move(impl));
    c.setDevice("auto");
    return c;
}

// torch::manual_seed sets a process-wide generator: serialise seeded construction so two jobs
// creating models at once still get the weights their seeds promise.
std::mutex& torchSeedMutex() {
    static std::mutex m;
    return m;
}

void Classifier::save(const std::string& path) const {
    if (!m_impl->net)
        throwBadInput("only built-in models can be saved; a TorchScript model (" +
                      fileName(m_impl->sourcePath) + ") already is a file");
    nlohmann::json meta = {{"format", "faultline-model"},
                           {"version", kFormatVersion},
                           {"arch", m_impl->spec.arch},
                           {"inChannels", m_impl->spec.inChannels},
                           {"height", m_impl->spec.height},
                           {"width", m_impl->spec.width},
                           {"numClasses", m_impl->spec.numClasses},
                           {"classNames", m_impl->classNames},
                           {"trainingSettings", m_impl->trainingSettings},
                           {"seed", m_impl->seed}};
    torch::serialize::OutputArchive archive;
    m_impl->net->save(archive);
    archive.write(kMetaKey, c10::IValue(meta.dump()));
    // Write beside and rename, so a crash never leaves a half-written model in the cache.
    const std::string tmp = path + ".part";
    try {
        archive.save_to(tmp);
    } catch (const c10::Error& e) {
        throwFailure("cannot write model file " + path + ": " + e.what_without_backtrace());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        throwFailure("cannot write model file " + path + ": " + ec.message());
}

Classifier Classifier::load(const std::string& path) {
    keepTensorMemoryInProcess();
    if (!std::filesystem::exists(path))
        throwBadInput("model file " + path + " does not exist");
    torch::serialize::InputArchive archive;
    c10::IValue metaValue;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throwBadInput("cannot read model file " + path + ": " + e.what_without_backtrace());
    }
    if (!archive.try_read(kMetaKey, metaValue) || !metaValue.isString())
        throwBadInput(path + " is not a Faultline model (no metadata); a TorchScript model "
                             "loads with loadTorchScript / --model-format torchscript");
    auto impl = std::make_unique<Impl>();
    try {
        const auto meta = nlohmann::json::parse(metaValue.toStringRef());
        if (meta.at("version").get<int>() > kFormatVersion)
            throwBadInput(path + " was written by a newer Faultline (model format " +
                          meta.at("version").dump() + ")");
        impl->spec.arch = meta.at("arch").get<std::string>();
        impl->spec.inChannels = meta.at("inChannels").get<int>();
        impl->spec.height = meta.at("height").get<int>();
        impl->spec.width = meta.at("width").get<int>();
        impl->spec.numClasses = meta.at("numClasses").get<int>();
        impl->classNames = meta.at("classNames").get<std::vector<std::string>>();
        impl->trainingSettings =
            meta.at("trainingSettings").get<std::map<std::string, std::string>>();
        impl->seed = meta.at("seed").get<std::uint64_t>();
    } catch (const nlohmann::json::exception& e) {
        throwBadInput(path + " has damaged metadata: " + e.what());
    }
    impl->embeddingDim = builtInEmbeddingDim(impl->spec.arch);
    impl->net = makeNetwork(impl->spec);
    try {
        impl->net->load(archive);
    } catch (const c10::Error& e) {
        throwBadInput(path + ": weights do not fit a " + impl->spec.arch +
                      " of its recorded spec: " + e.what_without_backtrace());
    }
    impl->net->eval();
    useChannelsLast(*impl->net);
    impl->sourcePath = path;
    Classifier c(std::move(impl));
    c.setDevice("auto");
    return c;
}

Classifier Classifier::open(const std::string& path) {
    torch::serialize::InputArchive archive;
    c10::IValue meta;
    bool faultline = false;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
        faultline = archive.try_read(kMetaKey, meta);
    } catch (const c10::Error&) {
        faultline = false; // let loadTorchScript explain what is wrong with the file
    }
    return faultline ? load(path) : loadTorchScript(path);
}

// ---------------------------------------------------------------- accessors

const ModelSpec& Classifier::spec() const {
    return m_impl->spec;
}
int Classifier::embeddingDim() const {
    return m_impl->embeddingDim;
}
bool Classifier::isTorchScript() const {
    return !m_impl->net;
}
bool Classifier::hasFeatures() const {
    return m_impl->net || m_impl->scriptHasFeatures;
}
bool Classifier::hasHead() const {
    return m_impl->net || !m_impl->headWeightName.empty();
}
bool Classifier::hasFeatureMaps() const {
    return m_impl->net || m_impl->scriptHasFeatureMaps;
}
const std::vector<std::string>& Classifier::classNames() const {
    return m_impl->classNames;
}
void Classifier::setClassNames(std::vector<std::string> n) {
    m_impl->classNames = std::move(n);
}
const std::map<std::string, std::string>& Classifier::trainingSettings() const {
    return m_impl->trainingSettings;
}
void Classifier::setTrainingSettings(std::map<std::string, std::string> s) {
    m_impl->trainingSettings = std::move(s);
}
std::uint64_t Classifier::seed() const {
    return m_impl->seed;
}
const std::string& Classifier::sourcePath() const {
    return m_impl->sourcePath;
}

void Classifier::setDevice(const std::string& setting) {
    const std::string d = resolveDevice(setting);
    m_impl->device = d == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    if (m_impl->net)
        m_impl->net->to(m_impl->device);
    else
        m_impl->script->to(m_impl->device);
}

std::string Classifier::deviceName() const {
    return m_impl->device.is_cuda() ? "cuda" : "cpu";
}

HeadWeights Classifier::headWeights() const {
    requireHead("the head weights");
    torch::Tensor w, b;
    if (m_impl->net) {
        w = m_impl->net->head->weight;
        b = m_impl->net->head->bias;
    } else {
        for (const auto& p : m_impl->script->named_parameters(true)) {
            if (p.name == m_impl->headWeightName)
                w = p.value;
            if (p.name == m_impl->headBiasName)
                b = p.value;
        }
    }
    w = w.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    b = b.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    HeadWeights hw;
    hw.weight = Eigen::Map<const MatrixRM>(w.data_ptr<float>(), w.size(0), w.size(1));
    hw.bias.assign(b.data_ptr<float>(), b.data_ptr<float>() + b.numel());
    return hw;
}

namespace {
std::string modelLabel(const Classifier& c) {
    return c.sourcePath().empty() ? std::string("the model") : fileName(c.sourcePath());
}
} // namespace

void Classifier::requireFeatures(const std::string& purpose) const {
    if (!hasFeatures())
        throwBadInput(modelLabel(*this) + " has no features(): " + purpose +
                      " needs it (influence embeddings, the embedding scatter and failure trees "
                      "use the penultimate embedding); evaluation works without it");
}

void Classifier::requireHead(const std::string& purpose) const {
    if (!hasHead())
        throwBadInput(
            modelLabel(*this) +
            " declares no final linear head (head_weight_name / head_bias_name): " + purpose +
            " needs it (last-layer influence uses W and b); evaluation and "
            "embeddings work without it");
}

void Classifier::requireFeatureMaps(const std::string& purpose) const {
    if (!hasFeatureMaps())
        throwBadInput(modelLabel(*this) + " has no feature_maps(): " + purpose +
                      " needs it (activation heatmaps use the last conv maps); evaluation, "
                      "embeddings and failure trees work without it");
}

} // namespace fl::nn
