#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_run.h"

namespace fl::ui {

int BarlowClassTree::validLeaves() const {
    int n = 0;
    for (const auto& l : failures.leaves)
        n += l.valid;
    return n;
}

const BarlowClassTree* BarlowAnalysis::tree(int cls) const {
    for (const auto& c : classes)
        if (c.cls == cls)
            return &c;
    return nullptr;
}

double BarlowAnalysis::validTopLeafShare() const {
    std::vector<trees::ClassFailures> all;
    for (const auto& c : classes)
        all.push_back(c.failures);
    return trees::validTopLeafShare(all);
}

namespace {

BarlowClassTree nodesOf(const BarlowRun& run, trees::ClassFailures cf, bool byPrediction) {
    BarlowClassTree t;
    t.cls = cf.cls;
    const auto rows = run.groupRows(cf.cls, byPrediction);
    const auto& tree = cf.tree.nodes;
    if (tree.empty()) { // no errors: the group alone
        BarlowNode root;
        root.rows = rows;
        t.nodes.push_back(std::move(root));
    } else {
        t.nodes.resize(tree.size());
        for (std::size_t n = 0; n < tree.size(); ++n) {
            auto& node = t.nodes[n];
            const auto& tn = tree[n];
            node.depth = tn.depth;
            node.left = tn.left;
            node.right = tn.right;
            if (!tn.isLeaf()) {
                node.feature = cf.features[std::size_t(tn.feature)];
                node.threshold = tn.threshold;
            }
        }
        // Parents and paths from the root down (children come after their parent).
        for (std::size_t n = 0; n < t.nodes.size(); ++n) {
            const auto& node = t.nodes[n];
            for (const int child : {node.left, node.right}) {
                if (child < 0)
                    continue;
                auto& c = t.nodes[std::size_t(child)];
                c.parent = int(n);
                c.path = node.path;
                c.path.push_back({node.feature, child == node.left, node.threshold});
            }
        }
        for (const auto row : rows) {
            int n = 0;
            while (n >= 0) {
                auto& node = t.nodes[std::size_t(n)];
                node.rows.push_back(row);
                if (node.isLeaf())
                    break;
                n = double(run.features(row, node.feature)) <= node.threshold ? node.left
                                                                              : node.right;
            }
        }
    }
    for (auto& node : t.nodes) {
        for (const auto row : node.rows)
            node.errors += run.isError(row);
        node.er = node.rows.empty() ? 0.0 : double(node.errors) / double(node.rows.size());
        node.ec = cf.errors ? double(node.errors) / double(cf.errors) : 0.0;
    }
    for (std::size_t i = 0; i < cf.leaves.size(); ++i) {
        const auto& leaf = cf.leaves[i];
        auto& node = t.nodes[std::size_t(leaf.node)];
        node.iv = leaf.iv;
        node.valid = leaf.valid;
        node.rank = int(i);
    }
    t.failures = std::move(cf);
    return t;
}

} // namespace

std::shared_ptr<const BarlowAnalysis> analyseBarlow(const BarlowRun& run, bool byPrediction,
                                                    int depth, const CancelToken& cancel) {
    auto a = std::make_shared<BarlowAnalysis>();
    a->byPrediction = byPrediction;
    a->depth = depth;
    a->options = run.options;
    a->options.byPrediction = byPrediction;
    a->options.depth = depth;
    auto classes = trees::analyseFailures(run.features, run.labels, run.predictions, run.numClasses,
                                          a->options);
    cancel.throwIfCancelled();
    for (auto& cf : classes)
        a->classes.push_back(nodesOf(run, std::move(cf), byPrediction));
    return a;
}

} // namespace fl::ui
