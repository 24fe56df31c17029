// The one codec of method results: a hand-made result with every part round-trips through the
// project; unfinished runs and damaged metadata are refused by name; an InfEmbed run written by
// the pre-seam code into a schema-v3 project opens after the v4 migration with the same content.
#include "core/common/error.h"
#include "core/methods/infembed_method.h"
#include "core/methods/method_report.h"
#include "core/methods/result_codec.h"
#include "core/methods/result_json.h"
#include "core/metrics/slice_stats.h"
#include "core/report/report_builder.h"
#include "core/store/artifact_store.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "core/store/typed_array.h"
#include "sqlite_raw.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using namespace fl::methods;
using nlohmann::json;

namespace {

MethodResult handMade() {
    MethodResult r;
    r.method = "embedding-kmeans";
    r.kind = "embedding-kmeans";
    r.title = "Embedding K-means";
    r.split = "val";
    r.settings = {{"k", "2"}, {"split", "val"}, {"ranking", "accuracy"}};
    r.seed = 42;
    r.accuracy = 0.5;
    r.seconds = 1.25;
    r.stageSeconds = {{"cluster", 0.5}};
    r.exampleIds = {10, 11, 12, 13};
    r.labels = {0, 1, 1, 0};
    r.predictions = {1, 1, 0, 0};
    RankedSlice a;
    a.name = "cluster 1";
    a.rule = "cluster 1 of the penultimate features";
    a.memberIds = {12, 10};
    a.scores = {0.9, 0.8};
    a.stats = metrics::sliceStats({1, 0}, {0, 1});
    a.extra = {{"centre", {0.6, 0.8}}, {"note", "worst"}};
    RankedSlice b;
    b.name = "cluster 0";
    b.memberIds = {11, 13};
    b.scores = {0.7, 0.6};
    b.stats = metrics::sliceStats({1, 0}, {1, 0});
    r.slices = {a, b};
    r.tables.push_back({"per_class", "Per class", {"class", "errors"}, {{"0", "1"}, {"1", "1"}}});
    r.charts.push_back({"sizes",
                        "Slice sizes",
                        "bar",
                        "slice",
                        "examples",
                        {"1", "0"},
                        {{"size", {2, 2}}, {"errors", {2, 0}}}});
    r.imageSets.push_back({"worst", "Worst examples", {12, 10}, "", {"a", "b"}});
    r.models.push_back({"head", "/tmp/head.flmodel", {{"epochs", "3"}}});
    r.summary = {{"table1", {{"depth_1", 0.5}}}, {"classes", nlohmann::json::array({1, 2})}};
    r.arrays["centres"] =
        store::makeArray<float>({2, 2}, std::vector<float>{0.6f, 0.8f, 1, 0}.data(), 4);
    return r;
}

} // namespace

class TestMethodsCodec : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::string file(const char* name) { return m_tmp.filePath(name).toStdString(); }

private Q_SLOTS:
    void roundTripsEveryPart() {
        store::Project p = store::Project::create(file("round.faultline"));
        MethodResult r = handMade();
        storeResult(p, r);
        QVERIFY(r.runId > 0);
        QVERIFY(r.slices[0].storedId > 0 && r.slices[1].storedId > r.slices[0].storedId);
        const MethodResult back = loadResult(p, r.runId);
        QCOMPARE(back.kind, r.kind);
        QCOMPARE(back.title, r.title);
        QCOMPARE(back.settings, r.settings); // the timings and accuracy are not settings
        QCOMPARE(back.seed, r.seed);
        QCOMPARE(back.accuracy, r.accuracy);
        QCOMPARE(back.seconds, r.seconds);
        QCOMPARE(back.stageSeconds, r.stageSeconds);
        QCOMPARE(back.split, std::string("val"));
        QCOMPARE(back.exampleIds, r.exampleIds);
        QCOMPARE(back.labels, r.labels);
        QCOMPARE(back.predictions, r.predictions);
        QCOMPARE(back.slices.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            const auto &x = r.slices[i], &y = back.slices[i];
            QCOMPARE(y.name, "Embedding K-means #" + std::to_string(r.runId) + " " + x.name);
            QCOMPARE(y.rule, x.rule);
            QCOMPARE(y.memberIds, x.memberIds);
            QCOMPARE(y.scores, x.scores);
            QCOMPARE(y.stats.size, x.stats.size);
            QCOMPARE(y.stats.errors, x.stats.errors);
            QCOMPARE(y.stats.errorLow, x.stats.errorLow);
            QCOMPARE(y.stats.dominantLabel, x.stats.dominantLabel);
            QCOMPARE(y.stats.dominantPredictionShare, x.stats.dominantPredictionShare);
            QCOMPARE(y.extra, x.extra);
            QCOMPARE(y.storedId, x.storedId);
        }
        QCOMPARE(back.tables.size(), std::size_t(1));
        QCOMPARE(back.tables[0].rows, r.tables[0].rows);
        QCOMPARE(back.charts.size(), std::size_t(1));
        QCOMPARE(back.charts[0].series[1].values, (std::vector<double>{2, 0}));
        QCOMPARE(back.imageSets[0].exampleIds, r.imageSets[0].exampleIds);
        QCOMPARE(back.imageSets[0].captions, r.imageSets[0].captions);
        QCOMPARE(back.models[0].metadata, r.models[0].metadata);
        QCOMPARE(back.summary, r.summary);
        // Scripts see the summary at the JSON's top level.
        QCOMPARE(resultJson(back, {}).at("table1").at("depth_1").get<double>(), 0.5);
        QCOMPARE(back.arrays.size(), std::size_t(1)); // the split's ids are not the method's arrays
        QCOMPARE(store::arrayValues<float>(back.arrays.at("centres"), "centres"),
                 (std::vector<float>{0.6f, 0.8f, 1, 0}));
        QCOMPARE(latestRun(p, {"embedding-kmeans"}), std::optional<std::int64_t>(r.runId));
        QVERIFY(!latestRun(p, {"infembed"}));
    }

    // Every registered method's newest run becomes sections before the provenance: the slices
    // table in failure order and, for the worst, histograms counted from the stored examples.
    void reportGetsEachMethodsNewestRun() {
        store::Project p = store::Project::create(file("report.faultline"));
        MethodResult older = handMade(), r = handMade();
        storeResult(p, older);
        storeResult(p, r);
        report::Report rep = report::buildProjectReport(p);
        rep.classNames = {"zero", "one"};
        const auto problems = addMethodSections(rep, p);
        QVERIFY(problems.empty());
        const auto* s = rep.section("method-embedding-kmeans");
        QVERIFY(s);
        QCOMPARE(rep.sections.back().id, std::string("provenance"));
        // Only the newest run, and none of its slices gets a page of its own.
        int methodSections = 0;
        for (const auto& x : rep.sections) {
            methodSections += x.id.rfind("method-", 0) == 0;
            QVERIFY2(x.id != "slice-" + std::to_string(r.slices[0].storedId), x.id.c_str());
        }
        QCOMPARE(methodSections, 1);
        const report::Table* table = nullptr;
        const report::HistogramPair* first = nullptr;
        for (const auto& b : s->blocks) {
            if (!table)
                table = std::get_if<report::Table>(&b);
            if (!first)
                first = std::get_if<report::HistogramPair>(&b);
        }
        QVERIFY(table && first);
        QCOMPARE(table->rows.size(), std::size_t(2));
        QCOMPARE(table->rows[0][1], r.slices[0].rule);
        QVERIFY2(table->rows[0][5].find("zero (50.0%) → zero (50.0%)") != std::string::npos,
                 table->rows[0][5].c_str());
        // Slice 1 holds ids 12 (label 1, prediction 0) and 10 (label 0, prediction 1); ties go
        // to the lower class.
        QCOMPARE(first->left, (std::vector<double>{1, 1}));
        QCOMPARE(first->right, (std::vector<double>{1, 1}));
        // A run that cannot be read is left out, and said so.
        store::SliceRecord bad;
        bad.runId = r.runId;
        bad.name = "broken";
        bad.origin = r.kind;
        bad.metadataJson = R"({"rank": 9})";
        store::SliceRepo(p).add(bad, {});
        report::Report again = report::buildProjectReport(p);
        const auto said = addMethodSections(again, p);
        QCOMPARE(said.size(), std::size_t(1));
        QVERIFY2(said[0].find("Embedding K-means run #" + std::to_string(r.runId)) == 0,
                 said[0].c_str());
        QVERIFY(!again.section("method-embedding-kmeans"));
    }

    void refusesWhatItCannotLoad() {
        store::Project p = store::Project::create(file("refuse.faultline"));
        QVERIFY_THROWS_EXCEPTION(Error, loadResult(p, 77));
        store::RunRepo runs(p);
        store::RunRecord running;
        running.kind = "confidence";
        const auto id = runs.add(running);
        runs.markRunning(id);
        try {
            loadResult(p, id);
            QFAIL("a running run must not load");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("did not finish (running)") != std::string::npos,
                     e.what());
        }
        QVERIFY(!latestRun(p, {"confidence"}));
        // A slice whose metadata lacks a shared statistic names the slice and the field.
        MethodResult r = handMade();
        storeResult(p, r);
        store::SliceRecord bad;
        bad.runId = r.runId;
        bad.name = "broken";
        bad.origin = r.kind;
        bad.metadataJson = R"({"rank": 5, "rule": "x", "accuracy": 0.5})";
        store::SliceRepo(p).add(bad, {{10, 0, 1.0}});
        try {
            loadResult(p, r.runId);
            QFAIL("damaged metadata must not load");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("(broken)") != std::string::npos &&
                         std::string(e.what()).find("error_rate") != std::string::npos,
                     e.what());
        }
    }

    // What storeInfEmbed wrote before the seam (kept literally here): slice metadata with
    // "path" and no "rule"/"errors", the run's timings in its settings, arrays under the same
    // roles. Written into a v4 file, then the file is taken back to v3 as that code left it.
    void opensPreSeamInfEmbedRunAfterMigration() {
        const std::string path = file("v3.faultline");
        std::int64_t runId = 0;
        {
            store::Project p = store::Project::create(path);
            store::RunRepo runs(p);
            store::RunRecord run;
            run.kind = "infembed";
            run.seed = 3;
            run.settingsJson = R"({"layers": "last", "arnoldi_dim": "20", "embedding_dim": "2",
                "hessian_subset": "100", "seed": "3", "k": "2", "split": "val",
                "embed_training": "true", "wall_seconds": "1.500000",
                "stage_seconds_arnoldi": "0.250000"})";
            runId = runs.add(run);
            store::ArtifactStore a(p);
            const std::vector<float> e{1, 0, 0.8f, 0.6f, 0, 1}, t{0.5f, 0.5f, -1, 0};
            a.attachArray(runId, "eval_embeddings", "embeddings",
                          store::makeArray<float>({3, 2}, e.data(), 6));
            a.attachArray(runId, "train_embeddings", "embeddings",
                          store::makeArray<float>({2, 2}, t.data(), 4));
            a.attachArray(runId, "eval_ids", "ids",
                          store::makeArray(std::vector<std::int64_t>{7, 8, 9}));
            a.attachArray(runId, "eval_labels", "labels", store::makeIntArray({0, 0, 1}));
            a.attachArray(runId, "eval_predictions", "predictions", store::makeIntArray({1, 0, 1}));
            a.attachArray(runId, "train_ids", "ids",
                          store::makeArray(std::vector<std::int64_t>{1, 2}));
            a.attachArray(runId, "train_labels", "labels", store::makeIntArray({0, 1}));
            a.attachArray(runId, "train_predictions", "predictions", store::makeIntArray({0, 0}));
            a.attachArray(runId, "eigenvalues", "eigenvalues",
                          store::makeArray(std::vector<double>{4.0, 1.0}));
            const json meta{
                {"rank", 0},
                {"path", "1"},
                {"depth", 0},
                {"size", 2},
                {"accuracy", 0.5},
                {"coherence", 0.125},
                {"error_rate", 0.5},
                {"error_low", 0.0945},
                {"error_high", 0.9055},
                {"dominant_label", 0},
                {"dominant_label_share", 1.0},
                {"dominant_prediction", 0},
                {"dominant_prediction_share", 0.5},
                {"centre", {0.9f, 0.3f}},
                {"opponents", {{{"id", 2}, {"label", 1}, {"prediction", 0}, {"influence", -0.4}}}},
                {"proponents", {{{"id", 1}, {"label", 0}, {"prediction", 0}, {"influence", 0.9}}}}};
            store::SliceRecord rec;
            rec.runId = runId;
            rec.name = "InfEmbed #1 slice 0 [1]";
            rec.origin = "infembed";
            rec.metadataJson = meta.dump();
            store::SliceRepo(p).add(rec, {{7, 0, 0.95}, {8, 1, 0.9}});
            runs.finish(runId, store::RunStatus::Done);
        }
        fl::test::execRaw(path, "DROP TABLE run_parts; DROP TABLE feature_names; "
                                "DROP TABLE generated_samples; "
                                "ALTER TABLE runs DROP COLUMN owner; PRAGMA user_version = 3;");

        store::Project p = store::Project::open(path);
        QCOMPARE(p.schemaVersion(), store::Project::latestSchemaVersion());
        QCOMPARE(p.schemaVersion(), 7);
        const auto o = loadInfEmbed(p);
        QVERIFY(o);
        QCOMPARE(o->runId, runId);
        QCOMPARE(o->seconds, 1.5);
        QCOMPARE(o->influence.seconds.at("arnoldi"), 0.25);
        QCOMPARE(o->settings.count("wall_seconds"), std::size_t(0));
        QCOMPARE(o->evalIds, (std::vector<std::int64_t>{7, 8, 9}));
        QCOMPARE(o->accuracy, 2.0 / 3.0);
        QCOMPARE(o->influence.trainEmbeddings.rows(), Eigen::Index(2));
        QCOMPARE(o->influence.eigenvalues.size(), Eigen::Index(2));
        QCOMPARE(o->slices.size(), std::size_t(1));
        const auto& s = o->slices[0];
        QCOMPARE(s.slice.path, std::string("1"));
        QCOMPARE(s.slice.members, (std::vector<std::int64_t>{0, 1}));
        QCOMPARE(s.slice.coherence, 0.125);
        QCOMPARE(s.errorLow, 0.0945);
        QCOMPARE(s.dominantPredictionShare, 0.5);
        QCOMPARE(s.influence.opponents.size(), std::size_t(1));
        QCOMPARE(s.influence.opponents[0].exampleId, std::int64_t(2));
        QCOMPARE(s.influence.proponents[0].influence, 0.9);
        // The generic view of the same run: the rule from "path", errors from the error rate.
        const auto r = loadResult(p, runId);
        QCOMPARE(r.slices[0].rule, std::string("1"));
        QCOMPARE(r.slices[0].stats.errors, std::int64_t(1));
        QVERIFY(r.slices[0].extra.contains("centre"));
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMethodsCodec)
#include "test_methods_codec.moc"
