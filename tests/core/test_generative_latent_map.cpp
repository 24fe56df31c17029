// The latent view's numbers: the projection is the training codes' two leading principal axes
// (checked against an eigen-decomposition of their covariance, up to each axis' sign), a region's
// ellipse is its covariance projected on those axes (A Σ Aᵀ rebuilt from the half-axes and the
// angle; an isotropic Σ = s²I gives a circle of radius 2s), and bad shapes are named.
#include "core/common/error.h"
#include "core/generative/latent_map.h"
#include "error_text.h"
#include <Eigen/Eigenvalues>
#include <QtTest>
#include <cmath>
#include <random>

using namespace fl;
using namespace fl::generative;
using fl::test::errorOf;

namespace {

Eigen::MatrixXd gaussianRows(int n, const Eigen::VectorXd& scales, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> g;
    Eigen::MatrixXd x(n, scales.size());
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < scales.size(); ++k)
            x(i, k) = scales(k) * g(rng) + 0.3 * k;
    return x;
}

} // namespace

class TestGenerativeLatentMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectionIsTheTwoLeadingPrincipalAxes() {
        Eigen::Vector4d scales(1.0, 3.0, 0.5, 2.0);
        const Eigen::MatrixXd train = gaussianRows(300, scales, 1);
        const Eigen::MatrixXd found = gaussianRows(40, scales, 2);
        const auto m = latentMap(train, found, Eigen::MatrixXd(0, 4), Eigen::MatrixXd(0, 16));
        const Eigen::RowVectorXd mean = train.colwise().mean();
        const Eigen::MatrixXd centred = train.rowwise() - mean;
        const Eigen::MatrixXd cov = centred.transpose() * centred / double(train.rows() - 1);
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
        for (int k = 0; k < 2; ++k) {
            const Eigen::VectorXd axis = eig.eigenvectors().col(3 - k);
            const double sign = axis.dot(m.axes.row(k).transpose()) > 0 ? 1.0 : -1.0;
            QVERIFY((sign * axis - m.axes.row(k).transpose()).norm() < 1e-9);
            QVERIFY(std::abs(m.explained[k] - eig.eigenvalues()(3 - k) / cov.trace()) < 1e-9);
            for (int i = 0; i < 40; ++i)
                QVERIFY(std::abs(m.mistakes[std::size_t(2 * i + k)] -
                                 sign * (found.row(i) - mean).dot(axis)) < 1e-4);
            for (int i = 0; i < 300; ++i)
                QVERIFY(std::abs(m.training[std::size_t(2 * i + k)] -
                                 sign * (train.row(i) - mean).dot(axis)) < 1e-4);
        }
    }

    void ellipsesAreTheProjectedCovariances() {
        const Eigen::MatrixXd train = gaussianRows(200, Eigen::Vector3d(2.0, 1.0, 0.2), 3);
        Eigen::MatrixXd means(2, 3), covs(2, 9);
        means << 1.0, -1.0, 0.5, 0.0, 2.0, -0.5;
        Eigen::Matrix3d b;
        b << 1.0, 0.4, -0.2, 0.0, 0.7, 0.3, 0.1, 0.0, 0.5;
        const Eigen::Matrix3d sigma = b * b.transpose();
        const Eigen::Matrix3d iso = 0.25 * Eigen::Matrix3d::Identity(); // s = 0.5
        covs.row(0) = Eigen::Map<const Eigen::RowVectorXd>(sigma.data(), 9);
        covs.row(1) = Eigen::Map<const Eigen::RowVectorXd>(iso.data(), 9);
        const auto m = latentMap(train, Eigen::MatrixXd(0, 3), means, covs);
        QCOMPARE(int(m.regions.size()), 2);
        const Eigen::Matrix2d want = m.axes * sigma * m.axes.transpose();
        const auto& e = m.regions[0];
        Eigen::Matrix2d rot;
        rot << std::cos(e.angle), -std::sin(e.angle), std::sin(e.angle), std::cos(e.angle);
        const Eigen::Matrix2d rebuilt =
            rot * Eigen::Vector2d(e.major * e.major / 4, e.minor * e.minor / 4).asDiagonal() *
            rot.transpose();
        QVERIFY((rebuilt - want).norm() < 1e-9);
        QVERIFY(e.major >= e.minor);
        const Eigen::RowVector2d centre = (means.row(0) - m.mean) * m.axes.transpose();
        QVERIFY(std::abs(e.cx - centre(0)) < 1e-12 && std::abs(e.cy - centre(1)) < 1e-12);
        QVERIFY(std::abs(m.regions[1].major - 1.0) < 1e-9);
        QVERIFY(std::abs(m.regions[1].minor - 1.0) < 1e-9);
    }

    void badShapesAreNamed() {
        const Eigen::MatrixXd train = gaussianRows(10, Eigen::Vector3d(1, 1, 1), 4);
        QVERIFY(errorOf([&] {
                    latentMap(train.topRows(1), {}, {}, {});
                }).find("at least two training codes") != std::string::npos);
        QVERIFY(errorOf([&] {
                    latentMap(train, Eigen::MatrixXd::Zero(2, 4), {}, {});
                }).find("4 dimensions, the training codes 3") != std::string::npos);
        QVERIFY(errorOf([&] {
                    latentMap(train, {}, Eigen::MatrixXd::Zero(1, 3), Eigen::MatrixXd::Zero(1, 4));
                }).find("r × z²") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGenerativeLatentMap)
#include "test_generative_latent_map.moc"
