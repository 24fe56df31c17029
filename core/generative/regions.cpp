// Regions from the fitted mixture and their seeded samples: a Cholesky factor of τΣ per draw
// and Box–Muller normals, so a stored (region, sample, seed) decodes to the same image again.
#include "core/generative/regions.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <cmath>
#include <numbers>
#include <random>

namespace fl::generative {
namespace {

// A factor L with L L' = Σ: Cholesky when Σ is positive definite, else from its eigenvalues
// clipped at 0 (a degenerate component still samples along the directions it has).
Eigen::MatrixXd covarianceFactor(const Eigen::MatrixXd& cov) {
    Eigen::LLT<Eigen::MatrixXd> llt(cov);
    if (llt.info() == Eigen::Success)
        return llt.matrixL();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(cov);
    return es.eigenvectors() * es.eigenvalues().cwiseMax(0.0).cwiseSqrt().asDiagonal();
}

} // namespace

int majorityOf(const std::vector<std::int64_t>& counts) {
    int best = -1;
    std::int64_t most = 0;
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > most) {
            most = counts[c];
            best = int(c);
        }
    return best;
}

std::vector<Region> regionsOf(const Eigen::VectorXd& weights, const Eigen::MatrixXd& means,
                              const std::vector<Eigen::MatrixXd>& covariances,
                              const std::vector<int>& kept, const std::vector<int>& assignment,
                              const std::vector<int>& predictions, const std::vector<int>& labels,
                              int numClasses) {
    const auto k = weights.size();
    if (means.rows() != k || Eigen::Index(covariances.size()) != k)
        throwBadInput("regions: the mixture has " + std::to_string(k) + " weights but " +
                      std::to_string(means.rows()) + " means and " +
                      std::to_string(covariances.size()) + " covariances");
    if (predictions.size() != assignment.size() || labels.size() != assignment.size())
        throwBadInput("regions: every found mistake needs a component, a prediction and a label");
    if (numClasses < 1)
        throwBadInput("regions: the classifier needs at least one class");
    std::vector<int> slot(std::size_t(k), -1);
    std::vector<Region> out;
    for (int c : kept) {
        if (c < 0 || c >= k)
            throwBadInput("regions: component " + std::to_string(c) + " is not in the mixture");
        Region r;
        r.component = c;
        r.weight = weights(c);
        r.mean = means.row(c).transpose();
        r.covariance = covariances[std::size_t(c)];
        r.predictionCounts.assign(std::size_t(numClasses), 0);
        r.labelCounts.assign(std::size_t(numClasses), 0);
        slot[std::size_t(c)] = int(out.size());
        out.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < assignment.size(); ++i) {
        const int a = assignment[i];
        if (a < 0 || a >= k)
            throwBadInput("regions: mistake " + std::to_string(i) + " is assigned to component " +
                          std::to_string(a) + ", not in the mixture");
        if (slot[std::size_t(a)] < 0)
            continue;
        auto& r = out[std::size_t(slot[std::size_t(a)])];
        ++r.size;
        if (predictions[i] >= 0 && predictions[i] < numClasses)
            ++r.predictionCounts[std::size_t(predictions[i])];
        if (labels[i] >= 0 && labels[i] < numClasses)
            ++r.labelCounts[std::size_t(labels[i])];
    }
    for (auto& r : out) {
        r.majorityPrediction = majorityOf(r.predictionCounts);
        r.majorityLabel = majorityOf(r.labelCounts);
    }
    return out;
}

std::uint64_t regionSampleSeed(std::uint64_t runSeed, int regionIndex, int sample) {
    return mixSeed(mixSeed(runSeed, std::uint64_t(regionIndex)), std::uint64_t(sample));
}

Eigen::VectorXf regionSample(const Region& region, double tau, std::uint64_t sampleSeed) {
    const auto z = region.mean.size();
    if (region.covariance.rows() != z || region.covariance.cols() != z)
        throwBadInput("region sample: the covariance is not " + std::to_string(z) + "×" +
                      std::to_string(z));
    if (!(tau >= 0))
        throwBadInput("region sample: τ must be ≥ 0");
    std::mt19937_64 engine(sampleSeed);
    // 53-bit uniforms in (0, 1]: log never sees 0.
    const auto uniform = [&engine] { return (double(engine() >> 11) + 1.0) * 0x1.0p-53; };
    Eigen::VectorXd n(z);
    for (Eigen::Index i = 0; i < z; i += 2) {
        const double r = std::sqrt(-2.0 * std::log(uniform()));
        const double t = 2.0 * std::numbers::pi * uniform();
        n(i) = r * std::cos(t);
        if (i + 1 < z)
            n(i + 1) = r * std::sin(t);
    }
    return (region.mean + std::sqrt(tau) * (covarianceFactor(region.covariance) * n)).cast<float>();
}

MatrixRM regionSamples(const Region& region, double tau, std::uint64_t runSeed, int regionIndex,
                       int first, int count) {
    MatrixRM out(count, region.mean.size());
    for (int i = 0; i < count; ++i)
        out.row(i) = regionSample(region, tau, regionSampleSeed(runSeed, regionIndex, first + i))
                         .transpose();
    return out;
}

} // namespace fl::generative
