// Autograd influence over the last conv block + head of a tiny small-cnn: its head part equals
// the closed form, its HVP matches central finite differences of summed gradients, is
// symmetric, and the retained-graph and rebuilt-graph paths agree.
#include "core/common/error.h"
#include "core/influence/block_influence.h"
#include "core/influence/influence_pipeline.h"
#include "core/influence/last_layer_influence.h"
#include "core/nn/inference.h"
#include <QtTest>
#include <random>

using namespace fl;
using namespace fl::influence;

namespace {

constexpr int kC = 3, kH = 8, kN = 24;

data::Dataset tinyData() {
    data::Dataset d;
    d.name = "tiny";
    d.height = kH;
    d.width = kH;
    d.classNames = {"a", "b", "c"};
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    d.images.resize(std::size_t(kN) * kH * kH);
    for (auto& p : d.images)
        p = u(rng);
    for (int i = 0; i < kN; ++i) {
        d.labels.push_back(i % kC);
        d.ids.push_back(i);
        d.splits.push_back(data::Split::Train);
    }
    return d;
}

std::vector<std::int64_t> rows(int n) {
    std::vector<std::int64_t> r(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        r[std::size_t(i)] = i;
    return r;
}

Eigen::VectorXd randomVector(std::int64_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> n01;
    Eigen::VectorXd v(n);
    for (std::int64_t i = 0; i < n; ++i)
        v(i) = n01(rng);
    return v / v.norm();
}

} // namespace

class TestInfluenceBlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headPartMatchesClosedForm() {
        const auto d = tinyData();
        auto c = nn::Classifier::create({"small-cnn", 1, kH, kH, kC}, 5);
        BlockInfluence block(c, d);
        QCOMPARE(block.parameterNames().front(), std::string("conv2.weight"));
        QCOMPARE(block.parameterNames().back(), std::string("head.bias"));
        const int dim = c.embeddingDim();
        nn::InferenceOptions io;
        io.wantEmbeddings = true;
        const auto out = nn::infer(c, d, rows(kN), io);
        LastLayerInfluence last(out.probabilities, d.labels, out.embeddings);
        const auto W = block.parameterOffset("head.weight");
        const auto b = block.parameterOffset("head.bias");
        QVERIFY(W >= 0 && b == W + kC * dim);
        // Maps the closed-form layout (c·(d+1) + j) onto torch's [W row-major, b].
        auto toTorch = [&](std::int64_t c0, int j) { return j == dim ? b + c0 : W + c0 * dim + j; };

        const Eigen::MatrixXd G = block.gradients(rows(6));
        const Eigen::MatrixXd Gl = last.gradients(rows(6));
        for (int i = 0; i < 6; ++i)
            for (int cc = 0; cc < kC; ++cc)
                for (int j = 0; j <= dim; ++j)
                    QVERIFY(std::abs(G(i, toTorch(cc, j)) - Gl(i, cc * (dim + 1) + j)) < 1e-5);

        // The head×head block of the autograd Hessian equals the closed-form one.
        Eigen::VectorXd vl = randomVector(last.paramCount(), 9), hl;
        Eigen::VectorXd v = Eigen::VectorXd::Zero(block.paramCount()), hv;
        for (int cc = 0; cc < kC; ++cc)
            for (int j = 0; j <= dim; ++j)
                v(toTorch(cc, j)) = vl(cc * (dim + 1) + j);
        block.hessianOperator(rows(kN), 10)(v, hv);
        last.hessianVectorProduct(rows(kN), vl, hl);
        double err = 0;
        for (int cc = 0; cc < kC; ++cc)
            for (int j = 0; j <= dim; ++j)
                err = std::max(err, std::abs(hv(toTorch(cc, j)) - hl(cc * (dim + 1) + j)));
        QVERIFY2(err <= 1e-4 * hl.cwiseAbs().maxCoeff(), qPrintable(QString::number(err)));
    }

    void hvpMatchesFiniteDifferences() {
        const auto d = tinyData();
        auto c = nn::Classifier::create({"small-cnn", 1, kH, kH, kC}, 7);
        BlockInfluence block(c, d, /*doublePrecision=*/true);
        const auto subset = rows(kN);
        const auto hvp = block.hessianOperator(subset, 10, true);
        const Eigen::VectorXd v = randomVector(block.paramCount(), 1);
        const Eigen::VectorXd u = randomVector(block.paramCount(), 2);
        Eigen::VectorXd hv, hu, hv2;
        hvp(v, hv);
        hvp(u, hu); // before the weights move: a retained graph is tied to them
        // Central differences of the summed gradient, in float64: ε must be small enough that
        // no ReLU / max-pool switches between θ ± εv (a switch makes the difference jump).
        const double eps = 1e-7;
        block.addToParameters(eps * v);
        const Eigen::VectorXd gp = block.summedGradient(subset);
        block.addToParameters(-2 * eps * v);
        const Eigen::VectorXd gm = block.summedGradient(subset);
        block.addToParameters(eps * v);
        const Eigen::VectorXd fd = (gp - gm) / (2 * eps);
        const double rel = (fd - hv).norm() / hv.norm();
        QVERIFY2(rel < 1e-5, qPrintable(QString("relative error %1").arg(rel)));

        // Symmetry uᵀHv = vᵀHu, and the rebuilt-graph path gives the same product.
        QVERIFY(std::abs(u.dot(hv) - v.dot(hu)) <= 1e-3 * (std::abs(u.dot(hv)) + 1e-6));
        block.hessianOperator(subset, 7, false)(v, hv2);
        QVERIFY((hv2 - hv).norm() <= 1e-4 * hv.norm());
    }

    // The R-operator product (what small-cnn uses) against double backward, in float64 to the
    // last digits and in float32 to single precision; chunking does not change it.
    void rOperatorMatchesDoubleBackward() {
        const auto d = tinyData();
        for (const bool dbl : {true, false}) {
            auto c = nn::Classifier::create({"small-cnn", 1, kH, kH, kC}, 11);
            BlockInfluence block(c, d, dbl);
            QVERIFY(block.batchedGradients());
            const auto subset = rows(kN);
            const auto rop = block.rOperatorHessian(subset, 5);
            const auto ref = block.autogradHessianOperator(subset, kN, true);
            for (unsigned seed : {21u, 22u, 23u}) {
                const Eigen::VectorXd v = randomVector(block.paramCount(), seed);
                Eigen::VectorXd a, b, a2;
                rop(v, a);
                ref(v, b);
                const double rel = (a - b).norm() / b.norm();
                QVERIFY2(rel < (dbl ? 1e-9 : 1e-4),
                         qPrintable(QString("dbl %1 rel %2").arg(dbl).arg(rel)));
                block.rOperatorHessian(subset, kN)(v, a2);
                QVERIFY((a2 - a).norm() <= (dbl ? 1e-12 : 1e-5) * a.norm());
            }
        }
        // Not written for other architectures.
        auto r = nn::Classifier::create({"resnet", 1, kH, kH, kC}, 11);
        BlockInfluence rb(r, d);
        QVERIFY_THROWS_EXCEPTION(Error, rb.rOperatorHessian(rows(4)));
    }

    void embeddingsProjectGradients_data() {
        QTest::addColumn<QString>("arch");
        QTest::newRow("small-cnn") << "small-cnn"; // batched per-example gradients
        QTest::newRow("resnet") << "resnet";       // one backward per example
    }
    void embeddingsProjectGradients() {
        QFETCH(QString, arch);
        const auto d = tinyData();
        auto c = nn::Classifier::create({arch.toStdString(), 1, kH, kH, kC}, 8);
        BlockInfluence block(c, d);
        QCOMPARE(block.batchedGradients(), arch == "small-cnn");
        ArnoldiOptions o;
        o.arnoldiDim = 20;
        o.embeddingDim = 8;
        HessianFactors f;
        try {
            // The spec's stop tolerance (h_{k+1,k} < 1e-1) is absolute: a fresh resnet's summed
            // Hessian over 24 examples is below it, so every example counts 20 times here.
            std::vector<std::int64_t> subset;
            for (int r = 0; r < 20; ++r)
                for (auto i : rows(kN))
                    subset.push_back(i);
            f = factorHessian(block.hessianOperator(subset), block.paramCount(), o);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY(f.eigenvalues.size() > 0);
        const MatrixRM mu = block.embeddings(rows(kN), f, 5);
        const Eigen::MatrixXd ref = block.gradients(rows(kN)) * f.projection();
        QVERIFY((mu.cast<double>() - ref).norm() <= 1e-4 * ref.norm());
    }

    void pipelineRecordsSettingsAndShapes() {
        const auto d = tinyData();
        auto c = nn::Classifier::create({"small-cnn", 1, kH, kH, kC}, 9);
        const std::vector<std::int64_t> evalIdx = {0, 1, 2, 3, 4, 5};
        std::vector<std::int64_t> trainIdx;
        for (int i = 6; i < kN; ++i)
            trainIdx.push_back(i);
        InfluenceSettings s = InfluenceSettings::fast();
        s.arnoldiDim = 30;
        s.embeddingDim = 10;
        s.hessianSubset = 12;
        s.seed = 4;
        const auto last = computeInfluence(c, d, evalIdx, trainIdx, true, s);
        QCOMPARE(last.hessianIndices.size(), std::size_t(12));
        QCOMPARE(last.hessianIndices, chooseHessianSubset(trainIdx, s)); // seeded, repeatable
        QCOMPARE(last.evalEmbeddings.rows(), Eigen::Index(6));
        QCOMPARE(last.trainEmbeddings.rows(), Eigen::Index(trainIdx.size()));
        QCOMPARE(last.paramCount, std::int64_t(kC * (c.embeddingDim() + 1)));
        QCOMPARE(last.toSettings().at("layers"), std::string("last"));
        QCOMPARE(last.toSettings().at("embedding_dim_kept"),
                 std::to_string(last.evalEmbeddings.cols()));
        s.layers = "block";
        const auto block = computeInfluence(c, d, evalIdx, trainIdx, false, s);
        QCOMPARE(block.evalEmbeddings.rows(), Eigen::Index(6));
        QVERIFY(block.evalEmbeddings.cols() >= 1 && block.evalEmbeddings.cols() <= 10);
        QVERIFY(block.trainEmbeddings.size() == 0);
        QVERIFY(block.paramCount > last.paramCount);
    }

    void torchScriptIsRejected() {
        const auto d = tinyData();
        auto c = nn::Classifier::loadTorchScript(FAULTLINE_FIXTURES "/tiny_scripted.pt");
        QVERIFY_EXCEPTION_THROWN(BlockInfluence(c, d), fl::Error);
    }
};

QTEST_GUILESS_MAIN(TestInfluenceBlock)
#include "test_influence_block.moc"
