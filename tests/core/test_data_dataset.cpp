// The Dataset type: split names, id look-up, validation and the two seeded split policies.
#include "core/common/error.h"
#include "core/data/cache_dir.h"
#include "core/data/dataset.h"
#include <QtTest>

using namespace fl::data;

namespace {
Dataset tiny(int n, int classes = 2) {
    Dataset d;
    d.name = "tiny";
    d.height = d.width = 1;
    for (int c = 0; c < classes; ++c)
        d.classNames.push_back(std::to_string(c));
    for (int i = 0; i < n; ++i) {
        d.images.push_back(0.5f);
        d.labels.push_back(i % classes);
        d.ids.push_back(100 + i);
        d.splits.push_back(Split::Test);
    }
    return d;
}

template <class F> std::string badInput(F&& f) {
    try {
        f();
    } catch (const fl::Error& e) {
        return e.kind() == fl::ErrorKind::BadInput ? e.what() : "wrong kind";
    }
    return "no error";
}
} // namespace

class TestDataDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitNames() {
        for (Split s : {Split::Train, Split::Val, Split::Test})
            QCOMPARE(parseSplit(splitName(s)), s);
        QVERIFY(badInput([] { parseSplit("holdout"); }).find("'holdout'") != std::string::npos);
    }
    void ids() {
        const Dataset d = tiny(5);
        QCOMPARE(d.indexOfId(102), 2);
        QCOMPARE(d.indexOfId(7), -1);
        QCOMPARE(d.image(3) - d.image(0), 3);
    }
    void validate() {
        Dataset d = tiny(4);
        d.validate();
        d.labels[2] = 2;
        QVERIFY(badInput([&] { d.validate(); }).find("label 2") != std::string::npos);
        d = tiny(4);
        d.ids[3] = 100;
        QVERIFY(badInput([&] { d.validate(); }).find("more than once") != std::string::npos);
        d = tiny(4);
        d.images.pop_back();
        QVERIFY(badInput([&] { d.validate(); }).find("image values") != std::string::npos);
        d = tiny(4);
        d.attributeNames = {"a"};
        d.attributes = {{"x"}};
        QVERIFY(badInput([&] { d.validate(); }).find("attribute 'a'") != std::string::npos);
    }
    void testToValidation() {
        Dataset a = tiny(11), b = tiny(11), c = tiny(11);
        splitTestIntoValidation(a, 0);
        splitTestIntoValidation(b, 0);
        splitTestIntoValidation(c, 1);
        QCOMPARE(a.indicesOf(Split::Val).size(), std::size_t(5));
        QCOMPARE(a.indicesOf(Split::Test).size(), std::size_t(6));
        QVERIFY(a.splits == b.splits);
        QVERIFY(a.splits != c.splits);
    }
    void seededSplits() {
        Dataset d = tiny(200, 4); // 50 per class → 35/8/7 (round(7.5) = 8)
        assignSeededSplits(d, 3);
        QCOMPARE(d.indicesOf(Split::Train).size(), std::size_t(4 * 35));
        QCOMPARE(d.indicesOf(Split::Val).size(), std::size_t(4 * 8));
        QCOMPARE(d.indicesOf(Split::Test).size(), std::size_t(4 * 7));
        QVERIFY(badInput([&] { assignSeededSplits(d, 0, 0.9, 0.2); }).find("fractions") !=
                std::string::npos);
    }
    void cacheDir() {
        const QByteArray home = qgetenv("HOME");
        qputenv("FAULTLINE_CACHE_DIR", "/x/cache");
        QCOMPARE(defaultCacheDir(), std::string("/x/cache"));
        qunsetenv("FAULTLINE_CACHE_DIR");
        qputenv("XDG_CACHE_HOME", "/x/xdg");
        QCOMPARE(defaultCacheDir(), std::string("/x/xdg/faultline"));
        qunsetenv("XDG_CACHE_HOME");
        qputenv("HOME", "/x/home");
        QCOMPARE(defaultCacheDir(), std::string("/x/home/.cache/faultline"));
        qputenv("HOME", home);
    }
};

QTEST_GUILESS_MAIN(TestDataDataset)
#include "test_data_dataset.moc"
