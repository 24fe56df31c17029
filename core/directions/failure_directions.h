// Failure directions per class (METHODS.md §3 steps 2–4): embeddings whitened with the training
// split's statistics and L2-normalised, then per class a linear SVM on the validation split
// telling correct from wrong, C by cross-validation, its CV score the failure's strength.
#pragma once
#include "core/directions/linear_svm.h"
#include <string>
#include <vector>

namespace fl::directions {

// Per-dimension mean and standard deviation (population, as scikit-learn's StandardScaler; a
// constant dimension gets 1).
struct Whitening {
    Eigen::VectorXd mean, sd;
};
Whitening fitWhitening(const MatrixRM& train);
// (x − mean) / sd, then each row scaled to unit L2 norm (a zero row stays zero).
MatrixRM whitenAndNormalise(const MatrixRM& x, const Whitening& w);

struct DirectionOptions {
    std::vector<double> grid = defaultCGrid();
    int folds = 2;
    SvmOptions svm;  // c is chosen; balanced by default
    int threads = 0; // classes fitted in parallel (0 = the hardware's concurrency)
};

struct ClassDirection {
    int cls = 0;
    std::int64_t size = 0, errors = 0; // validation examples labelled cls, and the wrong ones
    bool fitted = false;
    std::string skipped; // why not, when !fitted ("no errors", "fewer than 2 errors per fold")
    CChoice choice;      // choice.score is the failure's strength
    LinearSvm svm;       // refit on all of the class's validation examples at choice.c
    std::vector<Eigen::Index> rows; // the class's rows of z, in order
    // Per entry of `rows`, the decision value of the CV model (at choice.c) that did not see it.
    std::vector<double> outOfFold;
};

// One entry per class 0..numClasses−1. `z` holds the whitened, normalised embeddings of the
// validation examples whose labels and predictions are given (rows align). BadInput for
// mismatched sizes.
std::vector<ClassDirection> fitDirections(const MatrixRM& z, const std::vector<int>& labels,
                                          const std::vector<int>& predictions, int numClasses,
                                          const DirectionOptions& options = {});

// logspace(minExponent, maxExponent, steps): the C grid, widened where the best C sits at an edge.
// BadInput unless steps ≥ 1 and minExponent ≤ maxExponent.
std::vector<double> logGrid(double minExponent, double maxExponent, int steps);

} // namespace fl::directions
