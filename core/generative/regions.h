// Defuse's candidate regions (METHODS.md §5.3–5.4): the mixture components heavy enough to keep,
// what the found mistakes in each say, and the seeded samples N(μ, τΣ) annotators label.
#pragma once
#include "core/generative/beta_vae.h"
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::generative {

struct Region {
    int component = 0;          // index of the mixture component
    double weight = 0.0;        // its mixture weight π
    Eigen::VectorXd mean;       // μ (z)
    Eigen::MatrixXd covariance; // Σ (z×z)
    std::int64_t size = 0;      // found mistakes assigned to it (largest posterior)
    // Over those mistakes: the classifier's predictions on them and their source images' labels,
    // counted per class; the majority is the most counted class (smallest index on ties), -1
    // when the region has no mistakes.
    std::vector<std::int64_t> predictionCounts, labelCounts;
    int majorityPrediction = -1;
    int majorityLabel = -1;
};

// The regions of the kept components (in the order given), from the mixture's weights, means
// and covariances and each mistake's component, prediction and source label. BadInput when the
// sizes disagree or a component index is out of range.
std::vector<Region> regionsOf(const Eigen::VectorXd& weights, const Eigen::MatrixXd& means,
                              const std::vector<Eigen::MatrixXd>& covariances,
                              const std::vector<int>& kept, const std::vector<int>& assignment,
                              const std::vector<int>& predictions, const std::vector<int>& labels,
                              int numClasses);

// The seed of sample `sample` of the region at `regionIndex` (its place in the run's region
// list): stored with each annotation so the sample can be decoded again.
std::uint64_t regionSampleSeed(std::uint64_t runSeed, int regionIndex, int sample);

// One draw z = μ + √τ · L n, with L L' = Σ (a Cholesky factor; Σ's eigenvalues are clipped at 0
// when it is not positive definite) and n ~ N(0, I) from `sampleSeed` (Box–Muller on a
// mt19937_64, identical across standard libraries).
Eigen::VectorXf regionSample(const Region& region, double tau, std::uint64_t sampleSeed);

// Samples first..first+count−1 of the region, one row each (count×z).
MatrixRM regionSamples(const Region& region, double tau, std::uint64_t runSeed, int regionIndex,
                       int first, int count);

// The majority of per-class counts (smallest index on ties), -1 when all are zero.
int majorityOf(const std::vector<std::int64_t>& counts);

} // namespace fl::generative
