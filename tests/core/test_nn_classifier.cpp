// Built-in classifiers: seeded init, save/load round trip, the head identity logits = W·h + b,
// feature-map shapes, deterministic inference and the model cache key.
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/model_cache.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using namespace fl::nn;

namespace {

// n random-ish images (fixed formula, no RNG) of c×h×w with labels i % classes.
data::Dataset tinyDataset(int n, int c, int h, int w, int classes) {
    data::Dataset d;
    d.name = "tiny";
    d.channels = c;
    d.height = h;
    d.width = w;
    for (int k = 0; k < classes; ++k)
        d.classNames.push_back("c" + std::to_string(k));
    d.images.resize(std::size_t(n) * c * h * w);
    for (std::size_t i = 0; i < d.images.size(); ++i)
        d.images[i] = float((i * 2654435761u) % 1000u) / 999.0f;
    for (int i = 0; i < n; ++i) {
        d.labels.push_back(i % classes);
        d.ids.push_back(i);
        d.splits.push_back(data::Split::Train);
    }
    return d;
}

float maxAbsDiff(const MatrixRM& a, const MatrixRM& b) {
    return a.size() == 0 ? 0.0f : (a - b).cwiseAbs().maxCoeff();
}

} // namespace

class TestNnClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        setComputeThreads(0);
        QVERIFY(computeThreads() >= 1);
        // One thread for the rest: tiny tensors gain nothing from more, and OpenMP teams crawl
        // when the machine is busy (measured 20× slower with 2 threads under a parallel build).
        setComputeThreads(1);
        QCOMPARE(computeThreads(), 1);
        QCOMPARE(resolveDevice("cpu"), std::string("cpu"));
        QVERIFY_THROWS_EXCEPTION(Error, resolveDevice("tpu"));
    }

    void architectures_data() {
        QTest::addColumn<QString>("arch");
        QTest::newRow("small-cnn") << "small-cnn";
        QTest::newRow("pooled-cnn") << "pooled-cnn";
        QTest::newRow("resnet") << "resnet";
    }

    void architectures() {
        QFETCH(QString, arch);
        const ModelSpec spec{arch.toStdString(), 3, 12, 16, 5};
        const auto d = tinyDataset(10, 3, 12, 16, 5);
        auto a = Classifier::create(spec, 42);
        auto b = Classifier::create(spec, 42);
        auto other = Classifier::create(spec, 43);
        QCOMPARE(a.numClasses(), 5);
        QCOMPARE(a.embeddingDim(), 128);
        QVERIFY(a.hasFeatures() && a.hasHead() && a.hasFeatureMaps() && !a.isTorchScript());

        InferenceOptions o;
        o.wantEmbeddings = true;
        o.wantFeatureMaps = true;
        o.batchSize = 4; // several batches, the last one partial
        const auto ra = infer(a, d, allIndices(d), o);
        const auto rb = infer(b, d, allIndices(d), o);
        const auto ro = infer(other, d, allIndices(d), o);
        QCOMPARE(ra.logits.rows(), 10);
        QCOMPARE(ra.logits.cols(), 5);
        QCOMPARE(maxAbsDiff(ra.logits, rb.logits), 0.0f); // same seed, same weights
        QVERIFY(maxAbsDiff(ra.logits, ro.logits) > 1e-4f);

        // Deterministic inference, independent of the batch size.
        InferenceOptions big = o;
        big.batchSize = 256;
        const auto again = infer(a, d, allIndices(d), big);
        QVERIFY(maxAbsDiff(ra.logits, again.logits) < 1e-5f);
        QVERIFY(maxAbsDiff(ra.embeddings, again.embeddings) < 1e-5f);

        // logits == W·h + b.
        const auto head = a.headWeights();
        QCOMPARE(head.weight.rows(), 5);
        QCOMPARE(head.weight.cols(), 128);
        MatrixRM viaHead = ra.embeddings * head.weight.transpose();
        for (int i = 0; i < viaHead.rows(); ++i)
            for (int k = 0; k < 5; ++k)
                viaHead(i, k) += head.bias[std::size_t(k)];
        QVERIFY2(maxAbsDiff(viaHead, ra.logits) < 1e-4f, "logits differ from W·h + b");

        // Probabilities, predictions and losses agree with the logits.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(std::abs(ra.probabilities.row(i).sum() - 1.0f) < 1e-5f);
            Eigen::Index arg;
            ra.logits.row(i).maxCoeff(&arg);
            QCOMPARE(ra.predictions[std::size_t(i)], int(arg));
            const float expected = -std::log(ra.probabilities(i, d.labels[std::size_t(i)]));
            QVERIFY(std::abs(ra.losses[std::size_t(i)] - expected) < 1e-4f);
        }

        // Feature maps: small-cnn keeps H/2×W/2 with 64 channels; the others end at H/4 with 128.
        const std::vector<std::int64_t> expected = arch == "small-cnn"
                                                       ? std::vector<std::int64_t>{10, 64, 6, 8}
                                                       : std::vector<std::int64_t>{10, 128, 3, 4};
        QCOMPARE(ra.featureMapShape, expected);
        QCOMPARE(ra.featureMaps.size(),
                 std::size_t(expected[0] * expected[1] * expected[2] * expected[3]));
        QCOMPARE(ra.featureMaps, again.featureMaps);

        // The pooled architectures' h is the global average of the maps: feature j IS channel
        // j (what Barlow's CAM heatmaps rely on).
        if (arch != "small-cnn") {
            const std::int64_t k = expected[1], hw = expected[2] * expected[3];
            float worst = 0;
            for (int i = 0; i < 10; ++i)
                for (std::int64_t j = 0; j < k; ++j) {
                    double mean = 0;
                    for (std::int64_t p = 0; p < hw; ++p)
                        mean += ra.featureMaps[std::size_t((i * k + j) * hw + p)];
                    worst = std::max(worst, std::abs(float(mean / double(hw)) -
                                                     ra.embeddings(i, Eigen::Index(j))));
                }
            QVERIFY2(worst < 1e-5f, qPrintable(QString("GAP of maps vs h: %1").arg(worst)));
        }
    }

    void saveLoadRoundTrip() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.flmodel").toStdString();
        const ModelSpec spec{"resnet", 1, 8, 8, 3};
        auto a = Classifier::create(spec, 5);
        a.setClassNames({"x", "y", "z"});
        a.setTrainingSettings({{"epochs", "2"}});
        a.save(path);
        auto b = Classifier::load(path);
        QCOMPARE(b.arch(), std::string("resnet"));
        QCOMPARE(b.spec().height, 8);
        QCOMPARE(b.classNames(), (std::vector<std::string>{"x", "y", "z"}));
        QCOMPARE(b.trainingSettings().at("epochs"), std::string("2"));
        QCOMPARE(b.seed(), std::uint64_t(5));
        const auto d = tinyDataset(6, 1, 8, 8, 3);
        const auto ra = infer(a, d, allIndices(d));
        const auto rb = infer(b, d, allIndices(d));
        QCOMPARE(maxAbsDiff(ra.logits, rb.logits), 0.0f);
        auto c = Classifier::open(path); // open() recognises Faultline files
        QVERIFY(!c.isTorchScript());
    }

    void errors() {
        QVERIFY_THROWS_EXCEPTION(Error, Classifier::create({"vgg", 1, 8, 8, 3}, 0));
        QVERIFY_THROWS_EXCEPTION(Error, Classifier::load("/nonexistent/model.flmodel"));
        auto c = Classifier::create({"small-cnn", 1, 8, 8, 3}, 0);
        const auto wrongShape = tinyDataset(2, 1, 9, 8, 3);
        QVERIFY_THROWS_EXCEPTION(Error, infer(c, wrongShape, allIndices(wrongShape)));
        const auto tooManyClasses = tinyDataset(8, 1, 8, 8, 5);
        QVERIFY_THROWS_EXCEPTION(Error, infer(c, tooManyClasses, allIndices(tooManyClasses)));
        QCOMPARE(infer(c, tinyDataset(2, 1, 8, 8, 3), {}).logits.rows(), 0);
    }

    void cacheKey() {
        const auto k1 = modelCacheKey("fashion-mnist", "small-cnn", {{"epochs", "3"}}, 0);
        const auto k2 = modelCacheKey("fashion-mnist", "small-cnn", {{"epochs", "4"}}, 0);
        QVERIFY(k1 != k2);
        QCOMPARE(k1, modelCacheKey("fashion-mnist", "small-cnn", {{"epochs", "3"}}, 0));
        QVERIFY(k1.find('/') == std::string::npos);
        QTemporaryDir dir;
        qputenv("FAULTLINE_CACHE_DIR", dir.path().toUtf8());
        const auto p = cachedModelPath(k1);
        QVERIFY(QFileInfo(QString::fromStdString(p)).absolutePath().endsWith("/models"));
        QVERIFY(QDir(dir.filePath("models")).exists());
    }
};

QTEST_GUILESS_MAIN(TestNnClassifier)
#include "test_nn_classifier.moc"
