// Principal component analysis as scikit-learn's PCA computes it (centred, components by
// explained variance): Domino reduces the embedding to min(128, d) dimensions with it.
#pragma once
#include <Eigen/Core>

namespace fl::cluster {

struct Pca {
    Eigen::RowVectorXd mean;           // 1×d, the fitted rows' mean
    Eigen::MatrixXd components;        // k×d, unit rows, largest explained variance first
    Eigen::VectorXd explainedVariance; // k, the variance along each component (n − 1 divisor)

    // (x − mean)·componentsᵀ: n×k. A component's sign is arbitrary (as in any PCA).
    Eigen::MatrixXd transform(const Eigen::MatrixXd& x) const;
};

// Fits k components to the rows of x (n×d). Throws BadInput unless 1 ≤ k ≤ min(n, d).
Pca fitPca(const Eigen::MatrixXd& x, Eigen::Index k);

} // namespace fl::cluster
