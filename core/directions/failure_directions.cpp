#include "core/directions/failure_directions.h"
#include "core/common/error.h"
#include <cmath>

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

std::vector<ClassDirection> fitDirections(const MatrixRM& z, const std::vector<int>& labels,
                                          const std::vector<int>& predictions, int numClasses,
                                          const DirectionOptions& o) {
    if (std::int64_t(labels.size()) != z.rows() || predictions.size() != labels.size())
        throwBadInput("failure directions: " + std::to_string(z.rows()) + " embeddings, " +
                      std::to_string(labels.size()) + " labels and " +
                      std::to_string(predictions.size()) + " predictions");
    std::vector<ClassDirection> out;
    for (int c = 0; c < numClasses; ++c) {
        ClassDirection cd;
        cd.cls = c;
        std::vector<Eigen::Index> rows;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] == c)
                rows.push_back(Eigen::Index(i));
        MatrixRM xc(Eigen::Index(rows.size()), z.cols());
        std::vector<int> correct;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            xc.row(Eigen::Index(r)) = z.row(rows[r]);
            const bool right = predictions[std::size_t(rows[r])] == c;
            correct.push_back(right ? 1 : 0);
            cd.errors += !right;
        }
        cd.size = std::int64_t(rows.size());
        const std::int64_t right = cd.size - cd.errors;
        if (cd.errors == 0 || right == 0)
            cd.skipped = cd.errors == 0 ? "no errors" : "no correct examples";
        else if (std::min(cd.errors, right) < o.folds)
            cd.skipped = "fewer than " + std::to_string(o.folds) +
                         " errors or correct examples for " + std::to_string(o.folds) +
                         "-fold cross-validation";
        if (cd.skipped.empty()) {
            cd.choice = chooseC(xc, correct, o.grid, o.folds, o.svm);
            SvmOptions s = o.svm;
            s.c = cd.choice.c;
            cd.svm = fitLinearSvm(xc, correct, s);
            cd.fitted = true;
        }
        out.push_back(std::move(cd));
    }
    return out;
}

} // namespace fl::directions
