// The classifier every method inspects: a built-in network (small-cnn, resnet) or a user's
// TorchScript model, behind one torch-free interface (LibTorch lives in a pimpl).
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fl::nn {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Shape of a network: input images inChannels×height×width in [0,1], numClasses logits.
struct ModelSpec {
    std::string arch = "small-cnn"; // "small-cnn" | "pooled-cnn" | "resnet" | "torchscript"
    int inChannels = 1;
    int height = 28;
    int width = 28;
    int numClasses = 10;
};

// The architectures create() builds.
std::vector<std::string> builtInArchitectures();

// Floating-point operations (2 × multiply-adds of the convolutions and linear layers) of one
// forward pass of a built-in architecture on one image; BN, ReLU and pooling are not counted.
double builtInForwardFlops(const ModelSpec& spec);

// The final linear layer: logits = weight · h + bias, weight is C×d.
struct HeadWeights {
    MatrixRM weight;
    std::vector<float> bias;
};

class Classifier {
public:
    // A freshly initialised built-in network; the same spec and seed give the same weights.
    // Throws BadInput for an unknown arch or a non-positive size.
    static Classifier create(const ModelSpec& spec, std::uint64_t seed);
    // A built-in model written by save(). Throws BadInput naming the file when it is missing,
    // is not a Faultline model, or its weights do not fit its recorded spec.
    static Classifier load(const std::string& path);
    // A user's TorchScript model under docs/model-contract.md: forward() is required,
    // features(), head_weight_name/head_bias_name and feature_maps() are optional and reported
    // by hasFeatures()/hasHead()/hasFeatureMaps(). Throws BadInput saying why a file cannot be
    // used (not TorchScript, saved by a newer PyTorch, no forward(), contract violated).
    static Classifier loadTorchScript(const std::string& path);
    // load() for Faultline models, loadTorchScript() for anything else.
    static Classifier open(const std::string& path);

    Classifier(Classifier&&) noexcept;
    Classifier& operator=(Classifier&&) noexcept;
    ~Classifier();

    // Writes weights and metadata (spec, class names, training settings, seed) into one file.
    // Only built-in models can be saved (a TorchScript model already is a file).
    void save(const std::string& path) const;

    const ModelSpec& spec() const;
    const std::string& arch() const { return spec().arch; }
    int numClasses() const { return spec().numClasses; }
    // Length d of the penultimate embedding h; 0 when the model has no features().
    int embeddingDim() const;
    bool isTorchScript() const;
    bool hasFeatures() const;
    bool hasHead() const;
    bool hasFeatureMaps() const;
    // Throws BadInput (naming the missing method and what still works) when unavailable;
    // `purpose` says what the caller needed it for, e.g. "influence embeddings".
    void requireFeatures(const std::string& purpose) const;
    void requireHead(const std::string& purpose) const;
    void requireFeatureMaps(const std::string& purpose) const;

    // W (C×d) and b of the final linear layer, copied to the CPU.
    HeadWeights headWeights() const;

    // Metadata carried through save()/load().
    const std::vector<std::string>& classNames() const;
    void setClassNames(std::vector<std::string> names);
    const std::map<std::string, std::string>& trainingSettings() const;
    void setTrainingSettings(std::map<std::string, std::string> settings);
    std::uint64_t seed() const;
    const std::string& sourcePath() const; // file it was loaded from, empty when created

    // "auto" (CUDA when available), "cpu" or "cuda"; moves the weights. Throws BadInput for
    // "cuda" without a CUDA build/device, or an unknown value.
    void setDevice(const std::string& setting);
    std::string deviceName() const; // "cpu" or "cuda"

    // Internal to core/nn (and core modules that need torch): the torch side of the model.
    struct Impl;
    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit Classifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fl::nn
