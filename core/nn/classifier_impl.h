// Torch side of Classifier, shared by the .cpp files of core/nn only (and core modules that
// already compile torch). Never include it from a header that ui/ or app/ can see.
#pragma once
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include <mutex>
#include <optional>
#include <torch/nn.h>
#include <torch/script.h>

namespace fl::nn {

// A built-in network split where the methods need to look inside it:
// trunk(x) = last conv activations (N×K×h×w), embed(maps) = penultimate h (N×d), head = Linear.
struct BuiltInNetImpl : torch::nn::Module {
    virtual torch::Tensor trunk(const torch::Tensor& x) = 0;
    virtual torch::Tensor embed(const torch::Tensor& maps) = 0;
    torch::nn::Linear head{nullptr};
};

// Held while seeding torch's global generator and initialising a network's weights, so two
// threads creating models at once each get the weights of their own seed.
std::mutex& torchSeedMutex();

// Builds the network named by spec.arch (after the caller has seeded torch). Throws BadInput.
std::shared_ptr<BuiltInNetImpl> makeNetwork(const ModelSpec& spec);
// Embedding width of a built-in architecture.
int builtInEmbeddingDim(const std::string& arch);

// Turns torch::jit::load's low-level error for `path` into BadInput a user can act on (saved by a
// newer PyTorch, not a TorchScript archive, a torch.save checkpoint).
[[noreturn]] void explainTorchScriptLoadError(const std::string& path, const std::string& what);

// What one forward pass produced; tensors not asked for are undefined.
struct ForwardOutputs {
    torch::Tensor logits;
    torch::Tensor features;
    torch::Tensor featureMaps;
};

struct Classifier::Impl {
    ModelSpec spec;
    std::vector<std::string> classNames;
    std::map<std::string, std::string> trainingSettings;
    std::uint64_t seed = 0;
    std::string sourcePath;
    torch::Device device{torch::kCPU};
    int embeddingDim = 0;

    std::shared_ptr<BuiltInNetImpl> net;      // built-in models
    std::optional<torch::jit::Module> script; // TorchScript models
    bool scriptHasFeatures = false;
    bool scriptHasFeatureMaps = false;
    std::string headWeightName; // TorchScript: parameter names declared by the module
    std::string headBiasName;

    // Runs the model once on x (already on `device`, channels-last for built-ins) and returns
    // what was asked for. Built-ins compute logits from the same pass; TorchScript models call
    // forward(), features() and feature_maps() separately because their insides are opaque.
    ForwardOutputs run(const torch::Tensor& x, bool wantLogits, bool wantFeatures,
                       bool wantMaps) const;
    torch::Tensor logits(const torch::Tensor& x) const { return run(x, true, false, false).logits; }
    void setTraining(bool on) const;
    std::vector<torch::Tensor> parameters() const;
    // Converts N images (float, row-major N×C×H×W, [0,1]) to a batch on the device in the
    // layout the model computes fastest in.
    torch::Tensor toInput(torch::Tensor cpuBatch) const;
    // Throws BadInput when images of c×h×w cannot go into this model.
    void checkInputShape(int c, int h, int w) const;
};

// Copies the images / labels of d at idx[0..n) into CPU tensors (N×C×H×W float, N int64).
torch::Tensor gatherImages(const data::Dataset& d, const std::int64_t* idx, std::int64_t n);
torch::Tensor gatherLabels(const data::Dataset& d, const std::int64_t* idx, std::int64_t n);
// Throws BadInput when a label at idx is outside [0, numClasses).
void checkLabels(const data::Dataset& d, const std::vector<std::int64_t>& idx, int numClasses);

} // namespace fl::nn
