// Image attributes (the concepts failure directions caption with): each one on synthetic images
// whose answer is known in closed form, the colour-only columns, row order, parallel chunks
// equal to one-by-one, cancellation and bad positions.
#include "core/common/error.h"
#include "core/data/image_attributes.h"
#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace fl::data;

namespace {

// One C×H×W image per entry, all of the same shape.
Dataset datasetOf(const std::vector<std::vector<float>>& images, int channels, int h, int w) {
    Dataset d;
    d.name = "synthetic";
    d.channels = channels;
    d.height = h;
    d.width = w;
    d.classNames = {"a"};
    for (std::size_t i = 0; i < images.size(); ++i) {
        d.images.insert(d.images.end(), images[i].begin(), images[i].end());
        d.labels.push_back(0);
        d.ids.push_back(std::int64_t(i));
        d.splits.push_back(Split::Test);
    }
    d.validate();
    return d;
}

// A grey h×w image: `ink` where inside(y, x), `paper` elsewhere.
std::vector<float> grey(int h, int w, float paper, float ink,
                        const std::function<bool(int, int)>& inside) {
    std::vector<float> img(std::size_t(h * w), paper);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (inside(y, x))
                img[std::size_t(y * w + x)] = ink;
    return img;
}

// A 3-channel h×w image: rgb where inside(y, x), 0 elsewhere.
std::vector<float> colour(int h, int w, std::array<float, 3> rgb,
                          const std::function<bool(int, int)>& inside) {
    std::vector<float> img(std::size_t(3 * h * w), 0.0f);
    for (int c = 0; c < 3; ++c)
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                if (inside(y, x))
                    img[std::size_t((c * h + y) * w + x)] = rgb[std::size_t(c)];
    return img;
}

bool everywhere(int, int) {
    return true;
}

// The attributes of a one-image dataset, by name.
struct Row {
    ImageAttributeTable t;
    double operator[](const std::string& name) const {
        const auto it = std::find(t.names.begin(), t.names.end(), name);
        if (it == t.names.end())
            qFatal("no attribute '%s'", name.c_str());
        return t.values[std::size_t(it - t.names.begin())][0];
    }
};

Row attributesOf(const std::vector<float>& img, int channels, int h, int w) {
    return {imageAttributes(datasetOf({img}, channels, h, w), {0})};
}

const std::vector<std::string> kForeground = {"ink area",     "stroke width", "slant",
                                              "bbox width",   "bbox height",  "bbox centre x",
                                              "bbox centre y"};

bool near(double a, double b, double tol = 1e-9) {
    return std::abs(a - b) <= tol;
}

#define QNEAR(a, b, tol)                                                                           \
    QVERIFY2(near((a), (b), (tol)), qPrintable(QString("%1 = %2, expected %3 ± %4")                \
                                                   .arg(#a)                                        \
                                                   .arg((a), 0, 'g', 10)                           \
                                                   .arg((b), 0, 'g', 10)                           \
                                                   .arg(tol)))

// The 10×8 rectangle (rows 4..11, columns 6..15) of a 20×24 image.
constexpr int kH = 20, kW = 24;
bool inRect(int y, int x) {
    return y >= 4 && y < 12 && x >= 6 && x < 16;
}

// A vertical bar `width` px wide and 20 rows high in a 28×28 image, its centre column
// 14 + shear·(13.5 − y): shear > 0 leans its top to the right.
std::vector<float> bar(int width, double shear = 0.0, bool horizontal = false) {
    return grey(28, 28, 0.0f, 1.0f, [=](int y, int x) {
        if (horizontal)
            std::swap(y, x);
        if (y < 4 || y >= 24)
            return false;
        const long left = std::lround(14.0 + shear * (13.5 - y) - width / 2.0);
        return x >= left && x < left + width;
    });
}

} // namespace

class TestDataImageAttributes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blankImage() {
        for (const float level : {0.0f, 0.5f}) {
            const Row r = attributesOf(std::vector<float>(28 * 28, level), 1, 28, 28);
            QNEAR(r["brightness"], double(level), 1e-7);
            QCOMPARE(r["contrast"], 0.0);
            QCOMPARE(r["edge density"], 0.0);
            for (const auto& name : kForeground)
                QVERIFY2(std::isnan(r[name]), name.c_str());
        }
    }

    void rectangleOnBlack() {
        const Row r = attributesOf(grey(kH, kW, 0.0f, 1.0f, inRect), 1, kH, kW);
        const double p = 80.0 / (kH * kW);
        QNEAR(r["brightness"], p, 1e-9);
        QNEAR(r["contrast"], std::sqrt(p * (1 - p)), 1e-9);
        QNEAR(r["ink area"], p, 0);
        QNEAR(r["bbox width"], 10.0 / kW, 0);
        QNEAR(r["bbox height"], 8.0 / kH, 0);
        QNEAR(r["bbox centre x"], 11.0 / kW, 0);
        QNEAR(r["bbox centre y"], 8.0 / kH, 0);
        QNEAR(r["slant"], 0.0, 1e-9);
        QNEAR(r["stroke width"], 8.0, 1e-6); // a rectangle's thickness is its shorter side
    }

    void rectangleDarkOnWhite() {
        // Black ink on white paper: the foreground is the dark side, so every foreground
        // attribute equals the white-on-black rectangle's.
        const Row light = attributesOf(grey(kH, kW, 0.0f, 1.0f, inRect), 1, kH, kW);
        const Row dark = attributesOf(grey(kH, kW, 1.0f, 0.0f, inRect), 1, kH, kW);
        for (const auto& name : kForeground)
            QNEAR(dark[name], light[name], 1e-9);
        QNEAR(dark["brightness"], 1.0 - 80.0 / (kH * kW), 1e-9);
        QNEAR(dark["contrast"], light["contrast"], 1e-9);
        QCOMPARE(dark["edge density"], light["edge density"]);
        // Not a trivial pass: the foreground really is the dark side, not the large white one.
        QVERIFY(dark["ink area"] < 0.5);
    }

    void strokeWidthOfBars() {
        double previous = 0.0;
        for (int w = 1; w <= 6; ++w) {
            const Row v = attributesOf(bar(w), 1, 28, 28);
            QNEAR(v["stroke width"], double(w), 1e-6);
            QVERIFY(v["stroke width"] > previous);
            previous = v["stroke width"];
            const Row h = attributesOf(bar(w, 0.0, true), 1, 28, 28);
            QNEAR(h["stroke width"], double(w), 1e-6);
        }
        // A bar cut by the image edge is measured up to the edge.
        const Row edge = attributesOf(
            grey(28, 28, 0.0f, 1.0f, [](int y, int x) { return y >= 4 && y < 24 && x < 3; }), 1, 28,
            28);
        QNEAR(edge["stroke width"], 3.0, 1e-6);
        QNEAR(edge["ink area"], 60.0 / (28 * 28), 0); // the bar, though it touches the border
    }

    void slantOfShearedBar() {
        QNEAR(attributesOf(bar(4), 1, 28, 28)["slant"], 0.0, 1e-9);
        for (const double shear : {0.5, -0.5, 0.25}) {
            const Row r = attributesOf(bar(4, shear), 1, 28, 28);
            qInfo("shear %.2f: slant %.4f", shear, r["slant"]);
            QNEAR(r["slant"], shear, 0.03);
        }
    }

    void edgeDensity() {
        // Canny marks a one-pixel ring along the rectangle's outline: between the 32 pixels of
        // its inner ring and the 40 of its outer ring.
        const Row r = attributesOf(grey(kH, kW, 0.0f, 1.0f, inRect), 1, kH, kW);
        const double marked = r["edge density"] * kH * kW;
        qInfo("rectangle: %g edge pixels", marked);
        QVERIFY(marked >= 32 && marked <= 40);
        // 3-px stripes: every one of their 7 boundaries is an edge line.
        const Row busy = attributesOf(
            grey(kH, kW, 0.0f, 1.0f, [](int, int x) { return x / 3 % 2 == 1; }), 1, kH, kW);
        qInfo("stripes: %g edge pixels", busy["edge density"] * kH * kW);
        QVERIFY(busy["edge density"] > 3 * r["edge density"]);
    }

    void colourAttributes() {
        const Row red = attributesOf(colour(8, 8, {1, 0, 0}, everywhere), 3, 8, 8);
        QNEAR(red["dominant hue"], 0.0, 1e-9);
        QNEAR(red["saturation"], 1.0, 1e-9);
        const Row blue = attributesOf(colour(8, 8, {0, 0, 1}, everywhere), 3, 8, 8);
        QNEAR(blue["dominant hue"], 240.0, 1e-9);
        QNEAR(blue["saturation"], 1.0, 1e-9);
        const Row pink = attributesOf(colour(8, 8, {1, 0.5f, 0.5f}, everywhere), 3, 8, 8);
        QNEAR(pink["saturation"], 0.5, 1e-7);
        QNEAR(pink["dominant hue"], 0.0, 1e-9);
        const Row greyish = attributesOf(colour(8, 8, {0.6f, 0.6f, 0.6f}, everywhere), 3, 8, 8);
        QCOMPARE(greyish["saturation"], 0.0);
        QVERIFY(std::isnan(greyish["dominant hue"]));

        // Hues 357° and 3° share the bin centred on 0°: their circular mean is 0°, not 180°.
        std::vector<float> wrap(3 * 8 * 8, 0.0f);
        for (int i = 0; i < 64; ++i) {
            wrap[std::size_t(i)] = 1.0f;                              // red
            wrap[std::size_t((i % 2 ? 128 : 64) + i)] = 3.0f / 60.0f; // blue or green
        }
        const double hue = attributesOf(wrap, 3, 8, 8)["dominant hue"];
        QVERIFY2(std::min(hue, 360.0 - hue) < 1e-6, qPrintable(QString::number(hue)));

        // The fullest bin wins, and dark (V < 0.2) or washed-out (S < 0.2) pixels do not vote:
        // 40 dark blue and 10 pale blue pixels lose to 14 red ones.
        std::vector<float> mixed(3 * 8 * 8, 0.0f);
        for (int i = 0; i < 64; ++i) {
            const std::array<float, 3> rgb = i < 14   ? std::array<float, 3>{1, 0, 0}
                                             : i < 54 ? std::array<float, 3>{0, 0, 0.15f}
                                                      : std::array<float, 3>{0.9f, 0.9f, 1};
            for (int c = 0; c < 3; ++c)
                mixed[std::size_t(c * 64 + i)] = rgb[std::size_t(c)];
        }
        QNEAR(attributesOf(mixed, 3, 8, 8)["dominant hue"], 0.0, 1e-9);

        // Grey levels of a colour image are the BT.601 luma: a green rectangle's brightness.
        const Row green = attributesOf(colour(kH, kW, {0, 1, 0}, inRect), 3, kH, kW);
        QNEAR(green["brightness"], 0.587 * 80.0 / (kH * kW), 1e-6);
        QNEAR(green["ink area"], 80.0 / (kH * kW), 0);
        QNEAR(green["dominant hue"], 120.0, 1e-9);
        QNEAR(green["saturation"], 80.0 / (kH * kW), 1e-9);
    }

    void greyHasNoColourAttributes() {
        const auto t = imageAttributes(datasetOf({bar(3)}, 1, 28, 28), {0});
        const std::vector<std::string> expected = {
            "brightness", "contrast",    "ink area",      "stroke width",  "slant",
            "bbox width", "bbox height", "bbox centre x", "bbox centre y", "edge density"};
        QVERIFY(t.names == expected);
        QCOMPARE(t.values.size(), expected.size());
        const auto c =
            imageAttributes(datasetOf({colour(8, 8, {1, 0, 0}, everywhere)}, 3, 8, 8), {0});
        QCOMPARE(c.names.size(), expected.size() + 2);
        QCOMPARE(c.names[10], std::string("saturation"));
        QCOMPARE(c.names[11], std::string("dominant hue"));
    }

    void positionsOrder() {
        std::vector<std::vector<float>> images;
        for (int i = 0; i < 3; ++i)
            images.push_back(std::vector<float>(16, float(i) / 4.0f));
        const Dataset d = datasetOf(images, 1, 4, 4);
        const auto t = imageAttributes(d, {2, 0, 2, 1});
        QCOMPARE(t.values[0].size(), std::size_t(4));
        QCOMPARE(t.values[0][0], 0.5);
        QCOMPARE(t.values[0][1], 0.0);
        QCOMPARE(t.values[0][2], 0.5);
        QCOMPARE(t.values[0][3], 0.25);
        QVERIFY(imageAttributes(d, {}).values[0].empty());
    }

    void chunksEqualOneByOne() {
        // 1 000 varied images go through several 256-image chunks on the worker threads; every
        // row must equal that image measured alone.
        std::vector<std::vector<float>> images;
        for (int i = 0; i < 1000; ++i)
            images.push_back(bar(1 + i % 6, (i % 7 - 3) / 6.0, i % 2 == 1));
        const Dataset d = datasetOf(images, 1, 28, 28);
        std::vector<std::int64_t> positions(1000);
        for (int i = 0; i < 1000; ++i)
            positions[std::size_t(i)] = 999 - i;
        const auto all = imageAttributes(d, positions);
        for (int i = 0; i < 1000; i += 37) {
            const auto one = imageAttributes(d, {positions[std::size_t(i)]});
            for (std::size_t a = 0; a < all.names.size(); ++a)
                QCOMPARE(all.values[a][std::size_t(i)], one.values[a][0]);
        }
    }

    void cancelHonoured() {
        const Dataset d = datasetOf(std::vector<std::vector<float>>(600, bar(2)), 1, 28, 28);
        std::vector<std::int64_t> positions(600);
        for (int i = 0; i < 600; ++i)
            positions[std::size_t(i)] = i;
        fl::CancelToken token;
        QCOMPARE(imageAttributes(d, positions, token).values[0].size(), std::size_t(600));
        token.cancel();
        try {
            imageAttributes(d, positions, token);
            QFAIL("expected Cancelled");
        } catch (const fl::Error& e) {
            QCOMPARE(int(e.kind()), int(fl::ErrorKind::Cancelled));
        }
    }

    void badPosition() {
        const Dataset d = datasetOf({bar(2)}, 1, 28, 28);
        for (const std::int64_t p : {std::int64_t(-1), std::int64_t(1)}) {
            try {
                imageAttributes(d, {0, p});
                QFAIL("expected BadInput");
            } catch (const fl::Error& e) {
                QCOMPARE(int(e.kind()), int(fl::ErrorKind::BadInput));
                QVERIFY2(std::string(e.what()).find("position " + std::to_string(p)) !=
                             std::string::npos,
                         e.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDataImageAttributes)
#include "test_data_image_attributes.moc"
