// Barlow's failure analysis on a planted failure: class 1 fails where feature 2 is high. Its top
// leaf must find that rule and be valid; every leaf's members, ER, EC and IV are recounted by
// brute force from the rule's conditions; leaves partition the group; ALER, BER and the Table 1
// share follow their definitions; the features are the top-k by mutual information.
#include "core/common/error.h"
#include "core/trees/failure_analysis.h"
#include "core/trees/mutual_information.h"
#include <QtTest>
#include <random>
#include <set>

using namespace fl;
using namespace fl::trees;

namespace {

struct Planted {
    MatrixRM x;
    std::vector<int> labels, predictions;
};

Planted planted() {
    Planted p;
    const int n = 900, d = 6;
    p.x.resize(n, d);
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    for (int i = 0; i < n; ++i) {
        for (int f = 0; f < d; ++f)
            p.x(i, f) = u(rng);
        const int label = i % 3;
        bool wrong = false;
        if (label == 1)
            wrong = p.x(i, 2) > 0.7f ? u(rng) < 0.9f : u(rng) < 0.05f;
        else if (label == 0)
            wrong = u(rng) < 0.1f;
        p.labels.push_back(label);
        p.predictions.push_back(wrong ? (label + 1) % 3 : label);
    }
    return p;
}

bool satisfies(const MatrixRM& x, std::int64_t row, const std::vector<Condition>& path) {
    for (const auto& c : path) {
        const double v = x(row, c.feature);
        if (c.atMost ? !(v <= c.threshold) : !(v > c.threshold))
            return false;
    }
    return true;
}

} // namespace

class TestTreesFailureAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsThePlantedRule() {
        const auto p = planted();
        FailureOptions o;
        o.topK = 4;
        const auto classes = analyseFailures(p.x, p.labels, p.predictions, 3, o);
        QCOMPARE(classes.size(), std::size_t(3));
        const auto& c1 = classes[1];
        QVERIFY(!c1.leaves.empty());
        const auto& top = c1.leaves.front();
        QCOMPARE(top.path.size(), std::size_t(1));
        QCOMPARE(top.path[0].feature, 2);
        QVERIFY(!top.path[0].atMost);
        QVERIFY(std::abs(top.path[0].threshold - 0.7) < 0.05);
        QVERIFY(top.valid);
        const auto rule = ruleText(c1, top, false, {"a", "b", "c"});
        QVERIFY2(rule.rfind("label b ∧ feature[2] > 0.", 0) == 0, rule.c_str());
        QVERIFY2(rule.find("covers") != std::string::npos, rule.c_str());
        // Class 2 never fails: no tree, no leaves.
        QCOMPARE(classes[2].errors, std::int64_t(0));
        QVERIFY(classes[2].leaves.empty());
    }

    void metricsByBruteForce() {
        const auto p = planted();
        for (bool byPrediction : {false, true})
            for (int depth : {1, 2, 3}) {
                FailureOptions o;
                o.byPrediction = byPrediction;
                o.depth = depth;
                o.topK = 3;
                const auto classes = analyseFailures(p.x, p.labels, p.predictions, 3, o);
                int withErrors = 0, validTop = 0;
                for (const auto& c : classes) {
                    std::set<std::int64_t> group;
                    std::int64_t errors = 0;
                    for (std::size_t i = 0; i < p.labels.size(); ++i)
                        if ((byPrediction ? p.predictions[i] : p.labels[i]) == c.cls) {
                            group.insert(std::int64_t(i));
                            errors += p.labels[i] != p.predictions[i];
                        }
                    QCOMPARE(c.size, std::int64_t(group.size()));
                    QCOMPARE(c.errors, errors);
                    QCOMPARE(c.ber, double(errors) / double(group.size()));
                    if (c.leaves.empty())
                        continue;
                    ++withErrors;
                    validTop += c.leaves.front().valid;
                    // The features are the group's top-k by mutual information.
                    std::vector<int> fail;
                    MatrixRM g(Eigen::Index(group.size()), p.x.cols());
                    Eigen::Index r = 0;
                    for (auto i : group) {
                        g.row(r++) = p.x.row(i);
                        fail.push_back(p.labels[std::size_t(i)] != p.predictions[std::size_t(i)]);
                    }
                    QCOMPARE(c.features, topFeatures(mutualInformation(g, fail, 3, 0), 3));
                    std::set<std::int64_t> covered;
                    double aler = 0.0, previousIv = 2.0;
                    for (const auto& leaf : c.leaves) {
                        QVERIFY(leaf.path.size() <= std::size_t(depth));
                        std::int64_t size = 0, leafErrors = 0;
                        for (auto i : group)
                            if (satisfies(p.x, i, leaf.path)) {
                                ++size;
                                leafErrors +=
                                    p.labels[std::size_t(i)] != p.predictions[std::size_t(i)];
                                QVERIFY(covered.insert(i).second); // in one leaf only
                            }
                        QCOMPARE(std::int64_t(leaf.rows.size()), size);
                        QCOMPARE(leaf.errors, leafErrors);
                        const double er = size ? double(leafErrors) / double(size) : 0.0;
                        const double ec = double(leafErrors) / double(errors);
                        QCOMPARE(leaf.er, er);
                        QCOMPARE(leaf.ec, ec);
                        QCOMPARE(leaf.iv, er * ec);
                        QCOMPARE(leaf.valid, er > c.ber + 0.1 && ec > 0.2);
                        QVERIFY(leaf.iv <= previousIv);
                        previousIv = leaf.iv;
                        aler += er * ec;
                    }
                    QCOMPARE(covered, group); // the leaves partition the group
                    QVERIFY(std::abs(c.aler - aler) < 1e-12);
                }
                QCOMPARE(validTopLeafShare(classes),
                         withErrors ? double(validTop) / double(withErrors) : 0.0);
            }
    }

    void simplifiedPathAdmitsTheSameRows() {
        const std::vector<Condition> path{
            {3, true, 1.39}, {3, true, 1.192}, {5, false, 0.5}, {3, false, 0.2}, {5, false, 0.7}};
        const auto s = simplifiedPath(path);
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0].threshold, 1.192); // f3 ≤ 1.192
        QCOMPARE(s[1].threshold, 0.7);   // f5 > 0.7
        QCOMPARE(s[2].threshold, 0.2);   // f3 > 0.2
        std::mt19937 rng(4);
        std::uniform_real_distribution<double> u(0.0, 2.0);
        const auto admits = [](const std::vector<Condition>& p, const std::vector<double>& x) {
            for (const auto& c : p)
                if (c.atMost ? !(x[std::size_t(c.feature)] <= c.threshold)
                             : !(x[std::size_t(c.feature)] > c.threshold))
                    return false;
            return true;
        };
        int inside = 0;
        for (int i = 0; i < 5000; ++i) {
            std::vector<double> x(6);
            for (auto& v : x)
                v = u(rng);
            if (i % 7 == 0)
                x[3] = 1.192; // on a threshold
            QCOMPARE(admits(s, x), admits(path, x));
            inside += admits(path, x);
        }
        QVERIFY(inside > 100);
    }

    void badInputIsNamed() {
        MatrixRM x(2, 1);
        x << 0.0f, 1.0f;
        QVERIFY_THROWS_EXCEPTION(Error, analyseFailures(x, {0}, {0, 1}, 2, {}));
        FailureOptions deep;
        deep.depth = 4;
        QVERIFY_THROWS_EXCEPTION(Error, analyseFailures(x, {0, 1}, {0, 1}, 2, deep));
    }
};

QTEST_GUILESS_MAIN(TestTreesFailureAnalysis)
#include "test_trees_failure_analysis.moc"
