// Domino through the method seam on the tiny trained model: its slices are the fitted mixture's
// components in slice-score order (the mixture itself is checked against NumPy in
// test_cluster_domino), members and held-out examples by posterior; the confusion
// initialisation's floor of C² components; refusals name the split.
#include "core/cluster/domino_mixture.h"
#include "core/cluster/pca.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/methods/method_registry.h"
#include "core/nn/inference.h"
#include "tiny_method_input.h"
#include <QtTest>
#include <algorithm>
#include <map>

using namespace fl;
using namespace fl::methods;

namespace {

MethodInput inputFor(const test::TinyFixture& f, const std::map<std::string, std::string>& given) {
    return test::tinyMethodInput(f, "domino", given);
}

} // namespace

class TestMethodsDomino : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TinyFixture> m_f;
    nn::InferenceResult m_all; // every example, with embeddings, in dataset order

private Q_SLOTS:
    void initTestCase() {
        m_f = std::make_unique<test::TinyFixture>(45);
        m_all = test::inferAllWithEmbeddings(*m_f);
    }

    void slicesAreTheMixturesComponentsBySliceScore() {
        const auto& d = m_f->d;
        const auto& method = MethodRegistry::instance().get("domino");
        // 4 components asked: the confusion initialisation needs one per cell, 3² = 9.
        const auto r = method.run(
            inputFor(*m_f, {{"components", "4"}, {"pca-components", "5"}, {"seed", "3"}}), {}, {});
        QCOMPARE(r.settings.at("components_used"), std::string("9"));
        QCOMPARE(r.settings.at("pca_dimensions"), std::string("5"));
        QCOMPARE(r.seed, std::uint64_t(3));

        // The same fit by hand: PCA of the validation features, one-hot labels, soft predictions,
        // the seeded noise in row-major order.
        const auto val = d.indicesOf(data::Split::Val), test = d.indicesOf(data::Split::Test);
        const auto rows = [&](const std::vector<std::int64_t>& pos, Eigen::MatrixXd& x,
                              Eigen::MatrixXd& y, Eigen::MatrixXd& yhat) {
            const auto n = Eigen::Index(pos.size());
            x.resize(n, m_all.embeddings.cols());
            y = Eigen::MatrixXd::Zero(n, test::kC);
            yhat.resize(n, test::kC);
            for (Eigen::Index i = 0; i < n; ++i) {
                const auto p = pos[std::size_t(i)];
                x.row(i) = m_all.embeddings.row(p).cast<double>();
                y(i, d.labels[std::size_t(p)]) = 1.0;
                yhat.row(i) = m_all.probabilities.row(p).cast<double>();
            }
        };
        Eigen::MatrixXd x, y, yhat, hx, hy, hyhat;
        rows(val, x, y, yhat);
        rows(test, hx, hy, hyhat);
        const cluster::Pca pca = cluster::fitPca(x, 5);
        x = pca.transform(x);
        hx = pca.transform(hx);
        Rng rng(3);
        Eigen::MatrixXd u(x.rows(), 9);
        for (Eigen::Index i = 0; i < u.rows(); ++i)
            for (Eigen::Index k = 0; k < 9; ++k)
                u(i, k) = rng.uniform();
        const cluster::DominoOptions o;
        const auto m = cluster::fitDomino(
            x, y, yhat, cluster::confusionResponsibilities(y, yhat, 9, 1e-3, u), o);
        QCOMPARE(r.settings.at("em_iterations"), std::to_string(m.iterations));
        const Eigen::MatrixXd resp = cluster::dominoResponsibilities(m, x, y, yhat, o);
        const Eigen::MatrixXd hresp = cluster::dominoResponsibilities(m, hx, hy, hyhat, o);

        // Expected: the first 5 components in slice-score order that are some row's most
        // probable component; members (ids) by posterior.
        const auto membersOf = [](const Eigen::MatrixXd& p, Eigen::Index k,
                                  const std::vector<std::int64_t>& pos, const data::Dataset& ds) {
            std::vector<std::pair<double, std::int64_t>> m;
            for (Eigen::Index i = 0; i < p.rows(); ++i) {
                Eigen::Index best;
                p.row(i).maxCoeff(&best);
                if (best == k)
                    m.push_back({p(i, k), ds.ids[std::size_t(pos[std::size_t(i)])]});
            }
            std::stable_sort(m.begin(), m.end(), [](auto a, auto b) { return a.first > b.first; });
            std::vector<std::int64_t> ids;
            for (auto [_, id] : m)
                ids.push_back(id);
            return ids;
        };
        std::vector<int> expected;
        for (int k : cluster::dominoSliceOrder(m, false))
            if (expected.size() < 5 && !membersOf(resp, k, val, d).empty())
                expected.push_back(k);
        QCOMPARE(r.slices.size(), expected.size());
        double previousScore = 1e9;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& s = r.slices[i];
            QCOMPARE(s.extra.at("component").get<int>(), expected[i]);
            QCOMPARE(s.memberIds, membersOf(resp, expected[i], val, d));
            QCOMPARE(s.heldOutIds, membersOf(hresp, expected[i], test, d));
            const double score = s.extra.at("slice_score").get<double>();
            QVERIFY(score <= previousScore);
            previousScore = score;
            // The score is |max_j (ŷ_j − y_j)| of the component's distributions.
            const auto lp = s.extra.at("label_probs").get<std::vector<double>>();
            const auto pp = s.extra.at("prediction_probs").get<std::vector<double>>();
            double gap = -1e9;
            for (int j = 0; j < test::kC; ++j)
                gap = std::max(gap, pp[std::size_t(j)] - lp[std::size_t(j)]);
            QVERIFY(std::abs(score - std::abs(gap)) < 1e-12);
            for (std::size_t k = 1; k < s.scores.size(); ++k)
                QVERIFY(s.scores[k - 1] >= s.scores[k]);
        }
        // The components table lists all nine.
        QCOMPARE(r.tables.at(0).rows.size(), std::size_t(9));
    }

    // min-size skips components holding fewer examples; the rest keep the slice-score order,
    // so the slices are the default run's components in order with the small ones left out.
    void minSizeSkipsSmallComponents() {
        const auto& method = MethodRegistry::instance().get("domino");
        const std::map<std::string, std::string> base = {
            {"components", "9"}, {"pca-components", "5"}, {"slices", "9"}};
        auto sized = base;
        sized["min-size"] = "6";
        const auto all = method.run(inputFor(*m_f, base), {}, {});
        const auto big = method.run(inputFor(*m_f, sized), {}, {});
        std::vector<int> expected, got;
        for (const auto& s : all.slices)
            if (s.memberIds.size() >= 6)
                expected.push_back(s.extra.at("component").get<int>());
        for (const auto& s : big.slices) {
            QVERIFY(s.memberIds.size() >= 6);
            got.push_back(s.extra.at("component").get<int>());
        }
        QCOMPARE(got, expected);
        QVERIFY2(all.slices.size() > big.slices.size(), "the fixture has a small component");
    }

    void tooFewExamplesNameTheSplit() {
        const auto& method = MethodRegistry::instance().get("domino");
        try {
            method.run(inputFor(*m_f, {{"components", "100"}}), {}, {});
            QFAIL("100 components on 60 examples ran");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("val split has 60 examples") != std::string::npos,
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestMethodsDomino)
#include "test_methods_domino.moc"
