// Slice-benchmark JSON and CSV: the CLI's JSON keys, a lossless round trip, the CSV's rows and
// numbers, and the "plant bites" rule, on a hand-made result.
#include "core/common/error.h"
#include "core/workflows/slice_benchmark_json.h"
#include <QtTest>

using namespace fl::workflows;

namespace {

SliceBenchmarkResult handMade() {
    SliceBenchmarkResult r;
    r.dataset = "fashion-mnist";
    r.task = "correlation";
    r.taskParams = {{"class", "3"}, {"fraction", "0.95"}, {"signal", "patch"}};
    r.seed = 7;
    r.groundTruthSize = 431;
    r.groundTruthSizeTest = 420;
    r.validationSize = 5000;
    r.modelAccuracy = 0.88;
    r.model = {{"arch", "small-cnn"}, {"epochs", "2"}};
    r.trainSeconds = 61.5;
    r.modelReused = true;
    r.errorInside = 0.52;
    r.errorOutside = 0.083;
    r.k = 10;
    r.topSlices = 3;
    r.methodSettings = {{"clusters", "20"}, {"arnoldi_dim", "200"}, {"embedding_dim", "50"}};
    MethodScore a{"infembed", 1.0, 1.0, 0.044, 0.077, 0.9, 1.6, 20, 0, 19, 0.1};
    MethodScore b{"confidence", 0.7, 0.8, 0.52, 0.434, 0.6, 0.001, 1, 0, 600, 0.0, 42.5};
    r.methods = {a, b};
    r.trivial = {{"class", "label Shirt", 0.9, 0.42, 0.97, 1003},
                 {"cell", "label Shirt, predicted T-shirt/top", 0.6, 0.31, 0.12, 160}};
    return r;
}

} // namespace

class TestWorkflowsSliceBenchmarkJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheCliKeys() {
        const auto j = sliceBenchmarkToJson(handMade());
        for (const char* key :
             {"task", "task_params", "dataset", "seed", "ground_truth_size",
              "ground_truth_size_test", "validation_size", "model_accuracy", "model",
              "train_seconds", "model_reused", "error_inside", "error_outside", "k", "top_slices",
              "method_settings", "methods", "trivial"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j.size(), std::size_t(18));
        QCOMPARE(j["trivial"][1]["slice"].get<std::string>(),
                 std::string("label Shirt, predicted T-shirt/top"));
        QCOMPARE(j["trivial"][0]["precision_at_10"].get<double>(), 0.9);
        QVERIFY(j["model_reused"].get<bool>());
        QCOMPARE(j["method_settings"]["clusters"].get<std::string>(), std::string("20"));
        QCOMPARE(j["seed"].get<int>(), 7);
        QCOMPARE(j["dataset"].get<std::string>(), std::string("fashion-mnist"));
        const auto& m = j["methods"]["confidence"];
        QCOMPARE(m.size(), std::size_t(11));
        QCOMPARE(m["auxiliary_seconds"].get<double>(), 42.5);
        QCOMPARE(m["precision_at_10"].get<double>(), 0.7);
        QCOMPARE(m["precision_at_10_all"].get<double>(), 0.8);
        QCOMPARE(m["test_precision_at_10"].get<double>(), 0.6);
        QCOMPARE(m["best_slice_size"].get<int>(), 600);
    }

    void jsonRoundTrips() {
        const auto r = handMade();
        const auto back = sliceBenchmarkFromJson(sliceBenchmarkToJson(r));
        QCOMPARE(sliceBenchmarkToJson(back), sliceBenchmarkToJson(r));
        // Methods come back in the benchmark's order, not the JSON object's alphabetical one.
        QCOMPARE(back.methods.size(), std::size_t(2));
        QCOMPARE(back.methods[0].method, std::string("infembed"));
        QCOMPARE(back.methods[1].method, std::string("confidence"));
        QCOMPARE(back.methods[1].recall, 0.52);
        QCOMPARE(back.methodSettings, r.methodSettings);
        // Runs saved before the methods' settings were recorded still load.
        auto old = sliceBenchmarkToJson(r);
        old.erase("method_settings");
        QVERIFY(sliceBenchmarkFromJson(old).methodSettings.empty());
        QVERIFY(back.modelReused);
        old.erase("model_reused"); // …and before models could be reused: trained then
        QVERIFY(!sliceBenchmarkFromJson(old).modelReused);
        QCOMPARE(back.trivial.size(), std::size_t(2));
        QCOMPARE(back.trivial[1].size, std::int64_t(160));
        old.erase("trivial"); // …and before trivial slices were scored
        QVERIFY(sliceBenchmarkFromJson(old).trivial.empty());
    }

    void jsonNamesWhatIsMissing() {
        auto j = sliceBenchmarkToJson(handMade());
        j["methods"]["infembed"].erase("recall");
        try {
            sliceBenchmarkFromJson(j);
            QFAIL("expected BadInput");
        } catch (const fl::Error& e) {
            QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("'recall'") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("infembed") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(fl::Error, sliceBenchmarkFromJson(nlohmann::json::array()));
    }

    void csvHasOneRowPerRunAndMethod() {
        auto second = handMade();
        second.seed = 8;
        second.errorInside = 0.1; // < 2 × 0.083: the plant does not bite
        const std::string csv = sliceBenchmarkCsv({handMade(), second});
        const QStringList lines =
            QString::fromStdString(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("dataset,task,task_params,seed,")));
        QCOMPARE(lines[0].split(QLatin1Char(',')).size(), 26);
        QVERIFY(lines[0].endsWith(QStringLiteral(",auxiliary_seconds")));
        QCOMPARE(lines[1], QStringLiteral("fashion-mnist,correlation,class=3 fraction=0.95 "
                                          "signal=patch,7,small-cnn,2,10,3,431,5000,0.88,0.52,"
                                          "0.083,true,infembed,1,1,0.9,0.044,0.077,1.6,20,0,19,"
                                          "0.1,0"));
        QVERIFY(lines[2].contains(QStringLiteral(",true,confidence,0.7,0.8,0.6,0.52,")));
        QVERIFY(lines[2].endsWith(QStringLiteral(",42.5"))); // the robust extractor's training
        QVERIFY(lines[3].contains(QStringLiteral(",8,small-cnn,")));
        QVERIFY(lines[3].contains(QStringLiteral(",false,infembed,")));
    }

    void csvQuotesFields() {
        auto r = handMade();
        r.dataset = "/data/my, \"odd\" folder";
        const std::string csv = sliceBenchmarkCsv({r});
        QVERIFY(csv.find("\r\n\"/data/my, \"\"odd\"\" folder\",correlation,") != std::string::npos);
    }

    // A plant bites when the error inside is at least twice the outside and 10 points above it.
    void plantBitesAtTwiceTheOutsideErrorAndTenPointsAbove() {
        auto r = handMade();
        r.errorInside = 0.2;
        r.errorOutside = 0.1;
        QVERIFY(plantBites(r));
        r.errorInside = 0.199;
        QVERIFY(!plantBites(r));
        r.errorInside = 0.06; // three times 2%, but 4 points: barely bites, so it does not count
        r.errorOutside = 0.02;
        QVERIFY(!plantBites(r));
        r.errorInside = 0.12; // six times, 10 points
        QVERIFY(plantBites(r));
        r.errorInside = 0.119;
        QVERIFY(!plantBites(r));
        r.errorInside = r.errorOutside = 0.0;
        QVERIFY(!plantBites(r));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsSliceBenchmarkJson)
#include "test_workflows_slice_benchmark_json.moc"
