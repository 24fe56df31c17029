// Domino's error-aware mixture model (Eyuboglu et al., ICLR 2022; DominoMixture in the reference
// code): a diagonal Gaussian mixture over the embedding, jointly with categorical label and
// (soft) prediction variables per component, fitted by EM as scikit-learn's GaussianMixture is.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include <Eigen/Core>
#include <vector>

namespace fl::cluster {

struct DominoOptions {
    int maxIterations = 100;
    double tolerance = 1e-3;       // on the change of the mean log-likelihood per row
    double regCovar = 1e-6;        // added to every variance
    double labelWeight = 1.0;      // γ: the weight of log P(Y = y | S) in the E-step
    double predictionWeight = 1.0; // γ̂: the weight of log P(Ŷ = ŷ | S)
};

struct DominoModel {
    Eigen::VectorXd weights;         // K: P(S = s)
    Eigen::MatrixXd means;           // K×d
    Eigen::MatrixXd variances;       // K×d: the diagonal covariances (regCovar included)
    Eigen::MatrixXd labelProbs;      // K×C: P(Y = j | S = s)
    Eigen::MatrixXd predictionProbs; // K×C: P(Ŷ = j | S = s)
    int iterations = 0;              // EM iterations run
    bool converged = false;          // stopped on the tolerance before maxIterations
    double lowerBound = 0.0;         // mean log-likelihood per row at the last iteration
};

// The reference's "confusion" initialisation: row i's label ⊗ prediction (C² columns, cell
// a·C + b), repeated to `components` columns, normalised per row, plus noise·uniform (n×K,
// values in [0, 1)), normalised again. Throws BadInput when components < C² (a component
// per confusion cell) or the shapes disagree.
Eigen::MatrixXd confusionResponsibilities(const Eigen::MatrixXd& labels,
                                          const Eigen::MatrixXd& predictions, int components,
                                          double noise, const Eigen::MatrixXd& uniform);

// The M-step: the parameters that responsibilities `resp` (n×K) give, as in the reference's
// _estimate_parameters (the component masses get 10·ε so an empty component stays finite).
DominoModel dominoParameters(const Eigen::MatrixXd& x, const Eigen::MatrixXd& labels,
                             const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& resp,
                             double regCovar);

// log P(S = s) + log N(x | s) + γ log P(Y = y | S = s) + γ̂ log Σ_j ŷ_j P(Ŷ = j | S = s), n×K
// (label and prediction terms get ε inside the log, as in the reference).
Eigen::MatrixXd dominoWeightedLogProb(const DominoModel& m, const Eigen::MatrixXd& x,
                                      const Eigen::MatrixXd& labels,
                                      const Eigen::MatrixXd& predictions,
                                      const DominoOptions& options);

// The E-step: P(S = s | x, y, ŷ), n×K; *logNorm (if given) gets each row's log-likelihood.
Eigen::MatrixXd dominoResponsibilities(const DominoModel& m, const Eigen::MatrixXd& x,
                                       const Eigen::MatrixXd& labels,
                                       const Eigen::MatrixXd& predictions,
                                       const DominoOptions& options,
                                       Eigen::VectorXd* logNorm = nullptr);

// EM from the initial responsibilities until the mean log-likelihood changes by less than the
// tolerance or maxIterations have run. Rows of x (n×d), labels and predictions (n×C, one-hot or
// soft) correspond. Reports progress per iteration; Error(Cancelled) between iterations.
DominoModel fitDomino(const Eigen::MatrixXd& x, const Eigen::MatrixXd& labels,
                      const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& initialResp,
                      const DominoOptions& options, const Progress& progress = {},
                      const CancelToken& cancel = {});

// How much component s's predictions differ from its labels. The reference code scores
// |max_j (ŷ_j − y_j)|; `absolute` scores max_j |ŷ_j − y_j| (the paper's wording), which also
// counts a class the component's predictions avoid.
double dominoSliceScore(const DominoModel& m, Eigen::Index component, bool absolute);

// The components, highest slice score first (ties by index).
std::vector<int> dominoSliceOrder(const DominoModel& m, bool absolute);

} // namespace fl::cluster
