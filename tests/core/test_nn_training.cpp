// Training and PGD: the loss falls on a separable set, cancel stops training within a second
// (also inside PGD steps), adversarial examples stay in the ε-ball and [0,1] and raise the loss.
#include "core/common/error.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <QtTest>
#include <chrono>
#include <random>
#include <thread>

using namespace fl;
using namespace fl::nn;

namespace {

// Three classes on 1×h×w: bright top half, bright bottom half, bright left half, plus noise.
data::Dataset separable(int n, int h, int w, std::uint32_t seed) {
    data::Dataset d;
    d.name = "separable";
    d.height = h;
    d.width = w;
    d.classNames = {"top", "bottom", "left"};
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> noise(0.0f, 0.3f);
    d.images.resize(std::size_t(n) * h * w);
    for (int i = 0; i < n; ++i) {
        const int label = i % 3;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const bool on = label == 0 ? y < h / 2 : label == 1 ? y >= h / 2 : x < w / 2;
                d.images[std::size_t(i) * h * w + y * w + x] = (on ? 0.7f : 0.0f) + noise(rng);
            }
        d.labels.push_back(label);
        d.ids.push_back(i);
        d.splits.push_back(i % 5 == 0 ? data::Split::Test : data::Split::Train);
    }
    return d;
}

double meanLoss(const InferenceResult& r) {
    double s = 0;
    for (float l : r.losses)
        s += l;
    return s / double(r.losses.size());
}

double accuracy(const InferenceResult& r, const data::Dataset& d) {
    int ok = 0;
    for (std::size_t i = 0; i < r.indices.size(); ++i)
        ok += r.predictions[i] == d.labels[std::size_t(r.indices[i])];
    return double(ok) / double(r.indices.size());
}

// Starts training on another thread, cancels it after 0.3 s and returns the seconds between
// cancel() and train() returning; `status` says how it ended.
double secondsToStop(const TrainOptions& o, const data::Dataset& d, std::string& status) {
    auto c = Classifier::create({"small-cnn", 1, d.height, d.width, 3}, 1);
    CancelToken cancel;
    std::chrono::steady_clock::time_point stopped;
    std::thread worker([&] {
        setComputeThreads(1); // per thread: the worker does not inherit main()'s setting
        try {
            train(c, d, o, {}, cancel);
            status = "finished";
        } catch (const Error& e) {
            status = e.kind() == ErrorKind::Cancelled ? "cancelled" : e.what();
        }
        stopped = std::chrono::steady_clock::now();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto asked = std::chrono::steady_clock::now();
    cancel.cancel();
    worker.join();
    return std::chrono::duration<double>(stopped - asked).count();
}

} // namespace

class TestNnTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One thread: tiny tensors gain nothing from two, and OpenMP teams crawl when the machine is
    // busy (measured 20× slower with 2 threads under a parallel build).
    void initTestCase() { setComputeThreads(1); }

    void trainingLowersLoss_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("optimizer");
        QTest::newRow("small-cnn adam") << "small-cnn"
                                        << "adam";
        QTest::newRow("resnet sgd") << "resnet"
                                    << "sgd";
    }

    void trainingLowersLoss() {
        QFETCH(QString, arch);
        QFETCH(QString, optimizer);
        const auto d = separable(150, 8, 8, 1);
        auto c = Classifier::create({arch.toStdString(), 1, 8, 8, 3}, 3);
        const auto test = splitIndices(d, data::Split::Test);
        const double before = meanLoss(infer(c, d, test));
        TrainOptions o;
        o.optimizer = optimizer.toStdString();
        o.learningRate = o.optimizer == "sgd" ? 0.01 : 0.0; // slow enough to see epochs improve
        o.epochs = 8;
        o.batchSize = 16;
        o.seed = 4;
        double lastFraction = 0;
        const auto report =
            train(c, d, o, Progress([&](double f, const std::string&) { lastFraction = f; }));
        QCOMPARE(int(report.epochs.size()), 8);
        QCOMPARE(report.examples, std::int64_t(120));
        QVERIFY2(report.epochs.back().loss < report.epochs.front().loss,
                 qPrintable(QString("epoch losses %1 … %2")
                                .arg(report.epochs.front().loss)
                                .arg(report.epochs.back().loss)));
        QCOMPARE(lastFraction, 1.0);
        const auto after = infer(c, d, test);
        QVERIFY2(meanLoss(after) < 0.5 * before,
                 qPrintable(QString("loss %1 → %2").arg(before).arg(meanLoss(after))));
        QVERIFY(accuracy(after, d) > 0.9);
        QCOMPARE(c.trainingSettings().at("optimizer"), optimizer.toStdString());
        QCOMPARE(c.classNames(), d.classNames);

        // Same seeds, same result.
        auto c2 = Classifier::create({arch.toStdString(), 1, 8, 8, 3}, 3);
        train(c2, d, o);
        QVERIFY((infer(c2, d, test).logits - after.logits).cwiseAbs().maxCoeff() < 1e-4f);
    }

    void cancelStopsWithinASecond() {
        const auto d = separable(3000, 28, 28, 2);
        TrainOptions o;
        o.epochs = 100;
        std::string status;
        const double plain = secondsToStop(o, d, status);
        QCOMPARE(status, std::string("cancelled"));
        QVERIFY2(plain < 1.0, qPrintable(QString("plain training stopped after %1 s").arg(plain)));

        // Adversarial: many PGD steps per batch, so the cancel lands inside the attack.
        o.adversarial = true;
        o.pgd.steps = 200;
        const double adversarial = secondsToStop(o, d, status);
        QCOMPARE(status, std::string("cancelled"));
        QVERIFY2(adversarial < 1.0,
                 qPrintable(QString("adversarial training stopped after %1 s").arg(adversarial)));
        qInfo("cancel → stop: plain %.3f s, adversarial %.3f s", plain, adversarial);
    }

    void pgdStaysInBallAndRaisesLoss() {
        const auto d = separable(60, 8, 8, 3);
        auto c = Classifier::create({"small-cnn", 1, 8, 8, 3}, 5);
        TrainOptions o;
        o.epochs = 5;
        o.batchSize = 16;
        train(c, d, o);
        PgdOptions p;
        p.epsilon = 1.0;
        p.steps = 10;
        const auto idx = allIndices(d);
        const auto adv = pgdAttack(c, d, idx, p, 9);
        QCOMPARE(adv.size(), d.images.size());
        const std::int64_t size = d.imageSize();
        for (std::int64_t i = 0; i < d.size(); ++i) {
            double norm2 = 0;
            for (std::int64_t k = 0; k < size; ++k) {
                const float a = adv[std::size_t(i * size + k)];
                QVERIFY(a >= 0.0f && a <= 1.0f);
                const double diff = a - d.images[std::size_t(i * size + k)];
                norm2 += diff * diff;
            }
            QVERIFY2(std::sqrt(norm2) <= p.epsilon + 1e-4, "outside the ε-ball");
        }
        auto attacked = d;
        attacked.images = adv;
        const double clean = meanLoss(infer(c, d, idx));
        const double robust = meanLoss(infer(c, attacked, idx));
        QVERIFY2(robust > clean + 0.1, qPrintable(QString("%1 → %2").arg(clean).arg(robust)));
        // Same seed, same attack.
        QCOMPARE(pgdAttack(c, d, idx, p, 9), adv);
    }

    void adversarialTrainingRuns() {
        const auto d = separable(90, 8, 8, 4);
        auto c = Classifier::create({"resnet", 1, 8, 8, 3}, 6);
        TrainOptions o;
        o.epochs = 3;
        o.batchSize = 30;
        o.adversarial = true;
        o.pgd.epsilon = 0.5;
        o.pgd.steps = 3;
        const auto r = train(c, d, o);
        QCOMPARE(int(r.epochs.size()), 3);
        QCOMPARE(c.trainingSettings().at("pgd_steps"), std::string("3"));
        QVERIFY(std::isfinite(r.epochs.back().loss));
    }

    void badOptions() {
        const auto d = separable(9, 8, 8, 5);
        auto c = Classifier::create({"small-cnn", 1, 8, 8, 3}, 0);
        TrainOptions o;
        o.optimizer = "rmsprop";
        QVERIFY_THROWS_EXCEPTION(Error, train(c, d, o));
        o.optimizer = "adam";
        o.split = data::Split::Val; // no Val examples
        QVERIFY_THROWS_EXCEPTION(Error, train(c, d, o));
    }
};

QTEST_GUILESS_MAIN(TestNnTraining)
#include "test_nn_training.moc"
