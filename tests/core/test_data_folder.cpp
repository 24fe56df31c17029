// Image-folder and CSV-manifest loading (PNG fixtures written at run time) and the --dataset
// resolver.
#include "core/common/error.h"
#include "core/data/csv_manifest.h"
#include "core/data/idx_loader.h"
#include "core/data/image_folder.h"
#include "core/data/load_dataset.h"
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <zlib.h>

using namespace fl::data;
namespace fs = std::filesystem;

namespace {

// Minimal PNG writer (8-bit grey or RGB, no filtering) so fixtures need no image library.
void writePng(const fs::path& path, int w, int h, int channels, std::uint8_t base) {
    std::vector<std::uint8_t> raw;
    for (int y = 0; y < h; ++y) {
        raw.push_back(0); // filter: none
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c)
                raw.push_back(std::uint8_t(base + 10 * c + x + y));
    }
    uLongf zlen = compressBound(uLong(raw.size()));
    std::vector<std::uint8_t> z(zlen);
    QVERIFY(compress(z.data(), &zlen, raw.data(), uLong(raw.size())) == Z_OK);
    z.resize(zlen);
    std::ofstream out(path, std::ios::binary);
    out.write("\x89PNG\r\n\x1a\n", 8);
    auto chunk = [&](const char* type, const std::vector<std::uint8_t>& data) {
        const std::uint32_t n = std::uint32_t(data.size());
        const unsigned char len[4] = {std::uint8_t(n >> 24), std::uint8_t(n >> 16),
                                      std::uint8_t(n >> 8), std::uint8_t(n)};
        out.write(reinterpret_cast<const char*>(len), 4);
        out.write(type, 4);
        out.write(reinterpret_cast<const char*>(data.data()), std::streamsize(data.size()));
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
        if (!data.empty()) // crc32(crc, nullptr, 0) would reset the CRC to 0
            crc = crc32(crc, data.data(), uInt(data.size()));
        const unsigned char c[4] = {std::uint8_t(crc >> 24), std::uint8_t(crc >> 16),
                                    std::uint8_t(crc >> 8), std::uint8_t(crc)};
        out.write(reinterpret_cast<const char*>(c), 4);
    };
    std::vector<std::uint8_t> ihdr = {
        0, 0, 0, std::uint8_t(w), 0, 0, 0, std::uint8_t(h), 8, std::uint8_t(channels == 1 ? 0 : 2),
        0, 0, 0};
    chunk("IHDR", ihdr);
    chunk("IDAT", z);
    chunk("IEND", {});
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// root/<cls>/img<i>.png, n per class, w×h.
void makeFolder(const fs::path& root, const std::vector<std::string>& classes, int n, int w = 6,
                int h = 5, int channels = 1) {
    for (std::size_t c = 0; c < classes.size(); ++c) {
        fs::create_directories(root / classes[c]);
        for (int i = 0; i < n; ++i)
            writePng(root / classes[c] / ("img" + std::to_string(10 + i) + ".png"), w, h, channels,
                     std::uint8_t(20 * c + i));
    }
}

template <class F> std::string badInput(F&& f) {
    try {
        f();
    } catch (const fl::Error& e) {
        if (e.kind() != fl::ErrorKind::BadInput)
            return "wrong kind";
        return e.what();
    }
    return "no error";
}

#define VERIFY_CONTAINS(text, fragment)                                                            \
    QVERIFY2(std::string(text).find(fragment) != std::string::npos, std::string(text).c_str())

std::size_t count(const Dataset& d, Split s) {
    return d.indicesOf(s).size();
}

} // namespace

class TestDataFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void imageFolder() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"dog", "cat"}, 20);
        writeText(root / "cat" / "README.txt", "not an image, ignored");
        const Dataset d = loadImageFolder(root.string());
        QCOMPARE(d.size(), 40);
        QVERIFY((d.classNames == std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(d.channels, 1);
        QCOMPARE(d.height, 5);
        QCOMPARE(d.width, 6);
        QCOMPARE(d.ids[0], 0);
        QCOMPARE(d.ids[39], 39);
        QCOMPARE(d.labels[0], 0);
        QCOMPARE(d.labels[20], 1);
        VERIFY_CONTAINS(d.paths[0], "cat/img10.png");
        // cat (class index 0 in the fixture's "dog","cat" order is 1): base 20, pixel (x=1,y=0).
        QCOMPARE(d.image(0)[1], float(20 + 1) / 255.0f);
        // Stratified 70/15/15: 14/3/3 per class.
        QCOMPARE(count(d, Split::Train), std::size_t(28));
        QCOMPARE(count(d, Split::Val), std::size_t(6));
        QCOMPARE(count(d, Split::Test), std::size_t(6));
        QVERIFY(loadImageFolder(root.string()).splits == d.splits);
        LoadOptions other;
        other.splitSeed = 7;
        QVERIFY(loadImageFolder(root.string(), other).splits != d.splits);
    }
    void resizeAndColour() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"a", "b"}, 2, 8, 8, 3);
        LoadReport report;
        Dataset d = loadImageFolder(root.string(), {}, &report);
        QCOMPARE(d.channels, 3);
        QCOMPARE(report.notes.size(), std::size_t(1)); // the 70/15/15 split; nothing resized
        // RGB planes: channel c of pixel (0,0) is base + 10c.
        const std::size_t plane = 64;
        QCOMPARE(d.image(0)[0], 0.0f);
        QCOMPARE(d.image(0)[plane], 10.0f / 255.0f);
        QCOMPARE(d.image(0)[2 * plane], 20.0f / 255.0f);
        LoadOptions o;
        o.height = 4;
        o.width = 3;
        o.color = ColorMode::Grey;
        report = {};
        d = loadImageFolder(root.string(), o, &report);
        QCOMPARE(report.notes.size(), std::size_t(2));
        VERIFY_CONTAINS(report.notes[1], "4 of 4 images had another size and were resized to "
                                         "4×3 (--size)");
        QCOMPARE(d.channels, 1);
        QCOMPARE(d.height, 4);
        QCOMPARE(d.width, 3);
        QCOMPARE(d.images.size(), std::size_t(4 * 12));
    }
    void unreadableImage() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"a", "b"}, 3);
        writeText(root / "b" / "img11.png", "this is not a PNG");
        const auto msg = badInput([&] { loadImageFolder(root.string()); });
        VERIFY_CONTAINS(msg, "b/img11.png");
        VERIFY_CONTAINS(msg, "cannot be decoded");
        LoadOptions o;
        o.skipBad = true;
        LoadReport report;
        const Dataset d = loadImageFolder(root.string(), o, &report);
        QCOMPARE(d.size(), 5);
        QCOMPARE(report.skipped.size(), std::size_t(1));
        VERIFY_CONTAINS(report.skipped[0], "b/img11.png");
        QVERIFY(d.indexOfId(4) < 0); // ids stay the sorted positions: 4 was skipped
        QCOMPARE(d.indexOfId(5), 4);
    }
    void emptyClass() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"a", "b"}, 2);
        fs::create_directories(root / "c");
        const auto msg = badInput([&] { loadImageFolder(root.string()); });
        VERIFY_CONTAINS(msg, (root / "c").string());
        VERIFY_CONTAINS(msg, "empty");
    }
    void splitFolders() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root / "train", {"a", "b"}, 5);
        makeFolder(root / "test", {"a", "b"}, 4);
        LoadReport report;
        Dataset d = loadImageFolder(root.string(), {}, &report);
        QCOMPARE(d.size(), 18);
        QCOMPARE(count(d, Split::Train), std::size_t(10));
        QCOMPARE(count(d, Split::Val), std::size_t(4));
        QCOMPARE(count(d, Split::Test), std::size_t(4));
        // Saying where validation came from, and how to take it from train instead.
        QCOMPARE(report.notes.size(), std::size_t(1));
        VERIFY_CONTAINS(report.notes[0], "validation is 4 of test/'s 8 images");
        VERIFY_CONTAINS(report.notes[0], "--val-from train");
        // --val-from train: 15% of train per class (round(0.15·5) = 1 each), test kept whole.
        LoadOptions fromTrain;
        fromTrain.valFrom = "train";
        LoadReport trainReport;
        const Dataset t = loadImageFolder(root.string(), fromTrain, &trainReport);
        QCOMPARE(count(t, Split::Train), std::size_t(8));
        QCOMPARE(count(t, Split::Val), std::size_t(2));
        QCOMPARE(count(t, Split::Test), std::size_t(8));
        for (std::size_t i = 0; i < t.splits.size(); ++i) // only train/ images became val
            if (t.splits[i] == Split::Val)
                VERIFY_CONTAINS(t.paths[i], "/train/");
        std::vector<int> valPerClass(2, 0);
        for (std::size_t i = 0; i < t.splits.size(); ++i)
            valPerClass[std::size_t(t.labels[i])] += t.splits[i] == Split::Val;
        QVERIFY((valPerClass == std::vector<int>{1, 1}));
        VERIFY_CONTAINS(trainReport.notes.at(0), "validation is 2 of train/'s 10 images");
        fromTrain.valFrom = "elsewhere";
        VERIFY_CONTAINS(badInput([&] { loadImageFolder(root.string(), fromTrain); }),
                        "expected test or train");
        makeFolder(root / "val", {"a", "b"}, 1);
        report = {};
        d = loadImageFolder(root.string(), {}, &report);
        QVERIFY(report.notes.empty()); // every split given: nothing decided for the user
        QCOMPARE(count(d, Split::Val), std::size_t(2));
        QCOMPARE(count(d, Split::Test), std::size_t(8));
        QCOMPARE(d.splits[10], Split::Val); // order: train, val, test folders
    }
    void csvManifest() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root / "imgs", {"x"}, 4);
        writeText(root / "m.csv", "path,label,split,place\n"
                                  "imgs/x/img10.png,dog,train,\"Paris, France\"\n"
                                  "imgs/x/img11.png,cat,val,\"say \"\"hi\"\"\"\r\n"
                                  "\n" +
                                      (root / "imgs/x/img12.png").string() + ",cat,test,Rome\n");
        LoadReport report;
        const Dataset d = loadCsvManifest((root / "m.csv").string(), {}, &report);
        QCOMPARE(report.kind, std::string("csv"));
        QCOMPARE(d.size(), 3);
        QVERIFY((d.classNames == std::vector<std::string>{"cat", "dog"}));
        QVERIFY((d.labels == std::vector<int>{1, 0, 0}));
        QVERIFY((d.splits == std::vector<Split>{Split::Train, Split::Val, Split::Test}));
        QVERIFY((d.attributeNames == std::vector<std::string>{"place"}));
        QCOMPARE(d.attributes[0][0], std::string("Paris, France"));
        QCOMPARE(d.attributes[0][1], std::string("say \"hi\""));
        QVERIFY(fs::path(d.paths[0]).is_absolute());
    }
    void csvNumericLabelsAndSeededSplit() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"x"}, 1);
        std::string csv = "label,path\n";
        for (int i = 0; i < 40; ++i)
            csv += std::to_string(i % 11) + ",x/img10.png\n";
        writeText(root / "n.csv", csv);
        const Dataset d = loadCsvManifest((root / "n.csv").string());
        QCOMPARE(d.numClasses(), 11);
        QCOMPARE(d.classNames[2], std::string("2"));
        QCOMPARE(d.classNames[10], std::string("10"));
        QVERIFY(count(d, Split::Train) > count(d, Split::Val));
    }
    void csvErrors() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root, {"x"}, 2);
        const auto csv = (root / "e.csv").string();
        writeText(csv, "path,label\nx/img10.png,cat\nx/img11.png,bird\n");
        LoadOptions o;
        o.classNames = {"cat", "dog"};
        auto msg = badInput([&] { loadCsvManifest(csv, o); });
        VERIFY_CONTAINS(msg, csv + ":3: column 'label'");
        VERIFY_CONTAINS(msg, "unknown label 'bird'");

        writeText(csv, "path,label\nx/img10.png,cat\nx/missing.png,dog\n");
        msg = badInput([&] { loadCsvManifest(csv); });
        VERIFY_CONTAINS(msg, csv + ":3: column 'path'");
        VERIFY_CONTAINS(msg, "missing.png");
        VERIFY_CONTAINS(msg, "not found");
        o = {};
        o.skipBad = true;
        LoadReport report;
        QCOMPARE(loadCsvManifest(csv, o, &report).size(), 1);
        QCOMPARE(report.skipped.size(), std::size_t(1));

        writeText(csv, "file,label\nx/img10.png,cat\n");
        VERIFY_CONTAINS(badInput([&] { loadCsvManifest(csv); }), "lacks a 'path'");
        writeText(csv, "path,label,split\nx/img10.png,cat,holdout\n");
        VERIFY_CONTAINS(badInput([&] { loadCsvManifest(csv); }), ":2: column 'split'");
        writeText(csv, "path,label\nx/img10.png\n");
        VERIFY_CONTAINS(badInput([&] { loadCsvManifest(csv); }), ":2: 1 fields, expected 2");
        writeText(csv, "path,label\n\"x/img10.png,cat\n");
        VERIFY_CONTAINS(badInput([&] { loadCsvManifest(csv); }), "unterminated");
    }
    void resolver() {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        makeFolder(root / "folder", {"a", "b"}, 3);
        writeText(root / "m.csv", "path,label\nfolder/a/img10.png,a\n");
        LoadReport report;
        QCOMPARE(loadDataset((root / "folder").string(), {}, &report).size(), 6);
        QCOMPARE(report.kind, std::string("image-folder"));
        report = {};
        QCOMPARE(loadDataset((root / "m.csv").string(), {}, &report).size(), 1);
        QCOMPARE(report.kind, std::string("csv"));

        fs::create_directories(root / "idx");
        IdxImages im;
        im.count = 2;
        im.height = im.width = 2;
        im.pixels.assign(8, 7);
        for (const char* p : {"train", "t10k"}) {
            writeIdxImages((root / "idx" / (std::string(p) + "-images-idx3-ubyte.gz")).string(), im,
                           true);
            writeIdxLabels((root / "idx" / (std::string(p) + "-labels-idx1-ubyte")).string(),
                           {0, 1});
        }
        report = {};
        const Dataset d = loadDataset((root / "idx").string(), {}, &report);
        QCOMPARE(report.kind, std::string("idx-folder"));
        QCOMPARE(d.size(), 4);

        fs::create_directories(root / "nothing");
        auto msg = badInput([&] { loadDataset((root / "nothing").string()); });
        VERIFY_CONTAINS(msg, "not recognised");
        VERIFY_CONTAINS(msg, "dataset name");
        VERIFY_CONTAINS(msg, "plant folder");
        VERIFY_CONTAINS(msg, "IDX folder");
        VERIFY_CONTAINS(msg, "image folder");
        msg = badInput([&] { loadDataset("no-such-thing"); });
        VERIFY_CONTAINS(msg, "does not exist");
        VERIFY_CONTAINS(msg, "fashion-mnist");
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "test_data_folder.moc"
