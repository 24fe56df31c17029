// The novelty check of Defuse §4.3: each query's nearest candidate by ℓ2 on the pixels, against
// a brute-force double loop; ties go to the earlier candidate; no candidate gives -1; the
// misclassified training images are the wrong ones of the training split; bad sizes are named.
#include "core/common/error.h"
#include "core/generative/novelty.h"
#include "error_text.h"
#include <QtTest>
#include <cmath>
#include <random>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

data::Dataset tinyDataset(int n) {
    data::Dataset d;
    d.name = "tiny";
    d.channels = 1;
    d.height = 3;
    d.width = 2;
    d.classNames = {"a", "b"};
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    d.images.resize(std::size_t(n) * 6);
    for (auto& v : d.images)
        v = u(rng);
    for (int i = 0; i < n; ++i) {
        d.labels.push_back(i % 2);
        d.ids.push_back(100 + i);
        d.splits.push_back(i % 3 == 2 ? data::Split::Test : data::Split::Train);
    }
    return d;
}

} // namespace

class TestGenerativeNovelty : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nearestIsTheBruteForceMinimum() {
        const auto d = tinyDataset(30);
        std::vector<std::int64_t> candidates;
        for (std::int64_t i = 0; i < 30; i += 2)
            candidates.push_back(i);
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        const int n = 12;
        std::vector<float> q(std::size_t(n) * 6);
        for (auto& v : q)
            v = u(rng);
        // One query is a candidate's own image: distance 0.
        std::copy(d.image(8), d.image(8) + 6, q.begin() + 6 * 5);
        const auto got = nearestImages(q, n, d, candidates);
        QCOMPARE(int(got.size()), n);
        for (int i = 0; i < n; ++i) {
            double best = 1e300;
            std::int64_t at = -1;
            for (auto c : candidates) {
                double s = 0.0;
                for (int k = 0; k < 6; ++k) {
                    const double diff = double(q[std::size_t(6 * i + k)]) - d.image(c)[k];
                    s += diff * diff;
                }
                if (s < best) {
                    best = s;
                    at = c;
                }
            }
            QCOMPARE(got[std::size_t(i)].position, at);
            QVERIFY(std::abs(got[std::size_t(i)].distance - std::sqrt(best)) < 1e-5);
        }
        QCOMPARE(got[5].position, std::int64_t(8));
        QVERIFY(got[5].distance < 1e-3);
    }

    void tiesGoToTheEarlierCandidateAndNoneGivesMinusOne() {
        auto d = tinyDataset(4);
        std::copy(d.image(1), d.image(1) + 6, d.images.begin() + 3 * 6); // 3 duplicates 1
        const std::vector<float> q(d.image(1), d.image(1) + 6);
        QCOMPARE(nearestImages(q, 1, d, {3, 1})[0].position, std::int64_t(3));
        QCOMPARE(nearestImages(q, 1, d, {1, 3})[0].position, std::int64_t(1));
        QCOMPARE(nearestImages(q, 1, d, {})[0].position, std::int64_t(-1));
    }

    void misclassifiedTrainingIsTheWrongTrainingImages() {
        const auto d = tinyDataset(9); // splits: train train test ×3; labels 0 1 0 1 …
        const std::vector<std::int64_t> positions{0, 1, 2, 3, 4, 5, 8};
        const std::vector<int> predictions{1, 1, 1, 0, 0, 0, 0};
        // 0 wrong (train), 1 right, 2 wrong but test, 3 wrong (train), 4 right, 5 test, 8 test.
        QCOMPARE(misclassifiedTraining(d, positions, predictions),
                 (std::vector<std::int64_t>{0, 3}));
    }

    void badSizesAreNamed() {
        const auto d = tinyDataset(4);
        QVERIFY(errorOf([&] {
                    nearestImages(std::vector<float>(5), 1, d, {0});
                }).find("5 query values for 1 images of 6") != std::string::npos);
        QVERIFY(errorOf([&] {
                    nearestImages(std::vector<float>(6), 1, d, {9});
                }).find("candidate 9 is not a position of dataset 'tiny'") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGenerativeNovelty)
#include "test_generative_novelty.moc"
