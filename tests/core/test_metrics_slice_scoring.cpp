// Unit tests of slice scoring (precision@k, overlap, best over top slices) on hand-computed
// cases, including dcbench's convention that a short slice's missing places count as misses.
#include "core/metrics/slice_scoring.h"
#include <QtTest>

using namespace fl::metrics;

class TestMetricsSliceScoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void precisionAtK() {
        const IdSet truth{1, 2, 3, 4, 5};
        // 12 ranked, top 10 = 1..10: five in the truth.
        std::vector<std::int64_t> r{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        QCOMPARE(fl::metrics::precisionAtK(r, truth, 10), 0.5);
        QCOMPARE(fl::metrics::precisionAtK(r, truth, 4), 1.0);
        // The order matters: truth members ranked last are outside the top 3.
        std::vector<std::int64_t> late{9, 8, 7, 1, 2};
        QCOMPARE(fl::metrics::precisionAtK(late, truth, 3), 0.0);
        // Fewer members than k: divided by k (dcbench).
        std::vector<std::int64_t> shortSlice{1, 2, 99};
        QCOMPARE(fl::metrics::precisionAtK(shortSlice, truth, 10), 0.2);
        QCOMPARE(fl::metrics::precisionAtK({}, truth, 10), 0.0);
        QCOMPARE(fl::metrics::precisionAtK(r, truth, 0), 0.0);
    }

    void overlap() {
        const IdSet truth{1, 2, 3, 4};
        const SliceOverlap o = sliceOverlap({1, 2, 7, 8, 9, 10}, truth);
        QCOMPARE(o.intersection, std::int64_t(2));
        QCOMPARE(o.precision, 2.0 / 6.0);
        QCOMPARE(o.recall, 0.5);
        QCOMPARE(o.f1, 2.0 * (1.0 / 3.0) * 0.5 / (1.0 / 3.0 + 0.5)); // 0.4
        QVERIFY(std::abs(o.f1 - 0.4) < 1e-12);
        const SliceOverlap none = sliceOverlap({7, 8}, truth);
        QCOMPARE(none.f1, 0.0);
        const SliceOverlap empty = sliceOverlap({}, {});
        QCOMPARE(empty.precision, 0.0);
        QCOMPARE(empty.recall, 0.0);
    }

    void bestOverTopSlices() {
        const IdSet truth{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const std::vector<std::vector<std::int64_t>> slices{
            {20, 21, 1, 2},              // 0.2
            {1, 2, 3, 30},               // 0.3
            {40, 41},                    // 0.0
            {1, 2, 3, 4, 5, 6, 7, 8, 9}, // 0.9, fourth: outside the top 3
        };
        int best = -2;
        QCOMPARE(bestPrecisionAtK(slices, truth, 10, 3, &best), 0.3);
        QCOMPARE(best, 1);
        QCOMPARE(bestPrecisionAtKOverAll(slices, truth, 10, &best), 0.9);
        QCOMPARE(best, 3);
        QCOMPARE(bestPrecisionAtK({}, truth, 10, 3, &best), 0.0);
        QCOMPARE(best, -1);
    }
};

QTEST_GUILESS_MAIN(TestMetricsSliceScoring)
#include "test_metrics_slice_scoring.moc"
