// Spherical K-means recovers planted directions; InfEmbed slices partition the rows, ranked by
// closeness; InfEmbed-Rule returns exactly the slices a reference recursion in this test finds.
#include "core/cluster/infembed_slicer.h"
#include "core/cluster/spherical_kmeans.h"
#include "core/common/error.h"
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace fl;
using namespace fl::cluster;

namespace {

// `groups` random unit directions in D dims, `per` points each: direction·scale + small noise,
// scales varying in [0.5, 3] (spherical K-means must not care about norms).
MatrixRM planted(int groups, int per, int D, unsigned seed, std::vector<int>& truth,
                 float noise = 0.05f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> n01;
    std::uniform_real_distribution<float> scale(0.5f, 3.0f);
    MatrixRM dirs(groups, D);
    for (int g = 0; g < groups; ++g) {
        for (int j = 0; j < D; ++j)
            dirs(g, j) = n01(rng);
        dirs.row(g).normalize();
    }
    MatrixRM x(groups * per, D);
    truth.clear();
    for (int i = 0; i < groups * per; ++i) {
        const int g = i % groups;
        truth.push_back(g);
        for (int j = 0; j < D; ++j)
            x(i, j) = dirs(g, j) + noise * n01(rng);
        x.row(i) *= scale(rng);
    }
    return x;
}

// Reference InfEmbed-Rule written from the spec with the same clustering calls.
void referenceNode(const MatrixRM& e, const std::vector<bool>& correct,
                   const std::vector<std::int64_t>& rows, int depth, const RuleOptions& o,
                   std::vector<std::vector<std::int64_t>>& out) {
    int ok = 0;
    for (auto r : rows)
        ok += correct[std::size_t(r)];
    const double acc = double(ok) / double(rows.size());
    const int n = int(rows.size());
    if (acc < o.maxAccuracy && n >= o.minSize) {
        out.push_back(rows);
        return;
    }
    if (depth >= o.maxDepth || n < o.minSize || n < o.branching)
        return;
    MatrixRM sub(n, e.cols());
    for (int i = 0; i < n; ++i)
        sub.row(i) = e.row(rows[std::size_t(i)]);
    KMeansOptions ko;
    ko.k = o.branching;
    ko.seed = o.seed;
    ko.niter = o.niter;
    const auto km = sphericalKMeans(sub, ko);
    for (int b = 0; b < o.branching; ++b) {
        std::vector<std::int64_t> part;
        for (int i = 0; i < n; ++i)
            if (km.assignments[std::size_t(i)] == b)
                part.push_back(rows[std::size_t(i)]);
        if (!part.empty())
            referenceNode(e, correct, part, depth + 1, o, out);
    }
}

} // namespace

class TestClusterInfembed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kmeansRecoversPlantedDirections() {
        std::vector<int> truth;
        const MatrixRM x = planted(3, 60, 8, 7, truth);
        KMeansOptions o;
        o.k = 3;
        const KMeansResult r = sphericalKMeans(x, o);
        // Purity 1 both ways: the cluster ↔ group map is a bijection.
        std::set<std::pair<int, int>> pairs;
        for (std::size_t i = 0; i < truth.size(); ++i)
            pairs.insert({truth[i], r.assignments[i]});
        QCOMPARE(int(pairs.size()), 3);
        std::set<int> clusters;
        for (const auto& p : pairs)
            clusters.insert(p.second);
        QCOMPARE(int(clusters.size()), 3);
        for (int c = 0; c < 3; ++c)
            QVERIFY(std::abs(r.centroids.row(c).norm() - 1.0f) < 1e-4f);
        for (std::size_t i = 0; i < truth.size(); ++i) {
            const int c = r.assignments[i];
            QVERIFY(std::abs(r.similarity[i] - x.row(Eigen::Index(i)).dot(r.centroids.row(c))) <
                    1e-4f);
            QVERIFY(std::abs(r.sqDistance[i] -
                             (x.row(Eigen::Index(i)) - r.centroids.row(c)).squaredNorm()) < 1e-3f);
        }
        // Same seed, same result.
        QCOMPARE(sphericalKMeans(x, o).assignments, r.assignments);
        o.k = 200;
        QVERIFY_EXCEPTION_THROWN(sphericalKMeans(x, o), fl::Error);
    }

    void plainSlicesPartitionAndRank() {
        std::vector<int> truth;
        const MatrixRM x = planted(4, 30, 16, 3, truth, 0.1f);
        std::vector<bool> correct;
        for (std::size_t i = 0; i < truth.size(); ++i)
            correct.push_back(truth[i] != 2 || i % 3 == 0);
        PlainOptions o;
        o.k = 4;
        const auto slices = infEmbedSlices(x, correct, o);
        std::vector<int> seen(truth.size(), 0);
        for (const Slice& s : slices) {
            QCOMPARE(s.size, std::int64_t(s.members.size()));
            int ok = 0;
            for (std::size_t m = 0; m < s.members.size(); ++m) {
                ++seen[std::size_t(s.members[m])];
                ok += correct[std::size_t(s.members[m])];
                if (m > 0)
                    QVERIFY(s.similarity[m] <= s.similarity[m - 1]);
            }
            QCOMPARE(s.accuracy, double(ok) / double(s.size));
            QCOMPARE(s.coherence, sliceCoherence(x, s.members));
        }
        for (int v : seen)
            QCOMPARE(v, 1);
        // The failing group shows up as one slice of accuracy ≈ 1/3.
        const auto worst = std::min_element(
            slices.begin(), slices.end(), [](auto& a, auto& b) { return a.accuracy < b.accuracy; });
        QVERIFY2(worst->accuracy < 0.4, qPrintable(QString::number(worst->accuracy)));
        // Coherence is the mean squared distance to the mean (checked by hand on 3 points).
        MatrixRM t(3, 2);
        t << 0, 0, 2, 0, 1, 3;
        QCOMPARE(sliceCoherence(t, {0, 1, 2}), (2.0 + 2.0 + 4.0) / 3.0);
    }

    // Members rank by cosine to the unit centre (default) or by the raw inner product; a long
    // vector off the centre's axis beats a short one on it only under the inner product.
    void membersRankByCosineOrInnerProduct() {
        std::vector<int> truth;
        MatrixRM x = planted(3, 25, 6, 5, truth, 0.3f);
        // Scale rows by 1..4 so the norms differ: the inner product then favours long rows.
        for (Eigen::Index r = 0; r < x.rows(); ++r)
            x.row(r) *= float(1 + r % 4);
        // Every row wrong: the rule's root (accuracy 0 < A) is one slice ranked against its
        // centre.
        const std::vector<bool> correct(std::size_t(x.rows()), false);
        for (const auto ranking : {MemberRanking::Cosine, MemberRanking::InnerProduct}) {
            PlainOptions o;
            o.k = 3;
            o.members = ranking;
            QCOMPARE(o.toSettings().at("member_ranking"), memberRankingName(ranking));
            const auto slices = infEmbedSlices(x, correct, o);
            RuleOptions ro;
            ro.minSize = 1;
            ro.members = ranking;
            const auto rule = infEmbedRule(x, correct, ro);
            QCOMPARE(rule.size(), std::size_t(1));
            std::vector<Slice> all = slices;
            all.push_back(rule[0]);
            for (const Slice& s : all) {
                std::vector<std::pair<float, std::int64_t>> want;
                for (auto r : s.members) {
                    const double dot = x.row(r).cast<double>().dot(s.centre.cast<double>());
                    const double norm = x.row(r).cast<double>().norm();
                    want.push_back({float(ranking == MemberRanking::Cosine ? dot / norm : dot), r});
                }
                std::stable_sort(want.begin(), want.end(),
                                 [](const auto& a, const auto& b) { return a.first > b.first; });
                for (std::size_t m = 0; m < want.size(); ++m) {
                    QVERIFY(std::abs(s.similarity[m] - want[m].first) <
                            1e-5f * (1 + std::abs(want[m].first)));
                    if (m > 0)
                        QVERIFY(s.similarity[m] <= s.similarity[m - 1]);
                }
                if (ranking == MemberRanking::Cosine)
                    QVERIFY(s.similarity.front() <= 1.0f + 1e-5f);
            }
        }
        // By hand: centre e1; a = (1, 0) on the axis, b = (3, 3) longer but 45° off.
        const Eigen::VectorXf centre = Eigen::Vector2f(1, 0);
        const Eigen::RowVector2f a(1, 0), b(3, 3);
        QCOMPARE(memberScore(a, centre, MemberRanking::Cosine), 1.0f);
        QVERIFY(std::abs(memberScore(b, centre, MemberRanking::Cosine) - std::sqrt(0.5f)) < 1e-6f);
        QCOMPARE(memberScore(b, centre, MemberRanking::InnerProduct), 3.0f);
        QCOMPARE(memberScore(Eigen::RowVector2f::Zero(), centre, MemberRanking::Cosine), 0.0f);
        QCOMPARE(memberRankingFrom("inner-product"), MemberRanking::InnerProduct);
        QVERIFY_THROWS_EXCEPTION(fl::Error, memberRankingFrom("raw"));
    }

    void ruleMatchesReferenceRecursion() {
        std::vector<int> truth;
        const MatrixRM x = planted(9, 40, 10, 11, truth, 0.6f);
        std::mt19937 rng(4);
        std::vector<bool> correct;
        for (std::size_t i = 0; i < truth.size(); ++i)
            correct.push_back(double(rng() % 100) / 100.0 >= (truth[i] < 3 ? 0.7 : 0.2));
        for (RuleOptions o : {RuleOptions::paper(), RuleOptions::notebook()}) {
            o.maxDepth = 4;
            std::vector<Slice> slices;
            try {
                slices = infEmbedRule(x, correct, o);
            } catch (const std::exception& e) {
                QFAIL(e.what());
            }
            std::vector<std::vector<std::int64_t>> ref;
            std::vector<std::int64_t> all(truth.size());
            for (std::size_t i = 0; i < all.size(); ++i)
                all[i] = std::int64_t(i);
            try {
                referenceNode(x, correct, all, 0, o, ref);
            } catch (const std::exception& e) {
                QFAIL(e.what());
            }
            QVERIFY(!ref.empty());
            QVERIFY(std::any_of(slices.begin(), slices.end(),
                                [](const Slice& s) { return s.depth >= 2; })); // a real tree
            QCOMPARE(slices.size(), ref.size());
            std::set<std::int64_t> used;
            for (std::size_t s = 0; s < slices.size(); ++s) {
                // Only slices meeting the rule, and every one the reference finds.
                QVERIFY(slices[s].accuracy < o.maxAccuracy);
                QVERIFY(slices[s].size >= o.minSize);
                QVERIFY(slices[s].depth <= o.maxDepth);
                auto a = slices[s].members;
                std::sort(a.begin(), a.end());
                QCOMPARE(a, ref[s]); // the reference keeps row order within a part
                for (auto r : a)
                    QVERIFY(used.insert(r).second); // slices are disjoint
            }
        }
        RuleOptions bad;
        bad.branching = 1;
        QVERIFY_EXCEPTION_THROWN(infEmbedRule(x, correct, bad), fl::Error);
        // A root that already meets the rule is one slice.
        RuleOptions lenient;
        lenient.maxAccuracy = 1.0; // the data hold some errors, so accuracy < 1
        QCOMPARE(int(infEmbedRule(x, correct, lenient).size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterInfembed)
#include "test_cluster_infembed.moc"
