// Barlow's failure analysis (METHODS.md §2, steps 2–5): per class and grouping, the failure
// label, the top-k features by mutual information, a weighted entropy tree, and its leaves'
// error rate, error coverage and importance, valid leaves and readable rules.
#pragma once
#include "core/trees/decision_tree.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fl::trees {

struct FailureOptions {
    bool byPrediction = false; // false: label grouping (false negatives); true: prediction (FPs)
    int depth = 1;             // 1–3
    int topK = 20;             // features kept by mutual information (paper 20, code 50)
    int neighbours = 3;        // of the MI estimator
    double delta = 0.1;        // valid leaf: ER > BER + δ …
    double tau = 0.2;          // … and EC > τ
    int minSamplesSplit = 2;
    int minSamplesLeaf = 1;
    std::uint64_t seed = 0; // of the MI estimator's tie-breaking noise
};

struct Condition {
    int feature = 0;    // column of the feature matrix
    bool atMost = true; // x ≤ threshold (left) or x > threshold (right)
    double threshold = 0.0;
};

struct FailureLeaf {
    int node = 0;                   // in ClassFailures::tree
    std::vector<Condition> path;    // from the root
    std::vector<std::int64_t> rows; // rows of the feature matrix in the leaf
    std::int64_t errors = 0;
    double er = 0.0;    // errors / size
    double ec = 0.0;    // errors / the group's errors
    double iv = 0.0;    // ER · EC
    bool valid = false; // ER > BER + δ and EC > τ
};

struct ClassFailures {
    int cls = 0;
    std::int64_t size = 0, errors = 0; // of the group
    double ber = 0.0;                  // errors / size
    double aler = 0.0;                 // Σ over leaves of ER · EC
    std::vector<int> features;         // the top-k by MI, the tree's column j is features[j]
    std::vector<double> mi;            // their mutual information with the failure label
    DecisionTree tree;                 // on the top-k columns; empty without errors
    std::vector<FailureLeaf> leaves;   // by IV, highest first
};

// One entry per class with at least one example in its group. x holds the features of the
// examples whose true labels and predictions are given (rows align). BadInput for mismatched
// sizes or options out of range.
std::vector<ClassFailures> analyseFailures(const MatrixRM& x, const std::vector<int>& labels,
                                           const std::vector<int>& predictions, int numClasses,
                                           const FailureOptions& options);

// The path with the conditions on one feature in one direction merged into the tightest
// ("f ≤ 1.39 ∧ f ≤ 1.19" → "f ≤ 1.19"), in order of first appearance; admits the same rows.
std::vector<Condition> simplifiedPath(const std::vector<Condition>& path);

// "label Shirt ∧ feature[41] ≤ 0.36 → error 0.62 (+21%), covers 64% of the class's errors".
std::string ruleText(const ClassFailures& c, const FailureLeaf& leaf, bool byPrediction,
                     const std::vector<std::string>& classNames);

// The paper's Table 1 criterion: the share of the classes (with errors) whose top-IV leaf is valid.
double validTopLeafShare(const std::vector<ClassFailures>& classes);

} // namespace fl::trees
