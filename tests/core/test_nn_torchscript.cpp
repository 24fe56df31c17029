// TorchScript models under docs/model-contract.md: the fixture made by
// tests/fixtures/make_torchscript_fixture.py loads, matches PyTorch's logits, exposes its head,
// and a module without features() is refused with a message naming what is missing.
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include "error_text.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using namespace fl::nn;

namespace {

const std::string kFixtures = FAULTLINE_FIXTURES;

QJsonObject expected() {
    QFile f(QString::fromStdString(kFixtures + "/tiny_scripted_expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing tiny_scripted_expected.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The fixture's fixed input as a 2-example dataset.
data::Dataset fixtureInput(const QJsonObject& e) {
    data::Dataset d;
    d.name = "fixture";
    d.channels = 1;
    d.height = 8;
    d.width = 8;
    d.classNames = {"circle", "square", "cross"};
    for (const auto& v : e["input"].toArray())
        d.images.push_back(float(v.toDouble()));
    d.labels = {0, 2};
    d.ids = {0, 1};
    d.splits = {data::Split::Test, data::Split::Test};
    return d;
}

using fl::test::errorOf;

} // namespace

class TestNnTorchScript : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One thread: tiny tensors gain nothing from two, and OpenMP teams crawl when the machine is
    // busy (measured 20× slower with 2 threads under a parallel build).
    void initTestCase() { setComputeThreads(1); }

    void matchesPyTorch() {
        const auto e = expected();
        auto c = Classifier::loadTorchScript(kFixtures + "/tiny_scripted.pt");
        QVERIFY(c.isTorchScript());
        QVERIFY(c.hasFeatures() && c.hasHead() && c.hasFeatureMaps());
        QCOMPARE(c.numClasses(), 3);
        QCOMPARE(c.embeddingDim(), 8);
        QCOMPARE(c.spec().height, 8);
        QCOMPARE(c.classNames(), (std::vector<std::string>{"circle", "square", "cross"}));

        const auto d = fixtureInput(e);
        InferenceOptions o;
        o.wantEmbeddings = true;
        o.wantFeatureMaps = true;
        const auto r = infer(c, d, allIndices(d), o);
        const auto logits = e["logits"].toArray();
        const auto features = e["features"].toArray();
        for (int i = 0; i < 2; ++i) {
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(r.logits(i, k) - logits[i].toArray()[k].toDouble()) < 1e-5);
            for (int j = 0; j < 8; ++j)
                QVERIFY(std::abs(r.embeddings(i, j) - features[i].toArray()[j].toDouble()) < 1e-5);
        }
        QCOMPARE(r.featureMapShape, (std::vector<std::int64_t>{2, 4, 8, 8}));

        // The declared head reproduces the logits from the embedding.
        const auto head = c.headWeights();
        QCOMPARE(head.weight.rows(), 3);
        QCOMPARE(head.weight.cols(), 8);
        MatrixRM viaHead = r.embeddings * head.weight.transpose();
        for (int i = 0; i < 2; ++i)
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(viaHead(i, k) + head.bias[std::size_t(k)] - r.logits(i, k)) <
                        1e-5);

        // PGD works on TorchScript models too; training them does not.
        PgdOptions p;
        p.epsilon = 0.5;
        QCOMPARE(pgdAttack(c, d, allIndices(d), p, 1).size(), d.images.size());
        QVERIFY(errorOf([&] { train(c, d, TrainOptions{}); }).find("TorchScript") !=
                std::string::npos);
        QVERIFY_THROWS_EXCEPTION(Error, c.save("/tmp/never-written.flmodel"));
        QVERIFY(Classifier::open(kFixtures + "/tiny_scripted.pt").isTorchScript());
    }

    void missingFeaturesIsExplained() {
        auto c = Classifier::loadTorchScript(kFixtures + "/tiny_scripted_no_features.pt");
        QVERIFY(!c.hasFeatures() && !c.hasHead() && !c.hasFeatureMaps());
        QCOMPARE(c.numClasses(), 0); // no input_shape, no head: unknown until first use

        const auto d = fixtureInput(expected());
        const auto r = infer(c, d, allIndices(d)); // evaluation still works
        QCOMPARE(r.logits.cols(), 3);

        InferenceOptions o;
        o.wantEmbeddings = true;
        const auto msg = errorOf([&] { infer(c, d, allIndices(d), o); });
        QVERIFY2(msg.find("tiny_scripted_no_features.pt has no features()") != std::string::npos,
                 msg.c_str());
        QVERIFY2(msg.find("evaluation works") != std::string::npos, msg.c_str());
        QVERIFY(errorOf([&] { c.headWeights(); }).find("head_weight_name") != std::string::npos);
    }

    // Models that break the contract in the ways a new user's did (issue #15) are refused at
    // first use with one sentence naming the file and what is expected; a forward-only model
    // without input_shape evaluates (its class count comes from its logits).
    void contractViolationsAtFirstUse() {
        data::Dataset d;
        d.name = "six";
        d.channels = 1;
        d.height = d.width = 8;
        d.classNames = {"a", "b", "c"};
        for (int i = 0; i < 6; ++i) {
            for (int p = 0; p < 64; ++p) // images 0..2 dark, 3..5 bright (mean above 0.5)
                d.images.push_back(i < 3 ? 0.1f + 0.01f * float(p % 7) : 0.9f);
            d.labels.push_back(i % 3);
            d.ids.push_back(100 + i);
            d.splits.push_back(data::Split::Test);
        }
        const auto open = [](const char* f) { return Classifier::open(kFixtures + "/" + f); };
        const auto all = allIndices(d);

        const auto ok = open("bad_forward_only.pt");
        QCOMPARE(ok.numClasses(), 0); // unknown until it runs
        const auto e = evaluate(ok, d, all);
        int right = 0;
        for (std::size_t i = 0; i < all.size(); ++i)
            right += e.inference.predictions[i] == d.labels[i];
        QCOMPARE(e.metrics.accuracy, double(right) / 6.0);
        QCOMPARE(e.inference.logits.cols(), Eigen::Index(3));

        const auto five = errorOf([&] { evaluate(open("bad_five_outputs.pt"), d, all); });
        QVERIFY2(five.find("bad_five_outputs.pt returns 5 logits") != std::string::npos &&
                     five.find("six has 3 classes") != std::string::npos,
                 five.c_str());
        const auto tuple = errorOf([&] { evaluate(open("bad_tuple.pt"), d, all); });
        QVERIFY2(tuple.find("bad_tuple.pt: forward() must return one tensor") !=
                         std::string::npos &&
                     tuple.find("Tuple") != std::string::npos,
                 tuple.c_str());
        const auto oneD = errorOf([&] { evaluate(open("bad_one_d.pt"), d, all); });
        QVERIFY2(oneD.find("bad_one_d.pt: forward() must return N×C logits") != std::string::npos &&
                     oneD.find("1-D") != std::string::npos,
                 oneD.c_str());
        const auto nan = errorOf([&] { evaluate(open("bad_nan.pt"), d, all); });
        QVERIFY2(nan.find("NaN or infinite logits for example(s) 103, 104, 105") !=
                     std::string::npos,
                 nan.c_str());
        const auto throws = errorOf([&] { evaluate(open("bad_throws.pt"), d, all); });
        QVERIFY2(throws.find("bad_throws.pt: forward() failed on a batch of 6") !=
                         std::string::npos &&
                     throws.find("broken on purpose") != std::string::npos,
                 throws.c_str());
        // Each of them is BadInput (the CLI's exit code 2), not an internal error.
        for (const char* f : {"bad_five_outputs.pt", "bad_tuple.pt", "bad_one_d.pt", "bad_nan.pt",
                              "bad_throws.pt"}) {
            try {
                evaluate(open(f), d, all);
                QFAIL(f);
            } catch (const Error& err) {
                QVERIFY2(err.kind() == ErrorKind::BadInput, f);
            }
        }
    }

    void unreadableFiles() {
        QTemporaryDir dir;
        const auto junk = dir.filePath("junk.pt").toStdString();
        QFile f(QString::fromStdString(junk));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not a zip archive");
        f.close();
        const auto msg = errorOf([&] { Classifier::loadTorchScript(junk); });
        QVERIFY2(msg.find("not a TorchScript archive") != std::string::npos, msg.c_str());
        const auto future =
            errorOf([&] { Classifier::loadTorchScript(kFixtures + "/tiny_scripted_future.pt"); });
        QVERIFY2(future.find("saved by a newer PyTorch") != std::string::npos, future.c_str());
        QVERIFY(errorOf([&] {
                    Classifier::loadTorchScript("/nonexistent.pt");
                }).find("does not exist") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestNnTorchScript)
#include "test_nn_torchscript.moc"
