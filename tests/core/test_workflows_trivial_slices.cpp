// The label-only slices the slice benchmark reports beside the methods, on a hand-made split
// whose answers are counted by hand: the ground truth's majority class and the largest
// confusion cell, each by loss, with precision@k, precision and recall.
#include "core/workflows/trivial_slices.h"
#include <QtTest>

using namespace fl;
using namespace fl::workflows;

class TestWorkflowsTrivialSlices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classAndCellByHand() {
        data::Dataset d;
        d.classNames = {"a", "b", "c"};
        // Ten validation rows (dataset positions 0..9, ids 100..109).
        d.labels = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
        const std::vector<int> pred = {0, 1, 1, 1, 2, 2, 2, 2, 0, 2};
        const std::vector<float> loss = {.1f, .9f, .8f, .2f, .7f, .3f, .6f, .1f, .5f, .4f};
        std::vector<std::int64_t> pos;
        for (int i = 0; i < 10; ++i) {
            d.ids.push_back(100 + i);
            pos.push_back(i);
        }
        // The truth: 3 of class b (ids 103, 104, 106) and one of a (101).
        const metrics::IdSet truth = {103, 104, 106, 101};
        const auto s = trivialSliceScores(d, pos, pred, loss, truth, 2);
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s[0].name, std::string("class"));
        QCOMPARE(s[0].slice, std::string("label b"));
        QCOMPARE(s[0].size, std::int64_t(4));
        // Class b by loss: 104 (.7), 106 (.6), 105 (.3), 103 (.2); top 2 both in the truth.
        QCOMPARE(s[0].precisionAtK, 1.0);
        QCOMPARE(s[0].precision, 0.75);
        QCOMPARE(s[0].recall, 0.75);
        // Off-diagonal cells: (a,b) ×2, (b,c) ×3, (c,a) ×1 → (b,c): 104, 106, 105.
        QCOMPARE(s[1].name, std::string("cell"));
        QCOMPARE(s[1].slice, std::string("label b, predicted c"));
        QCOMPARE(s[1].size, std::int64_t(3));
        QCOMPARE(s[1].precisionAtK, 1.0);
        QCOMPARE(s[1].precision, 2.0 / 3.0);
        QCOMPARE(s[1].recall, 0.5);
        // k beyond the slice counts the missing places as misses (dcbench).
        QCOMPARE(trivialSliceScores(d, pos, pred, loss, truth, 4)[1].precisionAtK, 0.5);
    }

    void noErrorsNoCellAndNoTruthNoClass() {
        data::Dataset d;
        d.classNames = {"a", "b"};
        d.labels = {0, 1};
        d.ids = {1, 2};
        const auto s = trivialSliceScores(d, {0, 1}, {0, 1}, {.1f, .2f}, {}, 10);
        QVERIFY(s.empty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsTrivialSlices)
#include "test_workflows_trivial_slices.moc"
