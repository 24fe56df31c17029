// Closed-form influence over the final linear layer (W C×d, b) from stored outputs: per-example
// gradients (p − y)·h̃ᵀ, summed Hessian-vector products and influence embeddings, torch-free.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/influence/arnoldi.h"
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::influence {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Parameters are θ = [W | b] flattened row-major: index c·(d+1) + j, j = d being the bias, so
// one example's gradient is (p − y) ⊗ h̃ and its Hessian (diag(p) − ppᵀ) ⊗ h̃h̃ᵀ, h̃ = [h; 1].
class LastLayerInfluence {
public:
    // probabilities N×C (softmax of the logits), labels the TRUE classes, embeddings N×d (h).
    // Throws BadInput when shapes disagree or a label is outside [0, C).
    LastLayerInfluence(const MatrixRM& probabilities, const std::vector<int>& labels,
                       const MatrixRM& embeddings);

    std::int64_t size() const { return m_probs.rows(); }
    int numClasses() const { return int(m_probs.cols()); }
    int featureDim() const { return int(m_features.cols()) - 1; }
    std::int64_t paramCount() const { return std::int64_t(numClasses()) * (featureDim() + 1); }

    // g(z) of the given rows as an explicit |rows|×C(d+1) matrix (for small sets and tests;
    // embeddings() never forms it).
    Eigen::MatrixXd gradients(const std::vector<std::int64_t>& rows) const;
    // out = Σ_{r∈rows} H_r v without forming H: with V = v as C×(d+1), a = V h̃,
    // H_r v = ((p∘a) − p (pᵀa)) h̃ᵀ; batched as two GEMMs over the rows.
    void hessianVectorProduct(const std::vector<std::int64_t>& rows, const Eigen::VectorXd& v,
                              Eigen::VectorXd& out) const;
    // An HvpFunction over `rows` (data gathered once, in double) for factorHessian().
    HvpFunction hessianOperator(const std::vector<std::int64_t>& rows) const;

    // μ(z) = gᵀ U Λ^{-1/2} for every row (N×D'). Uses the Kronecker structure: with
    // M[j, (c,i)] = (UΛ^{-1/2})[c(d+1)+j, i], T = H̃·M (one GEMM per batch) and
    // μ_i = Σ_c (p − y)_c T_(c,i); g is never formed.
    MatrixRM embeddings(const HessianFactors& factors, int batchSize = 4096,
                        const Progress& progress = {}, const CancelToken& cancel = {}) const;

private:
    MatrixRM m_probs;    // N×C
    MatrixRM m_residual; // N×C, p − y
    MatrixRM m_features; // N×(d+1), h̃
};

} // namespace fl::influence
