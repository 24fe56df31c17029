// The shared robust extractor: its recipe is adversarial and keyed by the data, small-cnn and
// models whose maps do not match their features are refused (built-in and TorchScript alike),
// and measureRobustness agrees with a separate evaluation and with the attack's own images.
#include "core/common/error.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/robust_extractor.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QtTest>

using namespace fl;
using namespace fl::nn;

namespace {

const std::string kFixtures = FAULTLINE_FIXTURES;

using fl::test::errorOf;

} // namespace

class TestNnRobustExtractor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setComputeThreads(1); }

    void recipeIsAdversarialAndKeyedByData() {
        RobustExtractorOptions o;
        o.epochs = 3;
        o.pgd.epsilon = 2.0;
        o.seed = 9;
        const auto r = robustExtractorRecipe(o);
        QCOMPARE(r.arch, std::string("pooled-cnn"));
        QVERIFY(r.train.adversarial);
        QVERIFY(r.keyByData);
        QCOMPARE(r.train.epochs, 3);
        QCOMPARE(r.train.pgd.epsilon, 2.0);
        QCOMPARE(r.toSettings().at("model_seed"), std::string("9"));
        // Another ε is another model in the cache.
        const auto d = test::tinyData();
        RobustExtractorOptions other = o;
        other.pgd.epsilon = 1.0;
        QVERIFY(cachedRecipePath(d, r) != cachedRecipePath(d, robustExtractorRecipe(other)));
        o.arch = "small-cnn";
        QVERIFY(errorOf([&] { robustExtractorRecipe(o); }).find("small-cnn") != std::string::npos);
    }

    void refusesModelsWhoseFeaturesAreNotChannels() {
        const ModelSpec spec{"small-cnn", 1, 8, 8, 3};
        const auto small = Classifier::create(spec, 1);
        const auto msg = errorOf([&] { requireRobustExtractor(small, "Barlow"); });
        QVERIFY2(msg.find("Barlow") != std::string::npos &&
                     msg.find("small-cnn") != std::string::npos,
                 msg.c_str());
        QVERIFY(errorOf([] {
                    requireRobustExtractor(Classifier::create({"pooled-cnn", 1, 8, 8, 3}, 1), "x");
                }).empty());
        QVERIFY(errorOf([] {
                    requireRobustExtractor(Classifier::create({"resnet", 1, 8, 8, 3}, 1), "x");
                }).empty());
        // TorchScript: tiny_scripted.pt has 4 map channels but 8 features (an FC layer between).
        const auto fc = Classifier::open(kFixtures + "/tiny_scripted.pt");
        const auto fcMsg = errorOf([&] { requireRobustExtractor(fc, "Barlow"); });
        QVERIFY2(fcMsg.find("4 channels and 8 features") != std::string::npos, fcMsg.c_str());
        QVERIFY(fcMsg.find("tiny_scripted.pt") != std::string::npos);
        // tiny_scripted_pooled.pt: features() is the GAP of feature_maps().
        const auto pooled = Classifier::open(kFixtures + "/tiny_scripted_pooled.pt");
        QVERIFY(errorOf([&] { requireRobustExtractor(pooled, "Barlow"); }).empty());
        const auto none = Classifier::open(kFixtures + "/tiny_scripted_no_features.pt");
        QVERIFY(errorOf([&] { requireRobustExtractor(none, "Barlow"); }).find("features") !=
                std::string::npos);
    }

    void robustnessAgreesWithEvaluation() {
        test::TinyFixture f;
        const auto val = f.d.indicesOf(data::Split::Val);
        PgdOptions tiny;
        tiny.epsilon = 1e-6;
        tiny.steps = 1;
        const auto r = measureRobustness(f.c, f.d, val, tiny, 3);
        QCOMPARE(r.examples, std::int64_t(val.size()));
        const auto e = evaluate(f.c, f.d, val);
        QVERIFY(std::abs(r.cleanAccuracy - e.metrics.accuracy) < 1e-12);
        // A one-in-a-million ball changes no prediction of this model.
        QVERIFY(std::abs(r.adversarialAccuracy - r.cleanAccuracy) < 1e-12);

        // A large ball: the attack's own images, classified separately, give the same count.
        PgdOptions big;
        big.epsilon = 3.0;
        big.steps = 10;
        const auto rb = measureRobustness(f.c, f.d, val, big, 3);
        QVERIFY(rb.adversarialAccuracy < rb.cleanAccuracy);
        const auto adv = pgdAttack(f.c, f.d, val, big, 3);
        data::Dataset a = f.d;
        std::copy(adv.begin(), adv.end(), a.images.begin()); // first |val| slots hold the attack
        std::vector<std::int64_t> firstRows;
        for (std::size_t i = 0; i < val.size(); ++i) {
            a.labels[i] = f.d.labels[std::size_t(val[i])];
            firstRows.push_back(std::int64_t(i));
        }
        const auto ea = evaluate(f.c, a, firstRows);
        QVERIFY(std::abs(rb.adversarialAccuracy - ea.metrics.accuracy) < 1e-12);
        QVERIFY(measureRobustness(f.c, f.d, {}, big, 3).examples == 0);
    }
};

QTEST_GUILESS_MAIN(TestNnRobustExtractor)
#include "test_nn_robust_extractor.moc"
