// InfEmbed as one analysis on a tiny trained small-cnn: slice summaries against a brute-force
// recount, ordering, store→load round trip, influenceOn by hand, damaged artifacts, cancel.
#include "core/common/error.h"
#include "core/influence/opponents.h"
#include "core/methods/infembed_method.h"
#include "core/metrics/wilson_interval.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include "core/store/artifact_store.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace fl;
using namespace fl::influence;
using namespace fl::methods;

namespace {

using fl::test::kC;
using fl::test::kH;
using Fixture = fl::test::TinyFixture;

InfEmbedRequest smallRequest() {
    InfEmbedRequest r;
    r.influence.arnoldiDim = 30;
    r.influence.embeddingDim = 6;
    r.influence.hessianSubset = 0;
    r.influence.seed = 3;
    r.plain.k = 4;
    r.opponentsPerSlice = 3;
    return r;
}

std::pair<int, double> dominantOf(const std::vector<int>& v) {
    std::map<int, int> counts;
    for (int x : v)
        ++counts[x];
    int best = -1, bestCount = 0;
    for (const auto& [x, n] : counts)
        if (n > bestCount) { // map order: the lowest value wins ties
            best = x;
            bestCount = n;
        }
    return {best, double(bestCount) / double(v.size())};
}

void compareExamples(const std::vector<InfluencedExample>& a,
                     const std::vector<InfluencedExample>& b) {
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].exampleId, b[i].exampleId);
        QCOMPARE(a[i].label, b[i].label);
        QCOMPARE(a[i].prediction, b[i].prediction);
        QCOMPARE(a[i].influence, b[i].influence);
    }
}

} // namespace

class TestWorkflowsInfEmbedAnalysis : public QObject {
    Q_OBJECT
    std::unique_ptr<Fixture> m_f;
    std::optional<InfEmbedOutcome> m_plain;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_f = std::make_unique<Fixture>();
        m_plain = runInfEmbed(m_f->c, m_f->d, smallRequest());
    }

    void summariesMatchRecount() {
        const auto& o = *m_plain;
        const auto& d = m_f->d;
        QCOMPARE(o.method, std::string("infembed"));
        QCOMPARE(o.split, std::string("val"));
        // Rows are the validation split in dataset order, with the model's own predictions.
        const auto valPos = d.indicesOf(data::Split::Val);
        const auto ref = nn::infer(m_f->c, d, valPos);
        QCOMPARE(o.evalIds.size(), valPos.size());
        std::int64_t right = 0;
        for (std::size_t r = 0; r < valPos.size(); ++r) {
            QCOMPARE(o.evalIds[r], d.ids[std::size_t(valPos[r])]);
            QCOMPARE(o.evalLabels[r], d.labels[std::size_t(valPos[r])]);
            QCOMPARE(o.evalPredictions[r], ref.predictions[r]);
            right += ref.predictions[r] == d.labels[std::size_t(valPos[r])];
        }
        QCOMPARE(o.accuracy, double(right) / double(valPos.size()));
        QVERIFY2(right < std::int64_t(valPos.size()), "the fixture's model must err somewhere");
        // Training rows carry their predictions too (opponents show them).
        const auto trainPos = d.indicesOf(data::Split::Train);
        const auto refTrain = nn::infer(m_f->c, d, trainPos);
        QCOMPARE(o.trainIds.size(), trainPos.size());
        QCOMPARE(o.trainPredictions, refTrain.predictions);
        QCOMPARE(o.influence.evalEmbeddings.rows(), std::int64_t(valPos.size()));
        QCOMPARE(o.influence.trainEmbeddings.rows(), std::int64_t(trainPos.size()));

        std::set<std::int64_t> covered;
        double previous = -1.0;
        for (const auto& s : o.slices) {
            const auto n = std::int64_t(s.slice.members.size());
            QCOMPARE(s.slice.size, n);
            std::vector<int> labels, preds;
            std::int64_t errors = 0;
            for (auto row : s.slice.members) {
                QVERIFY(covered.insert(row).second); // each row in one slice only
                const auto pos = std::size_t(valPos[std::size_t(row)]);
                labels.push_back(d.labels[pos]);
                preds.push_back(ref.predictions[std::size_t(row)]);
                errors += labels.back() != preds.back();
            }
            QCOMPARE(s.slice.accuracy, 1.0 - double(errors) / double(n));
            QCOMPARE(s.errorRate, double(errors) / double(n));
            const auto ci = metrics::wilsonInterval(errors, n);
            QCOMPARE(s.errorLow, ci.low);
            QCOMPARE(s.errorHigh, ci.high);
            const auto [label, labelShare] = dominantOf(labels);
            const auto [pred, predShare] = dominantOf(preds);
            QCOMPARE(s.dominantLabel, label);
            QCOMPARE(s.dominantLabelShare, labelShare);
            QCOMPARE(s.dominantPrediction, pred);
            QCOMPARE(s.dominantPredictionShare, predShare);
            QCOMPARE(int(s.influence.opponents.size()), 3);
            QCOMPARE(int(s.influence.proponents.size()), 3);
            QVERIFY(s.slice.accuracy >= previous); // worst slices first
            previous = s.slice.accuracy;
        }
        QCOMPARE(covered.size(), valPos.size()); // plain K covers the split
        QCOMPARE(o.settings.at("k"), std::string("4"));
        QCOMPARE(o.settings.at("arnoldi_dim"), std::string("30"));
        QCOMPARE(o.settings.at("split"), std::string("val"));
    }

    void storedOutputsAreReused() {
        const auto& d = m_f->d;
        nn::InferenceOptions io;
        io.wantEmbeddings = true;
        // An evaluation's outputs over every position, in an order of its own.
        auto all = nn::allIndices(d);
        std::reverse(all.begin(), all.end());
        const auto outputs = nn::infer(m_f->c, d, all, io);
        const auto o = runInfEmbed(m_f->c, d, smallRequest(), outputs);
        QCOMPARE(o.settings.at("model_outputs"), std::string("stored"));
        QCOMPARE(m_plain->settings.at("model_outputs"), std::string("inferred"));
        QCOMPARE(o.evalIds, m_plain->evalIds);
        QCOMPARE(o.evalPredictions, m_plain->evalPredictions);
        QCOMPARE(o.trainPredictions, m_plain->trainPredictions);
        QCOMPARE(o.accuracy, m_plain->accuracy);
        const auto& a = o.influence.evalEmbeddings;
        const auto& b = m_plain->influence.evalEmbeddings;
        QCOMPARE(a.rows(), b.rows());
        QCOMPARE(a.cols(), b.cols());
        // Same model, other batches: equal up to float rounding (eigenvector signs included).
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            const double sign = a.col(j).dot(b.col(j)) < 0 ? -1.0 : 1.0;
            QVERIFY((a.col(j) - float(sign) * b.col(j)).norm() <= 1e-3 * b.col(j).norm() + 1e-6);
        }
        // Outputs without some training positions: the model runs, with the same result.
        nn::InferenceResult partial = outputs;
        partial.indices.resize(20);
        partial.probabilities.conservativeResize(20, Eigen::NoChange);
        partial.embeddings.conservativeResize(20, Eigen::NoChange);
        partial.predictions.resize(20);
        const auto p = runInfEmbed(m_f->c, d, smallRequest(), partial);
        QCOMPARE(p.settings.at("model_outputs"), std::string("inferred"));
        QCOMPARE(p.trainPredictions, m_plain->trainPredictions);
    }

    void ruleSlicesMeetTheRule() {
        auto r = smallRequest();
        r.rule = true;
        r.ruleOptions.maxAccuracy = 0.95;
        r.ruleOptions.minSize = 3;
        r.ruleOptions.branching = 2;
        r.ruleOptions.maxDepth = 4;
        r.opponentsPerSlice = 0;
        const auto o = runInfEmbed(m_f->c, m_f->d, r);
        QCOMPARE(o.method, std::string("infembed-rule"));
        QVERIFY(!o.slices.empty());
        double previous = -1.0;
        for (const auto& s : o.slices) {
            QVERIFY(s.slice.accuracy < 0.95);
            QVERIFY(s.slice.size >= 3);
            QVERIFY(s.slice.accuracy >= previous);
            QVERIFY(s.influence.opponents.empty());
            previous = s.slice.accuracy;
        }
    }

    void storeLoadRoundTrip() {
        const std::string path = m_tmp.filePath("round.faultline").toStdString();
        auto o = *m_plain;
        {
            store::Project p = store::Project::create(path);
            QVERIFY(!loadInfEmbed(p)); // nothing stored yet
            storeInfEmbed(p, o);
        }
        QVERIFY(o.runId > 0);
        for (const auto& s : o.slices)
            QVERIFY(s.storedSliceId > 0);
        store::Project p = store::Project::open(path);
        const auto loaded = loadInfEmbed(p);
        QVERIFY(loaded);
        const auto& l = *loaded;
        QCOMPARE(l.runId, o.runId);
        QCOMPARE(l.method, o.method);
        QCOMPARE(l.split, o.split);
        QCOMPARE(l.settings, o.settings);
        QCOMPARE(l.accuracy, o.accuracy);
        QCOMPARE(l.evalIds, o.evalIds);
        QCOMPARE(l.evalLabels, o.evalLabels);
        QCOMPARE(l.evalPredictions, o.evalPredictions);
        QCOMPARE(l.trainIds, o.trainIds);
        QCOMPARE(l.trainLabels, o.trainLabels);
        QCOMPARE(l.trainPredictions, o.trainPredictions);
        QVERIFY(l.influence.evalEmbeddings == o.influence.evalEmbeddings);
        QVERIFY(l.influence.trainEmbeddings == o.influence.trainEmbeddings);
        QVERIFY(l.influence.eigenvalues == o.influence.eigenvalues);
        QCOMPARE(l.influence.evalIndices, o.influence.evalIndices);
        QCOMPARE(l.influence.hessianIndices, o.influence.hessianIndices);
        QCOMPARE(l.influence.settings.toSettings(), o.influence.settings.toSettings());
        QCOMPARE(l.influence.iterations, o.influence.iterations);
        QCOMPARE(qRound(l.seconds * 1000), qRound(o.seconds * 1000));
        QCOMPARE(l.slices.size(), o.slices.size());
        QCOMPARE(store::SliceRepo(p).get(o.slices.front().storedSliceId)->name,
                 "InfEmbed #" + std::to_string(o.runId) + " slice 0 [" +
                     o.slices.front().slice.path + "]");
        for (std::size_t i = 0; i < o.slices.size(); ++i) {
            const auto& a = l.slices[i];
            const auto& b = o.slices[i];
            QCOMPARE(a.storedSliceId, b.storedSliceId);
            QCOMPARE(a.slice.members, b.slice.members);
            QCOMPARE(a.slice.similarity, b.slice.similarity);
            QVERIFY(a.slice.centre == b.slice.centre);
            QCOMPARE(a.slice.size, b.slice.size);
            QCOMPARE(a.slice.accuracy, b.slice.accuracy);
            QCOMPARE(a.slice.coherence, b.slice.coherence);
            QCOMPARE(a.slice.path, b.slice.path);
            QCOMPARE(a.slice.depth, b.slice.depth);
            QCOMPARE(a.errorRate, b.errorRate);
            QCOMPARE(a.errorLow, b.errorLow);
            QCOMPARE(a.errorHigh, b.errorHigh);
            QCOMPARE(a.dominantLabel, b.dominantLabel);
            QCOMPARE(a.dominantLabelShare, b.dominantLabelShare);
            QCOMPARE(a.dominantPrediction, b.dominantPrediction);
            QCOMPARE(a.dominantPredictionShare, b.dominantPredictionShare);
            compareExamples(a.influence.opponents, b.influence.opponents);
            compareExamples(a.influence.proponents, b.influence.proponents);
        }
        // A second run is the newest; the first stays loadable by id.
        auto second = *m_plain;
        storeInfEmbed(p, second);
        QCOMPARE(loadInfEmbed(p)->runId, second.runId);
        QCOMPARE(loadInfEmbed(p, o.runId)->runId, o.runId);
        QVERIFY_THROWS_EXCEPTION(Error, loadInfEmbed(p, 9999));
        // A newer run without any artifacts (the CLI's before this workflow) is passed over;
        // asked for by id, it names what is missing.
        store::RunRecord legacy;
        legacy.kind = "infembed";
        store::RunRepo runs(p);
        const auto legacyId = runs.add(legacy);
        runs.finish(legacyId, store::RunStatus::Done);
        QCOMPARE(loadInfEmbed(p)->runId, second.runId);
        try {
            loadInfEmbed(p, legacyId);
            QFAIL("a run without artifacts must not load");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("eval_ids") != std::string::npos, e.what());
        }
    }

    void influenceOnMatchesHandRanking() {
        const auto& o = *m_plain;
        const std::vector<std::int64_t> rows{2, 7, 11, 20};
        std::vector<std::int64_t> ids;
        for (auto r : rows)
            ids.push_back(o.evalIds[std::size_t(r)]);
        ids.push_back(ids.front()); // a repeat counts once
        ids.push_back(424242);      // not an evaluation example: ignored
        const auto got = influenceOn(o, ids, 5);
        const auto ref = influence::rankTrainingInfluence(o.influence.evalEmbeddings, rows,
                                                          o.influence.trainEmbeddings, 5);
        QCOMPARE(got.opponents.size(), ref.opponents.size());
        QCOMPARE(got.proponents.size(), ref.proponents.size());
        for (std::size_t i = 0; i < ref.opponents.size(); ++i) {
            const auto r = std::size_t(ref.opponents[i]);
            QCOMPARE(got.opponents[i].exampleId, o.trainIds[r]);
            QCOMPARE(got.opponents[i].label, o.trainLabels[r]);
            QCOMPARE(got.opponents[i].prediction, o.trainPredictions[r]);
            QCOMPARE(got.opponents[i].influence, ref.opponentScores[i]);
        }
        for (std::size_t i = 0; i < ref.proponents.size(); ++i) {
            QCOMPARE(got.proponents[i].exampleId, o.trainIds[std::size_t(ref.proponents[i])]);
            QCOMPARE(got.proponents[i].influence, ref.proponentScores[i]);
        }
        QVERIFY(influenceOn(o, {424242}, 5).opponents.empty());
        // Without training μ there is nothing to rank against.
        auto bare = o;
        bare.influence.trainEmbeddings.resize(0, 0);
        bare.trainIds.clear();
        QVERIFY_THROWS_EXCEPTION(Error, influenceOn(bare, ids, 5));
    }

    void damagedArtifactsNameThemselves() {
        const std::string path = m_tmp.filePath("damaged.faultline").toStdString();
        auto o = *m_plain;
        store::Project p = store::Project::create(path);
        storeInfEmbed(p, o);
        store::ArtifactStore a(p);
        const auto hash = a.forRun(o.runId, "eval_embeddings");
        QVERIFY(hash);
        std::filesystem::remove(a.filePath(*hash));
        try {
            loadInfEmbed(p);
            QFAIL("a deleted artifact must not load");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("eval_embeddings") != std::string::npos, e.what());
        }
        // Overwritten content no longer matches its hash.
        auto o2 = *m_plain;
        o2.trainIds[0] += 1; // a different content, so a file of its own
        storeInfEmbed(p, o2);
        const auto trainIds = a.forRun(o2.runId, "train_ids");
        {
            std::fstream f(a.filePath(*trainIds), std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(-4, std::ios::end);
            f.write("XXXX", 4);
        }
        try {
            loadInfEmbed(p, o2.runId);
            QFAIL("a corrupt artifact must not load");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("train_ids") != std::string::npos, e.what());
        }
    }

    void cancelStops() {
        CancelToken cancel;
        bool late = false;
        const Progress progress([&](double f, const std::string&) {
            if (f >= 0.3) { // after inference: cancel inside the influence step
                cancel.cancel();
                late = true;
            }
        });
        try {
            runInfEmbed(m_f->c, m_f->d, smallRequest(), progress, cancel);
            QFAIL("a cancelled run must throw");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY(late);
    }

    void validationNamesTheField() {
        auto r = smallRequest();
        r.plain.k = 0;
        QVERIFY_THROWS_EXCEPTION(Error, r.validate());
        r = smallRequest();
        r.opponentsPerSlice = -1;
        QVERIFY_THROWS_EXCEPTION(Error, r.validate());
        r = smallRequest();
        r.influence.arnoldiDim = 0;
        QVERIFY_THROWS_EXCEPTION(Error, r.validate());
        r = smallRequest();
        r.plain.k = 500; // more slices than validation examples
        QVERIFY_THROWS_EXCEPTION(Error, runInfEmbed(m_f->c, m_f->d, r));
    }

    void blockLayersWork() {
        auto r = smallRequest();
        r.influence.layers = "block";
        r.influence.arnoldiDim = 15;
        r.influence.embeddingDim = 4;
        const auto o = runInfEmbed(m_f->c, m_f->d, r);
        QCOMPARE(o.influence.trainEmbeddings.rows(), std::int64_t(o.trainIds.size()));
        QVERIFY(!o.trainIds.empty());
        for (int p : o.trainPredictions)
            QVERIFY(p >= 0 && p < kC); // the extra training pass filled them
        QCOMPARE(o.evalPredictions, m_plain->evalPredictions);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsInfEmbedAnalysis)
#include "test_methods_infembed.moc"
