// Influence over the last conv block + head of a built-in classifier by autograd: per-example
// gradients (one backward per example; LibTorch C++ has no vmap) and double-backward HVPs.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/influence/arnoldi.h"
#include "core/nn/classifier.h"
#include <memory>
#include <string>
#include <vector>

namespace fl::influence {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// θ = the block's parameters in the network's registration order, each flattened row-major
// (torch's logical order): small-cnn conv2, fc, head; resnet layer3 (convs and BN affine
// weights), head. Losses are cross-entropy with the TRUE label; the model is in eval mode.
class BlockInfluence {
public:
    // Throws BadInput for TorchScript models (their insides are opaque) or an unknown arch, and
    // when d's images do not fit the model. Keeps references to c and d: both must outlive it.
    // doublePrecision converts the classifier's weights to float64 IN PLACE (for numerical
    // checks such as finite differences; the classifier is then only fit for this use).
    BlockInfluence(const nn::Classifier& c, const data::Dataset& d, bool doublePrecision = false);
    ~BlockInfluence();
    BlockInfluence(const BlockInfluence&) = delete;
    BlockInfluence& operator=(const BlockInfluence&) = delete;

    std::int64_t paramCount() const;
    std::vector<std::string> parameterNames() const; // e.g. "conv2.weight"
    // Offset of a named parameter in θ, or -1.
    std::int64_t parameterOffset(const std::string& name) const;
    // Whether embeddings() uses the batched per-example gradients (small-cnn).
    bool batchedGradients() const;

    // g(z) for dataset positions `indices`, one row each (|indices|×|θ|), one autograd backward
    // per example (the reference the batched path is tested against); for small sets.
    Eigen::MatrixXd gradients(const std::vector<std::int64_t>& indices,
                              const CancelToken& cancel = {}) const;
    // Σ_z g(z) over `indices` (one batched backward): for finite-difference checks.
    Eigen::VectorXd summedGradient(const std::vector<std::int64_t>& indices) const;
    // θ += delta on the classifier's own weights (finite-difference checks; undo with −delta).
    // Invalidates operators from hessianOperator(retainGraph = true) made before.
    void addToParameters(const Eigen::VectorXd& delta) const;

    // H·v summed over `indices` by double backward in chunks of `chunk` examples. With
    // retainGraph the first-order graph of every chunk is built once and kept across products
    // (about twice as fast, memory grows with |indices|); otherwise it is rebuilt per product.
    // For small-cnn (batchedGradients()) the product is the closed-form R-operator instead
    // (rOperatorHessian); retainGraph then does not apply.
    HvpFunction hessianOperator(const std::vector<std::int64_t>& indices, int chunk = 250,
                                bool retainGraph = true, const CancelToken& cancel = {}) const;
    // Always double backward: the reference the R-operator is tested against.
    HvpFunction autogradHessianOperator(const std::vector<std::int64_t>& indices, int chunk = 250,
                                        bool retainGraph = true,
                                        const CancelToken& cancel = {}) const;
    // small-cnn only (BadInput otherwise): H·v by Pearlmutter's R-operator over cached forward
    // quantities — one R-forward and one R-backward of GEMMs per product.
    HvpFunction rOperatorHessian(const std::vector<std::int64_t>& indices, int chunk = 250,
                                 const CancelToken& cancel = {}) const;

    // μ(z) = gᵀ U Λ^{-1/2} for `indices` (|indices|×D'): per-example gradients of a batch are
    // stacked and projected with one GEMM. For small-cnn they come from one batched backward
    // (outer products of each layer's input with its output gradient, checked at construction
    // against autograd); otherwise from one backward per example. Progress per batch.
    MatrixRM embeddings(const std::vector<std::int64_t>& indices, const HessianFactors& factors,
                        int batchSize = 64, const Progress& progress = {},
                        const CancelToken& cancel = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace fl::influence
