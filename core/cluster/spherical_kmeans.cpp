#include "core/cluster/spherical_kmeans.h"
#include "core/common/error.h"
#include <faiss/Clustering.h>
#include <faiss/IndexFlat.h>
#include <omp.h>
#include <stdexcept>

namespace fl::cluster {
namespace {

// Small problems run faiss on one OpenMP thread: a K-means on 5 000×50 points takes
// milliseconds, and on shared, oversubscribed cores OpenMP's fork/join of every iteration made
// InfEmbed-Rule's many small calls 100× slower (0.08 s → 20 s measured here).
struct OmpThreadsGuard {
    int saved = omp_get_max_threads();
    explicit OmpThreadsGuard(bool single) {
        if (single)
            omp_set_num_threads(1);
    }
    ~OmpThreadsGuard() { omp_set_num_threads(saved); }
};

} // namespace

KMeansResult sphericalKMeans(const MatrixRM& x, const KMeansOptions& o, const CancelToken& cancel) {
    const auto n = x.rows();
    const auto d = x.cols();
    if (o.k < 1)
        throwBadInput("K-means needs k >= 1, got " + std::to_string(o.k));
    if (n < o.k)
        throwBadInput("K-means: " + std::to_string(n) + " points cannot form " +
                      std::to_string(o.k) + " clusters");
    if (d < 1)
        throwBadInput("K-means needs points with at least one dimension");
    cancel.throwIfCancelled();

    const OmpThreadsGuard threads(double(n) * o.k * d < 5e7);
    faiss::ClusteringParameters cp;
    cp.niter = o.niter;
    cp.seed = int(o.seed);
    cp.spherical = true;
    cp.max_points_per_centroid = o.maxPointsPerCentroid;
    // Only silences faiss's "please provide at least …" warning on small nodes of the
    // InfEmbed-Rule tree; the clustering itself is unchanged.
    cp.min_points_per_centroid = 1;
    faiss::Clustering clus(int(d), o.k, cp);
    faiss::IndexFlatIP index(d);
    try {
        clus.train(n, x.data(), index);
        index.reset();
        index.add(o.k, clus.centroids.data());
    } catch (const std::exception& e) {
        throwFailure(std::string("faiss K-means failed: ") + e.what());
    }
    cancel.throwIfCancelled();

    KMeansResult r;
    r.centroids = Eigen::Map<const MatrixRM>(clus.centroids.data(), o.k, d);
    std::vector<float> sims(static_cast<std::size_t>(n));
    std::vector<faiss::Index::idx_t> labels(static_cast<std::size_t>(n));
    index.search(n, x.data(), 1, sims.data(), labels.data());
    r.assignments.resize(std::size_t(n));
    r.sizes.assign(std::size_t(o.k), 0);
    r.sqDistance.resize(std::size_t(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        const int c = int(labels[std::size_t(i)]);
        r.assignments[std::size_t(i)] = c;
        ++r.sizes[std::size_t(c)];
        r.sqDistance[std::size_t(i)] = (x.row(i) - r.centroids.row(c)).squaredNorm();
        r.objective += sims[std::size_t(i)];
    }
    r.similarity = std::move(sims);
    return r;
}

} // namespace fl::cluster
