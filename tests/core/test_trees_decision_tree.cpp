// The failure trees' CART against scikit-learn: on fixtures grown by Debian's python3-sklearn
// (tests/fixtures/make_tree_fixture.py: entropy, class weights, depth 1–3, min samples leaf 1 and
// 5, a post-ReLU feature with exact ties), the same nodes, splits, thresholds (1e-6), weighted
// counts, entropies and leaves; and the entropy by hand.
#include "core/common/error.h"
#include "core/trees/decision_tree.h"
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace fl;
using namespace fl::trees;

class TestTreesDecisionTree : public QObject {
    Q_OBJECT
    nlohmann::json m_fixture;

private Q_SLOTS:
    void initTestCase() {
        std::ifstream in(FAULTLINE_FIXTURES "/tree_fixture.json");
        QVERIFY(in);
        m_fixture = nlohmann::json::parse(in);
        QVERIFY(m_fixture["cases"].size() >= 8); // a fixture that lost its trees must not pass
    }

    void entropyByHand() {
        QCOMPARE(entropy({1, 1}), 1.0);
        QCOMPARE(entropy({4, 0}), 0.0);
        QCOMPARE(entropy({}), 0.0);
        QVERIFY(std::abs(entropy({1, 3}) - (-(0.25 * std::log2(0.25) + 0.75 * std::log2(0.75)))) <
                1e-15);
    }

    void matchesScikitLearn() {
        for (const auto& c : m_fixture["cases"]) {
            const auto& ds = m_fixture["datasets"][c["dataset"].get<int>()];
            const auto rows = ds["x"].size(), cols = ds["x"][0].size();
            MatrixRM x(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
            for (std::size_t r = 0; r < rows; ++r)
                for (std::size_t k = 0; k < cols; ++k)
                    x(Eigen::Index(r), Eigen::Index(k)) = float(ds["x"][r][k].get<double>());
            TreeOptions o;
            o.maxDepth = c["max_depth"];
            o.minSamplesLeaf = c["min_samples_leaf"];
            o.classWeights = ds["class_weights"].get<std::vector<double>>();
            const auto t = fitDecisionTree(x, ds["y"].get<std::vector<int>>(), ds["classes"], o);
            const std::string name = c["name"];
            QVERIFY2(t.nodes.size() == c["feature"].size(), name.c_str());
            for (std::size_t n = 0; n < t.nodes.size(); ++n) {
                const auto& node = t.nodes[n];
                const int feature = c["feature"][n];
                QVERIFY2(node.feature == (feature < 0 ? -1 : feature), name.c_str());
                QCOMPARE(node.left, c["left"][n].get<int>());
                QCOMPARE(node.right, c["right"][n].get<int>());
                QCOMPARE(node.samples, c["samples"][n].get<std::int64_t>());
                if (feature >= 0)
                    QVERIFY2(std::abs(node.threshold - c["threshold"][n].get<double>()) < 1e-6,
                             name.c_str());
                QVERIFY2(std::abs(node.impurity - c["impurity"][n].get<double>()) < 1e-9,
                         name.c_str());
                for (std::size_t k = 0; k < node.weightedCounts.size(); ++k)
                    QVERIFY2(std::abs(node.weightedCounts[k] - c["value"][n][k].get<double>()) <
                                 1e-9,
                             name.c_str());
            }
            QCOMPARE(t.apply(x), c["leaves"].get<std::vector<int>>());
        }
    }

    void badInputIsNamed() {
        MatrixRM x(2, 1);
        x << 0.0f, 1.0f;
        QVERIFY_THROWS_EXCEPTION(Error, fitDecisionTree(x, {0}, 2, {}));
        QVERIFY_THROWS_EXCEPTION(Error, fitDecisionTree(x, {0, 2}, 2, {}));
        TreeOptions bad;
        bad.classWeights = {1.0};
        QVERIFY_THROWS_EXCEPTION(Error, fitDecisionTree(x, {0, 1}, 2, bad));
        // A pure node is a leaf; two samples of two classes split between them.
        const auto t = fitDecisionTree(x, {0, 1}, 2, {});
        QCOMPARE(t.nodes.size(), std::size_t(3));
        QCOMPARE(t.nodes[0].threshold, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestTreesDecisionTree)
#include "test_trees_decision_tree.moc"
