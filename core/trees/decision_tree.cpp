#include "core/trees/decision_tree.h"
#include "core/common/error.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fl::trees {
namespace {

// scikit-learn's FEATURE_THRESHOLD: values closer than this count as equal.
constexpr float kFeatureThreshold = 1e-7f;
// scikit-learn's EPSILON for "pure" nodes.
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct Builder {
    const MatrixRM& x;
    const std::vector<int>& y;
    int classes;
    const TreeOptions& o;
    std::vector<double> weight; // per class
    DecisionTree tree;

    std::vector<double> countsOf(const std::vector<std::int64_t>& rows) const {
        std::vector<double> c(std::size_t(classes), 0.0);
        for (auto r : rows)
            c[std::size_t(y[std::size_t(r)])] += weight[std::size_t(y[std::size_t(r)])];
        return c;
    }

    struct Split {
        int feature = -1;
        double threshold = 0.0;
        double proxy = -std::numeric_limits<double>::infinity();
    };

    // The best split of `rows`: the largest −(w_left·H_left + w_right·H_right) (scikit-learn's
    // proxy improvement), first feature first on ties.
    Split bestSplit(const std::vector<std::int64_t>& rows) const {
        Split best;
        const auto n = rows.size();
        std::vector<std::pair<float, int>> sorted(n); // value, label
        for (Eigen::Index f = 0; f < x.cols(); ++f) {
            for (std::size_t i = 0; i < n; ++i)
                sorted[i] = {x(rows[i], f), y[std::size_t(rows[i])]};
            std::stable_sort(sorted.begin(), sorted.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            if (sorted.back().first <= sorted.front().first + kFeatureThreshold)
                continue; // constant here
            std::vector<double> left(std::size_t(classes), 0.0), right(std::size_t(classes), 0.0);
            for (const auto& [v, label] : sorted)
                right[std::size_t(label)] += weight[std::size_t(label)];
            std::size_t p = 0;
            while (p < n) {
                // Move every sample of one value (within the threshold) to the left.
                while (p + 1 < n && sorted[p + 1].first <= sorted[p].first + kFeatureThreshold) {
                    left[std::size_t(sorted[p].second)] += weight[std::size_t(sorted[p].second)];
                    right[std::size_t(sorted[p].second)] -= weight[std::size_t(sorted[p].second)];
                    ++p;
                }
                left[std::size_t(sorted[p].second)] += weight[std::size_t(sorted[p].second)];
                right[std::size_t(sorted[p].second)] -= weight[std::size_t(sorted[p].second)];
                ++p;
                if (p >= n)
                    break;
                const auto nLeft = std::int64_t(p), nRight = std::int64_t(n - p);
                if (nLeft < o.minSamplesLeaf || nRight < o.minSamplesLeaf)
                    continue;
                const double wl = std::accumulate(left.begin(), left.end(), 0.0);
                const double wr = std::accumulate(right.begin(), right.end(), 0.0);
                const double proxy = -wr * entropy(right) - wl * entropy(left);
                if (proxy > best.proxy) {
                    best.proxy = proxy;
                    best.feature = int(f);
                    const double a = sorted[p - 1].first, b = sorted[p].first;
                    best.threshold = a / 2.0 + b / 2.0;
                    if (best.threshold == b || std::isinf(best.threshold))
                        best.threshold = a;
                }
            }
        }
        return best;
    }

    int grow(const std::vector<std::int64_t>& rows, int depth) {
        const int id = int(tree.nodes.size());
        tree.nodes.emplace_back();
        {
            auto& node = tree.nodes.back();
            node.samples = std::int64_t(rows.size());
            node.weightedCounts = countsOf(rows);
            node.impurity = entropy(node.weightedCounts);
            node.depth = depth;
        }
        const auto& node = tree.nodes[std::size_t(id)];
        const bool leaf = depth >= o.maxDepth || node.samples < o.minSamplesSplit ||
                          node.samples < 2 * std::int64_t(o.minSamplesLeaf) ||
                          node.impurity <= kEpsilon;
        if (leaf)
            return id;
        const Split s = bestSplit(rows);
        if (s.feature < 0)
            return id;
        std::vector<std::int64_t> l, r;
        for (auto row : rows)
            (double(x(row, s.feature)) <= s.threshold ? l : r).push_back(row);
        tree.nodes[std::size_t(id)].feature = s.feature;
        tree.nodes[std::size_t(id)].threshold = s.threshold;
        const int leftId = grow(l, depth + 1);
        tree.nodes[std::size_t(id)].left = leftId;
        const int rightId = grow(r, depth + 1);
        tree.nodes[std::size_t(id)].right = rightId;
        return id;
    }
};

} // namespace

double entropy(const std::vector<double>& c) {
    const double total = std::accumulate(c.begin(), c.end(), 0.0);
    if (total <= 0.0)
        return 0.0;
    double h = 0.0;
    for (double v : c)
        if (v > 0.0) {
            const double p = v / total;
            h -= p * std::log2(p);
        }
    return h;
}

int DecisionTree::leafOf(const float* row) const {
    int n = 0;
    while (n >= 0 && !nodes[std::size_t(n)].isLeaf()) {
        const auto& node = nodes[std::size_t(n)];
        n = double(row[node.feature]) <= node.threshold ? node.left : node.right;
    }
    return n;
}

std::vector<int> DecisionTree::apply(const MatrixRM& x) const {
    std::vector<int> out(std::size_t(x.rows()));
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        out[std::size_t(r)] = leafOf(x.row(r).data());
    return out;
}

DecisionTree fitDecisionTree(const MatrixRM& x, const std::vector<int>& y, int numClasses,
                             const TreeOptions& o) {
    if (std::int64_t(y.size()) != x.rows())
        throwBadInput("decision tree: " + std::to_string(y.size()) + " labels for " +
                      std::to_string(x.rows()) + " rows");
    if (numClasses < 1)
        throwBadInput("decision tree: the number of classes must be at least 1");
    for (int label : y)
        if (label < 0 || label >= numClasses)
            throwBadInput("decision tree: label " + std::to_string(label) + " is outside [0, " +
                          std::to_string(numClasses) + ")");
    if (o.maxDepth < 0 || o.minSamplesSplit < 2 || o.minSamplesLeaf < 1)
        throwBadInput("decision tree: max depth must be ≥ 0, min samples split ≥ 2 and min "
                      "samples leaf ≥ 1");
    if (!o.classWeights.empty() && int(o.classWeights.size()) != numClasses)
        throwBadInput("decision tree: " + std::to_string(o.classWeights.size()) +
                      " class weights for " + std::to_string(numClasses) + " classes");
    Builder b{x, y, numClasses, o, o.classWeights, {}};
    if (b.weight.empty())
        b.weight.assign(std::size_t(numClasses), 1.0);
    b.tree.numClasses = numClasses;
    std::vector<std::int64_t> all(std::size_t(x.rows()));
    std::iota(all.begin(), all.end(), 0);
    if (!all.empty())
        b.grow(all, 0);
    return b.tree;
}

} // namespace fl::trees
