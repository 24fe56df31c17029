// Barlow's failure trees for every class at one grouping and depth, recomputed from a run's
// stored features, with each tree node's examples, error rate and error coverage for drawing.
#pragma once
#include "core/common/cancel_token.h"
#include "core/trees/failure_analysis.h"
#include <cstdint>
#include <memory>
#include <vector>

namespace fl::ui {
struct BarlowRun;

struct BarlowNode {
    int parent = -1, left = -1, right = -1;
    int depth = 0;
    int feature = -1; // the split's column of the run's features; -1 for a leaf
    double threshold = 0.0;
    std::vector<trees::Condition> path; // from the root (features are the run's columns)
    std::vector<std::int64_t> rows;     // the run's rows that reach the node
    std::int64_t errors = 0;
    double er = 0.0; // errors / size
    double ec = 0.0; // errors / the group's errors
    // Leaves only: importance ER · EC, rank by it (0 = top) and the valid-leaf test.
    double iv = 0.0;
    int rank = -1;
    bool valid = false;
    bool isLeaf() const { return feature < 0; }
    std::int64_t size() const { return std::int64_t(rows.size()); }
};

struct BarlowClassTree {
    int cls = 0;
    trees::ClassFailures failures; // as analyseFailures returns it (leaves by IV)
    std::vector<BarlowNode> nodes; // in the tree's order; node 0 is the root (the whole group)
    std::int64_t size() const { return failures.size; }
    int validLeaves() const;
};

struct BarlowAnalysis {
    bool byPrediction = false;
    int depth = 1;
    trees::FailureOptions options;
    std::vector<BarlowClassTree> classes; // classes with examples in their group, by index
    const BarlowClassTree* tree(int cls) const;
    double validTopLeafShare() const;
};

// analyseFailures on the run's features with its options at `byPrediction` and `depth`, each
// tree's nodes filled by sending the group's rows down it.
std::shared_ptr<const BarlowAnalysis> analyseBarlow(const BarlowRun& run, bool byPrediction,
                                                    int depth, const CancelToken& cancel = {});

} // namespace fl::ui
