// Classifier::loadTorchScript: opens a user's TorchScript model and checks it against
// docs/model-contract.md, turning torch's low-level errors into messages a user can act on.
#include "core/common/error.h"
#include "core/common/log.h"
#include "core/nn/classifier_impl.h"
#include <filesystem>
#include <torch/version.h>

namespace fl::nn {
namespace {

bool contains(const std::string& s, const char* part) {
    return s.find(part) != std::string::npos;
}

} // namespace

[[noreturn]] void explainTorchScriptLoadError(const std::string& path, const std::string& what) {
    const std::string ours = "LibTorch " TORCH_VERSION;
    if ((contains(what, "version") &&
         (contains(what, "maximum supported") || contains(what, "too old"))) ||
        contains(what, "Unknown builtin op") || contains(what, "Unknown type name") ||
        contains(what, "bytecode version"))
        throwBadInput(path + " was saved by a newer PyTorch than this build's " + ours +
                      " can read. Re-export it with PyTorch " TORCH_VERSION
                      " (torch.jit.script + torch.jit.save), or build Faultline against a newer "
                      "LibTorch. Details: " +
                      what);
    if (contains(what, "central directory") || contains(what, "zip archive"))
        throwBadInput(path +
                      " is not a TorchScript archive (expected a file written by "
                      "torch.jit.save). Details: " +
                      what);
    if (contains(what, "constants.pkl") || contains(what, "code/"))
        throwBadInput(path +
                      " looks like a torch.save() checkpoint, not TorchScript: script the "
                      "model (torch.jit.script) and save it with torch.jit.save. Details: " +
                      what);
    throwBadInput("cannot load TorchScript model " + path + " with " + ours + ": " + what);
}

namespace {

std::string stringAttr(const torch::jit::Module& m, const char* name) {
    if (!m.hasattr(name))
        return {};
    auto v = m.attr(name);
    return v.isString() ? v.toStringRef() : std::string();
}

torch::Tensor namedParameter(const torch::jit::Module& m, const std::string& name) {
    for (const auto& p : m.named_parameters(true))
        if (p.name == name)
            return p.value;
    return {};
}

// A fixed, non-trivial probe input (a ramp): enough to see shapes and check the head.
torch::Tensor probeInput(const ModelSpec& s) {
    const std::int64_t n = std::int64_t(2) * s.inChannels * s.height * s.width;
    return torch::arange(n, torch::kFloat32)
        .div(double(n))
        .reshape({2, s.inChannels, s.height, s.width});
}

} // namespace

Classifier Classifier::loadTorchScript(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    if (!std::filesystem::exists(path))
        throwBadInput("model file " + path + " does not exist");
    torch::jit::Module m;
    try {
        m = torch::jit::load(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        explainTorchScriptLoadError(path, e.what_without_backtrace());
    } catch (const std::exception& e) {
        explainTorchScriptLoadError(path, e.what());
    }
    m.eval();
    if (!m.find_method("forward"))
        throwBadInput(name + " has no forward(): every use of a model needs forward(x) → logits");

    auto impl = std::make_unique<Impl>();
    impl->sourcePath = path;
    impl->spec.arch = "torchscript";
    impl->spec.inChannels = impl->spec.height = impl->spec.width = 0;
    impl->spec.numClasses = 0;
    impl->scriptHasFeatures = m.find_method("features").has_value();
    impl->scriptHasFeatureMaps = m.find_method("feature_maps").has_value();
    if (m.hasattr("input_shape")) {
        const auto shape = m.attr("input_shape").toIntVector();
        if (shape.size() != 3)
            throwBadInput(name + ": input_shape must be [channels, height, width]");
        impl->spec.inChannels = int(shape[0]);
        impl->spec.height = int(shape[1]);
        impl->spec.width = int(shape[2]);
    }
    if (m.hasattr("class_names"))
        for (const auto& v : m.attr("class_names").toListRef())
            impl->classNames.push_back(v.toStringRef());

    // The head is declared by name so W and b can be read without guessing the layer.
    const std::string wName = stringAttr(m, "head_weight_name");
    const std::string bName = stringAttr(m, "head_bias_name");
    torch::Tensor w, b;
    if (!wName.empty() || !bName.empty()) {
        w = namedParameter(m, wName);
        b = namedParameter(m, bName);
        if (!w.defined() || !b.defined())
            throwBadInput(name + " declares head parameters '" + wName + "' / '" + bName +
                          "' but has no parameter of that name (see named_parameters())");
        if (w.dim() != 2 || b.dim() != 1 || b.size(0) != w.size(0))
            throwBadInput(name + ": the declared head must be a C×d weight and a C bias, got " +
                          std::to_string(w.dim()) + "-D and " + std::to_string(b.dim()) + "-D");
        impl->headWeightName = wName;
        impl->headBiasName = bName;
        impl->spec.numClasses = int(w.size(0));
        impl->embeddingDim = int(w.size(1));
    }
    impl->script = m;

    // With a known input shape, run the contract once now rather than fail mid-analysis.
    if (impl->spec.inChannels > 0) {
        torch::NoGradGuard noGrad;
        const auto x = probeInput(impl->spec);
        ForwardOutputs o;
        try {
            o = impl->run(x, true, impl->scriptHasFeatures, impl->scriptHasFeatureMaps);
        } catch (const std::exception& e) {
            throwBadInput(name + ": running it on a 2×" + std::to_string(impl->spec.inChannels) +
                          "×" + std::to_string(impl->spec.height) + "×" +
                          std::to_string(impl->spec.width) + " input failed: " + e.what());
        }
        if (o.logits.dim() != 2 || o.logits.size(0) != 2)
            throwBadInput(name + ": forward() must return N×C logits");
        if (impl->spec.numClasses && o.logits.size(1) != impl->spec.numClasses)
            throwBadInput(name + ": forward() returns " + std::to_string(o.logits.size(1)) +
                          " logits but the declared head has " +
                          std::to_string(impl->spec.numClasses) + " rows");
        impl->spec.numClasses = int(o.logits.size(1));
        if (impl->scriptHasFeatures) {
            if (o.features.dim() != 2 || o.features.size(0) != 2)
                throwBadInput(name + ": features() must return an N×d embedding");
            if (impl->embeddingDim && o.features.size(1) != impl->embeddingDim)
                throwBadInput(name +
                              ": features() returns d = " + std::to_string(o.features.size(1)) +
                              " but the head expects " + std::to_string(impl->embeddingDim));
            impl->embeddingDim = int(o.features.size(1));
            if (w.defined()) {
                const auto viaHead = torch::linear(o.features, w, b);
                const double tol = 1e-4 * (1.0 + o.logits.abs().max().item<double>());
                if ((viaHead - o.logits).abs().max().item<double>() > tol)
                    throwBadInput(name + ": forward(x) differs from " + wName +
                                  " · features(x) + " + bName +
                                  "; the contract needs logits to be the declared head applied "
                                  "to features() (no temperature or extra layer after it)");
            }
        }
        if (impl->scriptHasFeatureMaps && o.featureMaps.dim() != 4)
            throwBadInput(name + ": feature_maps() must return N×K×h×w");
    } else {
        logger("nn")->warn("{} declares no input_shape; its contract is checked at first use",
                           name);
    }
    Classifier c(std::move(impl));
    c.setDevice("auto");
    return c;
}

} // namespace fl::nn
