// Defuse's correction: the loss weights against their closed form, the region sample sets against
// a one-by-one decode of their documented seeds, the λ sweep on the tiny fixture with a planted
// region (large λ fixes it, tiny λ leaves it, every λ starts from the original, the choice is the
// argmax), nn::train's per-epoch callback, refusals and cancel.
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/correction.h"
#include "core/generative/identification.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>
#include <set>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

// Images of class `looks` (its bright band of rows) with the rightmost three columns lit too,
// labelled `label`: a region the model gets wrong until it is corrected.
FailureSet plantedRegion(int n, int looks, int label, int region, unsigned seed) {
    FailureSet s;
    s.channels = 1;
    s.height = s.width = test::kH;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 0.4f);
    for (int i = 0; i < n; ++i) {
        for (int y = 0; y < test::kH; ++y)
            for (int x = 0; x < test::kH; ++x)
                s.images.push_back(
                    std::min(1.0f, u(rng) + (y / 3 == looks || x >= test::kH - 3 ? 0.6f : 0.0f)));
        s.labels.push_back(label);
        s.regionOf.push_back(region);
    }
    return s;
}

std::vector<int> predictions(const nn::Classifier& c, const FailureSet& s) {
    return classifyImages(c, s.images, s.channels, s.height, s.width);
}

double accuracy(const nn::Classifier& c, const FailureSet& s) {
    const auto p = predictions(c, s);
    int right = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        right += p[i] == s.labels[i];
    return double(right) / double(p.size());
}

Region unitRegion(int z, double centre) {
    Region r;
    r.mean = Eigen::VectorXd::Constant(z, centre);
    r.covariance = Eigen::MatrixXd::Identity(z, z) * 0.7;
    r.covariance(0, 1) = r.covariance(1, 0) = 0.2;
    return r;
}

CorrectionOptions quickOptions() {
    CorrectionOptions o;
    o.lambdas = {1e-10, 20.0};
    o.epochs = 2;
    o.batchSize = 16;
    o.learningRate = 5e-3;
    o.seed = 3;
    o.device = "cpu";
    return o;
}

void sameOutcome(const LambdaOutcome& a, const LambdaOutcome& b) {
    QCOMPARE(a.lambda, b.lambda);
    QCOMPARE(a.bestEpoch, b.bestEpoch);
    QCOMPARE(a.epochSelectionAccuracy, b.epochSelectionAccuracy);
    QCOMPARE(a.selectionAccuracy, b.selectionAccuracy);
    QCOMPARE(a.testAccuracy, b.testAccuracy);
    QCOMPARE(a.regionAccuracy, b.regionAccuracy);
}

} // namespace

class TestGenerativeCorrection : public QObject {
    Q_OBJECT

    test::TinyFixture* fx = nullptr;
    FailureSet fine, held;

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        fx = new test::TinyFixture(60);
        fx->c.setDevice("cpu");
        fine = plantedRegion(30, 0, 1, 4, 21);
        held = plantedRegion(30, 0, 1, 4, 22);
    }
    void cleanupTestCase() { delete fx; }

    void weightsHaveTheClosedForm() {
        const auto w = correctionWeights(60, 30, 2.0);
        QCOMPARE(w.data, 90.0 / 60.0);
        QCOMPARE(w.failure, 2.0 * 90.0 / 30.0);
        // The mean of wᵢℓᵢ over the concatenated set is L(D) + λ·L(D_f).
        std::mt19937 rng(1);
        std::uniform_real_distribution<double> u(0.0, 3.0);
        for (double lambda : {0.0, 1e-10, 0.5, 1000.0}) {
            const int n = 37, m = 11;
            const auto v = correctionWeights(n, m, lambda);
            double sumD = 0, sumF = 0, weighted = 0;
            for (int i = 0; i < n + m; ++i) {
                const double l = u(rng);
                (i < n ? sumD : sumF) += l;
                weighted += (i < n ? v.data : v.failure) * l;
            }
            const double expect = sumD / n + lambda * sumF / m;
            QVERIFY2(std::abs(weighted / (n + m) - expect) <= 1e-12 * (1 + expect),
                     qPrintable(QString::number(lambda)));
        }
        QVERIFY(errorOf([] { correctionWeights(0, 3, 1.0); }).find("N = 0") != std::string::npos);
        QVERIFY(errorOf([] { correctionWeights(3, 0, 1.0); }).find("M = 0") != std::string::npos);
        QVERIFY(errorOf([] { correctionWeights(3, 3, -1.0); }).find("λ must be") !=
                std::string::npos);
        QVERIFY(!errorOf([] { correctionWeights(3, 3, std::nan("")); }).empty());
    }

    void trainCallsOnEpochEndWithoutChangingTraining() {
        nn::TrainOptions t;
        t.epochs = 3;
        t.batchSize = 16;
        t.seed = 2;
        t.device = "cpu";
        auto plain = nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, 3}, 8);
        nn::train(plain, fx->d, t);
        auto watched = nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, 3}, 8);
        std::vector<int> epochs;
        std::vector<float> lastSeen;
        const auto all = nn::allIndices(fx->d);
        t.onEpochEnd = [&](const nn::EpochStats& s, nn::Classifier& c) {
            epochs.push_back(s.epoch);
            // Inference in the callback (eval mode: BN statistics untouched) must not disturb
            // the training that follows.
            const auto r = nn::infer(c, fx->d, all);
            lastSeen.assign(r.logits.data(), r.logits.data() + r.logits.size());
        };
        const auto report = nn::train(watched, fx->d, t);
        QCOMPARE(epochs, (std::vector<int>{1, 2, 3}));
        QCOMPARE(report.epochs.size(), std::size_t(3));
        const auto a = nn::infer(plain, fx->d, all), b = nn::infer(watched, fx->d, all);
        QVERIFY(a.logits.isApprox(b.logits, 1e-6f));
        QCOMPARE(std::vector<float>(b.logits.data(), b.logits.data() + b.logits.size()), lastSeen);
        QCOMPARE(plain.trainingSettings(), watched.trainingSettings()); // not a setting
    }

    void regionSetsDecodeTheirDocumentedSeeds() {
        auto vae = BetaVae::create(1, test::kH, test::kH, 3, 6);
        vae.setDevice("cpu");
        std::vector<LabelledRegion> regions{{unitRegion(3, 0.0), 0, 1}, {unitRegion(3, 1.5), 3, 2}};
        const double tau = 0.5;
        const std::uint64_t seed = 77;
        const auto [ft, ho] = regionFailureSets(vae, regions, 5, 4, tau, seed);
        QCOMPARE(ft.size(), std::int64_t(10));
        QCOMPARE(ho.size(), std::int64_t(8));
        QCOMPARE(ft.labels, (std::vector<int>{1, 1, 1, 1, 1, 2, 2, 2, 2, 2}));
        QCOMPARE(ft.regionOf, (std::vector<int>{0, 0, 0, 0, 0, 3, 3, 3, 3, 3}));
        QCOMPARE(ho.labels, (std::vector<int>{1, 1, 1, 1, 2, 2, 2, 2}));
        QCOMPARE(ho.regionOf, (std::vector<int>{0, 0, 0, 0, 3, 3, 3, 3}));
        QCOMPARE(ft.channels, 1);
        QCOMPARE(ft.height, test::kH);
        QCOMPARE(ft.images.size(), std::size_t(10 * test::kH * test::kH));
        QCOMPARE(ho.images.size(), std::size_t(8 * test::kH * test::kH));

        // Deterministic for a seed, different for another.
        const auto again = regionFailureSets(vae, regions, 5, 4, tau, seed);
        QCOMPARE(again.first.images, ft.images);
        QCOMPARE(again.second.images, ho.images);
        QVERIFY(regionFailureSets(vae, regions, 5, 4, tau, seed + 1).first.images != ft.images);

        // Brute force: each image is its documented seed's sample decoded alone.
        const std::size_t px = std::size_t(test::kH * test::kH);
        auto checkSet = [&](const FailureSet& s, std::uint64_t stream, int per) {
            for (std::size_t j = 0; j < regions.size(); ++j)
                for (int k = 0; k < per; ++k) {
                    const auto sampleSeed =
                        regionSampleSeed(mixSeed(seed, stream), regions[j].regionIndex, k);
                    MatrixRM z = regionSample(regions[j].region, tau, sampleSeed).transpose();
                    const auto img = vae.decode(z);
                    const std::size_t row = j * std::size_t(per) + std::size_t(k);
                    for (std::size_t p = 0; p < px; ++p)
                        QVERIFY(std::abs(img[p] - s.images[row * px + p]) < 1e-5f);
                }
        };
        checkSet(ft, kFineTuneSampleStream, 5);
        checkSet(ho, kHeldOutSampleStream, 4);

        // Never the annotation samples (drawn from the run seed itself), nor each other: their
        // seeds differ, and so do the decoded images.
        std::set<std::uint64_t> annotation, fineSeeds, heldSeeds;
        for (const auto& r : regions)
            for (int k = 0; k < 1000; ++k) {
                annotation.insert(regionSampleSeed(seed, r.regionIndex, k));
                fineSeeds.insert(
                    regionSampleSeed(mixSeed(seed, kFineTuneSampleStream), r.regionIndex, k));
                heldSeeds.insert(
                    regionSampleSeed(mixSeed(seed, kHeldOutSampleStream), r.regionIndex, k));
            }
        std::set<std::uint64_t> all = annotation;
        all.insert(fineSeeds.begin(), fineSeeds.end());
        all.insert(heldSeeds.begin(), heldSeeds.end());
        QCOMPARE(all.size(), annotation.size() + fineSeeds.size() + heldSeeds.size());
        for (std::size_t j = 0; j < regions.size(); ++j) {
            const auto ann = vae.decode(
                regionSamples(regions[j].region, tau, seed, regions[j].regionIndex, 0, 10));
            for (const FailureSet* s : {&ft, &ho})
                for (std::int64_t i = 0; i < s->size(); ++i)
                    for (int a = 0; a < 10; ++a)
                        QVERIFY(!std::equal(ann.begin() + a * px, ann.begin() + (a + 1) * px,
                                            s->images.begin() + i * px));
        }

        // Zero per region is allowed (an empty set); refusals.
        QCOMPARE(regionFailureSets(vae, regions, 0, 2, tau, seed).first.size(), std::int64_t(0));
        QVERIFY(errorOf([&] { regionFailureSets(vae, regions, -1, 2, tau, seed); }).find("≥ 0") !=
                std::string::npos);
        QVERIFY(errorOf([&] {
                    regionFailureSets(vae, regions, 1, 2, -0.5, seed);
                }).find("τ must be") != std::string::npos);
        QVERIFY(errorOf([&] {
                    regionFailureSets(vae, {{unitRegion(4, 0.0), 2, 1}}, 1, 1, tau, seed);
                }).find("latent size is 3") != std::string::npos);
        QVERIFY(errorOf([&] {
                    regionFailureSets(vae, {{unitRegion(3, 0.0), 2, -1}}, 1, 1, tau, seed);
                }).find("no label") != std::string::npos);

        // The baseline's set: codes decoded with their labels.
        MatrixRM codes = MatrixRM::Random(6, 3);
        const auto base = decodedFailureSet(vae, codes, {0, 1, 2, 0, 1, 2}, {5, 5, 5, 6, 6, 6});
        QCOMPARE(base.images, vae.decode(codes));
        QCOMPARE(base.labels, (std::vector<int>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(base.regionOf, (std::vector<int>{5, 5, 5, 6, 6, 6}));
        QVERIFY(errorOf([&] {
                    decodedFailureSet(vae, codes, {0, 1});
                }).find("2 labels for 6") != std::string::npos);
    }

    void largeLambdaFixesTheRegionTinyLambdaDoesNot() {
        const auto before = predictions(fx->c, held);
        QVERIFY(accuracy(fx->c, held) < 0.3); // the model calls them class 0, not 1
        QTemporaryDir dir;
        auto o = quickOptions();
        o.outputPath = dir.filePath("chosen.pt").toStdString();
        const auto r = correct(fx->c, fx->d, fine, held, o);
        qInfo("before: test %.3f region %.3f; λ 1e-10: test %.3f region %.3f; λ 20: test %.3f "
              "region %.3f; chosen %d, %.1f s",
              r.testBefore, r.regionBefore, r.outcomes[0].testAccuracy,
              r.outcomes[0].regionAccuracy, r.outcomes[1].testAccuracy,
              r.outcomes[1].regionAccuracy, r.chosen, r.seconds);
        QCOMPARE(r.outcomes.size(), std::size_t(2));
        QCOMPARE(r.trainExamples, std::int64_t(60));
        QCOMPARE(r.failureExamples, std::int64_t(30));
        QCOMPARE(r.regionBefore, accuracy(fx->c, held));
        QVERIFY(r.outcomes[1].regionAccuracy > 0.9);
        QVERIFY(r.outcomes[1].regionAccuracy > r.regionBefore + 0.5);
        QVERIFY(std::abs(r.outcomes[0].regionAccuracy - r.regionBefore) <= 0.2);
        // Training accuracy counts D_f: fixing the region is what wins the selection here.
        QCOMPARE(r.chosen, 1);
        for (const auto& out : r.outcomes) {
            QCOMPARE(out.epochSelectionAccuracy.size(), std::size_t(2));
            QCOMPARE(out.selectionAccuracy,
                     out.epochSelectionAccuracy[std::size_t(out.bestEpoch - 1)]);
            for (std::size_t e = 0; e < out.epochSelectionAccuracy.size(); ++e) {
                // The kept epoch is the first best one.
                QVERIFY(out.epochSelectionAccuracy[e] <= out.selectionAccuracy);
                if (int(e) < out.bestEpoch - 1)
                    QVERIFY(out.epochSelectionAccuracy[e] < out.selectionAccuracy);
            }
        }
        // The chosen index is the first argmax of the selection accuracy.
        int argmax = 0;
        for (std::size_t i = 0; i < r.outcomes.size(); ++i)
            if (r.outcomes[i].selectionAccuracy > r.outcomes[std::size_t(argmax)].selectionAccuracy)
                argmax = int(i);
        QCOMPARE(r.chosen, argmax);

        // The returned and saved model is the chosen λ's kept epoch.
        QVERIFY(r.model.has_value());
        const auto& chosen = r.outcomes[std::size_t(r.chosen)];
        QCOMPARE(accuracy(*r.model, held), chosen.regionAccuracy);
        const auto test = nn::evaluate(*r.model, fx->d, fx->d.indicesOf(data::Split::Test));
        QCOMPARE(test.metrics.accuracy, chosen.testAccuracy);
        QCOMPARE(test.metrics.perClassAccuracy, r.perClassAfter);
        QCOMPARE(r.perClassBefore.size(), std::size_t(3));
        QCOMPARE(r.perRegionBefore.at(4), r.regionBefore);
        QCOMPARE(r.perRegionAfter.at(4), chosen.regionAccuracy);
        auto saved = nn::Classifier::load(o.outputPath);
        saved.setDevice("cpu");
        QCOMPARE(predictions(saved, held), predictions(*r.model, held));
        QCOMPARE(saved.trainingSettings().at("correction_lambda"), std::string("20"));
        QCOMPARE(saved.trainingSettings().at("correction_epoch"), std::to_string(chosen.bestEpoch));
        QCOMPARE(saved.trainingSettings().at("correction_selection"), std::string("train"));

        // The original is untouched.
        QCOMPARE(predictions(fx->c, held), before);
    }

    void everyLambdaStartsFromTheOriginal() {
        auto o = quickOptions();
        const auto sweep = correct(fx->c, fx->d, fine, held, o);
        o.lambdas = {20.0};
        const auto alone = correct(fx->c, fx->d, fine, held, o);
        const auto again = correct(fx->c, fx->d, fine, held, o);
        sameOutcome(alone.outcomes[0], sweep.outcomes[1]);
        sameOutcome(alone.outcomes[0], again.outcomes[0]);
        QCOMPARE(alone.testBefore, sweep.testBefore);
        QCOMPARE(alone.regionBefore, sweep.regionBefore);
    }

    void validationSelection() {
        auto o = quickOptions();
        o.lambdas = {1e-10, 1.0};
        o.selection = "validation";
        const auto r = correct(fx->c, fx->d, fine, held, o);
        const auto val = fx->d.indicesOf(data::Split::Val);
        QCOMPARE(r.selectionBefore, nn::evaluate(fx->c, fx->d, val).metrics.accuracy);
        QCOMPARE(nn::evaluate(*r.model, fx->d, val).metrics.accuracy,
                 r.outcomes[std::size_t(r.chosen)].selectionAccuracy);
        for (const auto& out : r.outcomes)
            QVERIFY(out.selectionAccuracy <= r.outcomes[std::size_t(r.chosen)].selectionAccuracy);
    }

    void refusals() {
        const auto& c = fx->c;
        const auto& d = fx->d;
        auto o = quickOptions();
        auto run = [&](const CorrectionOptions& opt, const FailureSet& f, const FailureSet& h,
                       const data::Dataset& data = {}) {
            return errorOf([&] { correct(c, data.labels.empty() ? d : data, f, h, opt); });
        };
        auto has = [](const std::string& message, const std::string& part) {
            const bool ok = message.find(part) != std::string::npos;
            if (!ok)
                qWarning("message: %s", message.c_str());
            return ok;
        };
        auto bad = o;
        bad.lambdas = {};
        QVERIFY(has(run(bad, fine, held), "at least one λ"));
        bad.lambdas = {1.0, -0.1};
        QVERIFY(has(run(bad, fine, held), "λ = -0.1 is not allowed"));
        bad.lambdas = {std::nan("")};
        QVERIFY(has(run(bad, fine, held), "finite value ≥ 0"));
        bad = o;
        bad.selection = "test";
        QVERIFY(has(run(bad, fine, held), "unknown selection 'test'"));
        bad = o;
        bad.epochs = 0;
        QVERIFY(has(run(bad, fine, held), "at least one epoch"));

        auto f = fine;
        f.labels[3] = 3;
        QVERIFY(
            has(run(o, f, held), "fine-tune set's label 3 is 3, outside the model's 3 classes"));
        auto h = held;
        h.labels[0] = -1;
        QVERIFY(has(run(o, fine, h), "held-out region set's label 0 is -1"));
        f = fine;
        f.height = f.width = 4;
        QVERIFY(has(run(o, f, held), "fine-tune set's images are 1×4×4; the dataset's and the "
                                     "model's are 1×8×8"));
        f = fine;
        f.images.pop_back();
        QVERIFY(has(run(o, f, held), "image values for 30 labels"));
        f = fine;
        f.regionOf.pop_back();
        QVERIFY(has(run(o, f, held), "29 region indices for 30 labels"));
        QVERIFY(has(run(o, FailureSet{1, test::kH, test::kH, {}, {}, {}}, held),
                    "the fine-tune set is empty"));
        QVERIFY(has(run(o, fine, FailureSet{1, test::kH, test::kH, {}, {}, {}}),
                    "the held-out region set is empty"));

        auto noTest = test::tinyData(0);
        QVERIFY(has(run(o, fine, held, noTest), "no test examples"));
        auto noVal = fx->d;
        for (auto& s : noVal.splits)
            if (s == data::Split::Val)
                s = data::Split::Test;
        bad = o;
        bad.selection = "validation";
        QVERIFY(has(run(bad, fine, held, noVal), "needs validation examples"));
        auto wide = nn::Classifier::create({"small-cnn", 1, 16, 16, 3}, 1);
        QVERIFY(!errorOf([&] { correct(wide, d, fine, held, o); }).empty());
        // BadInput, not any other kind.
        try {
            auto none = o;
            none.lambdas.clear();
            correct(c, d, fine, held, none);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
        }
    }

    void cancelStopsWithinABatch() {
        auto o = quickOptions();
        CancelToken cancel;
        int reports = 0;
        Progress p([&](double f, const std::string&) {
            if (f > 0.3 && ++reports == 1)
                cancel.cancel();
        });
        try {
            correct(fx->c, fx->d, fine, held, o, p, cancel);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY(reports >= 1);
    }

    void endToEndFromARegionOfTheVae() {
        // An untrained β-VAE's region decoded, labelled with a class the model does not predict
        // there: the sets flow through correct() and a large λ teaches the label.
        auto vae = BetaVae::create(1, test::kH, test::kH, 3, 6);
        vae.setDevice("cpu");
        std::vector<LabelledRegion> regions{{unitRegion(3, 0.0), 2, 0}};
        auto [ft, ho] = regionFailureSets(vae, regions, 32, 32, 0.5, 5);
        const auto pred = predictions(fx->c, ho);
        std::vector<int> count(3, 0);
        for (int p : pred)
            ++count[std::size_t(p)];
        const int least = int(std::min_element(count.begin(), count.end()) - count.begin());
        std::fill(ft.labels.begin(), ft.labels.end(), least);
        std::fill(ho.labels.begin(), ho.labels.end(), least);
        auto o = quickOptions();
        o.lambdas = {20.0};
        const auto r = correct(fx->c, fx->d, ft, ho, o);
        QVERIFY(r.regionBefore < 0.34);
        QVERIFY2(r.outcomes[0].regionAccuracy > 0.9,
                 qPrintable(QString::number(r.outcomes[0].regionAccuracy)));
    }
};

QTEST_GUILESS_MAIN(TestGenerativeCorrection)
#include "test_generative_correction.moc"
