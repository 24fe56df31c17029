// Defuse's identification against a brute force that decodes and classifies every draw of every
// image one by one; the Beta noise against its closed-form moments; subsets, caps, centring,
// a stop part-way, and refusals.
#include "core/common/error.h"
#include "core/generative/identification.h"
#include "core/nn/device.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QtTest>
#include <algorithm>
#include <map>
#include <numeric>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

struct Kept {
    std::vector<float> code;
    int prediction;
    float norm;
};

// Every draw of one image decoded and classified alone; the mistakes, smallest ‖ε‖ first.
std::vector<Kept> bruteForce(const BetaVae& vae, const nn::Classifier& model,
                             const data::Dataset& d, std::int64_t pos,
                             const IdentificationOptions& o) {
    const MatrixRM mu = vae.encodeMeans(d, {pos});
    const MatrixRM eps = imageNoise(o, pos, vae.latent());
    std::vector<Kept> wrong;
    for (Eigen::Index q = 0; q < eps.rows(); ++q) {
        MatrixRM code = mu + eps.row(q);
        const auto img = vae.decode(code);
        const int p = classifyImages(model, img, d.channels, d.height, d.width).at(0);
        if (p != d.labels[std::size_t(pos)])
            wrong.push_back({std::vector<float>(code.data(), code.data() + code.size()), p,
                             float(eps.row(q).norm())});
    }
    std::stable_sort(wrong.begin(), wrong.end(),
                     [](const Kept& a, const Kept& b) { return a.norm < b.norm; });
    if (int(wrong.size()) > o.keepPerImage)
        wrong.resize(std::size_t(o.keepPerImage));
    return wrong;
}

// A VAE trained briefly and an untrained classifier: plenty of mistakes on every image.
struct Setup {
    data::Dataset d = test::tinyData();
    BetaVae vae = BetaVae::create(1, test::kH, test::kH, 3, 2);
    nn::Classifier model = nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, 3}, 4);
    Setup() {
        vae.setDevice("cpu");
        model.setDevice("cpu");
        BetaVaeOptions o;
        o.latent = 3;
        o.epochs = 2;
        o.batchSize = 16;
        o.device = "cpu";
        vae.train(d, o);
    }
};

} // namespace

class TestGenerativeIdentification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { nn::setComputeThreads(1); }

    void betaNoiseHasTheClosedFormMoments() {
        // Beta(a, b): mean a/(a+b), variance ab/((a+b)²(a+b+1)).
        for (auto [a, b] : {std::pair{50.0, 50.0}, std::pair{2.0, 5.0}}) {
            const MatrixRM e = betaNoise(40000, 2, a, b, 9);
            const double mean = e.cast<double>().mean();
            const double var = (e.cast<double>().array() - mean).square().mean();
            const double m = a / (a + b), v = a * b / ((a + b) * (a + b) * (a + b + 1));
            QVERIFY2(std::abs(mean - m) < 4 * std::sqrt(v / 80000),
                     qPrintable(QString::number(mean)));
            QVERIFY2(std::abs(var / v - 1.0) < 0.03, qPrintable(QString::number(var / v)));
            QVERIFY(e.minCoeff() > 0.0f && e.maxCoeff() < 1.0f);
        }
        QCOMPARE(betaNoise(5, 3, 50, 50, 1), betaNoise(5, 3, 50, 50, 1));
        QVERIFY(betaNoise(5, 3, 50, 50, 1) != betaNoise(5, 3, 50, 50, 2));
    }

    void equalsTheBruteForce() {
        Setup s;
        IdentificationOptions o;
        o.draws = 12;
        o.keepPerImage = 5;
        o.batchSize = 40; // 3 images a group: groups must not change what is found
        o.seed = 4;
        std::vector<std::int64_t> pos{0, 1, 2, 7, 8, 30, 31};
        const auto found = identifyMistakes(s.vae, s.model, s.d, pos, o);
        QCOMPARE(found.imagesDone, std::int64_t(pos.size()));
        QCOMPARE(found.decoded, std::int64_t(pos.size()) * o.draws);
        QVERIFY(!found.stoppedEarly);
        std::size_t row = 0;
        std::int64_t withMistakes = 0;
        for (auto p : pos) {
            const auto expect = bruteForce(s.vae, s.model, s.d, p, o);
            withMistakes += !expect.empty();
            for (const auto& k : expect) {
                QVERIFY(row < found.sources.size());
                QCOMPARE(found.sources[row], p);
                QCOMPARE(found.labels[row], s.d.labels[std::size_t(p)]);
                QCOMPARE(found.predictions[row], k.prediction);
                QVERIFY(found.predictions[row] != found.labels[row]);
                QVERIFY(std::abs(found.noiseNorms[row] - k.norm) < 1e-5f);
                for (int j = 0; j < 3; ++j)
                    QVERIFY(std::abs(found.codes(Eigen::Index(row), j) - k.code[std::size_t(j)]) <
                            1e-5f);
                ++row;
            }
        }
        QCOMPARE(row, found.sources.size());
        QCOMPARE(found.imagesWithMistakes, withMistakes);
        QVERIFY(row > 0); // an untrained classifier errs
        QCOMPARE(found.codes.rows(), Eigen::Index(row));
    }

    void aSubsetFindsTheSameCodesForItsImages() {
        Setup s;
        IdentificationOptions o;
        o.draws = 10;
        o.seed = 1;
        const auto all = identifyMistakes(s.vae, s.model, s.d, {3, 4, 5}, o);
        const auto one = identifyMistakes(s.vae, s.model, s.d, {4}, o);
        std::vector<Eigen::Index> rows;
        for (std::size_t i = 0; i < all.sources.size(); ++i)
            if (all.sources[i] == 4)
                rows.push_back(Eigen::Index(i));
        QCOMPARE(Eigen::Index(rows.size()), one.codes.rows());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(MatrixRM(all.codes.row(rows[i])), MatrixRM(one.codes.row(Eigen::Index(i))));
    }

    void centredNoiseHasMeanZero() {
        IdentificationOptions o;
        o.draws = 4000;
        o.centred = true;
        const MatrixRM e = imageNoise(o, 3, 2);
        QVERIFY(std::abs(e.cast<double>().mean()) < 0.003);
        o.centred = false;
        QVERIFY(std::abs(imageNoise(o, 3, 2).cast<double>().mean() - 0.5) < 0.003);
    }

    void theCapKeepsTheSmallestNoise() {
        Setup s;
        IdentificationOptions o;
        o.draws = 30;
        o.keepPerImage = 2;
        const auto found = identifyMistakes(s.vae, s.model, s.d, {0, 1, 2, 3}, o);
        std::map<std::int64_t, int> perImage;
        for (auto src : found.sources)
            ++perImage[src];
        for (auto [src, count] : perImage)
            QVERIFY(count <= 2);
    }

    void aStopKeepsWhatWasFound() {
        Setup s;
        IdentificationOptions o;
        o.draws = 5;
        CancelToken cancel;
        cancel.cancel();
        const auto found = identifyMistakes(s.vae, s.model, s.d, {0, 1, 2}, o, {}, cancel);
        QVERIFY(found.stoppedEarly);
        QCOMPARE(found.imagesDone, std::int64_t(0));
        QCOMPARE(found.codes.rows(), Eigen::Index(0));
    }

    void refusals() {
        Setup s;
        IdentificationOptions o;
        o.betaA = 0;
        QVERIFY(errorOf([&] {
                    identifyMistakes(s.vae, s.model, s.d, {0}, o);
                }).find("a > 0 and b > 0") != std::string::npos);
        auto other = BetaVae::create(1, 12, 12, 3, 0);
        QVERIFY(errorOf([&] {
                    identifyMistakes(other, s.model, s.d, {0}, {});
                }).find("trained on 1×12×12 images; dataset 'tiny' has 1×8×8") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGenerativeIdentification)
#include "test_generative_identification.moc"
