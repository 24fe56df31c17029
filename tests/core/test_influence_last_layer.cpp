// Closed-form last-layer influence against an explicitly formed Hessian (C = 3, d = 4, 30
// examples → 15×15): HVPs, Arnoldi eigenvalues, μ·μ = gᵀH⁺g, opponents, settings, cancel.
#include "core/common/error.h"
#include "core/influence/arnoldi.h"
#include "core/influence/influence_settings.h"
#include "core/influence/last_layer_influence.h"
#include "core/influence/opponents.h"
#include <Eigen/Eigenvalues>
#include <QtTest>
#include <random>

using namespace fl;
using namespace fl::influence;

namespace {

constexpr int kC = 3, kD = 4, kN = 30, kP = kC * (kD + 1);

struct Toy {
    MatrixRM probs{kN, kC};
    MatrixRM h{kN, kD};
    std::vector<int> labels;
};

Toy makeToy(unsigned seed) {
    Toy t;
    std::mt19937 rng(seed);
    std::normal_distribution<float> n01(0.0f, 1.0f);
    for (int i = 0; i < kN; ++i) {
        Eigen::VectorXf z(kC);
        for (int c = 0; c < kC; ++c)
            z(c) = n01(rng);
        z = (z.array() - z.maxCoeff()).exp();
        t.probs.row(i) = z.transpose() / z.sum();
        for (int j = 0; j < kD; ++j)
            t.h(i, j) = 1.5f * n01(rng);
        t.labels.push_back(int(rng() % kC));
    }
    return t;
}

// Independent reference: H = Σ_n (diag(p) − ppᵀ) ⊗ h̃h̃ᵀ with plain loops, in the layout
// θ index c·(d+1) + j.
Eigen::MatrixXd explicitHessian(const Toy& t) {
    Eigen::MatrixXd H = Eigen::MatrixXd::Zero(kP, kP);
    for (int n = 0; n < kN; ++n) {
        double ht[kD + 1];
        for (int j = 0; j < kD; ++j)
            ht[j] = t.h(n, j);
        ht[kD] = 1.0;
        for (int a = 0; a < kC; ++a)
            for (int b = 0; b < kC; ++b) {
                const double s =
                    (a == b ? t.probs(n, a) : 0.0) - double(t.probs(n, a)) * t.probs(n, b);
                for (int i = 0; i <= kD; ++i)
                    for (int j = 0; j <= kD; ++j)
                        H(a * (kD + 1) + i, b * (kD + 1) + j) += s * ht[i] * ht[j];
            }
    }
    return H;
}

Eigen::VectorXd explicitGradient(const Toy& t, int n) {
    Eigen::VectorXd g(kP);
    for (int c = 0; c < kC; ++c)
        for (int j = 0; j <= kD; ++j)
            g(c * (kD + 1) + j) = (double(t.probs(n, c)) - (c == t.labels[std::size_t(n)])) *
                                  (j == kD ? 1.0 : double(t.h(n, j)));
    return g;
}

std::vector<std::int64_t> allRows() {
    std::vector<std::int64_t> r(kN);
    for (int i = 0; i < kN; ++i)
        r[std::size_t(i)] = i;
    return r;
}

} // namespace

class TestInfluenceLastLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gradientsMatchClosedForm() {
        const Toy t = makeToy(1);
        LastLayerInfluence inf(t.probs, t.labels, t.h);
        QCOMPARE(inf.paramCount(), std::int64_t(kP));
        const Eigen::MatrixXd G = inf.gradients(allRows());
        for (int n = 0; n < kN; ++n)
            QVERIFY((G.row(n).transpose() - explicitGradient(t, n)).norm() < 1e-6);
    }

    void hvpEqualsExplicitHessian() {
        const Toy t = makeToy(2);
        LastLayerInfluence inf(t.probs, t.labels, t.h);
        const Eigen::MatrixXd H = explicitHessian(t);
        std::mt19937 rng(5);
        std::normal_distribution<double> n01;
        for (int trial = 0; trial < 5; ++trial) {
            Eigen::VectorXd v(kP), out;
            for (int i = 0; i < kP; ++i)
                v(i) = n01(rng);
            inf.hessianVectorProduct(allRows(), v, out);
            const Eigen::VectorXd ref = H * v;
            QVERIFY2((out - ref).norm() <= 1e-9 * ref.norm(), "HVP differs from H·v");
        }
        // A subset sums over its rows only: equals the sum of one-row products.
        const std::vector<std::int64_t> sub = {0, 3, 7};
        Eigen::VectorXd v = Eigen::VectorXd::LinSpaced(kP, -1.0, 2.0), out, one;
        inf.hessianVectorProduct(sub, v, out);
        Eigen::VectorXd ref = Eigen::VectorXd::Zero(kP);
        for (auto r : sub) {
            inf.hessianVectorProduct({r}, v, one);
            ref += one;
        }
        QVERIFY((out - ref).norm() <= 1e-12 * ref.norm());
        QVERIFY_EXCEPTION_THROWN(inf.hessianVectorProduct({kN}, v, out), fl::Error);
    }

    void arnoldiMatchesDenseEigenvalues() {
        const Toy t = makeToy(3);
        LastLayerInfluence inf(t.probs, t.labels, t.h);
        const Eigen::MatrixXd H = explicitHessian(t);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(H);
        Eigen::VectorXd dense = es.eigenvalues().reverse(); // descending
        ArnoldiOptions o;
        o.arnoldiDim = kP;
        o.embeddingDim = kP;
        o.seed = 11;
        const HessianFactors f = factorHessian(inf.hessianOperator(allRows()), kP, o);
        const int rank = (kC - 1) * (kD + 1);
        QCOMPARE(int(f.eigenvalues.size()), rank); // the null space (1 ⊗ h̃ etc.) is dropped
        QVERIFY(f.stoppedEarly);
        for (int i = 0; i < rank; ++i)
            QVERIFY2(
                std::abs(f.eigenvalues(i) - dense(i)) <= 0.01 * dense(i),
                qPrintable(
                    QString("eigenvalue %1: %2 vs %3").arg(i).arg(f.eigenvalues(i)).arg(dense(i))));
        // The basis vectors are eigenvectors of H (up to the residual the 1e-1 early stop allows).
        for (int i = 0; i < rank; ++i) {
            const Eigen::VectorXd u = f.basis.col(i);
            QVERIFY2((H * u - f.eigenvalues(i) * u).norm() < 1e-3 * dense(0) * u.norm(),
                     qPrintable(QString("residual %1 norm %2 it %3")
                                    .arg((H * u - f.eigenvalues(i) * u).norm())
                                    .arg(u.norm())
                                    .arg(f.iterations)));
        }
        // D smaller than the rank keeps the top D.
        o.embeddingDim = 4;
        const HessianFactors f4 = factorHessian(inf.hessianOperator(allRows()), kP, o);
        QCOMPARE(int(f4.eigenvalues.size()), 4);
        QVERIFY(std::abs(f4.eigenvalues(3) - dense(3)) <= 0.01 * dense(3));
    }

    void embeddingsGiveInfluenceThroughPseudoInverse() {
        const Toy t = makeToy(4);
        LastLayerInfluence inf(t.probs, t.labels, t.h);
        const Eigen::MatrixXd H = explicitHessian(t);
        // Pseudo-inverse on H's range: eigendecomposition dropping ~0 eigenvalues.
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(H);
        Eigen::MatrixXd Hp = Eigen::MatrixXd::Zero(kP, kP);
        for (int i = 0; i < kP; ++i)
            if (es.eigenvalues()(i) > 1e-9 * es.eigenvalues().maxCoeff())
                Hp += es.eigenvectors().col(i) * es.eigenvectors().col(i).transpose() /
                      es.eigenvalues()(i);
        ArnoldiOptions o;
        o.arnoldiDim = kP;
        o.embeddingDim = (kC - 1) * (kD + 1); // D = rank
        o.seed = 3;
        const HessianFactors f = factorHessian(inf.hessianOperator(allRows()), kP, o);
        const MatrixRM mu = inf.embeddings(f, 7); // batches of 7 exercise the batching
        QCOMPARE(mu.rows(), Eigen::Index(kN));
        // The Kronecker path equals the explicit G·UΛ^{-1/2}.
        const Eigen::MatrixXd direct = inf.gradients(allRows()) * f.projection();
        QVERIFY((mu.cast<double>() - direct).norm() <= 1e-5 * direct.norm());
        Eigen::MatrixXd G(kN, kP);
        for (int n = 0; n < kN; ++n)
            G.row(n) = explicitGradient(t, n).transpose();
        const Eigen::MatrixXd ref = G * Hp * G.transpose();
        const Eigen::MatrixXd got = (mu.cast<double>() * mu.cast<double>().transpose());
        const double scale = ref.cwiseAbs().maxCoeff();
        for (int a = 0; a < kN; ++a)
            for (int b = 0; b < kN; ++b)
                QVERIFY2(std::abs(got(a, b) - ref(a, b)) <=
                             1e-4 * std::max(std::abs(ref(a, b)), 1e-2 * scale),
                         qPrintable(QString("I(%1,%2) = %3 vs %4")
                                        .arg(a)
                                        .arg(b)
                                        .arg(got(a, b))
                                        .arg(ref(a, b))));
    }

    void opponentsAreExtremesOfTheScore() {
        MatrixRM ev(3, 2), tr(5, 2);
        ev << 1, 0, 0, 1, 5, 5;
        tr << 1, 1, -2, 0, 0, 3, -1, -1, 0.5, -4;
        // v = μ0 + μ1 = (1,1): scores 2, -2, 3, -2, -3.5
        const RankedTraining r = rankTrainingInfluence(ev, {0, 1}, tr, 2);
        QCOMPARE(r.opponents, (std::vector<std::int64_t>{4, 1}));
        QCOMPARE(r.proponents, (std::vector<std::int64_t>{2, 0}));
        QCOMPARE(r.opponentScores[0], -3.5);
        QVERIFY_EXCEPTION_THROWN(rankTrainingInfluence(ev, {3}, tr, 2), fl::Error);
    }

    void settingsDefaultsAndRecord() {
        InfluenceSettings s;
        QCOMPARE(s.arnoldiDim, 500);
        QCOMPARE(s.embeddingDim, 100);
        const auto f = InfluenceSettings::fast();
        QCOMPARE(f.arnoldiDim, 200);
        QCOMPARE(f.embeddingDim, 50);
        const auto m = f.toSettings();
        QCOMPARE(m.at("arnoldi_dim"), std::string("200"));
        QCOMPARE(m.at("hessian"), std::string("sum"));
        QVERIFY(f.toJson().find("\"embedding_dim\":\"50\"") != std::string::npos);
        s.layers = "all";
        QVERIFY_EXCEPTION_THROWN(s.validate(), fl::Error);
    }

    void cancelStopsArnoldi() {
        const Toy t = makeToy(6);
        LastLayerInfluence inf(t.probs, t.labels, t.h);
        CancelToken cancel;
        cancel.cancel();
        ArnoldiOptions o;
        o.arnoldiDim = 10;
        o.embeddingDim = 5;
        bool cancelled = false;
        try {
            factorHessian(inf.hessianOperator(allRows()), kP, o, {}, cancel);
        } catch (const fl::Error& e) {
            cancelled = e.kind() == fl::ErrorKind::Cancelled;
        }
        QVERIFY(cancelled);
    }
};

QTEST_GUILESS_MAIN(TestInfluenceLastLayer)
#include "test_influence_last_layer.moc"
