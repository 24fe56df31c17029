// Defuse's regions: counts and majorities on a hand-made case, the samples N(μ, τΣ) against
// their closed-form mean and covariance, seeds that redraw the same sample, a degenerate Σ, and
// refusals.
#include "core/common/error.h"
#include "core/generative/regions.h"
#include "error_text.h"
#include <QtTest>
#include <set>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

Region regionWith(Eigen::VectorXd mean, Eigen::MatrixXd cov) {
    Region r;
    r.mean = std::move(mean);
    r.covariance = std::move(cov);
    return r;
}

} // namespace

class TestGenerativeRegions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void regionsCountTheirMistakes() {
        // Three components, 0 and 2 kept (in that order); mistakes assigned 0,0,1,2,2,2.
        Eigen::VectorXd w(3);
        w << 0.5, 0.005, 0.495;
        Eigen::MatrixXd means(3, 2);
        means << 0, 0, 1, 1, 2, 2;
        std::vector<Eigen::MatrixXd> covs(3, Eigen::MatrixXd::Identity(2, 2));
        const std::vector<int> assignment{0, 0, 1, 2, 2, 2};
        const std::vector<int> predictions{1, 2, 0, 3, 3, 1};
        const std::vector<int> labels{0, 0, 1, 2, 1, 1};
        const auto r = regionsOf(w, means, covs, {2, 0}, assignment, predictions, labels, 4);
        QCOMPARE(int(r.size()), 2);
        QCOMPARE(r[0].component, 2);
        QCOMPARE(r[0].weight, 0.495);
        QCOMPARE(r[0].size, std::int64_t(3));
        QCOMPARE(r[0].majorityPrediction, 3);
        QCOMPARE(r[0].majorityLabel, 1);
        QCOMPARE(r[0].mean(1), 2.0);
        QCOMPARE(r[1].size, std::int64_t(2));
        // Predictions 1 and 2 tie: the smaller class wins.
        QCOMPARE(r[1].majorityPrediction, 1);
        QCOMPARE(r[1].predictionCounts, (std::vector<std::int64_t>{0, 1, 1, 0}));
        QCOMPARE(r[1].majorityLabel, 0);
        // A kept component nothing was assigned to has no majority.
        const auto empty = regionsOf(w, means, covs, {1}, {0, 2}, {1, 1}, {0, 0}, 4);
        QCOMPARE(empty[0].size, std::int64_t(0));
        QCOMPARE(empty[0].majorityPrediction, -1);
    }

    void samplesHaveTheClosedFormMoments() {
        // z = μ + √τ L n: mean μ, covariance τΣ.
        Eigen::VectorXd mu(3);
        mu << 1.0, -2.0, 0.5;
        Eigen::MatrixXd a(3, 3);
        a << 1.0, 0.0, 0.0, 0.6, 0.8, 0.0, -0.3, 0.2, 0.5;
        const Eigen::MatrixXd sigma = a * a.transpose();
        const auto region = regionWith(mu, sigma);
        const double tau = 0.5;
        const int n = 40000;
        const MatrixRM z = regionSamples(region, tau, 7, 3, 0, n);
        const Eigen::MatrixXd zd = z.cast<double>();
        const Eigen::RowVectorXd mean = zd.colwise().mean();
        const Eigen::MatrixXd centred = zd.rowwise() - mean;
        const Eigen::MatrixXd cov = centred.transpose() * centred / double(n - 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(std::abs(mean(i) - mu(i)) < 4 * std::sqrt(tau * sigma(i, i) / n),
                     qPrintable(QString::number(mean(i))));
            for (int j = 0; j < 3; ++j)
                QVERIFY2(std::abs(cov(i, j) - tau * sigma(i, j)) < 0.02,
                         qPrintable(QString("cov %1 %2: %3 vs %4")
                                        .arg(i)
                                        .arg(j)
                                        .arg(cov(i, j))
                                        .arg(tau * sigma(i, j))));
        }
    }

    void aStoredSeedRedrawsTheSameSample() {
        Eigen::VectorXd mu = Eigen::VectorXd::Zero(4);
        const auto region = regionWith(mu, Eigen::MatrixXd::Identity(4, 4) * 2.0);
        const MatrixRM batch = regionSamples(region, 0.5, 11, 5, 0, 6);
        std::set<std::uint64_t> seeds;
        for (int s = 0; s < 6; ++s) {
            const auto seed = regionSampleSeed(11, 5, s);
            seeds.insert(seed);
            const Eigen::VectorXf again = regionSample(region, 0.5, seed);
            QCOMPARE(Eigen::VectorXf(batch.row(s).transpose()), again);
        }
        QCOMPARE(int(seeds.size()), 6);
        // Another region or another run seed draws other samples.
        QVERIFY(regionSampleSeed(11, 6, 0) != regionSampleSeed(11, 5, 0));
        QVERIFY(regionSampleSeed(12, 5, 0) != regionSampleSeed(11, 5, 0));
        // Samples first..first+count−1 are the same wherever the batch starts.
        const MatrixRM tail = regionSamples(region, 0.5, 11, 5, 2, 3);
        QCOMPARE(MatrixRM(batch.middleRows(2, 3)), tail);
        // τ = 0 is the mean itself.
        QCOMPARE(regionSample(region, 0.0, 99), Eigen::VectorXf(mu.cast<float>()));
    }

    void aDegenerateCovarianceSamplesAlongItsDirections() {
        // Rank one: Σ = v vᵀ with v = (1, 2); every sample lies on μ + t v.
        Eigen::Vector2d v(1.0, 2.0), mu(3.0, -1.0);
        const auto region = regionWith(mu, v * v.transpose());
        for (int s = 0; s < 50; ++s) {
            const Eigen::Vector2d z = regionSample(region, 1.0, std::uint64_t(s)).cast<double>();
            const Eigen::Vector2d off = z - mu;
            QVERIFY2(std::abs(off(0) * v(1) - off(1) * v(0)) < 1e-4,
                     qPrintable(QString::number(off(0)) + " " + QString::number(off(1))));
        }
    }

    void refusals() {
        Eigen::VectorXd w(2);
        w << 0.5, 0.5;
        const Eigen::MatrixXd means = Eigen::MatrixXd::Zero(2, 2);
        const std::vector<Eigen::MatrixXd> covs(2, Eigen::MatrixXd::Identity(2, 2));
        QVERIFY(errorOf([&] {
                    regionsOf(w, means, covs, {2}, {}, {}, {}, 3);
                }).find("component 2 is not in the mixture") != std::string::npos);
        QVERIFY(errorOf([&] {
                    regionsOf(w, means, covs, {0}, {0, 5}, {1, 1}, {0, 0}, 3);
                }).find("mistake 1 is assigned to component 5") != std::string::npos);
        QVERIFY(errorOf([&] {
                    regionsOf(w, means, covs, {0}, {0}, {}, {0}, 3);
                }).find("a component, a prediction and a label") != std::string::npos);
        QVERIFY(errorOf([&] {
                    regionSample(
                        regionWith(Eigen::VectorXd::Zero(3), Eigen::MatrixXd::Identity(2, 2)), 0.5,
                        1);
                }).find("not 3×3") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGenerativeRegions)
#include "test_generative_regions.moc"
