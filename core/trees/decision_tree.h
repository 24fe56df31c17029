// CART with entropy and class weights, grown as scikit-learn's DecisionTreeClassifier(criterion=
// 'entropy', class_weight=…) grows it (best split per node, midpoint thresholds, depth-first node
// order), for Barlow's failure trees (METHODS.md §2).
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::trees {

using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct TreeOptions {
    int maxDepth = 1;                 // the root is depth 0
    int minSamplesSplit = 2;          // a node with fewer samples is a leaf
    int minSamplesLeaf = 1;           // each child keeps at least this many
    std::vector<double> classWeights; // per class; empty = all 1 (Barlow: {1, n_correct/n_fail})
};

struct TreeNode {
    int feature = -1;       // -1 for a leaf
    double threshold = 0.0; // samples with x[feature] <= threshold go left
    int left = -1, right = -1;
    std::int64_t samples = 0;
    std::vector<double> weightedCounts; // per class, with the class weights
    double impurity = 0.0;              // entropy (bits) of weightedCounts
    int depth = 0;
    bool isLeaf() const { return feature < 0; }
};

struct DecisionTree {
    int numClasses = 0;
    std::vector<TreeNode> nodes; // node 0 is the root; depth-first, left subtree before right
    // The leaf a row of features falls into.
    int leafOf(const float* row) const;
    // The leaf of every row of x.
    std::vector<int> apply(const MatrixRM& x) const;
};

// Grows the tree on rows of x with labels y in [0, numClasses). Ties between equally good splits
// go to the lower feature index (scikit-learn breaks them by a seeded feature order instead).
// BadInput for mismatched sizes, labels out of range or options out of range.
DecisionTree fitDecisionTree(const MatrixRM& x, const std::vector<int>& y, int numClasses,
                             const TreeOptions& options);

// Entropy in bits of weighted class counts (0 for an empty node).
double entropy(const std::vector<double>& weightedCounts);

} // namespace fl::trees
