// Concept captions against closed forms: numpy's linear quantiles pick the "high"/"low" groups,
// categories give one group each, small or all-covering groups are left out, and a concept's score
// is wᵀd with d the normalised, SD-scaled offset of its mean from the class mean — with no mean
// subtracted from that difference.
#include "core/common/error.h"
#include "core/directions/captions.h"
#include "error_text.h"
#include <QtTest>
#include <cmath>
#include <limits>

using namespace fl;
using namespace fl::directions;
using fl::test::errorOf;

namespace {

std::vector<Eigen::Index> rows(std::initializer_list<Eigen::Index> r) {
    return r;
}

const ConceptCandidate* find(const std::vector<ConceptCandidate>& cs, const std::string& caption) {
    for (const auto& c : cs)
        if (c.caption == caption)
            return &c;
    return nullptr;
}

} // namespace

class TestDirectionsCaptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textColumnsOfNumbersBecomeNumeric() {
        const auto n = attributeFromText("age", {"1", " 2.5", "", "+3e1"});
        QVERIFY(n.text.empty());
        QCOMPARE(n.numeric.size(), std::size_t(4));
        QCOMPARE(n.numeric[1], 2.5);
        QVERIFY(std::isnan(n.numeric[2]));
        QCOMPARE(n.numeric[3], 30.0);
        const auto t = attributeFromText("place", {"1", "indoor", ""});
        QCOMPARE(t.text.size(), std::size_t(3));
        QVERIFY(t.numeric.empty());
        QVERIFY(attributeFromText("empty", {"", ""}).numeric.empty());
    }

    // numpy.quantile([1..8], 0.25) = 2.75 and (…, 0.75) = 6.25.
    void quartileGroupsFollowNumpysLinearQuantiles() {
        AttributeColumn c{
            "x", {8, 1, 7, 2, 6, 3, 5, 4, std::numeric_limits<double>::quiet_NaN(), 100}, {}};
        const auto cs = conceptCandidates({c}, rows({0, 1, 2, 3, 4, 5, 6, 7, 8}), 0.25, 1);
        const auto* high = find(cs, "high x");
        const auto* low = find(cs, "low x");
        QVERIFY(high && low);
        QCOMPARE(high->rows, rows({0, 2})); // 8 and 7 ≥ 6.25; row 9 is not in the class
        QCOMPARE(low->rows, rows({1, 3}));  // 1 and 2 ≤ 2.75; the NaN row is in neither
        QCOMPARE(high->attribute, std::string("x"));
        // quantile 0.5: the median 4.5 splits them in halves.
        const auto halves = conceptCandidates({c}, rows({0, 1, 2, 3, 4, 5, 6, 7}), 0.5, 1);
        QCOMPARE(find(halves, "high x")->rows.size(), std::size_t(4));
        // minGroup drops groups smaller than it.
        QVERIFY(conceptCandidates({c}, rows({0, 1, 2, 3, 4, 5, 6, 7}), 0.25, 3).empty());
        // A constant column says nothing: its groups hold every row.
        AttributeColumn k{"k", {1, 1, 1, 1}, {}};
        QVERIFY(conceptCandidates({k}, rows({0, 1, 2, 3}), 0.25, 1).empty());
        QVERIFY(errorOf([&] {
                    conceptCandidates({c}, rows({0, 1}), 0.7, 1);
                }).find("quantile") != std::string::npos);
    }

    void categoriesGiveOneGroupPerValue() {
        AttributeColumn c{"place", {}, {"in", "out", "in", "", "out", "in"}};
        const auto cs = conceptCandidates({c}, rows({0, 1, 2, 3, 4, 5}), 0.25, 2);
        QCOMPARE(cs.size(), std::size_t(2));
        QCOMPARE(find(cs, "place is in")->rows, rows({0, 2, 5}));
        QCOMPARE(find(cs, "place is out")->rows, rows({1, 4}));
        // Within rows where one value covers every row with a value, it says nothing.
        QVERIFY(conceptCandidates({c}, rows({0, 2, 3}), 0.25, 1).empty());
    }

    void scoresAreWTransposeTheNormalisedScaledOffset() {
        // Class rows 0..3; the concept = rows 0 and 1.
        MatrixRM x(4, 2);
        x << 1, 10, 3, 30, 5, 10, 7, 50;
        Whitening w;
        w.mean = Eigen::Vector2d(100, -100); // must not enter: a difference has no offset
        w.sd = Eigen::Vector2d(2, 10);
        LinearSvm svm;
        svm.w = Eigen::Vector2d(0.5, -2);
        svm.b = 7; // nor the bias: h(d) − b
        const std::vector<ConceptCandidate> cs{{"low a", "a", {0, 1}}, {"high a", "a", {2, 3}}};
        const auto scored = scoreCaptions(x, w, svm, rows({0, 1, 2, 3}), cs);
        QCOMPARE(scored.size(), std::size_t(2));
        // mean(rows 0,1) = (2, 20), class mean = (4, 25): offset (−2, −5) / sd = (−1, −0.5).
        const double n1 = std::sqrt(1.0 + 0.25);
        const double low = (0.5 * -1 + -2 * -0.5) / n1;
        // mean(rows 2,3) = (6, 30): offset (2, 5) / sd = (1, 0.5).
        const double high = (0.5 * 1 + -2 * 0.5) / n1;
        QCOMPARE(scored[0].caption, std::string("high a")); // most negative first
        QVERIFY(std::abs(scored[0].score - high) < 1e-12);
        QCOMPARE(scored[1].caption, std::string("low a"));
        QVERIFY(std::abs(scored[1].score - low) < 1e-12);
        QCOMPARE(scored[1].size, std::int64_t(2));
        // Scaling the embeddings leaves the normalised direction, so the score, unchanged.
        const MatrixRM x3 = x * 3.0f;
        Whitening w3 = w;
        w3.sd *= 3.0;
        QVERIFY(std::abs(scoreCaptions(x3, w3, svm, rows({0, 1, 2, 3}), cs)[0].score - high) <
                1e-6);
        Whitening bad;
        bad.mean = Eigen::Vector3d::Zero();
        bad.sd = Eigen::Vector3d::Ones();
        QVERIFY(errorOf([&] { scoreCaptions(x, bad, svm, rows({0}), cs); }).find("dimensions") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDirectionsCaptions)
#include "test_directions_captions.moc"
