// The linear SVM of failure directions (METHODS.md §3): libsvm's C-SVC with a linear kernel and
// class weights, as scikit-learn's SVC(kernel='linear') trains it, and the choice of C by
// stratified, unshuffled k-fold cross-validated balanced accuracy.
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::directions {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct SvmOptions {
    double c = 1.0;
    bool balanced = true;    // class weights n / (2 · n_class), scikit-learn's 'balanced'
    double tolerance = 1e-3; // libsvm's eps (scikit-learn's tol)
    double cacheMb = 200.0;
    bool shrinking = true;
};

// h(x) = wᵀx + b; h > 0 means label 1.
struct LinearSvm {
    Eigen::VectorXd w;
    double b = 0.0;
    int supportVectors = 0;
    double decision(const float* x) const;
};

// Trains on rows of x with labels y ∈ {0, 1} (both present). BadInput otherwise.
LinearSvm fitLinearSvm(const MatrixRM& x, const std::vector<int>& y, const SvmOptions& options);

// scikit-learn's StratifiedKFold(n_splits, shuffle=False): each row's test fold, classes taken in
// order of first appearance, each class's rows in data order in blocks per fold.
std::vector<int> stratifiedFolds(const std::vector<int>& y, int folds);

// Mean recall over the classes present in `truth` (scikit-learn's balanced_accuracy_score).
double balancedAccuracy(const std::vector<int>& truth, const std::vector<int>& predicted);

struct CChoice {
    double c = 0.0;             // the best (the smallest among equals)
    double score = 0.0;         // its mean CV balanced accuracy: the failure's strength
    std::vector<double> scores; // per grid value
    bool atEdge = false;        // the best is the grid's first or last value
};

// For each C of `grid`, the mean balanced accuracy of `folds`-fold stratified CV.
CChoice chooseC(const MatrixRM& x, const std::vector<int>& y, const std::vector<double>& grid,
                int folds = 2, SvmOptions options = {});

// Per row, the decision value of the fold model that did not see it (the folds of chooseC, at
// options.c): honest scores for the very rows the refit SVM is trained on.
std::vector<double> outOfFoldDecisions(const MatrixRM& x, const std::vector<int>& y, int folds,
                                       const SvmOptions& options);

// chooseC, the refit at the chosen C and its out-of-fold decisions, sharing one Gram matrix
// (x·xᵀ, for up to 2 000 rows) across every fit: what failure directions fit per class.
struct CrossValidatedSvm {
    CChoice choice;
    LinearSvm svm;
    std::vector<double> outOfFold;
};
CrossValidatedSvm fitCrossValidated(const MatrixRM& x, const std::vector<int>& y,
                                    const std::vector<double>& grid, int folds,
                                    const SvmOptions& options);

// logspace(−6, 0, 7): 1e-6 … 1.
std::vector<double> defaultCGrid();

} // namespace fl::directions
