#include "core/influence/last_layer_influence.h"
#include "core/common/error.h"
#include <algorithm>
#include <memory>

namespace fl::influence {
namespace {

using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

void checkRows(const std::vector<std::int64_t>& rows, std::int64_t n) {
    for (auto r : rows)
        if (r < 0 || r >= n)
            throwBadInput("row " + std::to_string(r) + " outside the " + std::to_string(n) +
                          " stored outputs");
}

// Σ_r ((p∘a) − p (pᵀa)) h̃ᵀ with a = V h̃, over gathered rows (S×C probs, S×(d+1) features).
void hvpGathered(const MatrixD& P, const MatrixD& F, const Eigen::VectorXd& v,
                 Eigen::VectorXd& out) {
    const Eigen::Index C = P.cols(), d1 = F.cols();
    Eigen::Map<const MatrixD> V(v.data(), C, d1);
    MatrixD A = F * V.transpose();                    // S×C, row r = (V h̃_r)ᵀ
    A = P.cwiseProduct(A);                            // p∘a
    const Eigen::VectorXd s = A.rowwise().sum();      // pᵀa
    A.noalias() -= P.cwiseProduct(s.replicate(1, C)); // (p∘a) − p (pᵀa)
    out.resize(C * d1);
    Eigen::Map<MatrixD> O(out.data(), C, d1);
    O.noalias() = A.transpose() * F;
}

} // namespace

LastLayerInfluence::LastLayerInfluence(const MatrixRM& probabilities,
                                       const std::vector<int>& labels, const MatrixRM& embeddings) {
    const auto n = probabilities.rows();
    if (n == 0 || probabilities.cols() == 0 || embeddings.cols() == 0)
        throwBadInput("last-layer influence needs non-empty probabilities and embeddings");
    if (embeddings.rows() != n || std::int64_t(labels.size()) != n)
        throwBadInput("last-layer influence: " + std::to_string(n) + " probability rows, " +
                      std::to_string(embeddings.rows()) + " embedding rows and " +
                      std::to_string(labels.size()) + " labels must agree");
    const int C = int(probabilities.cols());
    m_probs = probabilities;
    m_residual = probabilities;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int y = labels[std::size_t(i)];
        if (y < 0 || y >= C)
            throwBadInput("label " + std::to_string(y) + " of row " + std::to_string(i) +
                          " outside [0, " + std::to_string(C) + ")");
        m_residual(i, y) -= 1.0f;
    }
    m_features.resize(n, embeddings.cols() + 1);
    m_features.leftCols(embeddings.cols()) = embeddings;
    m_features.col(embeddings.cols()).setOnes();
}

Eigen::MatrixXd LastLayerInfluence::gradients(const std::vector<std::int64_t>& rows) const {
    checkRows(rows, size());
    const int C = numClasses(), d1 = featureDim() + 1;
    Eigen::MatrixXd G(rows.size(), paramCount());
    for (std::size_t k = 0; k < rows.size(); ++k)
        for (int c = 0; c < C; ++c)
            G.row(Eigen::Index(k)).segment(c * d1, d1) =
                double(m_residual(rows[k], c)) * m_features.row(rows[k]).cast<double>();
    return G;
}

void LastLayerInfluence::hessianVectorProduct(const std::vector<std::int64_t>& rows,
                                              const Eigen::VectorXd& v,
                                              Eigen::VectorXd& out) const {
    hessianOperator(rows)(v, out);
}

HvpFunction LastLayerInfluence::hessianOperator(const std::vector<std::int64_t>& rows) const {
    checkRows(rows, size());
    auto P = std::make_shared<MatrixD>(rows.size(), numClasses());
    auto F = std::make_shared<MatrixD>(rows.size(), featureDim() + 1);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        P->row(Eigen::Index(k)) = m_probs.row(rows[k]).cast<double>();
        F->row(Eigen::Index(k)) = m_features.row(rows[k]).cast<double>();
    }
    const auto dim = paramCount();
    return [P, F, dim](const Eigen::VectorXd& v, Eigen::VectorXd& out) {
        if (v.size() != dim)
            throwBadInput("Hessian-vector product: vector has " + std::to_string(v.size()) +
                          " entries, the last layer " + std::to_string(dim));
        hvpGathered(*P, *F, v, out);
    };
}

MatrixRM LastLayerInfluence::embeddings(const HessianFactors& factors, int batchSize,
                                        const Progress& progress, const CancelToken& cancel) const {
    if (factors.basis.rows() != paramCount())
        throwBadInput("Hessian factors are over " + std::to_string(factors.basis.rows()) +
                      " parameters, the last layer has " + std::to_string(paramCount()));
    const int C = numClasses(), d1 = featureDim() + 1;
    const int D = int(factors.eigenvalues.size());
    const Eigen::MatrixXd W = factors.projection(); // C(d+1)×D
    // M[j, c·D + i] = W[c(d+1) + j, i]: one GEMM then contracts h̃ for all classes at once.
    MatrixRM M(d1, C * D);
    for (int c = 0; c < C; ++c)
        M.middleCols(c * D, D) = W.middleRows(c * d1, d1).cast<float>();

    const std::int64_t n = size();
    const std::int64_t step = std::max(1, batchSize);
    MatrixRM mu(n, D);
    MatrixRM T;
    for (std::int64_t start = 0; start < n; start += step) {
        cancel.throwIfCancelled();
        const std::int64_t b = std::min(step, n - start);
        T.noalias() = m_features.middleRows(start, b) * M; // b×(C·D)
        auto out = mu.middleRows(start, b);
        out.setZero();
        for (int c = 0; c < C; ++c)
            out += m_residual.col(c).segment(start, b).asDiagonal() * T.middleCols(c * D, D);
        progress.report(double(start + b) / double(n), "influence embeddings");
    }
    return mu;
}

} // namespace fl::influence
