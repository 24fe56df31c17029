// Planted tasks (rare, correlation, noisy, noisy-class): membership rates, exact counts,
// determinism, the signals, the hidden-variable columns (subclass, signal), and the plant folder
// round trip.
#include "core/common/error.h"
#include "core/data/load_dataset.h"
#include "core/data/plant_io.h"
#include "core/data/planted_tasks.h"
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

using namespace fl::data;

namespace {

constexpr int kClasses = 10;
constexpr int kTrainPerClass = 300;
constexpr int kEvalPerClass = 400;

// 10 classes, 3000 train and 4000 evaluation (2000 val, 2000 test) 8×8 grey images whose
// values are multiples of 1/255 below 0.8, so every signal visibly changes them.
Dataset synthetic(int channels = 1, int side = 8) {
    Dataset d;
    d.name = "synthetic";
    d.channels = channels;
    d.height = d.width = side;
    for (int c = 0; c < kClasses; ++c)
        d.classNames.push_back("c" + std::to_string(c));
    std::int64_t id = 0;
    auto add = [&](int label, Split s) {
        d.labels.push_back(label);
        d.splits.push_back(s);
        d.ids.push_back(id);
        for (std::int64_t k = 0; k < d.imageSize(); ++k)
            d.images.push_back(float((id * 31 + k * 7) % 200) / 255.0f);
        ++id;
    };
    for (int c = 0; c < kClasses; ++c)
        for (int i = 0; i < kTrainPerClass; ++i)
            add(c, Split::Train);
    for (int i = 0; i < kClasses * kEvalPerClass; ++i)
        add(i % kClasses, i % 2 ? Split::Test : Split::Val);
    return d;
}

bool changed(const Dataset& a, std::int64_t ia, const Dataset& b, std::int64_t ib) {
    return !std::equal(a.image(ia), a.image(ia) + a.imageSize(), b.image(ib));
}

bool isEval(Split s) {
    return s != Split::Train;
}

// The attribute column `name` of d; fails the test (empty column) when it is missing.
const std::vector<std::string>& column(const Dataset& d, const std::string& name) {
    static const std::vector<std::string> none;
    const auto it = std::find(d.attributeNames.begin(), d.attributeNames.end(), name);
    if (it == d.attributeNames.end() || d.attributes.size() != d.attributeNames.size()) {
        qWarning("no attribute column '%s'", name.c_str());
        return none;
    }
    return d.attributes[std::size_t(it - d.attributeNames.begin())];
}

PlantParams params(const std::string& task, std::uint64_t seed = 1) {
    PlantParams p;
    p.task = task;
    p.classId = 3;
    p.targetClass = task == "noisy-class" ? 5 : -1;
    p.seed = seed;
    return p;
}

} // namespace

class TestDataPlanted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void correlationRates() {
        const Dataset src = synthetic();
        PlantParams p = params("correlation");
        p.otherFraction = 0.1;
        const Dataset d = plantTask(src, p);
        d.validate();
        QVERIFY(d.planted.has_value());
        QCOMPARE(d.size(), src.size());
        int trainOwn = 0, trainOther = 0, evalOwn = 0, evalOwnSig = 0, evalOther = 0,
            evalOtherSig = 0, disagree = 0;
        const std::set<std::int64_t> slice(d.planted->sliceMemberIds.begin(),
                                           d.planted->sliceMemberIds.end());
        const auto& signal = column(d, "signal");
        QCOMPARE(std::int64_t(signal.size()), d.size());
        for (std::int64_t i = 0; i < d.size(); ++i) {
            const bool sig = changed(src, i, d, i);
            const bool own = d.labels[std::size_t(i)] == 3;
            // The column says exactly where the pixels carry the signal, and which signal.
            QCOMPARE(signal[std::size_t(i)], std::string(sig ? "patch" : "none"));
            if (sig) {
                std::vector<float> expected(src.image(i), src.image(i) + src.imageSize());
                applySignal(expected.data(), src.channels, src.height, src.width, "patch");
                QVERIFY(std::equal(expected.begin(), expected.end(), d.image(i)));
            }
            if (!isEval(d.splits[std::size_t(i)])) {
                (own ? trainOwn : trainOther) += sig;
                QVERIFY(!slice.count(d.ids[std::size_t(i)]));
                continue;
            }
            (own ? evalOwn : evalOther) += 1;
            (own ? evalOwnSig : evalOtherSig) += sig;
            disagree += sig != own;
            QCOMPARE(bool(slice.count(d.ids[std::size_t(i)])), sig != own);
            // The ground truth follows from the column alone.
            QCOMPARE(bool(slice.count(d.ids[std::size_t(i)])),
                     (signal[std::size_t(i)] != "none") != own);
        }
        QCOMPARE(trainOwn, kTrainPerClass); // fraction 1.0 by default
        QCOMPARE(trainOther, 270);          // round(0.1 · 2700)
        QCOMPARE(int(slice.size()), disagree);
        const double ownRate = double(evalOwnSig) / evalOwn;
        const double otherRate = double(evalOtherSig) / evalOther;
        const double sliceRate = double(disagree) / (evalOwn + evalOther);
        qInfo("signal rate class c %.3f, others %.3f; slice %.3f of evaluation", ownRate, otherRate,
              sliceRate);
        QVERIFY(std::abs(ownRate - 0.5) < 0.08);
        QVERIFY(std::abs(otherRate - 0.05) < 0.015);
        QVERIFY(std::abs(sliceRate - 0.095) < 0.02);
        QCOMPARE(d.planted->params.at("signal"), std::string("patch"));
    }
    void correlationDeterminism() {
        const Dataset src = synthetic();
        const Dataset a = plantTask(src, params("correlation", 4));
        const Dataset b = plantTask(src, params("correlation", 4));
        const Dataset c = plantTask(src, params("correlation", 5));
        QVERIFY(a.planted->sliceMemberIds == b.planted->sliceMemberIds);
        QVERIFY(a.images == b.images);
        QVERIFY(a.planted->sliceMemberIds != c.planted->sliceMemberIds);
    }
    void replantingReplacesTheColumn() {
        // A correlation plant of a correlation plant: one "signal" column, the second task's.
        const Dataset once = plantTask(synthetic(), params("correlation", 4));
        PlantParams p = params("correlation", 5);
        p.signal = "frame";
        const Dataset twice = plantTask(once, p);
        QCOMPARE(std::count(twice.attributeNames.begin(), twice.attributeNames.end(), "signal"),
                 std::ptrdiff_t(1));
        const auto& signal = column(twice, "signal");
        QVERIFY(std::count(signal.begin(), signal.end(), "frame") > 0);
        QCOMPARE(std::count(signal.begin(), signal.end(), "patch"), std::ptrdiff_t(0));
    }
    void rare() {
        const Dataset src = synthetic();
        PlantParams p = params("rare");
        p.fraction = 0.1;
        const Dataset d = plantTask(src, p);
        d.validate();
        QCOMPARE(d.numClasses(), 5);
        QCOMPARE(d.classNames[1], std::string("c2/c3"));
        QCOMPARE(d.size(), src.size() - (kTrainPerClass - 30));
        QVERIFY((d.attributeNames == std::vector<std::string>{"subclass"}));
        const auto& subclass = column(d, "subclass");
        QCOMPARE(std::int64_t(subclass.size()), d.size());
        std::set<std::int64_t> namedC3;
        int keptTrain = 0;
        for (std::int64_t i = 0; i < d.size(); ++i) {
            const auto s = src.indexOfId(d.ids[std::size_t(i)]);
            QCOMPARE(d.labels[std::size_t(i)], src.labels[std::size_t(s)] / 2);
            // The fine label that the superclass hides.
            QCOMPARE(subclass[std::size_t(i)],
                     src.classNames[std::size_t(src.labels[std::size_t(s)])]);
            if (isEval(d.splits[std::size_t(i)]) && subclass[std::size_t(i)] == "c3")
                namedC3.insert(d.ids[std::size_t(i)]);
            QVERIFY(!changed(src, s, d, i));
            keptTrain +=
                d.splits[std::size_t(i)] == Split::Train && src.labels[std::size_t(s)] == 3;
        }
        QCOMPARE(keptTrain, 30);
        QCOMPARE(int(d.planted->sliceMemberIds.size()), kEvalPerClass);
        QVERIFY(namedC3 == std::set<std::int64_t>(d.planted->sliceMemberIds.begin(),
                                                  d.planted->sliceMemberIds.end()));
        for (const auto id : d.planted->sliceMemberIds) {
            const auto s = std::size_t(src.indexOfId(id));
            QCOMPARE(src.labels[s], 3);
            QVERIFY(isEval(src.splits[s]));
        }
        const Dataset again = plantTask(src, p);
        QVERIFY(again.ids == d.ids);
        p.seed = 2;
        QVERIFY(plantTask(src, p).ids != d.ids);
    }
    // noisy: the superclass setting; subclass 3's training labels go to superclass 4 (of the
    // 5 pairs), the slice is subclass 3 alone (a tenth of evaluation), the default target the
    // next superclass.
    void noisy() {
        const Dataset src = synthetic();
        PlantParams p = params("noisy");
        p.targetClass = 4;
        p.fraction = 0.25;
        const Dataset d = plantTask(src, p);
        d.validate();
        QCOMPARE(d.numClasses(), kClasses / 2);
        QCOMPARE(d.classNames[1], std::string("c2/c3"));
        const auto& subclass = column(d, "subclass");
        int flipped = 0;
        for (std::size_t i = 0; i < std::size_t(d.size()); ++i) {
            QCOMPARE(subclass[i], src.classNames[std::size_t(src.labels[i])]);
            if (d.labels[i] != src.labels[i] / 2) {
                QCOMPARE(src.labels[i], 3);
                QCOMPARE(d.labels[i], 4);
                QCOMPARE(d.splits[i], Split::Train);
                ++flipped;
            }
        }
        QCOMPARE(flipped, 75); // round(0.25 · 300)
        const std::set<std::int64_t> slice(d.planted->sliceMemberIds.begin(),
                                           d.planted->sliceMemberIds.end());
        QCOMPARE(int(slice.size()), kEvalPerClass);
        for (std::size_t i = 0; i < std::size_t(d.size()); ++i)
            QCOMPARE(bool(slice.count(d.ids[i])), isEval(d.splits[i]) && src.labels[i] == 3);
        QVERIFY(plantTask(src, p).labels == d.labels);
        p.seed = 9;
        QVERIFY(plantTask(src, p).labels != d.labels);
        QCOMPARE(d.planted->params.at("target"), std::string("4"));
        p.targetClass = -1; // the next superclass after 3's own (1)
        QCOMPARE(plantTask(src, p).planted->params.at("target"), std::string("2"));
        p.classId = 9; // the last superclass wraps to the first
        QCOMPARE(plantTask(src, p).planted->params.at("target"), std::string("0"));
    }
    // noisy-class: the former whole-class task, labels of class 3 flipped to class 5.
    void noisyClass() {
        const Dataset src = synthetic();
        PlantParams p = params("noisy-class");
        p.fraction = 0.25;
        const Dataset d = plantTask(src, p);
        int flipped = 0;
        for (std::size_t i = 0; i < std::size_t(d.size()); ++i) {
            if (d.labels[i] != src.labels[i]) {
                QCOMPARE(src.labels[i], 3);
                QCOMPARE(d.labels[i], 5);
                QCOMPARE(d.splits[i], Split::Train);
                ++flipped;
            }
        }
        QCOMPARE(flipped, 75); // round(0.25 · 300)
        QCOMPARE(int(d.planted->sliceMemberIds.size()), kEvalPerClass);
        QVERIFY(plantTask(src, p).labels == d.labels);
        p.seed = 9;
        QVERIFY(plantTask(src, p).labels != d.labels);
        QCOMPARE(d.planted->params.at("target"), std::string("5"));
        p.targetClass = -1;
        QCOMPARE(plantTask(src, p).planted->params.at("target"), std::string("4"));
    }
    void badParameters() {
        const Dataset src = synthetic();
        auto expectBad = [&](PlantParams p, const char* fragment) {
            try {
                plantTask(src, p);
            } catch (const fl::Error& e) {
                QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
                return;
            }
            QFAIL(fragment);
        };
        PlantParams p = params("noisy-class");
        p.targetClass = 3;
        expectBad(p, "target");
        p = params("noisy");
        p.targetClass = 1; // class 3's own superclass
        expectBad(p, "superclass");
        p.targetClass = 5; // 10 classes make 5 superclasses
        expectBad(p, "superclass in [0, 5)");
        p = params("rare");
        p.classId = 10;
        expectBad(p, "class");
        p = params("rare");
        p.fraction = 1.5;
        expectBad(p, "fraction");
        p = params("correlation");
        p.signal = "stripes";
        expectBad(p, "stripes");
        expectBad(params("backdoor"), "backdoor");
    }
    void signals() {
        std::vector<float> img(3 * 56 * 56, 0.0f);
        applySignal(img.data(), 3, 56, 56, "patch"); // 4 px at 28 → 8 px at 56
        QCOMPARE(std::count(img.begin(), img.end(), 1.0f), 3 * 64);
        QCOMPARE(img[55 * 56 + 55], 1.0f);
        std::fill(img.begin(), img.end(), 0.0f);
        applySignal(img.data(), 3, 56, 56, "frame"); // 2 px at 56
        QCOMPARE(std::count(img.begin(), img.end(), 1.0f), 3 * (56 * 56 - 52 * 52));
        std::fill(img.begin(), img.end(), 0.5f);
        applySignal(img.data(), 3, 56, 56, "tint"); // colour: red only
        QVERIFY(img[0] > 0.5f);
        QCOMPARE(img[56 * 56], 0.5f);
        std::vector<float> grey(28 * 28, 10.0f / 255.0f);
        applySignal(grey.data(), 1, 28, 28, "tint");
        QCOMPARE(grey[100], 74.0f / 255.0f);
        std::fill(grey.begin(), grey.end(), 0.0f);
        applySignal(grey.data(), 1, 28, 28, "frame");
        QCOMPARE(std::count(grey.begin(), grey.end(), 1.0f), 28 * 28 - 26 * 26);
    }
    void plantRoundTrip_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("channels");
        QTest::newRow("correlation-tint") << "correlation" << 1;
        QTest::newRow("rare-colour") << "rare" << 3;
        QTest::newRow("noisy") << "noisy" << 1;
        QTest::newRow("noisy-class") << "noisy-class" << 1;
    }
    void plantRoundTrip() {
        QFETCH(QString, task);
        QFETCH(int, channels);
        Dataset src = synthetic(channels);
        src.attributeNames = {"site"};
        src.attributes = {std::vector<std::string>(std::size_t(src.size()), "A")};
        PlantParams p = params(task.toStdString(), 3);
        p.signal = "tint";
        const Dataset d = plantTask(src, p);
        // The source's column is kept; rare and correlation add their hidden variable.
        QCOMPARE(d.attributeNames.front(), std::string("site"));
        QVERIFY(std::all_of(d.attributes[0].begin(), d.attributes[0].end(),
                            [](const std::string& v) { return v == "A"; }));
        QCOMPARE(d.attributeNames.size(), std::size_t(task == "noisy-class" ? 1 : 2));
        if (task == "rare" || task == "noisy")
            QCOMPARE(d.attributeNames[1], std::string("subclass"));
        if (task == "correlation") {
            QCOMPARE(d.attributeNames[1], std::string("signal"));
            QVERIFY(std::count(d.attributes[1].begin(), d.attributes[1].end(), "tint") > 0);
        }
        QTemporaryDir tmp;
        const std::string dir = tmp.filePath("plant").toStdString();
        writePlant(d, dir);
        QVERIFY(isPlantDir(dir));
        LoadReport report;
        const Dataset back = loadDataset(dir, {}, &report);
        QCOMPARE(report.kind, std::string("plant"));
        QVERIFY(back.ids == d.ids);
        QVERIFY(back.splits == d.splits);
        QVERIFY(back.labels == d.labels);
        QVERIFY(back.classNames == d.classNames);
        QVERIFY(back.images == d.images); // byte-exact
        QCOMPARE(back.channels, channels);
        QVERIFY(back.attributeNames == d.attributeNames);
        QVERIFY(back.attributes == d.attributes);
        QVERIFY(back.planted.has_value());
        QCOMPARE(back.planted->task, d.planted->task);
        QVERIFY(back.planted->params == d.planted->params);
        QCOMPARE(back.planted->seed, std::uint64_t(3));
        QCOMPARE(back.planted->sourceDataset, std::string("synthetic"));
        QVERIFY(back.planted->sliceMemberIds == d.planted->sliceMemberIds);

        std::ifstream in(dir + "/manifest.json");
        const auto m = nlohmann::json::parse(in);
        QCOMPARE(m.at("membership").size(), std::size_t(kClasses * kEvalPerClass));
        QCOMPARE(m.at("task").get<std::string>(), task.toStdString());
        QVERIFY(m.at("membership")[0].contains("in_slice"));
        QVERIFY(m.at("membership")[0].contains("split"));
    }
    void loadPlantErrors() {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        std::ofstream(dir + "/manifest.json") << R"({"format": "faultline-plant"})";
        try {
            loadPlant(dir);
            QFAIL("expected BadInput");
        } catch (const fl::Error& e) {
            QVERIFY2(std::string(e.what()).find("class_names") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestDataPlanted)
#include "test_data_planted.moc"
