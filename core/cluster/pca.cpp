#include "core/cluster/pca.h"
#include "core/common/error.h"
#include <Eigen/Eigenvalues>
#include <string>

namespace fl::cluster {

Eigen::MatrixXd Pca::transform(const Eigen::MatrixXd& x) const {
    return (x.rowwise() - mean) * components.transpose();
}

Pca fitPca(const Eigen::MatrixXd& x, Eigen::Index k) {
    const Eigen::Index n = x.rows(), d = x.cols();
    if (k < 1 || k > std::min(n, d))
        throwBadInput("PCA: " + std::to_string(k) + " components asked of " + std::to_string(n) +
                      " rows of " + std::to_string(d) + " dimensions; expected 1 to " +
                      std::to_string(std::min(n, d)));
    Pca p;
    p.mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - p.mean;
    // The d×d scatter matrix rather than an SVD of the n×d data: d (the embedding width) is
    // small next to n here, and the eigenvectors are the same right singular vectors.
    const Eigen::MatrixXd scatter = centred.transpose() * centred;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(scatter);
    if (eig.info() != Eigen::Success)
        throw Error(ErrorKind::Failure, "PCA: the eigen decomposition did not converge");
    p.components.resize(k, d);
    p.explainedVariance.resize(k);
    const double divisor = n > 1 ? double(n - 1) : 1.0;
    for (Eigen::Index i = 0; i < k; ++i) { // eigenvalues come in increasing order
        const Eigen::Index c = d - 1 - i;
        p.components.row(i) = eig.eigenvectors().col(c).transpose();
        p.explainedVariance(i) = std::max(0.0, eig.eigenvalues()(c)) / divisor;
    }
    return p;
}

} // namespace fl::cluster
