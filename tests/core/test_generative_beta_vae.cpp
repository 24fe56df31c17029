// Defuse's β-VAE: shapes and ranges, seeded weights, the KL anneal's closed form, training that
// lowers the loss, save/load and the cache, and refusals that name what is wrong.
#include "core/common/cancel_token.h"
#include "core/common/error.h"
#include "core/generative/beta_vae.h"
#include "core/nn/device.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

BetaVaeOptions quickOptions() {
    BetaVaeOptions o;
    o.latent = 3;
    o.epochs = 4;
    o.klAnnealEpochs = 2;
    o.batchSize = 16;
    o.seed = 3;
    o.device = "cpu";
    return o;
}

MatrixRM someCodes(int n, int z) {
    MatrixRM c(n, z);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < z; ++j)
            c(i, j) = float(i - j) * 0.3f;
    return c;
}

} // namespace

class TestGenerativeBetaVae : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { nn::setComputeThreads(1); }

    void shapesAndRanges() {
        // 28 pads to 32 inside the network; 13 is not a multiple of 8 either, so the crop
        // must give back exactly the image's size.
        for (auto [c, h, w] : {std::tuple{1, 28, 28}, std::tuple{3, 13, 20}}) {
            auto v = BetaVae::create(c, h, w, 5, 1);
            v.setDevice("cpu");
            QCOMPARE(v.latent(), 5);
            const auto img = v.decode(someCodes(4, 5));
            QCOMPARE(img.size(), std::size_t(4 * c * h * w));
            for (float p : img)
                QVERIFY(p >= 0.0f && p <= 1.0f);
        }
        auto d = test::tinyData();
        auto v = BetaVae::create(1, test::kH, test::kH, 4, 1);
        const auto mu = v.encodeMeans(d, {0, 1, 2, 5});
        QCOMPARE(mu.rows(), Eigen::Index(4));
        QCOMPARE(mu.cols(), Eigen::Index(4));
        QVERIFY(mu.allFinite());
    }

    void sameSeedSameWeights() {
        auto a = BetaVae::create(1, 8, 8, 3, 7), b = BetaVae::create(1, 8, 8, 3, 7),
             c = BetaVae::create(1, 8, 8, 3, 8);
        const auto codes = someCodes(3, 3);
        QCOMPARE(a.decode(codes), b.decode(codes));
        QVERIFY(a.decode(codes) != c.decode(codes));
    }

    void trainingLowersTheLossAndAnnealsTheKl() {
        auto d = test::tinyData();
        auto v = BetaVae::create(1, test::kH, test::kH, 3, 3);
        const auto o = quickOptions();
        const auto r = v.train(d, o);
        QCOMPARE(r.examples, std::int64_t(60)); // the training split
        QCOMPARE(r.epochs.size(), std::size_t(4));
        // Linear anneal over 2 epochs: β/2 at the end of epoch 1, β from epoch 2 on.
        QCOMPARE(r.epochs[0].klWeight, o.beta * 0.5);
        QCOMPARE(r.epochs[1].klWeight, o.beta);
        QCOMPARE(r.epochs[3].klWeight, o.beta);
        QVERIFY(r.epochs.back().reconstruction < r.epochs.front().reconstruction);
        for (const auto& e : r.epochs) {
            QVERIFY(e.kl >= 0.0);
            QVERIFY(std::isfinite(e.loss));
        }
        QCOMPARE(v.curve().size(), std::size_t(4));
        QCOMPARE(v.settings().at("beta"), std::string("4"));
        // A per-image reconstruction of 64 pixels cannot exceed 64·log 2 at the start (logits
        // near 0) by much, and training must beat the untrained network's.
        QVERIFY(r.epochs.front().reconstruction < 64 * std::log(2.0) * 1.5);
    }

    void sameSeedSameTraining() {
        auto d = test::tinyData();
        auto a = BetaVae::create(1, test::kH, test::kH, 3, 3),
             b = BetaVae::create(1, test::kH, test::kH, 3, 3);
        auto o = quickOptions();
        o.epochs = 2;
        a.train(d, o);
        b.train(d, o);
        QCOMPARE(a.decode(someCodes(2, 3)), b.decode(someCodes(2, 3)));
    }

    void saveLoadAndCache() {
        QTemporaryDir dir;
        qputenv("FAULTLINE_CACHE_DIR", dir.path().toUtf8());
        auto d = test::tinyData();
        auto o = quickOptions();
        o.epochs = 1;
        auto first = trainOrLoadCachedVae(d, o, true);
        QVERIFY(!first.reused);
        QVERIFY(std::filesystem::exists(first.path));
        auto second = trainOrLoadCachedVae(d, o, true);
        QVERIFY(second.reused);
        QCOMPARE(second.path, first.path);
        second.vae.setDevice("cpu");
        QCOMPARE(second.vae.decode(someCodes(2, 3)), first.vae.decode(someCodes(2, 3)));
        QCOMPARE(second.vae.curve().size(), std::size_t(1));
        QCOMPARE(second.vae.curve()[0].loss, first.vae.curve()[0].loss);
        QCOMPARE(second.vae.settings(), first.vae.settings());
        // Another β is another model.
        o.beta = 1.0;
        QVERIFY(trainOrLoadCachedVae(d, o, true).path != first.path);
        // A classifier file is not a β-VAE.
        const std::string cls = dir.filePath("m.flmodel").toStdString();
        nn::Classifier::create({"small-cnn", 1, 8, 8, 3}, 1).save(cls);
        QVERIFY(errorOf([&] { BetaVae::load(cls); }).find("is not a Faultline β-VAE") !=
                std::string::npos);
        QVERIFY(errorOf([&] {
                    BetaVae::load(dir.filePath("none").toStdString());
                }).find("does not exist") != std::string::npos);
        qunsetenv("FAULTLINE_CACHE_DIR");
    }

    void refusals() {
        QVERIFY(errorOf([] { BetaVae::create(1, 3, 28, 10, 0); }).find("at least 1×4×4") !=
                std::string::npos);
        QVERIFY(errorOf([] { BetaVae::create(1, 28, 28, 0, 0); }).find("latent size") !=
                std::string::npos);
        auto d = test::tinyData();
        auto v = BetaVae::create(1, 10, 10, 3, 0);
        QVERIFY(errorOf([&] { v.train(d, quickOptions()); }).find("dataset 'tiny' has 1×8×8") !=
                std::string::npos);
        auto ok = BetaVae::create(1, 8, 8, 3, 0);
        QVERIFY(errorOf([&] { ok.decode(someCodes(2, 4)); }).find("latent size is 3") !=
                std::string::npos);
        CancelToken cancel;
        cancel.cancel();
        bool cancelled = false;
        try {
            ok.train(d, quickOptions(), {}, cancel);
        } catch (const Error& e) {
            cancelled = e.kind() == ErrorKind::Cancelled;
        }
        QVERIFY(cancelled);
    }
};

QTEST_GUILESS_MAIN(TestGenerativeBetaVae)
#include "test_generative_beta_vae.moc"
