// Failure directions' interventions on a tiny set with a rare subgroup per class (it looks like
// the next class, plus a marker) and embeddings in which the subgroup is linearly separable: the
// pool is stratified and held out; every arm's picks are re-derived here by brute force (base
// model, fitDirections, h, confidences); seeds, determinism, a user's pool, cancel and the
// tables.
#include "core/common/error.h"
#include "core/directions/failure_directions.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include "core/workflows/directions_interventions.h"
#include "core/workflows/directions_interventions_report.h"
#include "tests/core/error_text.h"
#include <QtTest>
#include <algorithm>
#include <random>
#include <set>

using namespace fl;
using namespace fl::workflows;
using fl::test::errorOf;

namespace {

constexpr int kClasses = 3, kSide = 8;

struct RareSet {
    data::Dataset d;
    nn::MatrixRM embeddings;
    std::vector<bool> rare; // per position
};

// Per class c: the majority has a bright band of rows (c); the rare subgroup has class c+1's
// band and two bright columns on the left. 10% of training examples are rare, 40% of validation
// and test ones: the model, seeing few, takes them for the next class. Embedding dimension 0 is
// −1 for rare and +1 otherwise (plus noise), three more dimensions are noise.
RareSet rareSet() {
    RareSet s;
    auto& d = s.d;
    d.name = "rare-subgroups";
    d.height = d.width = kSide;
    d.classNames = {"a", "b", "c"};
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0.0f, 0.35f);
    std::normal_distribution<float> n(0.0f, 1.0f);
    const int nTrain = 300, nVal = 150, nTest = 150;
    s.embeddings.resize(nTrain + nVal + nTest, 4);
    for (int i = 0; i < nTrain + nVal + nTest; ++i) {
        const int c = i % kClasses;
        const auto split = i < nTrain          ? data::Split::Train
                           : i < nTrain + nVal ? data::Split::Val
                                               : data::Split::Test;
        const int k = i / kClasses; // index within the class
        const bool rare = split == data::Split::Train ? k % 25 == 0 : k % 5 < 2;
        const int band = rare ? (c + 1) % kClasses : c;
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x)
                d.images.push_back(
                    std::min(1.0f, u(rng) + (y / 3 == band || (rare && x < 2) ? 0.6f : 0.0f)));
        d.labels.push_back(c);
        d.ids.push_back(5000 + i);
        d.splits.push_back(split);
        s.rare.push_back(rare);
        s.embeddings(i, 0) = (rare ? -1.0f : 1.0f) + 0.2f * n(rng);
        for (int j = 1; j < 4; ++j)
            s.embeddings(i, j) = n(rng);
    }
    // The rare test examples are the planted slice, so the planted-slice accuracy is theirs.
    data::PlantedTruth truth;
    truth.task = "rare";
    for (int i = nTrain; i < nTrain + nVal + nTest; ++i)
        if (s.rare[std::size_t(i)])
            truth.sliceMemberIds.push_back(d.ids[std::size_t(i)]);
    d.planted = truth;
    return s;
}

InterventionOptions quickOptions() {
    InterventionOptions o;
    o.base.arch = "small-cnn";
    o.base.train.epochs = 4;
    o.base.train.batchSize = 16;
    o.base.train.device = "cpu";
    o.perClass = 4;
    return o;
}

// What the test computes on its own for one seed: the base model trained on train ∖ pool, its
// directions and h.
struct BruteForce {
    std::vector<directions::ClassDirection> dirs;
    directions::Whitening whitening;
    double testAccuracy = 0.0;
    std::vector<std::int64_t> hardTest;
    std::map<std::int64_t, double> h;          // every position whose class has a direction
    std::map<std::int64_t, double> confidence; // pool positions: max softmax probability
};

BruteForce bruteForce(const RareSet& s, const InterventionOptions& o,
                      const std::vector<std::int64_t>& pool, std::uint64_t seed) {
    const auto& d = s.d;
    const std::set<std::int64_t> inPool(pool.begin(), pool.end());
    std::vector<std::int64_t> base;
    for (const auto p : d.indicesOf(data::Split::Train))
        if (!inPool.count(p))
            base.push_back(p);
    auto model = nn::Classifier::create({"small-cnn", 1, kSide, kSide, kClasses}, seed);
    auto t = o.base.train;
    t.seed = seed;
    t.indices = base;
    nn::train(model, d, t);
    BruteForce b;
    nn::MatrixRM trainRows(Eigen::Index(base.size()), 4);
    for (std::size_t i = 0; i < base.size(); ++i)
        trainRows.row(Eigen::Index(i)) = s.embeddings.row(base[i]);
    b.whitening = directions::fitWhitening(trainRows);
    const auto z = directions::whitenAndNormalise(s.embeddings, b.whitening); // every position
    const auto val = d.indicesOf(data::Split::Val);
    const auto valRun = nn::infer(model, d, val);
    nn::MatrixRM zVal(Eigen::Index(val.size()), 4);
    std::vector<int> labels;
    for (std::size_t i = 0; i < val.size(); ++i) {
        zVal.row(Eigen::Index(i)) = z.row(val[i]);
        labels.push_back(d.labels[std::size_t(val[i])]);
    }
    b.dirs = directions::fitDirections(zVal, labels, valRun.predictions, kClasses);
    for (std::int64_t p = 0; p < d.size(); ++p) {
        const auto& dir = b.dirs[std::size_t(d.labels[std::size_t(p)])];
        if (dir.fitted)
            b.h[p] = z.row(p).cast<double>().dot(dir.svm.w) + dir.svm.b;
    }
    const auto test = d.indicesOf(data::Split::Test);
    const auto testRun = nn::infer(model, d, test);
    int right = 0;
    for (std::size_t i = 0; i < test.size(); ++i) {
        right += testRun.predictions[i] == d.labels[std::size_t(test[i])];
        if (b.h.count(test[i]) && b.h.at(test[i]) < 0)
            b.hardTest.push_back(test[i]);
    }
    b.testAccuracy = double(right) / double(test.size());
    const auto poolRun = nn::infer(model, d, pool);
    for (std::size_t i = 0; i < pool.size(); ++i)
        b.confidence[pool[i]] = double(poolRun.probabilities.row(Eigen::Index(i)).maxCoeff());
    return b;
}

// Per class, the k pool positions with the lowest key (ties by position), all classes sorted.
std::vector<std::int64_t> lowest(const data::Dataset& d, const std::vector<std::int64_t>& pool,
                                 const std::map<std::int64_t, double>& key, int k) {
    std::vector<std::int64_t> out;
    for (int c = 0; c < kClasses; ++c) {
        std::vector<std::pair<double, std::int64_t>> members;
        for (const auto p : pool)
            if (d.labels[std::size_t(p)] == c)
                members.push_back({key.at(p), p});
        std::sort(members.begin(), members.end());
        for (std::size_t i = 0; i < members.size() && i < std::size_t(k); ++i)
            out.push_back(members[i].second);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> perClassCount(const data::Dataset& d, const std::vector<std::int64_t>& v) {
    std::vector<int> n(kClasses, 0);
    for (const auto p : v)
        ++n[std::size_t(d.labels[std::size_t(p)])];
    return n;
}

bool sameNumbers(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    return true;
}

} // namespace

class TestWorkflowsDirectionsInterventions : public QObject {
    Q_OBJECT
    RareSet m_set = rareSet();
    InterventionResult m_result; // quickOptions(), seeds 0, 1, 2

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        m_result = runInterventions(m_set.d, m_set.embeddings, quickOptions());
    }

    void poolIsStratifiedAndHeldOut() {
        const auto& d = m_set.d;
        const auto pool = stratifiedPool(d, 0.1, 0);
        QCOMPARE(pool, m_result.pool);
        QCOMPARE(perClassCount(d, pool), std::vector<int>({10, 10, 10})); // 10% of 100 each
        QCOMPARE(std::set<std::int64_t>(pool.begin(), pool.end()).size(), pool.size());
        for (const auto p : pool)
            QCOMPARE(d.splits[std::size_t(p)], data::Split::Train);
        QCOMPARE(m_result.trainSize, std::int64_t(300 - 30));
        QCOMPARE(stratifiedPool(d, 0.1, 0), pool);
        QVERIFY(stratifiedPool(d, 0.1, 1) != pool);
        QCOMPARE(perClassCount(d, stratifiedPool(d, 0.25, 4)), std::vector<int>({25, 25, 25}));
        QVERIFY(errorOf([&] { stratifiedPool(d, 1.0, 0); }).starts_with("the pool fraction"));
    }

    // Three seeds per arm, in the arms' order, and the sizes the options ask for.
    void everyArmHasEverySeed() {
        std::vector<std::string> names;
        for (const auto& a : m_result.arms) {
            names.push_back(a.arm);
            QCOMPARE(a.accuracy.size(), std::size_t(3));
            QCOMPARE(a.hardAccuracy.size(), std::size_t(3));
            QCOMPARE(a.plantedAccuracy.size(), std::size_t(3));
            QCOMPARE(a.perClass.size(), std::size_t(3));
            QCOMPARE(a.perClass[0].size(), std::size_t(kClasses));
            QCOMPARE(a.chosen.size(), std::size_t(3));
            const bool filtering = a.arm == "random" || a.arm == "confidence" || a.arm == "svm";
            QCOMPARE(a.added, std::int64_t(filtering ? 12 : 0));
            for (const auto& c : a.chosen)
                if (filtering)
                    QCOMPARE(perClassCount(m_set.d, c), std::vector<int>({4, 4, 4}));
        }
        QCOMPARE(names, interventionArms());
        QCOMPARE(m_result.seeds.size(), std::size_t(3));
        QCOMPARE(m_result.settings.at("seeds"), std::string("0,1,2"));
        QCOMPARE(m_result.settings.at("k"), std::string("4"));
        QCOMPARE(m_result.settings.at("pool_size"), std::string("30"));
        QCOMPARE(m_result.settings.count("indices"), std::size_t(0));
    }

    // Each seed's picks re-derived here: the base model trained on train ∖ pool with the seed,
    // fitDirections on its validation predictions, h, and the base model's confidences.
    void armsPickWhatTheySay() {
        const auto& d = m_set.d;
        const auto& pool = m_result.pool;
        const std::set<std::int64_t> inPool(pool.begin(), pool.end());
        int rarePicked = 0, rareInPool = 0, rareRandom = 0;
        for (std::size_t si = 0; si < 3; ++si) {
            const auto s = std::uint64_t(si);
            const auto b = bruteForce(m_set, quickOptions(), pool, s);
            // The original arm is that base model, so the base trained on train ∖ pool only.
            QCOMPARE(m_result.arm("original")->accuracy[si], b.testAccuracy);
            QCOMPARE(m_result.seeds[si].hardTest, b.hardTest);
            int fitted = 0;
            for (int c = 0; c < kClasses; ++c) {
                QCOMPARE(m_result.seeds[si].skipped[std::size_t(c)],
                         b.dirs[std::size_t(c)].skipped);
                fitted += b.dirs[std::size_t(c)].fitted;
            }
            QVERIFY2(fitted == kClasses, qPrintable(QString("seed %1: %2 directions (%3 / %4 / %5)")
                                                        .arg(si)
                                                        .arg(fitted)
                                                        .arg(b.dirs[0].skipped.c_str())
                                                        .arg(b.dirs[1].skipped.c_str())
                                                        .arg(b.dirs[2].skipped.c_str())));
            const auto svm = lowest(d, pool, b.h, 4);
            QCOMPARE(m_result.arm("svm")->chosen[si], svm);
            QCOMPARE(m_result.arm("confidence")->chosen[si], lowest(d, pool, b.confidence, 4));
            std::vector<std::int64_t> upweighted;
            for (const auto p : d.indicesOf(data::Split::Train))
                if (!inPool.count(p) && b.h.at(p) < 0)
                    upweighted.push_back(p);
            QCOMPARE(m_result.arm("upweight")->chosen[si], upweighted);
            QCOMPARE(m_result.seeds[si].hardTrain, std::int64_t(upweighted.size()));
            for (const auto p : pool)
                rareInPool += m_set.rare[std::size_t(p)];
            for (const auto p : svm)
                rarePicked += m_set.rare[std::size_t(p)];
            for (const auto p : m_result.arm("random")->chosen[si]) {
                QVERIFY(inPool.count(p));
                rareRandom += m_set.rare[std::size_t(p)];
            }
        }
        // The direction is the subgroup: the svm arm takes every rare pool example.
        QCOMPARE(rarePicked, rareInPool);
        qInfo("rare pool examples: %d over 3 seeds, picked by svm %d, by random %d", rareInPool,
              rarePicked, rareRandom);
        // The planted slice is the rare test examples; the hard ones are mostly those.
        std::int64_t hardRare = 0, hard = 0;
        for (const auto& sd : m_result.seeds)
            for (const auto p : sd.hardTest) {
                ++hard;
                hardRare += m_set.rare[std::size_t(p)];
            }
        QVERIFY2(hard > 0 && hardRare >= 0.9 * double(hard),
                 qPrintable(QString("%1 of %2 hard test examples rare").arg(hardRare).arg(hard)));
    }

    // Random picks follow the seed: seeds differ from each other, and a rerun repeats everything.
    void sameInputsSameResult() {
        const auto& random = m_result.arm("random")->chosen;
        QVERIFY(random[0] != random[1] || random[1] != random[2]);
        auto o = quickOptions();
        o.seeds = {1};
        const auto again = runInterventions(m_set.d, m_set.embeddings, o);
        QCOMPARE(again.arms.size(), m_result.arms.size());
        for (std::size_t a = 0; a < again.arms.size(); ++a) {
            const auto& x = again.arms[a];
            const auto& y = m_result.arms[a];
            QCOMPARE(x.chosen[0], y.chosen[1]);
            QCOMPARE(x.accuracy[0], y.accuracy[1]);
            QVERIFY(sameNumbers(x.hardAccuracy, {y.hardAccuracy[1]}));
            QVERIFY(sameNumbers(x.perClass[0], y.perClass[1]));
        }
        QCOMPARE(again.seeds[0].hardTest, m_result.seeds[1].hardTest);
    }

    void userPoolIsUsedAndValidated() {
        const auto& d = m_set.d;
        // Every rare training example of class 0 and 1 plus six common ones.
        std::vector<std::int64_t> pool;
        for (const auto p : d.indicesOf(data::Split::Train))
            if (d.labels[std::size_t(p)] < 2 && (m_set.rare[std::size_t(p)] || p % 50 == 0))
                pool.push_back(p);
        auto o = quickOptions();
        o.seeds = {0};
        o.upweighting = false;
        o.pool = pool;
        o.perClass = 5;
        std::reverse(o.pool.begin(), o.pool.end()); // any order
        const auto r = runInterventions(d, m_set.embeddings, o);
        QCOMPARE(r.pool, pool);
        QCOMPARE(r.trainSize, std::int64_t(300 - pool.size()));
        QCOMPARE(r.settings.at("pool"), std::string("named by the user"));
        QVERIFY(r.arm("upweight") == nullptr);
        QCOMPARE(r.arms.size(), std::size_t(4));
        const auto b = bruteForce(m_set, o, pool, 0);
        QCOMPARE(r.arm("original")->accuracy[0], b.testAccuracy);
        QCOMPARE(r.arm("svm")->chosen[0], lowest(d, pool, b.h, 5));
        const auto counts = perClassCount(d, pool);
        QCOMPARE(r.arm("svm")->added,
                 std::int64_t(std::min(counts[0], 5) + std::min(counts[1], 5)));

        const auto val = d.indicesOf(data::Split::Val).front();
        for (const auto& [bad, expected] :
             std::vector<std::pair<std::vector<std::int64_t>, std::string>>{
                 {{0, val},
                  "interventions: pool position " + std::to_string(val) +
                      " is in the val split; the pool must come from the training "
                      "split"},
                 {{0, -1},
                  "interventions: pool position -1 is outside the dataset (600 "
                  "examples)"},
                 {{0, 600},
                  "interventions: pool position 600 is outside the dataset (600 "
                  "examples)"},
                 {{3, 0, 3}, "interventions: pool position 3 is named twice"}}) {
            o.pool = bad;
            QCOMPARE(errorOf([&] { runInterventions(d, m_set.embeddings, o); }), expected);
        }
        o.pool = pool;
        o.filtering = false;
        o.upweighting = true;
        QVERIFY(errorOf([&] {
                    runInterventions(d, m_set.embeddings, o);
                }).starts_with("interventions: a pool was named but filtering is off"));
    }

    void badOptions() {
        const auto& d = m_set.d;
        auto o = quickOptions();
        QVERIFY(errorOf([&] {
                    runInterventions(d, nn::MatrixRM(10, 4), o);
                }).starts_with("interventions: 10 embedding rows for 600"));
        o.seeds.clear();
        QVERIFY(errorOf([&] {
                    runInterventions(d, m_set.embeddings, o);
                }).starts_with("interventions need at least one seed"));
        o = quickOptions();
        o.perClass = 0;
        QVERIFY(errorOf([&] {
                    runInterventions(d, m_set.embeddings, o);
                }).starts_with("interventions: K"));
        o = quickOptions();
        o.upweight = 0;
        QVERIFY(errorOf([&] {
                    runInterventions(d, m_set.embeddings, o);
                }).starts_with("interventions: the upweighting factor"));
        o = quickOptions();
        o.poolFraction = 1.0;
        QVERIFY(errorOf([&] {
                    runInterventions(d, m_set.embeddings, o);
                }).starts_with("interventions: the pool fraction"));
        auto noVal = d;
        for (auto& s : noVal.splits)
            if (s == data::Split::Val)
                s = data::Split::Test;
        QVERIFY(errorOf([&] {
                    runInterventions(noVal, m_set.embeddings, quickOptions());
                }).starts_with("interventions need examples in the val split"));
    }

    // Cancelled before it starts, and inside the second training (the random arm's): no later
    // training starts.
    void cancelStops() {
        auto o = quickOptions();
        o.seeds = {0};
        CancelToken before;
        before.cancel();
        try {
            runInterventions(m_set.d, m_set.embeddings, o, {}, before);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        CancelToken cancel;
        std::string last;
        const Progress p([&](double, const std::string& m) {
            last = m;
            if (m.find("random filtering, epoch 2") != std::string::npos)
                cancel.cancel();
        });
        try {
            runInterventions(m_set.d, m_set.embeddings, o, p, cancel);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY2(last.starts_with("seed 0: random filtering, epoch 2"), last.c_str());
    }

    // Each seed's base model embeds for itself: the run works and says so.
    void modelEmbeddings() {
        auto o = quickOptions();
        o.seeds = {2};
        o.filtering = false;
        o.modelEmbeddings = true;
        const auto r = runInterventions(m_set.d, nn::MatrixRM(), o);
        QCOMPARE(r.arms.size(), std::size_t(2));
        QVERIFY(r.pool.empty());
        QCOMPARE(r.trainSize, std::int64_t(300));
        QCOMPARE(r.settings.at("embedding"), std::string("each base model's penultimate features"));
        QCOMPARE(r.arm("upweight")->accuracy.size(), std::size_t(1));
    }

    void tablesAndChart() {
        const auto m = meanSd({0.4, 0.6, std::nan("")});
        QCOMPARE(m.n, 2);
        QCOMPARE(m.mean, 0.5);
        QVERIFY(std::abs(m.sd - std::sqrt(0.02)) < 1e-12);
        QCOMPARE(meanSd({0.7}).sd, 0.0);
        QVERIFY(std::isnan(meanSd({}).mean));

        const auto tables = interventionTables(m_result, m_set.d.classNames);
        QCOMPARE(tables.size(), std::size_t(3));
        const auto& summary = tables[0];
        QCOMPARE(summary.name, std::string("interventions"));
        QCOMPARE(summary.columns.size(), std::size_t(8)); // planted columns included
        QCOMPARE(summary.rows.size(), std::size_t(5));
        const auto* original = m_result.arm("original");
        const auto* svm = m_result.arm("svm");
        const auto acc = meanSd(original->accuracy);
        char expected[64];
        std::snprintf(expected, sizeof expected, "%.4f ± %.4f", acc.mean, acc.sd);
        QCOMPARE(summary.rows[0][2], std::string(expected));
        QCOMPARE(summary.rows[0][3], std::string());
        QCOMPARE(summary.rows[3][0], std::string("svm"));
        QCOMPARE(summary.rows[3][1], std::string("12"));
        QVERIFY(summary.rows[4][1].starts_with("×2 on "));
        std::vector<double> delta;
        for (int s = 0; s < 3; ++s)
            delta.push_back(svm->accuracy[std::size_t(s)] - original->accuracy[std::size_t(s)]);
        const auto dm = meanSd(delta);
        std::snprintf(expected, sizeof expected, "%+.4f ± %.4f", dm.mean, dm.sd);
        QCOMPARE(summary.rows[3][3], std::string(expected));

        const auto& perClass = tables[1];
        QCOMPARE(perClass.rows.size(), std::size_t(kClasses));
        QCOMPARE(perClass.columns.size(), std::size_t(1 + 5));
        std::snprintf(expected, sizeof expected, "%.4f",
                      meanSd({svm->perClass[0][1], svm->perClass[1][1], svm->perClass[2][1]}).mean);
        QCOMPARE(perClass.rows[1][4], std::string(expected));
        QCOMPARE(tables[2].rows.size(), std::size_t(5 * 3));

        const auto chart = interventionChart(m_result);
        QCOMPARE(chart.categories, interventionArms());
        QCOMPARE(chart.series.size(), std::size_t(3));
        QCOMPARE(chart.series[0].values[3], meanSd(svm->accuracy).mean);
        QCOMPARE(chart.series[1].values[0], meanSd(original->hardAccuracy).mean);
        qInfo("accuracy by arm (original, random, confidence, svm, upweight): %.3f %.3f %.3f %.3f "
              "%.3f; hard: %.3f %.3f %.3f %.3f %.3f",
              chart.series[0].values[0], chart.series[0].values[1], chart.series[0].values[2],
              chart.series[0].values[3], chart.series[0].values[4], chart.series[1].values[0],
              chart.series[1].values[1], chart.series[1].values[2], chart.series[1].values[3],
              chart.series[1].values[4]);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsDirectionsInterventions)
#include "test_workflows_directions_interventions.moc"
