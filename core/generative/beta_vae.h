// Defuse's β-VAE (METHODS.md §5.1): the paper's MNIST encoder and decoder generalised to the
// dataset's channels and size, trained with an annealed analytic KL; torch lives in the .cpp.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include <Eigen/Core>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fl::generative {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct BetaVaeOptions {
    int latent = 10;   // z (paper: 10 for MNIST)
    double beta = 4.0; // weight of the KL term once annealed (paper: 4)
    // Epochs over which the KL weight rises linearly from 0 to β. The paper anneals over 500
    // steps at batch 2048, about 17 epochs of MNIST, inside 800 epochs; a CPU run of 20 epochs
    // anneals over the first 5 so most of it trains the full objective.
    double klAnnealEpochs = 5.0;
    int epochs = 20; // paper: 800 on a GPU
    int batchSize = 256;
    double learningRate = 1e-3; // Adam
    std::uint64_t seed = 0;     // weights and shuffles
    std::string device = "auto";
    // Training images: the dataset's training split, or these positions when set.
    std::vector<std::int64_t> indices;
    // Every setting as text: recorded with the model and keying the cache.
    std::map<std::string, std::string> toSettings() const;
};

struct VaeEpoch {
    int epoch = 0;               // 1-based
    double loss = 0.0;           // mean per image: reconstruction + klWeight · KL
    double reconstruction = 0.0; // mean per image: summed binary cross-entropy over pixels
    double kl = 0.0;             // mean per image: KL(q(z|x) ‖ N(0, I))
    double klWeight = 0.0;       // at the epoch's end
    double seconds = 0.0;
};

struct VaeTrainReport {
    std::vector<VaeEpoch> epochs;
    std::int64_t examples = 0;
    double seconds = 0.0;
    std::string device;
};

class BetaVae {
public:
    // A freshly initialised network for images channels×height×width in [0,1]; the same
    // arguments give the same weights. BadInput for sizes below 4 or latent < 1.
    static BetaVae create(int channels, int height, int width, int latent, std::uint64_t seed);
    // A file written by save(); BadInput naming the file when it is missing or not a β-VAE.
    static BetaVae load(const std::string& path);

    BetaVae(BetaVae&&) noexcept;
    BetaVae& operator=(BetaVae&&) noexcept;
    ~BetaVae();

    // Weights, shape, settings and training curve in one file (written beside and renamed).
    void save(const std::string& path) const;

    int channels() const;
    int height() const;
    int width() const;
    int latent() const;
    const std::map<std::string, std::string>& settings() const;
    const std::vector<VaeEpoch>& curve() const; // the loss curve of its training
    const std::string& sourcePath() const;      // file it was loaded from, empty when created

    // "auto", "cpu" or "cuda" (nn::resolveDevice).
    void setDevice(const std::string& setting);
    std::string deviceName() const;

    // Trains in place on d (options.indices or the training split). BadInput when the images
    // do not have this network's shape, an option is out of range or there is nothing to train
    // on; Error(Cancelled) within one batch of cancel.
    VaeTrainReport train(const data::Dataset& d, const BetaVaeOptions& options,
                         const Progress& progress = {}, const CancelToken& cancel = {});

    // Encoder means μ(x) of d's images at `positions` (N×latent).
    MatrixRM encodeMeans(const data::Dataset& d, const std::vector<std::int64_t>& positions,
                         const CancelToken& cancel = {}) const;
    // Decoded images of the codes (N×latent) as row-major N×C×H×W floats in [0,1].
    std::vector<float> decode(const MatrixRM& codes) const;

    struct Impl;
    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit BetaVae(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

struct CachedVae {
    BetaVae vae;
    std::string path;    // the cache file
    bool reused = false; // loaded rather than trained now
    VaeTrainReport report;
};

// The β-VAE for this dataset and options from the model cache (keyed by the dataset's content
// and every option), else trained now and saved there when useCache.
CachedVae trainOrLoadCachedVae(const data::Dataset& d, const BetaVaeOptions& options, bool useCache,
                               const Progress& progress = {}, const CancelToken& cancel = {});

} // namespace fl::generative
