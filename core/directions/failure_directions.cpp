#include "core/directions/failure_directions.h"
#include "core/common/error.h"
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

namespace fl::directions {

Whitening fitWhitening(const MatrixRM& train) {
    if (train.rows() == 0)
        throwBadInput("whitening needs training embeddings, got none");
    Whitening w;
    const Eigen::MatrixXd t = train.cast<double>();
    w.mean = t.colwise().mean().transpose();
    w.sd = ((t.rowwise() - w.mean.transpose()).array().square().colwise().sum() / double(t.rows()))
               .sqrt()
               .transpose();
    for (Eigen::Index j = 0; j < w.sd.size(); ++j)
        if (w.sd[j] == 0.0)
            w.sd[j] = 1.0;
    return w;
}

MatrixRM whitenAndNormalise(const MatrixRM& x, const Whitening& w) {
    if (x.cols() != w.mean.size())
        throwBadInput("whitening: embeddings have " + std::to_string(x.cols()) +
                      " dimensions, the training statistics " + std::to_string(w.mean.size()));
    MatrixRM z(x.rows(), x.cols());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        Eigen::VectorXd r = (x.row(i).cast<double>().transpose() - w.mean).cwiseQuotient(w.sd);
        const double norm = r.norm();
        if (norm > 0)
            r /= norm;
        z.row(i) = r.cast<float>().transpose();
    }
    return z;
}

namespace {

ClassDirection fitClass(const MatrixRM& z, const std::vector<int>& labels,
                        const std::vector<int>& predictions, int c, const DirectionOptions& o) {
    ClassDirection cd;
    cd.cls = c;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == c)
            cd.rows.push_back(Eigen::Index(i));
    MatrixRM xc(Eigen::Index(cd.rows.size()), z.cols());
    std::vector<int> correct;
    for (std::size_t r = 0; r < cd.rows.size(); ++r) {
        xc.row(Eigen::Index(r)) = z.row(cd.rows[r]);
        const bool right = predictions[std::size_t(cd.rows[r])] == c;
        correct.push_back(right ? 1 : 0);
        cd.errors += !right;
    }
    cd.size = std::int64_t(cd.rows.size());
    const std::int64_t right = cd.size - cd.errors;
    if (cd.errors == 0 || right == 0)
        cd.skipped = cd.errors == 0 ? "no errors" : "no correct examples";
    else if (std::min(cd.errors, right) < o.folds)
        cd.skipped = "fewer than " + std::to_string(o.folds) + " errors or correct examples for " +
                     std::to_string(o.folds) + "-fold cross-validation";
    if (!cd.skipped.empty())
        return cd;
    auto fit = fitCrossValidated(xc, correct, o.grid, o.folds, o.svm);
    cd.choice = std::move(fit.choice);
    cd.svm = std::move(fit.svm);
    cd.outOfFold = std::move(fit.outOfFold);
    cd.fitted = true;
    return cd;
}

} // namespace

std::vector<ClassDirection> fitDirections(const MatrixRM& z, const std::vector<int>& labels,
                                          const std::vector<int>& predictions, int numClasses,
                                          const DirectionOptions& o) {
    if (std::int64_t(labels.size()) != z.rows() || predictions.size() != labels.size())
        throwBadInput("failure directions: " + std::to_string(z.rows()) + " embeddings, " +
                      std::to_string(labels.size()) + " labels and " +
                      std::to_string(predictions.size()) + " predictions");
    if (o.grid.empty())
        throwBadInput("failure directions: the C grid is empty");
    std::vector<ClassDirection> out(std::size_t(std::max(numClasses, 0)));
    // Classes are independent: each thread takes the next one; the first error is rethrown.
    std::atomic<int> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&] {
        for (int c; (c = next++) < numClasses;) {
            try {
                out[std::size_t(c)] = fitClass(z, labels, predictions, c, o);
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
            }
        }
    };
    const int threads =
        std::clamp(o.threads > 0 ? o.threads : int(std::thread::hardware_concurrency()), 1,
                   std::max(numClasses, 1));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    return out;
}

std::vector<double> logGrid(double minExponent, double maxExponent, int steps) {
    if (steps < 1 || minExponent > maxExponent || !std::isfinite(minExponent) ||
        !std::isfinite(maxExponent))
        throwBadInput("C grid: expected at least one step from a smaller to a larger exponent, got "
                      "10^" +
                      std::to_string(minExponent) + " … 10^" + std::to_string(maxExponent) +
                      " in " + std::to_string(steps) + " steps");
    std::vector<double> g;
    for (int i = 0; i < steps; ++i)
        g.push_back(std::pow(10.0, steps == 1 ? minExponent
                                              : minExponent + (maxExponent - minExponent) * i /
                                                                  double(steps - 1)));
    return g;
}

} // namespace fl::directions
