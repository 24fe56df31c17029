// End-to-end tests of faultline-cli infembed and slicebench on a small planted IDX fixture made
// here: slice sizes and accuracies checked against per-example predictions, rule constraints.
#include "tests/cli/cli_test_support.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>
#include <random>

namespace {

using Run = fl::testing::CliRun;
using fl::testing::runCli;

// Checks every slice's accuracy against the per-example [id, label, prediction] rows and
// returns the summed sizes.
int checkSlices(const QJsonObject& j) {
    std::map<qint64, bool> correct;
    for (const auto& e : j["examples"].toArray()) {
        const QJsonArray row = e.toArray();
        correct[row[0].toInteger()] = row[1].toInt() == row[2].toInt();
    }
    int total = 0;
    double previous = -1.0;
    for (const auto& v : j["slices"].toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonArray members = s["members"].toArray();
        if (s["size"].toInt() != members.size())
            return -1;
        int right = 0;
        for (const auto& m : members) {
            if (!correct.count(m.toInteger()))
                return -1;
            right += correct[m.toInteger()];
        }
        const double acc = double(right) / members.size();
        if (std::abs(acc - s["accuracy"].toDouble()) > 1e-9 || acc < previous)
            return -1; // wrong accuracy, or not sorted by accuracy
        previous = acc;
        total += members.size();
    }
    return total;
}

} // namespace

class TestCliInfEmbed : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_plant;
    QString m_model;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        const QString idx = m_tmp.filePath("idx");
        QDir().mkpath(idx);
        const std::string d = idx.toStdString();
        fl::testing::writeThirdsIdxFolder(d, 20, 45, 70, false);
        m_plant = m_tmp.filePath("plant");
        const Run p = runCli({"plant", "--dataset", idx, "--task", "correlation", "--class", "1",
                              "--fraction", "0.95", "--seed", "7", "--out", m_plant});
        QVERIFY2(p.code == 0, p.err.constData());
        m_model = m_tmp.filePath("m.pt");
        const Run t = runCli(
            {"train", "--dataset", m_plant, "--epochs", "3", "--seed", "1", "--out", m_model});
        QVERIFY2(t.code == 0, t.err.constData());
    }

    void plainSlicesCoverTheSplit() {
        const QString project = m_tmp.filePath("p.faultline");
        const Run r = runCli({"infembed", "--dataset", m_plant, "--model", m_model, "--k", "5",
                              "--seed", "3", "--opponents", "3", "--project", project, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j["n"].toInt(), 150);
        QCOMPARE(j["seed"].toInt(), 3);
        QCOMPARE(j["settings"].toObject()["k"].toString(), QString("5"));
        const QJsonArray slices = j["slices"].toArray();
        QCOMPARE(slices.size(), 5);
        QCOMPARE(checkSlices(j), 150);
        for (const auto& v : slices) {
            const QJsonObject s = v.toObject();
            const QJsonArray opponents = s["opponents"].toArray();
            const QJsonArray proponents = s["proponents"].toArray();
            QCOMPARE(opponents.size(), 3);
            QCOMPARE(proponents.size(), 3);
            const double worst = opponents.at(0).toObject()["influence"].toDouble();
            const double best = proponents.at(0).toObject()["influence"].toDouble();
            QVERIFY(worst <= best);
        }
        // The split's accuracy agrees with `evaluate`.
        const Run e = runCli(
            {"evaluate", "--dataset", m_plant, "--model", m_model, "--split", "val", "--json"});
        QCOMPARE(e.code, 0);
        QCOMPARE(j["accuracy"].toDouble(), e.json()["accuracy"].toDouble());
        // Stored: one run and its slices.
        QCOMPARE(j["project"]["slice_ids"].toArray().size(), 5);
        const Run s = runCli({"project", "show", project, "--json"});
        QVERIFY2(s.code == 0, s.err.constData());
        QVERIFY(s.out.contains("infembed"));
    }

    void ruleSlicesMeetTheRule() {
        const Run r = runCli({"infembed", "--dataset", m_plant, "--model", m_model, "--rule",
                              "--accuracy", "0.9", "--min-size", "4", "--branching", "2",
                              "--max-depth", "5", "--seed", "3", "--opponents", "0", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        const int covered = checkSlices(j);
        QVERIFY(covered >= 0 && covered <= 150);
        QVERIFY2(!j["slices"].toArray().isEmpty(), "the fixture's model errs on the planted slice");
        for (const auto& v : j["slices"].toArray()) {
            QVERIFY(v.toObject()["accuracy"].toDouble() < 0.9);
            QVERIFY(v.toObject()["size"].toInt() >= 4);
        }
        QCOMPARE(
            runCli({"infembed", "--dataset", m_plant, "--model", m_model, "--rule", "--k", "3"})
                .code,
            1); // --k and --rule exclude each other
    }

    void sliceBenchScores() {
        const Run r = runCli({"slicebench", "--dataset", m_plant, "--methods",
                              "confidence,infembed,embedding-kmeans", "--epochs", "2", "--seed",
                              "7", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j["task"].toString(), QString("correlation"));
        QVERIFY(j["ground_truth_size"].toInt() > 0);
        QCOMPARE(j["model"].toObject()["arch"].toString(), QString("small-cnn"));
        QCOMPARE(j["model"].toObject()["epochs"].toString(), QString("2"));
        for (const char* key : {"model_accuracy", "error_inside", "error_outside"}) {
            const double v = j[key].toDouble(-1);
            QVERIFY2(v >= 0 && v <= 1, key);
        }
        // The fixture's classes are faint, so the patch misleads the model on the slice.
        QVERIFY(j["error_inside"].toDouble() > j["error_outside"].toDouble());
        const QJsonObject methods = j["methods"].toObject();
        QCOMPARE(methods.size(), 3);
        for (const char* m : {"confidence", "infembed", "embedding-kmeans"}) {
            const QJsonObject s = methods[m].toObject();
            for (const char* key : {"precision_at_10", "precision_at_10_all", "recall", "f1",
                                    "test_precision_at_10"}) {
                QVERIFY2(s.contains(key), key);
                const double v = s[key].toDouble(-1);
                QVERIFY2(v >= 0 && v <= 1, key);
            }
            QVERIFY(s["precision_at_10_all"].toDouble() >= s["precision_at_10"].toDouble());
            QVERIFY(s["seconds"].toDouble() >= 0);
        }
        // One slice per worst class (three tries), fewer when fewer classes have errors.
        const int confidenceSlices = methods["confidence"].toObject()["slices"].toInt();
        QVERIFY(confidenceSlices >= 1 && confidenceSlices <= 3);
        QCOMPARE(methods["infembed"].toObject()["slices"].toInt(), 20);
        QCOMPARE(j["method_settings"].toObject()["clusters"].toString(), QString("20"));
        QCOMPARE(runCli({"slicebench", "--dataset", m_plant, "--methods", "nope"}).code, 2);
        // K, P, D and the scoring are knobs, recorded with the run.
        const Run k =
            runCli({"slicebench", "--dataset", m_plant, "--methods", "infembed,embedding-kmeans",
                    "--epochs", "1", "--seed", "7", "--clusters", "6", "--p", "40", "--d", "10",
                    "--top-slices", "2", "--json"});
        QVERIFY2(k.code == 0, k.err.constData());
        const QJsonObject kj = k.json();
        QCOMPARE(kj["top_slices"].toInt(), 2);
        QCOMPARE(kj["method_settings"].toObject()["clusters"].toString(), QString("6"));
        QCOMPARE(kj["method_settings"].toObject()["embedding_dim"].toString(), QString("10"));
        for (const char* m : {"infembed", "embedding-kmeans"})
            QVERIFY(kj["methods"].toObject()[m].toObject()["slices"].toInt() <= 6);
    }

    void sliceBenchReusesTheModelAndRanksByErrors() {
        QTemporaryDir cache;
        qputenv("FAULTLINE_CACHE_DIR", cache.path().toUtf8());
        const QStringList common{"slicebench",
                                 "--dataset",
                                 m_plant,
                                 "--methods",
                                 "infembed,embedding-kmeans",
                                 "--epochs",
                                 "1",
                                 "--seed",
                                 "5",
                                 "--clusters",
                                 "6",
                                 "--top-slices",
                                 "6",
                                 "--reuse-model",
                                 "--json"};
        const Run first = runCli(common);
        QVERIFY2(first.code == 0, first.err.constData());
        const Run again = runCli(common);
        QVERIFY2(again.code == 0, again.err.constData());
        const Run byErrors = runCli(common + QStringList{"--ranking", "errors"});
        QVERIFY2(byErrors.code == 0, byErrors.err.constData());
        const QJsonObject a = first.json(), b = again.json(), c = byErrors.json();
        QVERIFY(!a["model_reused"].toBool());
        QVERIFY(a["train_seconds"].toDouble() > 0);
        QVERIFY(b["model_reused"].toBool() && c["model_reused"].toBool());
        QCOMPARE(b["train_seconds"].toDouble(), 0.0);
        QCOMPARE(QDir(cache.path() + "/models").entryList({"*.flmodel"}).size(), 1);
        // The cached model is the trained one: the same predictions give the same scores.
        QCOMPARE(b["model_accuracy"].toDouble(), a["model_accuracy"].toDouble());
        QCOMPARE(b["model"].toObject(), a["model"].toObject());
        QCOMPARE(b["methods"].toObject()["infembed"].toObject()["precision_at_10"].toDouble(),
                 a["methods"].toObject()["infembed"].toObject()["precision_at_10"].toDouble());
        QCOMPARE(a["method_settings"].toObject()["ranking"].toString(), QString("accuracy"));
        QCOMPARE(c["method_settings"].toObject()["ranking"].toString(), QString("errors"));
        // Ranking only reorders the same slices: over all of them (top-slices = K) the scores
        // agree, and agree with the best over all slices.
        for (const char* m : {"infembed", "embedding-kmeans"}) {
            const QJsonObject ma = a["methods"].toObject()[m].toObject();
            const QJsonObject mc = c["methods"].toObject()[m].toObject();
            QCOMPARE(mc["precision_at_10"].toDouble(), ma["precision_at_10"].toDouble());
            QCOMPARE(mc["precision_at_10_all"].toDouble(), ma["precision_at_10_all"].toDouble());
            QCOMPARE(mc["precision_at_10"].toDouble(), mc["precision_at_10_all"].toDouble());
        }
        // Another seed is another model, not the cached one.
        QStringList other = common;
        other[other.indexOf("5")] = "6";
        const Run fresh = runCli(other);
        QVERIFY2(fresh.code == 0, fresh.err.constData());
        QVERIFY(!fresh.json()["model_reused"].toBool());
        const Run bad = runCli(common + QStringList{"--ranking", "size"});
        QCOMPARE(bad.code, 1); // a usage error, as for other bad option values
        QVERIFY2(bad.err.contains("--ranking"), bad.err.constData());
        qunsetenv("FAULTLINE_CACHE_DIR");
    }

    // `methods --json` is the registry: ids, papers and each parameter's declaration.
    void methodsListsTheRegistry() {
        const Run r = runCli({"methods", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray methods = r.json()["methods"].toArray();
        QStringList ids;
        for (const auto& m : methods) {
            const QJsonObject o = m.toObject();
            ids << o["id"].toString();
            QVERIFY(!o["title"].toString().isEmpty() && !o["paper"].toString().isEmpty());
            for (const auto& p : o["parameters"].toArray())
                for (const char* key : {"name", "type", "default", "help"})
                    QVERIFY2(p.toObject().contains(key), key);
        }
        QCOMPARE(ids, (QStringList{"infembed", "barlow", "directions", "defuse", "confidence",
                                   "confusion", "embedding-kmeans", "domino"}));
    }

    // `run METHOD` on a planted dataset stores the run with the project's dataset and model;
    // a later run with --project alone analyses them again from the stored evaluation.
    void runStoresAndReusesTheProject() {
        const QString project = m_tmp.filePath("run.faultline");
        QCOMPARE(
            runCli({"project", "create", project, "--dataset", m_plant, "--model", m_model}).code,
            0);
        // Every error as one slice (a Bool parameter set to false on the command line).
        const Run c = runCli({"run", "confidence", "--dataset", m_plant, "--model", m_model,
                              "--project", project, "--per-class=false", "--json"});
        QVERIFY2(c.code == 0, c.err.constData());
        const QJsonObject cj = c.json();
        int errors = 0;
        for (const auto& e : cj["examples"].toArray())
            errors += e.toArray()[1].toInt() != e.toArray()[2].toInt();
        QCOMPARE(cj["n"].toInt(), 150);
        QCOMPARE(cj["slices"].toArray().size(), 1);
        QCOMPARE(cj["slices"][0]["size"].toInt(), errors);
        QCOMPARE(cj["slices"][0]["accuracy"].toDouble(), 0.0);

        const Run k = runCli({"embedding-kmeans", "--project", project, "--k", "4", "--json"});
        QVERIFY2(k.code == 0, k.err.constData());
        const QJsonObject kj = k.json();
        QVERIFY(kj["slices"].toArray().size() <= 4);
        QCOMPARE(checkSlices(kj), 150); // a partition of the split, worst first
        QCOMPARE(kj["accuracy"].toDouble(), cj["accuracy"].toDouble());

        const Run s = runCli({"project", "show", project, "--json"});
        QVERIFY2(s.code == 0, s.err.constData());
        const QJsonArray runs = s.json()["runs"].toArray();
        QCOMPARE(runs.size(), 3); // evaluation, confidence, embedding-kmeans
        for (const auto& v : runs) {
            const QJsonObject run = v.toObject();
            QCOMPARE(run["status"].toString(), QString("done"));
            QCOMPARE(run["dataset_id"].toInt(), 1); // one dataset row and one model row for all
            QCOMPARE(run["model_id"].toInt(), 1);
        }
        // The report from the core's model, with each method's section.
        const QString html = m_tmp.filePath("report.html");
        const Run rep = runCli({"report", project, html, "--json"});
        QVERIFY2(rep.code == 0, rep.err.constData());
        const QJsonArray sections = rep.json()["sections"].toArray();
        QVERIFY(sections.contains(QJsonValue("method-confidence")));
        QVERIFY(sections.contains(QJsonValue("method-embedding-kmeans")));
        QVERIFY(QFileInfo(html).size() > 1000);
        QCOMPARE(runCli({"report", project, m_tmp.filePath("r.pdf")}).code, 2);
        // Bad values name the parameter; unknown methods list the known ones.
        const Run bad = runCli({"run", "embedding-kmeans", "--project", project, "--k", "0"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("'k'"), bad.err.constData());
        QCOMPARE(runCli({"run", "contexts", "--project", project}).code, 1);
        const Run none = runCli({"run", "confidence"});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains("--project"), none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInfEmbed)
#include "test_cli_infembed.moc"
