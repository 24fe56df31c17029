// Spherical K-means (centroids L2-normalised after every iteration) with faiss, as the InfEmbed
// reference calls it: faiss Kmeans(spherical=True, seed 42, 25 iterations, random-point init).
#pragma once
#include "core/common/cancel_token.h"
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::cluster {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct KMeansOptions {
    int k = 20;
    int niter = 25;
    std::uint64_t seed = 42;
    // faiss subsamples to k·maxPointsPerCentroid points for training (faiss default 256); the
    // assignment below still covers every point.
    int maxPointsPerCentroid = 256;
};

struct KMeansResult {
    std::vector<int> assignments;    // per point, 0..k-1
    MatrixRM centroids;              // k×D, unit norm
    std::vector<float> similarity;   // per point, ⟨x, own centroid⟩ (what assignment maximises)
    std::vector<float> sqDistance;   // per point, ‖x − own centroid‖²
    std::vector<std::int64_t> sizes; // per cluster
    double objective = 0.0;          // Σ similarity at the final assignment
};

// Clusters the rows of x (N×D, the points are NOT normalised, as in the reference). Assignment
// is by largest inner product with the unit centroids (faiss IndexFlatIP, as faiss's Python
// Kmeans uses for spherical=True). Throws BadInput when N < k or k < 1; Error(Cancelled)
// when cancelled before or after the faiss call (faiss itself cannot be interrupted).
KMeansResult sphericalKMeans(const MatrixRM& x, const KMeansOptions& options,
                             const CancelToken& cancel = {});

} // namespace fl::cluster
