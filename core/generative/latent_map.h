// Defuse's latent view in numbers: the training codes, the found mistakes and the regions drawn
// in two dimensions (PCA of the training codes), each region as its 2-σ ellipse there.
#pragma once
#include <Eigen/Core>
#include <vector>

namespace fl::generative {

// A region's Gaussian projected on the two axes: centre, half-axes at two standard deviations
// and the major axis' angle (radians, counter-clockwise from the first axis).
struct LatentEllipse {
    double cx = 0.0, cy = 0.0;
    double major = 0.0, minor = 0.0;
    double angle = 0.0;
};

struct LatentMap {
    std::vector<float> training; // n × 2, row-major
    std::vector<float> mistakes; // m × 2
    std::vector<LatentEllipse> regions;
    double explained[2] = {}; // share of the training codes' variance on each axis
    Eigen::MatrixXd axes;     // 2 × z: the PCA components (unit rows)
    Eigen::RowVectorXd mean;  // 1 × z: the training codes' mean
};

// PCA (cluster::fitPca) of `training` (n × z, n ≥ 2, z ≥ 2), then the rows of `mistakes` (m × z)
// and the regions (means r × z, covariances r × z² row-major) projected on its two axes: a
// region's covariance Σ becomes A Σ Aᵀ. BadInput when the shapes disagree.
LatentMap latentMap(const Eigen::MatrixXd& training, const Eigen::MatrixXd& mistakes,
                    const Eigen::MatrixXd& regionMeans, const Eigen::MatrixXd& regionCovariances);

} // namespace fl::generative
