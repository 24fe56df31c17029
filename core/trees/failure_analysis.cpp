#include "core/trees/failure_analysis.h"
#include "core/common/error.h"
#include "core/trees/mutual_information.h"
#include <algorithm>
#include <cstdio>

namespace fl::trees {
namespace {

// The leaves of `tree` with the path of conditions to each (columns mapped back through `cols`).
void collectLeaves(const DecisionTree& tree, const std::vector<int>& cols, int node,
                   std::vector<Condition>& path, std::vector<FailureLeaf>& out) {
    const auto& n = tree.nodes[std::size_t(node)];
    if (n.isLeaf()) {
        FailureLeaf leaf;
        leaf.node = node;
        leaf.path = path;
        out.push_back(std::move(leaf));
        return;
    }
    path.push_back({cols[std::size_t(n.feature)], true, n.threshold});
    collectLeaves(tree, cols, n.left, path, out);
    path.back().atMost = false;
    collectLeaves(tree, cols, n.right, path, out);
    path.pop_back();
}

std::string number(double v, const char* format) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

} // namespace

std::vector<ClassFailures> analyseFailures(const MatrixRM& x, const std::vector<int>& labels,
                                           const std::vector<int>& predictions, int numClasses,
                                           const FailureOptions& o) {
    if (std::int64_t(labels.size()) != x.rows() || predictions.size() != labels.size())
        throwBadInput("failure analysis: " + std::to_string(x.rows()) + " feature rows, " +
                      std::to_string(labels.size()) + " labels and " +
                      std::to_string(predictions.size()) + " predictions");
    if (o.depth < 1 || o.depth > 3)
        throwBadInput("failure analysis: depth must be 1, 2 or 3, got " + std::to_string(o.depth));
    if (o.topK < 1)
        throwBadInput("failure analysis: top-k must be at least 1");
    std::vector<ClassFailures> out;
    for (int c = 0; c < numClasses; ++c) {
        std::vector<std::int64_t> rows;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if ((o.byPrediction ? predictions[i] : labels[i]) == c)
                rows.push_back(std::int64_t(i));
        if (rows.empty())
            continue;
        ClassFailures cf;
        cf.cls = c;
        cf.size = std::int64_t(rows.size());
        std::vector<int> fail;
        for (auto r : rows) {
            fail.push_back(labels[std::size_t(r)] != predictions[std::size_t(r)] ? 1 : 0);
            cf.errors += fail.back();
        }
        cf.ber = double(cf.errors) / double(cf.size);
        if (cf.errors == 0) { // nothing to explain
            out.push_back(std::move(cf));
            continue;
        }
        MatrixRM g(Eigen::Index(rows.size()), x.cols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            g.row(Eigen::Index(i)) = x.row(rows[i]);
        const auto mi = mutualInformation(g, fail, o.neighbours, o.seed);
        cf.features = topFeatures(mi, o.topK);
        for (int f : cf.features)
            cf.mi.push_back(mi[std::size_t(f)]);
        MatrixRM top(g.rows(), Eigen::Index(cf.features.size()));
        for (std::size_t j = 0; j < cf.features.size(); ++j)
            top.col(Eigen::Index(j)) = g.col(cf.features[j]);
        TreeOptions to;
        to.maxDepth = o.depth;
        to.minSamplesSplit = o.minSamplesSplit;
        to.minSamplesLeaf = o.minSamplesLeaf;
        to.classWeights = {1.0, double(cf.size - cf.errors) / double(cf.errors)};
        cf.tree = fitDecisionTree(top, fail, 2, to);
        std::vector<Condition> path;
        collectLeaves(cf.tree, cf.features, 0, path, cf.leaves);
        const auto leafOfRow = cf.tree.apply(top);
        for (auto& leaf : cf.leaves) {
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (leafOfRow[i] == leaf.node) {
                    leaf.rows.push_back(rows[i]);
                    leaf.errors += fail[i];
                }
            leaf.er = leaf.rows.empty() ? 0.0 : double(leaf.errors) / double(leaf.rows.size());
            leaf.ec = double(leaf.errors) / double(cf.errors);
            leaf.iv = leaf.er * leaf.ec;
            leaf.valid = leaf.er > cf.ber + o.delta && leaf.ec > o.tau;
            cf.aler += leaf.iv;
        }
        std::stable_sort(cf.leaves.begin(), cf.leaves.end(),
                         [](const auto& a, const auto& b) { return a.iv > b.iv; });
        out.push_back(std::move(cf));
    }
    return out;
}

std::vector<Condition> simplifiedPath(const std::vector<Condition>& path) {
    std::vector<Condition> out;
    for (const auto& c : path) {
        const auto same = std::find_if(out.begin(), out.end(), [&c](const Condition& o) {
            return o.feature == c.feature && o.atMost == c.atMost;
        });
        if (same == out.end())
            out.push_back(c);
        else // the tighter bound implies the looser one
            same->threshold = c.atMost ? std::min(same->threshold, c.threshold)
                                       : std::max(same->threshold, c.threshold);
    }
    return out;
}

std::string ruleText(const ClassFailures& c, const FailureLeaf& leaf, bool byPrediction,
                     const std::vector<std::string>& names) {
    const std::string cls =
        c.cls < int(names.size()) ? names[std::size_t(c.cls)] : std::to_string(c.cls);
    std::string s = (byPrediction ? "predicted " : "label ") + cls;
    for (const auto& cond : simplifiedPath(leaf.path))
        s += " ∧ feature[" + std::to_string(cond.feature) + "] " + (cond.atMost ? "≤ " : "> ") +
             number(cond.threshold, "%.4g");
    s += " → error " + number(leaf.er, "%.2f") + " (" + number(100.0 * (leaf.er - c.ber), "%+.0f") +
         "%), covers " + number(100.0 * leaf.ec, "%.0f") + "% of the class's errors";
    return s;
}

double validTopLeafShare(const std::vector<ClassFailures>& classes) {
    int withErrors = 0, valid = 0;
    for (const auto& c : classes) {
        if (c.leaves.empty())
            continue;
        ++withErrors;
        valid += c.leaves.front().valid;
    }
    return withErrors ? double(valid) / double(withErrors) : 0.0;
}

} // namespace fl::trees
