#include "core/cluster/domino_mixture.h"
#include "core/common/error.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace fl::cluster {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

void normaliseRows(Eigen::MatrixXd& m) {
    const Eigen::VectorXd sums = m.rowwise().sum();
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        m.row(i) /= sums(i);
}

// log N(x | s) for diagonal covariances, by the expansion scikit-learn uses so that results
// agree with it to rounding: Σ μ²/σ² − 2 x·(μ/σ²) + x²·(1/σ²).
Eigen::MatrixXd logGaussianDiag(const Eigen::MatrixXd& x, const Eigen::MatrixXd& means,
                                const Eigen::MatrixXd& variances) {
    const Eigen::Index d = x.cols();
    const Eigen::MatrixXd precisions = variances.cwiseInverse();
    const Eigen::VectorXd logDet = 0.5 * precisions.array().log().rowwise().sum();
    Eigen::MatrixXd quad = -2.0 * x * means.cwiseProduct(precisions).transpose();
    quad += x.cwiseProduct(x) * precisions.transpose();
    quad.rowwise() +=
        means.cwiseProduct(means).cwiseProduct(precisions).rowwise().sum().transpose();
    Eigen::MatrixXd out = -0.5 * (quad.array() + double(d) * std::log(2.0 * M_PI)).matrix();
    out.rowwise() += logDet.transpose();
    return out;
}

void checkRows(const Eigen::MatrixXd& x, const Eigen::MatrixXd& labels,
               const Eigen::MatrixXd& predictions) {
    if (labels.rows() != x.rows() || predictions.rows() != x.rows() ||
        labels.cols() != predictions.cols())
        throwBadInput("Domino: " + std::to_string(x.rows()) + " embeddings, " +
                      std::to_string(labels.rows()) + "×" + std::to_string(labels.cols()) +
                      " labels and " + std::to_string(predictions.rows()) + "×" +
                      std::to_string(predictions.cols()) +
                      " predictions; expected one row each and as many classes");
}

} // namespace

Eigen::MatrixXd confusionResponsibilities(const Eigen::MatrixXd& labels,
                                          const Eigen::MatrixXd& predictions, int components,
                                          double noise, const Eigen::MatrixXd& uniform) {
    const Eigen::Index n = labels.rows(), c = labels.cols();
    if (components < c * c)
        throwBadInput("Domino: the confusion initialisation needs a component per confusion "
                      "cell: at least " +
                      std::to_string(c * c) + " for " + std::to_string(c) + " classes, not " +
                      std::to_string(components));
    if (predictions.rows() != n || predictions.cols() != c || uniform.rows() != n ||
        uniform.cols() != components)
        throwBadInput("Domino: the labels, predictions and noise of the initialisation differ "
                      "in shape");
    Eigen::MatrixXd resp(n, components);
    for (Eigen::Index i = 0; i < n; ++i)
        for (int k = 0; k < components; ++k) {
            const Eigen::Index cell = k % (c * c);
            resp(i, k) = labels(i, cell / c) * predictions(i, cell % c);
        }
    normaliseRows(resp);
    resp += noise * uniform;
    normaliseRows(resp);
    return resp;
}

DominoModel dominoParameters(const Eigen::MatrixXd& x, const Eigen::MatrixXd& labels,
                             const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& resp,
                             double regCovar) {
    DominoModel m;
    const Eigen::VectorXd nk = resp.colwise().sum().transpose().array() + 10.0 * kEps;
    const Eigen::VectorXd inv = nk.cwiseInverse();
    m.means = inv.asDiagonal() * (resp.transpose() * x);
    const Eigen::MatrixXd avgX2 = inv.asDiagonal() * (resp.transpose() * x.cwiseProduct(x));
    const Eigen::MatrixXd avgXMeans = m.means.cwiseProduct(m.means); // means ∘ (respᵀx / nk)
    m.variances = (avgX2 - 2.0 * avgXMeans + m.means.cwiseProduct(m.means)).array() + regCovar;
    m.labelProbs = inv.asDiagonal() * (resp.transpose() * labels);
    m.predictionProbs = inv.asDiagonal() * (resp.transpose() * predictions);
    m.weights = nk / double(x.rows());
    return m;
}

Eigen::MatrixXd dominoWeightedLogProb(const DominoModel& m, const Eigen::MatrixXd& x,
                                      const Eigen::MatrixXd& labels,
                                      const Eigen::MatrixXd& predictions,
                                      const DominoOptions& options) {
    checkRows(x, labels, predictions);
    if (x.cols() != m.means.cols() || labels.cols() != m.labelProbs.cols())
        throwBadInput("Domino: the data has " + std::to_string(x.cols()) + " dimensions and " +
                      std::to_string(labels.cols()) + " classes; the model was fitted to " +
                      std::to_string(m.means.cols()) + " and " +
                      std::to_string(m.labelProbs.cols()));
    Eigen::MatrixXd out = logGaussianDiag(x, m.means, m.variances);
    out.rowwise() += m.weights.array().log().matrix().transpose();
    if (options.labelWeight != 0.0)
        out += options.labelWeight *
               ((labels * m.labelProbs.transpose()).array() + kEps).log().matrix();
    if (options.predictionWeight != 0.0)
        out += options.predictionWeight *
               ((predictions * m.predictionProbs.transpose()).array() + kEps).log().matrix();
    return out;
}

Eigen::MatrixXd dominoResponsibilities(const DominoModel& m, const Eigen::MatrixXd& x,
                                       const Eigen::MatrixXd& labels,
                                       const Eigen::MatrixXd& predictions,
                                       const DominoOptions& options, Eigen::VectorXd* logNorm) {
    Eigen::MatrixXd w = dominoWeightedLogProb(m, x, labels, predictions, options);
    Eigen::VectorXd norms(w.rows());
    for (Eigen::Index i = 0; i < w.rows(); ++i) {
        const double top = w.row(i).maxCoeff();
        const double lse = top + std::log((w.row(i).array() - top).exp().sum());
        norms(i) = lse;
        w.row(i) = (w.row(i).array() - lse).exp();
    }
    if (logNorm)
        *logNorm = norms;
    return w;
}

DominoModel fitDomino(const Eigen::MatrixXd& x, const Eigen::MatrixXd& labels,
                      const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& initialResp,
                      const DominoOptions& options, const Progress& progress,
                      const CancelToken& cancel) {
    checkRows(x, labels, predictions);
    if (initialResp.rows() != x.rows() || initialResp.cols() < 1)
        throwBadInput("Domino: the initial responsibilities have " +
                      std::to_string(initialResp.rows()) + " rows for " + std::to_string(x.rows()) +
                      " embeddings");
    if (x.rows() < initialResp.cols())
        throwBadInput("Domino: " + std::to_string(x.rows()) + " examples for " +
                      std::to_string(initialResp.cols()) +
                      " mixture components; expected at least one example per component");
    if (options.maxIterations < 1 || options.tolerance < 0.0 || options.regCovar < 0.0)
        throwBadInput("Domino: expected at least one iteration and a non-negative tolerance "
                      "and reg_covar");
    DominoModel m = dominoParameters(x, labels, predictions, initialResp, options.regCovar);
    double lowerBound = -std::numeric_limits<double>::infinity();
    for (int it = 1; it <= options.maxIterations; ++it) {
        cancel.throwIfCancelled();
        Eigen::VectorXd logNorm;
        const Eigen::MatrixXd resp =
            dominoResponsibilities(m, x, labels, predictions, options, &logNorm);
        m = dominoParameters(x, labels, predictions, resp, options.regCovar);
        m.iterations = it;
        const double previous = lowerBound;
        lowerBound = logNorm.mean();
        m.lowerBound = lowerBound;
        progress.report(double(it) / options.maxIterations,
                        "Domino EM iteration " + std::to_string(it) + " of " +
                            std::to_string(options.maxIterations));
        if (std::abs(lowerBound - previous) < options.tolerance) {
            m.converged = true;
            break;
        }
    }
    return m;
}

double dominoSliceScore(const DominoModel& m, Eigen::Index component, bool absolute) {
    const Eigen::RowVectorXd gap = m.predictionProbs.row(component) - m.labelProbs.row(component);
    return absolute ? gap.cwiseAbs().maxCoeff() : std::abs(gap.maxCoeff());
}

std::vector<int> dominoSliceOrder(const DominoModel& m, bool absolute) {
    std::vector<int> order(std::size_t(m.weights.size()));
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> score;
    for (int k : order)
        score.push_back(dominoSliceScore(m, k, absolute));
    std::stable_sort(order.begin(), order.end(), [&score](int a, int b) {
        return score[std::size_t(a)] > score[std::size_t(b)];
    });
    return order;
}

} // namespace fl::cluster
