#include "core/generative/latent_map.h"
#include "core/cluster/pca.h"
#include "core/common/error.h"
#include <Eigen/Eigenvalues>
#include <cmath>
#include <string>

namespace fl::generative {
namespace {

std::vector<float> rowsOf(const Eigen::MatrixXd& xy) {
    std::vector<float> out(std::size_t(xy.rows() * 2));
    for (Eigen::Index i = 0; i < xy.rows(); ++i) {
        out[std::size_t(2 * i)] = float(xy(i, 0));
        out[std::size_t(2 * i + 1)] = float(xy(i, 1));
    }
    return out;
}

} // namespace

LatentMap latentMap(const Eigen::MatrixXd& training, const Eigen::MatrixXd& mistakes,
                    const Eigen::MatrixXd& regionMeans, const Eigen::MatrixXd& regionCovariances) {
    const auto z = training.cols();
    if (training.rows() < 2 || z < 2)
        throwBadInput("the latent view needs at least two training codes of two dimensions or "
                      "more; got " +
                      std::to_string(training.rows()) + " × " + std::to_string(z));
    if (mistakes.rows() > 0 && mistakes.cols() != z)
        throwBadInput("the found codes have " + std::to_string(mistakes.cols()) +
                      " dimensions, the training codes " + std::to_string(z));
    if (regionMeans.rows() > 0 &&
        (regionMeans.cols() != z || regionCovariances.rows() != regionMeans.rows() ||
         regionCovariances.cols() != z * z))
        throwBadInput("the regions' means and covariances are not r × z and r × z² for z = " +
                      std::to_string(z));
    const auto pca = cluster::fitPca(training, 2);
    LatentMap m;
    m.axes = pca.components;
    m.mean = pca.mean;
    m.training = rowsOf(pca.transform(training));
    if (mistakes.rows() > 0)
        m.mistakes = rowsOf(pca.transform(mistakes));
    const double total = (training.rowwise() - pca.mean).squaredNorm() /
                         double(std::max<Eigen::Index>(1, training.rows() - 1));
    for (int k = 0; k < 2; ++k)
        m.explained[k] = total > 0 ? pca.explainedVariance(k) / total : 0.0;
    for (Eigen::Index r = 0; r < regionMeans.rows(); ++r) {
        const Eigen::MatrixXd centre = pca.transform(regionMeans.row(r));
        // A row holds Σ's z² entries (symmetric, so either order); copied to be contiguous.
        const Eigen::RowVectorXd entries = regionCovariances.row(r);
        const Eigen::Map<const Eigen::MatrixXd> sigma(entries.data(), z, z);
        const Eigen::Matrix2d c = pca.components * sigma * pca.components.transpose();
        const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eig(c);
        // Ascending eigenvalues: the second is the major axis.
        const Eigen::Vector2d along = eig.eigenvectors().col(1);
        LatentEllipse e;
        e.cx = centre(0, 0);
        e.cy = centre(0, 1);
        e.major = 2.0 * std::sqrt(std::max(0.0, eig.eigenvalues()(1)));
        e.minor = 2.0 * std::sqrt(std::max(0.0, eig.eigenvalues()(0)));
        e.angle = std::atan2(along(1), along(0));
        m.regions.push_back(e);
    }
    return m;
}

} // namespace fl::generative
