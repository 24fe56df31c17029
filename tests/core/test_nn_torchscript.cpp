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
