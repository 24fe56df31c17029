// Training and PGD: the loss falls on a separable set, cancel stops training within a second
// (also inside PGD steps), adversarial examples stay in the ε-ball and [0,1] and raise the loss;
// explicit positions and loss weights against closed forms, and bad ones refused by name.
#include "core/common/error.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <QtTest>
#include <chrono>
#include <limits>
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

// What a trained small-cnn computes: its head and its logits on every example. Two models that
// agree on both bit for bit were trained identically (small-cnn has no buffers).
struct Snapshot {
    HeadWeights head;
    MatrixRM logits;
};
Snapshot snapshot(const Classifier& c, const data::Dataset& d) {
    return {c.headWeights(), infer(c, d, allIndices(d)).logits};
}
bool identical(const Snapshot& a, const Snapshot& b) {
    return a.head.weight == b.head.weight && a.head.bias == b.head.bias && a.logits == b.logits;
}
float largestDifference(const Snapshot& a, const Snapshot& b) {
    return std::max((a.head.weight - b.head.weight).cwiseAbs().maxCoeff(),
                    (a.logits - b.logits).cwiseAbs().maxCoeff());
}

Snapshot trained(const data::Dataset& d, const TrainOptions& o) {
    auto c = Classifier::create({"small-cnn", 1, d.height, d.width, 3}, 7);
    train(c, d, o);
    return snapshot(c, d);
}

std::string badInputMessage(const data::Dataset& d, const TrainOptions& o) {
    auto c = Classifier::create({"small-cnn", 1, d.height, d.width, 3}, 7);
    try {
        train(c, d, o);
    } catch (const Error& e) {
        return e.kind() == ErrorKind::BadInput ? e.what() : "not BadInput";
    }
    return "no error";
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

    // Explicit positions are the split they list: same pool, same shuffles, same model.
    void indicesEqualTheSplitTheyList() {
        const auto d = separable(90, 8, 8, 6);
        TrainOptions o;
        o.epochs = 2;
        o.batchSize = 16;
        o.seed = 3;
        o.split = data::Split::Test;
        const auto bySplit = trained(d, o);
        o.split = data::Split::Train; // ignored once indices are given
        o.indices = splitIndices(d, data::Split::Test);
        QVERIFY(identical(trained(d, o), bySplit));
        // … and a different list trains a different model.
        o.indices.pop_back();
        QVERIFY(!identical(trained(d, o), bySplit));
        // The settings say what was trained on, so the model cache never confuses the two.
        QVERIFY(o.toSettings().at("indices").starts_with(std::to_string(o.indices.size()) +
                                                         " positions, fnv "));
        QCOMPARE(TrainOptions().toSettings().count("indices"), std::size_t(0));
        QCOMPARE(TrainOptions().toSettings().count("weights"), std::size_t(0));
    }

    // Weights of 1 change nothing: the per-example loss times 1, averaged, has the gradient of
    // the mean-reduced loss.
    void unitWeightsEqualNone() {
        const auto d = separable(90, 8, 8, 7);
        TrainOptions o;
        o.epochs = 2;
        o.batchSize = 16;
        o.seed = 2;
        const auto plain = trained(d, o);
        o.weights.assign(splitIndices(d, data::Split::Train).size(), 1.0f);
        const auto ones = trained(d, o);
        qInfo("weights of 1 vs none: largest difference %g",
              double(largestDifference(ones, plain)));
        QVERIFY(identical(ones, plain));
        QVERIFY(o.toSettings().at("weights").starts_with("72 weights, sum 72, fnv "));
    }

    // Plain SGD is linear in the loss: weight 2 on every example is the learning rate doubled,
    // exactly (scaling by 2 is exact in floating point, momentum included).
    void doubleWeightsEqualDoubleLearningRate() {
        const auto d = separable(90, 8, 8, 8);
        TrainOptions o;
        o.optimizer = "sgd";
        o.learningRate = 0.01;
        o.epochs = 2;
        o.batchSize = 16;
        o.seed = 5;
        o.weights.assign(splitIndices(d, data::Split::Train).size(), 2.0f);
        const auto weighted = trained(d, o);
        o.weights.clear();
        o.learningRate = 0.02;
        const auto faster = trained(d, o);
        qInfo("weight 2 vs lr ×2: largest difference %g",
              double(largestDifference(weighted, faster)));
        QVERIFY(identical(weighted, faster));
        o.learningRate = 0.01;
        QVERIFY(!identical(trained(d, o), faster));
    }

    // Each weight goes with its own position however the epoch shuffles them: on a full batch
    // (one SGD step per epoch) weight 2 on a subset S is S listed twice, the loss then being a
    // mean over n + |S| instead of n, so with the learning rate scaled by (n + |S|) / n.
    void weightTwoEqualsListingTwice() {
        const auto d = separable(90, 8, 8, 9);
        const auto train = splitIndices(d, data::Split::Train);
        const auto n = train.size();
        TrainOptions o;
        o.optimizer = "sgd";
        o.momentum = 0.0;
        o.epochs = 3;
        o.batchSize = 1000;
        o.seed = 1;
        o.learningRate = 0.05;
        o.indices = train;
        o.weights.assign(n, 1.0f);
        std::vector<std::int64_t> twice = train;
        for (std::size_t k = 0; k < n; k += 3) { // S: every third, of every class
            o.weights[k] = 2.0f;
            twice.push_back(train[k]);
        }
        const auto weighted = trained(d, o);
        o.weights.clear();
        o.indices = twice;
        o.learningRate = 0.05 * double(twice.size()) / double(n);
        const auto listed = trained(d, o);
        const float diff = largestDifference(weighted, listed);
        qInfo("weight 2 vs listed twice: largest difference %g", double(diff));
        QVERIFY2(diff < 1e-5f, qPrintable(QString::number(diff)));
        // The same weights on other positions give another model.
        o.indices = train;
        o.learningRate = 0.05;
        o.weights.assign(n, 1.0f);
        for (std::size_t k = 1; k < n; k += 3)
            o.weights[k] = 2.0f;
        const float other = largestDifference(trained(d, o), listed);
        QVERIFY2(other > 1e-3f, qPrintable(QString::number(other)));
    }

    void badIndicesAndWeights() {
        const auto d = separable(30, 8, 8, 10);
        TrainOptions o;
        o.indices = {0, 5, 30};
        QVERIFY(badInputMessage(d, o).starts_with("training option indices[2] = 30 is outside"));
        o.indices = {-1};
        QVERIFY(badInputMessage(d, o).starts_with("training option indices[0] = -1"));
        o.indices = {0, 1, 2};
        o.weights = {1.0f, 1.0f};
        QCOMPARE(badInputMessage(d, o),
                 std::string("training option weights has 2 values for 3 positions trained on"));
        o.weights = {1.0f, -0.5f, 1.0f};
        QVERIFY(badInputMessage(d, o).starts_with("training option weights[1] = -0.5"));
        o.weights = {1.0f, 1.0f, std::numeric_limits<float>::quiet_NaN()};
        QVERIFY(badInputMessage(d, o).starts_with("training option weights[2] = nan"));
        o.indices.clear(); // 24 training examples
        o.weights = {1.0f};
        QCOMPARE(badInputMessage(d, o),
                 std::string("training option weights has 1 values for 24 positions trained on"));
        o.weights.assign(24, 0.0f); // zero is allowed
        QCOMPARE(badInputMessage(d, o), std::string("no error"));
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
