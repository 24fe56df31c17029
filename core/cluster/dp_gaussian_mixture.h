// A Dirichlet-process Gaussian mixture with full covariances fitted by variational inference, as
// scikit-learn's BayesianGaussianMixture(weight_concentration_prior_type="dirichlet_process").
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::cluster {

struct DpGmmOptions {
    int components = 100; // K: the truncation of the stick-breaking process
    int maxIterations = 1000;
    double tolerance = 1e-3; // on the change of the lower bound between iterations
    double regCovar = 1e-6;  // added to the diagonal of every component's empirical covariance
    double weightConcentrationPrior = 0; // γ of the sticks' Beta(1, γ); 0 → 1/components
    double meanPrecisionPrior = 1.0;     // β₀
    double degreesOfFreedomPrior = 0;    // ν₀; 0 → d (must otherwise exceed d − 1)
    std::uint64_t seed = 0;              // of the own k-means initialisation
    int kmeansIterations = 300;          // Lloyd iterations at most, for the own initialisation
    int threads = 0;                     // 0 → every core; results do not depend on it
};

struct DpGmmModel {
    Eigen::VectorXd weights; // K: expected stick-breaking weights (sklearn's weights_)
    Eigen::MatrixXd means;   // K×d: posterior means of the component means
    std::vector<Eigen::MatrixXd> covariances;       // K of d×d: Wishart scale / ν (covariances_)
    std::vector<Eigen::MatrixXd> precisionCholesky; // K of d×d upper: (Lᵀ)⁻¹ for covariance L·Lᵀ
    Eigen::VectorXd degreesOfFreedom;               // K: ν_k = ν₀ + N_k
    Eigen::VectorXd meanPrecision;                  // K: β_k = β₀ + N_k
    Eigen::VectorXd weightConcentrationA;           // K: the sticks' Beta(a_k, b_k)
    Eigen::VectorXd weightConcentrationB;
    int iterations = 0;      // variational iterations run (sklearn's n_iter_)
    bool converged = false;  // stopped on the tolerance before maxIterations
    double lowerBound = 0.0; // sklearn's lower_bound_ at the last iteration (−∞ after none)
    std::vector<int> labels; // argmax responsibility per row of the fitted data, final E-step
};

// Fits the rows of x (n×d) from the labels of an own seeded k-means (k-means++ seeding, then
// Lloyd), as sklearn initialises from its KMeans. Throws BadInput on empty or non-finite x,
// components < 1, n < components or out-of-range options; Failure when a covariance is not
// positive definite; Error(Cancelled) between iterations. Reports progress per iteration.
DpGmmModel fitDpGmm(const Eigen::MatrixXd& x, const DpGmmOptions& options,
                    const Progress& progress = {}, const CancelToken& cancel = {});

// As above from the given hard labels (one per row, in [0, components)): responsibilities one-hot
// in them, then sklearn's initial M-step. Given sklearn's KMeans labels, the same computation.
DpGmmModel fitDpGmm(const Eigen::MatrixXd& x, const std::vector<int>& initialLabels,
                    const DpGmmOptions& options, const Progress& progress = {},
                    const CancelToken& cancel = {});

// The variational posterior over the components for each row of x (n×K, rows sum to 1).
Eigen::MatrixXd dpGmmResponsibilities(const DpGmmModel& model, const Eigen::MatrixXd& x);

// The components whose weight exceeds minWeight, heaviest first (ties by index).
std::vector<int> keptComponents(const DpGmmModel& model, double minWeight = 0.01);

// Seeded k-means: greedy k-means++ seeding (2 + ⌊ln k⌋ candidates a step, as sklearn) and Lloyd
// until the centres move by at most 1e-4 · the mean feature variance (squared, summed) or the
// labels stop changing. The labels of the rows of x; an emptied cluster takes the row farthest
// from its centre. Throws BadInput when x has fewer rows than k.
std::vector<int> kmeansLabels(const Eigen::MatrixXd& x, int k, int maxIterations,
                              std::uint64_t seed, const CancelToken& cancel = {});

} // namespace fl::cluster
