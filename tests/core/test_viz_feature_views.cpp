// Barlow's feature views against independent references: the most-activating rows by a full
// sort, heatmaps by a hand-written bilinear resize of the maps, JET end colours, and the
// feature attack's first step by a finite-difference gradient; its invariants on longer runs.
#include "core/common/error.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/viz/feature_views.h"
#include "tiny_fixture.h"
#include <QtTest>
#include <cmath>
#include <numeric>

using namespace fl;
using namespace fl::viz;

namespace {

// Bilinear resize with half-pixel centres, written from the formula.
float bilinear(const float* m, int mh, int mw, int H, int W, int y, int x) {
    auto coord = [](int o, int out, int in) {
        const double s = (o + 0.5) * double(in) / out - 0.5;
        return std::clamp(s, 0.0, double(in - 1));
    };
    const double sy = coord(y, H, mh), sx = coord(x, W, mw);
    const int y0 = int(std::floor(sy)), x0 = int(std::floor(sx));
    const int y1 = std::min(y0 + 1, mh - 1), x1 = std::min(x0 + 1, mw - 1);
    const double fy = sy - y0, fx = sx - x0;
    return float((1 - fy) * ((1 - fx) * m[y0 * mw + x0] + fx * m[y0 * mw + x1]) +
                 fy * ((1 - fx) * m[y1 * mw + x0] + fx * m[y1 * mw + x1]));
}

// The feature of the untrained model that is most active on the validation examples.
int liveFeature(const nn::Classifier& c, const data::Dataset& d) {
    nn::InferenceOptions o;
    o.wantLogits = false;
    o.wantEmbeddings = true;
    const auto r = nn::infer(c, d, d.indicesOf(data::Split::Val), o);
    Eigen::Index j = 0;
    r.embeddings.colwise().sum().maxCoeff(&j);
    return int(j);
}

} // namespace

class TestVizFeatureViews : public QObject {
    Q_OBJECT
    data::Dataset d = test::tinyData();
    // 16×16 images, so the maps (4×4) are resized by 4 and the bilinear weights matter.
    data::Dataset big;
    nn::Classifier model = nn::Classifier::create({"pooled-cnn", 1, 16, 16, 3}, 4);

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        big = d;
        big.height = big.width = 16;
        big.images.clear();
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        for (std::int64_t i = 0; i < d.size(); ++i)
            for (int p = 0; p < 256; ++p)
                big.images.push_back(u(rng) *
                                     (p / 16 / 6 == d.labels[std::size_t(i)] ? 1.0f : 0.3f));
    }

    void mostActivatingIsASort() {
        nn::MatrixRM f(6, 2);
        f << 0.1f, 5, 0.9f, 4, 0.5f, 3, 0.9f, 2, 0.0f, 1, 0.7f, 0;
        const std::vector<std::int64_t> rows{0, 1, 2, 3, 4, 5};
        QCOMPARE(mostActivating(f, rows, 0, 3), (std::vector<std::int64_t>{1, 3, 5}));
        QCOMPARE(mostActivating(f, {4, 2, 0}, 0, 6), (std::vector<std::int64_t>{2, 0, 4}));
        QCOMPARE(mostActivating(f, rows, 1, 2), (std::vector<std::int64_t>{0, 1}));
        QVERIFY_THROWS_EXCEPTION(Error, mostActivating(f, rows, 2, 1));
    }

    void heatmapsAreTheNormalisedChannelResized() {
        const std::vector<std::int64_t> pos{60, 61, 62, 63};
        const int j = liveFeature(model, big);
        const auto heat = featureHeatmaps(model, big, pos, j);
        nn::InferenceOptions o;
        o.wantLogits = false;
        o.wantFeatureMaps = true;
        const auto r = nn::infer(model, big, pos, o);
        const auto k = r.featureMapShape[1];
        const int mh = int(r.featureMapShape[2]), mw = int(r.featureMapShape[3]);
        QCOMPARE(mh, 4);
        QCOMPARE(int(heat.size()), 4);
        float worst = 0;
        for (std::size_t i = 0; i < pos.size(); ++i) {
            std::vector<float> m(
                r.featureMaps.begin() + std::ptrdiff_t((std::int64_t(i) * k + j) * mh * mw),
                r.featureMaps.begin() + std::ptrdiff_t((std::int64_t(i) * k + j + 1) * mh * mw));
            const float hi = *std::max_element(m.begin(), m.end());
            for (float& v : m)
                v = hi > 0 ? v / hi : 0.0f;
            QCOMPARE(heat[i].height, 16);
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x)
                    worst = std::max(worst, std::abs(heat[i].values[std::size_t(y * 16 + x)] -
                                                     bilinear(m.data(), mh, mw, 16, 16, y, x)));
        }
        QVERIFY2(worst < 1e-4f, qPrintable(QString("heatmap vs bilinear: %1").arg(worst)));
        QVERIFY_THROWS_EXCEPTION(Error, featureHeatmaps(model, big, pos, int(k)));
    }

    void jetOverlayEnds() {
        const std::vector<float> img{0.0f, 1.0f};
        Heatmap h;
        h.height = 1;
        h.width = 2;
        h.values = {0.0f, 1.0f};
        QCOMPARE(overlayJet(img.data(), 1, h, 0.0),
                 (std::vector<std::uint8_t>{0, 0, 0, 255, 255, 255}));
        // JET runs from dark blue (0, 0, 128) to dark red (128, 0, 0).
        QCOMPARE(overlayJet(img.data(), 1, h, 1.0),
                 (std::vector<std::uint8_t>{0, 0, 128, 128, 0, 0}));
        const auto half = overlayJet(img.data(), 1, h, 0.5);
        QCOMPARE(int(half[2]), 64);
        QCOMPARE(int(half[3]), 192);
    }

    void firstStepFollowsTheFiniteDifferenceGradient() {
        const int j = liveFeature(model, big);
        const std::vector<std::int64_t> pos{62};
        FeatureAttackOptions o;
        o.iterations = 1;
        o.stepSize = 0.5;
        const auto a = featureAttack(model, big, pos, j, o);
        // Central differences of feature j over every pixel, as one inference batch.
        const float* x0 = big.image(62);
        const float h = 1e-3f;
        data::Dataset fd = big;
        fd.images.clear();
        fd.labels.clear();
        fd.ids.clear();
        fd.splits.clear();
        for (int p = 0; p < 256; ++p)
            for (float s : {h, -h}) {
                for (int q = 0; q < 256; ++q)
                    fd.images.push_back(x0[q] + (q == p ? s : 0.0f));
                fd.labels.push_back(0);
                fd.ids.push_back(std::int64_t(fd.ids.size()));
                fd.splits.push_back(data::Split::Val);
            }
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        const auto r = nn::infer(model, fd, nn::allIndices(fd), io);
        std::vector<double> g(256);
        double norm = 0;
        for (int p = 0; p < 256; ++p) {
            g[std::size_t(p)] =
                (double(r.embeddings(2 * p, j)) - r.embeddings(2 * p + 1, j)) / (2 * h);
            norm += g[std::size_t(p)] * g[std::size_t(p)];
        }
        norm = std::sqrt(norm);
        QVERIFY(norm > 0);
        // Where no clipping binds, the step is α·g/‖g‖: compare directions (the differences
        // carry float noise and the odd ReLU/max-pool switch) and the step's length.
        double dot = 0, stepNorm = 0, gNorm = 0, worst = 0;
        for (int p = 0; p < 256; ++p) {
            const double step = a.images[std::size_t(p)] - x0[p];
            const double expected = std::clamp(x0[p] + 0.5 * g[std::size_t(p)] / norm, 0.0, 1.0);
            worst = std::max(worst, std::abs(expected - a.images[std::size_t(p)]));
            if (expected <= 0.0 || expected >= 1.0)
                continue;
            dot += step * g[std::size_t(p)];
            stepNorm += step * step;
            gNorm += g[std::size_t(p)] * g[std::size_t(p)];
        }
        const double cosine = dot / std::sqrt(stepNorm * gNorm);
        qInfo("first step: cosine with finite differences %.6f, largest pixel gap %.4f", cosine,
              worst);
        QVERIFY2(cosine > 0.999, qPrintable(QString::number(cosine, 'f', 6)));
        QVERIFY2(worst < 0.01, qPrintable(QString::number(worst)));
        QVERIFY(std::sqrt(stepNorm) <= 0.5 + 1e-5);
    }

    void attackRaisesTheFeatureWithinBounds() {
        const int j = liveFeature(model, big);
        const std::vector<std::int64_t> pos{60, 61, 62, 63, 64, 65};
        FeatureAttackOptions o;
        o.iterations = 40;
        const auto a = featureAttack(model, big, pos, j, o);
        QCOMPARE(a.images.size(), pos.size() * 256);
        QCOMPARE(a.before.size(), pos.size());
        for (std::size_t i = 0; i < pos.size(); ++i)
            QVERIFY2(
                a.after[i] > a.before[i],
                qPrintable(QString("image %1: %2 → %3").arg(i).arg(a.before[i]).arg(a.after[i])));
        for (float v : a.images)
            QVERIFY(v >= 0.0f && v <= 1.0f);
        QCOMPARE(featureAttack(model, big, pos, j, o).images, a.images); // deterministic
        // The paper's step at 16×16×1: √(256 / 150528).
        QVERIFY(std::abs(o.effectiveStepSize(1, 16, 16) - std::sqrt(256.0 / 150528.0)) < 1e-15);

        o.epsilon = 0.3;
        o.stepSize = 0.2;
        const auto b = featureAttack(model, big, pos, j, o);
        for (std::size_t i = 0; i < pos.size(); ++i) {
            double dist = 0;
            for (int p = 0; p < 256; ++p) {
                const double dlt = b.images[i * 256 + std::size_t(p)] - big.image(pos[i])[p];
                dist += dlt * dlt;
            }
            QVERIFY2(std::sqrt(dist) <= 0.3 + 1e-4, qPrintable(QString::number(std::sqrt(dist))));
        }
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Error, featureAttack(model, big, pos, j, o, {}, cancel));
        QVERIFY_THROWS_EXCEPTION(Error, featureAttack(model, big, pos, 128, o));
    }
};

QTEST_GUILESS_MAIN(TestVizFeatureViews)
#include "test_viz_feature_views.moc"
