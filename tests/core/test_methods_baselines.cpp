// The registered methods run through the seam on a tiny trained model, against brute force:
// confidence is every validation error by loss; embedding-kmeans is spherical K-means on the
// penultimate features, ordered by accuracy, with held-out examples at their nearest centre;
// InfEmbed through the seam gives the same slices as the pipeline and confirms on test.
#include "core/cluster/spherical_kmeans.h"
#include "core/common/error.h"
#include "core/methods/infembed_method.h"
#include "core/methods/method_registry.h"
#include "core/nn/inference.h"
#include "tiny_method_input.h"
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

using namespace fl;
using namespace fl::methods;

namespace {

MethodInput inputFor(const test::TinyFixture& f, const std::string& method,
                     const std::map<std::string, std::string>& given = {}) {
    return test::tinyMethodInput(f, method, given);
}

MethodResult run(const MethodInput& in, const std::string& method) {
    return MethodRegistry::instance().get(method).run(in, {}, {});
}

} // namespace

class TestMethodsBaselines : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TinyFixture> m_f;
    nn::InferenceResult m_all; // every example, with embeddings, in dataset order

private Q_SLOTS:
    void initTestCase() {
        m_f = std::make_unique<test::TinyFixture>(45);
        m_all = test::inferAllWithEmbeddings(*m_f);
    }

    void confidenceIsTheErrorsByLoss() {
        const auto& d = m_f->d;
        const auto r = run(inputFor(*m_f, "confidence", {{"per-class", "false"}}), "confidence");
        QCOMPARE(r.slices.size(), std::size_t(1));
        // Brute force: validation positions whose prediction is wrong, by loss descending.
        std::vector<std::pair<float, std::int64_t>> errs, testErrs;
        std::int64_t right = 0, nVal = 0;
        for (std::size_t p = 0; p < d.ids.size(); ++p) {
            const bool wrong = m_all.predictions[p] != d.labels[p];
            if (d.splits[p] == data::Split::Val) {
                ++nVal;
                right += !wrong;
                if (wrong)
                    errs.push_back({m_all.losses[p], d.ids[p]});
            } else if (d.splits[p] == data::Split::Test && wrong) {
                testErrs.push_back({m_all.losses[p], d.ids[p]});
            }
        }
        QVERIFY2(!errs.empty(), "the fixture's model errs on validation");
        std::stable_sort(errs.begin(), errs.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        std::stable_sort(testErrs.begin(), testErrs.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        const auto& s = r.slices[0];
        QCOMPARE(s.memberIds.size(), errs.size());
        for (std::size_t i = 0; i < errs.size(); ++i) {
            QCOMPARE(s.memberIds[i], errs[i].second);
            QCOMPARE(float(s.scores[i]), errs[i].first);
        }
        QCOMPARE(s.stats.errors, std::int64_t(errs.size()));
        QCOMPARE(s.stats.accuracy, 0.0);
        QCOMPARE(s.heldOutIds.size(), testErrs.size());
        for (std::size_t i = 0; i < testErrs.size(); ++i)
            QCOMPARE(s.heldOutIds[i], testErrs[i].second);
        QCOMPARE(r.accuracy, double(right) / double(nVal));
        QCOMPARE(std::int64_t(r.exampleIds.size()), nVal);
        // The same from stored outputs in another row order instead of a new inference pass.
        auto in = inputFor(*m_f, "confidence", {{"per-class", "false"}});
        nn::InferenceResult reversed = m_all;
        reversed.probabilities = m_all.probabilities.colwise().reverse().eval();
        std::reverse(reversed.indices.begin(), reversed.indices.end());
        std::reverse(reversed.predictions.begin(), reversed.predictions.end());
        std::reverse(reversed.losses.begin(), reversed.losses.end());
        reversed.embeddings.resize(0, 0);
        in.outputs = &reversed;
        QCOMPARE(run(in, "confidence").slices[0].memberIds, s.memberIds);
    }

    // Per class (the default): the classes of lowest validation accuracy (or most errors), each
    // its errors by loss; held out, the same class's test errors by loss. Brute force here.
    void confidencePerWorstClass() {
        const auto& d = m_f->d;
        for (const std::string ranking : {"accuracy", "errors"}) {
            for (int slices : {1, 2, 3}) {
                const auto r =
                    run(inputFor(*m_f, "confidence",
                                 {{"ranking", ranking}, {"slices", std::to_string(slices)}}),
                        "confidence");
                std::map<int, std::pair<int, int>> count; // class → (size, errors) on val
                for (std::size_t p = 0; p < d.ids.size(); ++p)
                    if (d.splits[p] == data::Split::Val) {
                        ++count[d.labels[p]].first;
                        count[d.labels[p]].second += m_all.predictions[p] != d.labels[p];
                    }
                std::vector<std::tuple<double, int, int>> order; // (−key, −errors, class)
                for (const auto& [cls, c] : count)
                    if (c.second > 0)
                        order.push_back(
                            {ranking == "errors" ? -double(c.second) : -double(c.second) / c.first,
                             -c.second, cls});
                std::sort(order.begin(), order.end());
                const std::size_t n = std::min<std::size_t>(order.size(), std::size_t(slices));
                QCOMPARE(r.slices.size(), n);
                for (std::size_t i = 0; i < n; ++i) {
                    const int cls = std::get<2>(order[i]);
                    const auto& s = r.slices[i];
                    QCOMPARE(s.extra.at("class").get<int>(), cls);
                    for (const auto split : {data::Split::Val, data::Split::Test}) {
                        std::vector<std::pair<float, std::int64_t>> errs;
                        for (std::size_t p = 0; p < d.ids.size(); ++p)
                            if (d.splits[p] == split && d.labels[p] == cls &&
                                m_all.predictions[p] != cls)
                                errs.push_back({m_all.losses[p], d.ids[p]});
                        std::stable_sort(errs.begin(), errs.end(),
                                         [](auto a, auto b) { return a.first > b.first; });
                        const auto& ids = split == data::Split::Val ? s.memberIds : s.heldOutIds;
                        QCOMPARE(ids.size(), errs.size());
                        for (std::size_t j = 0; j < errs.size(); ++j)
                            QCOMPARE(ids[j], errs[j].second);
                    }
                    QCOMPARE(s.stats.accuracy, 0.0);
                }
            }
        }
    }

    // The largest off-diagonal (label, prediction) cells of validation, each its examples by loss;
    // held out, the test examples of the same cell. Brute force here.
    void confusionCellsAreTheLargestOffDiagonal() {
        const auto& d = m_f->d;
        const auto r = run(inputFor(*m_f, "confusion", {{"slices", "4"}}), "confusion");
        std::map<std::pair<int, int>, int> cells;
        for (std::size_t p = 0; p < d.ids.size(); ++p)
            if (d.splits[p] == data::Split::Val && m_all.predictions[p] != d.labels[p])
                ++cells[{d.labels[p], m_all.predictions[p]}];
        std::vector<std::tuple<int, int, int>> order; // (−count, label, prediction)
        for (const auto& [cell, n] : cells)
            order.push_back({-n, cell.first, cell.second});
        std::sort(order.begin(), order.end());
        QVERIFY2(order.size() >= 2, "the fixture's model confuses more than one pair");
        QCOMPARE(r.slices.size(), std::min<std::size_t>(order.size(), 4));
        for (std::size_t i = 0; i < r.slices.size(); ++i) {
            const auto [negCount, label, prediction] = order[i];
            const auto& s = r.slices[i];
            QCOMPARE(s.extra.at("label").get<int>(), label);
            QCOMPARE(s.extra.at("prediction").get<int>(), prediction);
            QCOMPARE(std::int64_t(s.memberIds.size()), std::int64_t(-negCount));
            for (const auto split : {data::Split::Val, data::Split::Test}) {
                std::vector<std::pair<float, std::int64_t>> members;
                for (std::size_t p = 0; p < d.ids.size(); ++p)
                    if (d.splits[p] == split && d.labels[p] == label &&
                        m_all.predictions[p] == prediction)
                        members.push_back({m_all.losses[p], d.ids[p]});
                std::stable_sort(members.begin(), members.end(),
                                 [](auto a, auto b) { return a.first > b.first; });
                const auto& ids = split == data::Split::Val ? s.memberIds : s.heldOutIds;
                QCOMPARE(ids.size(), members.size());
                for (std::size_t j = 0; j < members.size(); ++j)
                    QCOMPARE(ids[j], members[j].second);
            }
        }
    }

    void embeddingKMeansMatchesDirectClustering() {
        const auto& d = m_f->d;
        const auto r = run(inputFor(*m_f, "embedding-kmeans", {{"k", "3"}}), "embedding-kmeans");
        const auto valPos = d.indicesOf(data::Split::Val);
        const auto testPos = d.indicesOf(data::Split::Test);
        nn::MatrixRM x(Eigen::Index(valPos.size()), m_all.embeddings.cols());
        for (std::size_t i = 0; i < valPos.size(); ++i)
            x.row(Eigen::Index(i)) = m_all.embeddings.row(valPos[i]);
        cluster::KMeansOptions ko;
        ko.k = 3;
        const auto km = cluster::sphericalKMeans(x, ko);
        // Clusters as id sets with their accuracy.
        std::map<int, std::set<std::int64_t>> byCluster;
        std::map<int, int> rightIn;
        for (std::size_t i = 0; i < valPos.size(); ++i) {
            const int c = km.assignments[i];
            byCluster[c].insert(d.ids[std::size_t(valPos[i])]);
            rightIn[c] +=
                m_all.predictions[std::size_t(valPos[i])] == d.labels[std::size_t(valPos[i])];
        }
        QCOMPARE(r.slices.size(), byCluster.size());
        std::set<std::int64_t> covered;
        double previous = -1.0;
        for (const auto& s : r.slices) {
            const std::set<std::int64_t> ids(s.memberIds.begin(), s.memberIds.end());
            QCOMPARE(ids.size(), s.memberIds.size());
            bool found = false;
            for (const auto& [c, members] : byCluster)
                if (members == ids) {
                    found = true;
                    QCOMPARE(s.stats.accuracy, double(rightIn[c]) / double(members.size()));
                }
            QVERIFY2(found, "each slice is one of the clusters");
            QVERIFY(s.stats.accuracy >= previous); // worst first
            previous = s.stats.accuracy;
            // Members by cosine to the unit centre, highest first (issue #14's one rule).
            const auto centre = s.extra.at("centre").get<std::vector<float>>();
            const auto cosine = [&](std::int64_t pos) {
                double dot = 0, norm = 0;
                for (std::size_t k = 0; k < centre.size(); ++k) {
                    dot += double(m_all.embeddings(pos, Eigen::Index(k))) * centre[k];
                    norm += double(m_all.embeddings(pos, Eigen::Index(k))) *
                            m_all.embeddings(pos, Eigen::Index(k));
                }
                return dot / std::sqrt(norm);
            };
            std::map<std::int64_t, std::int64_t> posOfId;
            for (std::size_t p = 0; p < d.ids.size(); ++p)
                posOfId[d.ids[p]] = std::int64_t(p);
            for (std::size_t k = 0; k < s.scores.size(); ++k) {
                QVERIFY(std::abs(s.scores[k] - cosine(posOfId.at(s.memberIds[k]))) < 1e-5);
                if (k > 0)
                    QVERIFY(s.scores[k - 1] >= s.scores[k]);
            }
            for (std::size_t k = 1; k < s.heldOutIds.size(); ++k)
                QVERIFY(cosine(posOfId.at(s.heldOutIds[k - 1])) >=
                        cosine(posOfId.at(s.heldOutIds[k])) - 1e-6);
            covered.insert(ids.begin(), ids.end());
        }
        QCOMPARE(covered.size(), valPos.size()); // a partition of the split
        // Held out: each test example at the centre with the largest inner product.
        std::map<std::int64_t, std::size_t> sliceOfTest;
        for (std::size_t si = 0; si < r.slices.size(); ++si)
            for (auto id : r.slices[si].heldOutIds)
                QVERIFY(sliceOfTest.emplace(id, si).second);
        QCOMPARE(sliceOfTest.size(), testPos.size());
        for (auto p : testPos) {
            std::size_t best = 0;
            float bestSim = -1e30f;
            for (std::size_t si = 0; si < r.slices.size(); ++si) {
                const auto centre = r.slices[si].extra.at("centre").get<std::vector<float>>();
                float sim = 0;
                for (std::size_t k = 0; k < centre.size(); ++k)
                    sim += m_all.embeddings(p, Eigen::Index(k)) * centre[k];
                if (sim > bestSim) {
                    bestSim = sim;
                    best = si;
                }
            }
            QCOMPARE(sliceOfTest.at(d.ids[std::size_t(p)]), best);
        }
        // The earlier rule on request: the raw inner product, the same clusters.
        const auto inner = run(
            inputFor(*m_f, "embedding-kmeans", {{"k", "3"}, {"member-ranking", "inner-product"}}),
            "embedding-kmeans");
        QCOMPARE(inner.slices.size(), r.slices.size());
        for (std::size_t si = 0; si < r.slices.size(); ++si) {
            const auto& s = inner.slices[si];
            QCOMPARE(std::set<std::int64_t>(s.memberIds.begin(), s.memberIds.end()),
                     std::set<std::int64_t>(r.slices[si].memberIds.begin(),
                                            r.slices[si].memberIds.end()));
            const auto centre = s.extra.at("centre").get<std::vector<float>>();
            for (std::size_t k = 0; k < s.memberIds.size(); ++k) {
                const auto pos =
                    std::find(d.ids.begin(), d.ids.end(), s.memberIds[k]) - d.ids.begin();
                double dot = 0;
                for (std::size_t j = 0; j < centre.size(); ++j)
                    dot += double(m_all.embeddings(pos, Eigen::Index(j))) * centre[j];
                QVERIFY(std::abs(s.scores[k] - dot) < 1e-4 * (1 + std::abs(dot)));
            }
        }
    }

    void infEmbedThroughTheSeamEqualsThePipeline() {
        const std::map<std::string, std::string> given{
            {"p", "30"},   {"d", "6"}, {"hessian-subset", "0"},
            {"seed", "3"}, {"k", "4"}, {"opponents", "0"}};
        auto in = inputFor(*m_f, "infembed", given);
        const auto r = run(in, "infembed");
        const auto req = InfEmbedMethod::request(in.parameters, data::Split::Val);
        const auto o = influence::runInfEmbed(m_f->c, m_f->d, req);
        QCOMPARE(r.slices.size(), o.slices.size());
        for (std::size_t i = 0; i < o.slices.size(); ++i) {
            std::vector<std::int64_t> ids;
            for (auto row : o.slices[i].slice.members)
                ids.push_back(o.evalIds[std::size_t(row)]);
            QCOMPARE(r.slices[i].memberIds, ids);
            QCOMPARE(r.slices[i].stats.errorRate, o.slices[i].errorRate);
        }
        // Every test example is held out into exactly one slice.
        std::size_t held = 0;
        for (const auto& s : r.slices)
            held += s.heldOutIds.size();
        QCOMPARE(held, m_f->d.indicesOf(data::Split::Test).size());
        // Ranked by errors: most errors first.
        auto byErrors = given;
        byErrors["ranking"] = "errors";
        const auto e = run(inputFor(*m_f, "infembed", byErrors), "infembed");
        for (std::size_t i = 1; i < e.slices.size(); ++i)
            QVERIFY(e.slices[i - 1].stats.errors >= e.slices[i].stats.errors);
    }

    // The InfEmbed dialog's request and the seam's values describe the same run.
    void infEmbedRequestRoundTripsThroughValues() {
        influence::InfEmbedRequest r;
        r.influence.layers = "block";
        r.influence.arnoldiDim = 77;
        r.influence.embeddingDim = 9;
        r.influence.hessianSubset = 123;
        r.influence.seed = 5;
        r.rule = true;
        r.ruleOptions.maxAccuracy = 0.35;
        r.ruleOptions.minSize = 12;
        r.ruleOptions.branching = 4;
        r.ruleOptions.maxDepth = 3;
        r.ruleOptions.niter = 11;
        r.ruleOptions.seed = 6;
        r.ranking = "errors";
        r.opponentsPerSlice = 4;
        r.split = data::Split::Test;
        const auto& m = MethodRegistry::instance().get("infembed");
        const auto back = InfEmbedMethod::request(
            resolveParameters("infembed", m.parameters(), InfEmbedMethod::values(r)), r.split);
        QCOMPARE(back.influence.toSettings(), r.influence.toSettings());
        QCOMPARE(back.ruleOptions.toSettings(), r.ruleOptions.toSettings());
        QCOMPARE(back.rule, true);
        QCOMPARE(back.ranking, r.ranking);
        QCOMPARE(back.opponentsPerSlice, 4);
        QVERIFY(back.embedTraining);
        QCOMPARE(back.split, data::Split::Test);
        r.rule = false;
        r.plain.k = 7;
        r.plain.niter = 13;
        r.embedTraining = false; // no training μ: no opponents either
        const auto plain = InfEmbedMethod::request(
            resolveParameters("infembed", m.parameters(), InfEmbedMethod::values(r)), r.split);
        QCOMPARE(plain.plain.toSettings(), r.plain.toSettings());
        QVERIFY(!plain.embedTraining);
    }

    void missingInputIsBadInput() {
        MethodInput in;
        in.parameters = resolveParameters("confidence", {}, {});
        QVERIFY_THROWS_EXCEPTION(Error, run(in, "confidence"));
    }
};

QTEST_GUILESS_MAIN(TestMethodsBaselines)
#include "test_methods_baselines.moc"
