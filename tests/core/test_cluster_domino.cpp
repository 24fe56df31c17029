// Domino's mixture model and the PCA before it, against tests/fixtures/make_domino_fixture.py
// (a NumPy re-implementation checked against python3-sklearn's pieces): the confusion
// initialisation exactly, responsibilities after 1 and 10 EM iterations within 1e-6, the
// parameters, lower bound, stopping iteration and slice order; PCA against sklearn's; refusals.
#include "core/cluster/domino_mixture.h"
#include "core/cluster/pca.h"
#include "core/common/error.h"
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace fl::cluster;
using nlohmann::json;

namespace {

json fixture() {
    std::ifstream f(FAULTLINE_FIXTURES "/domino_fixture.json");
    if (!f)
        qFatal("missing domino_fixture.json");
    return json::parse(f);
}

Eigen::MatrixXd matrixOf(const json& rows) {
    Eigen::MatrixXd x(Eigen::Index(rows.size()), Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            x(Eigen::Index(i), Eigen::Index(j)) = rows[i][j].get<double>();
    return x;
}

Eigen::VectorXd vectorOf(const json& v) {
    Eigen::VectorXd out(Eigen::Index(v.size()));
    for (std::size_t i = 0; i < v.size(); ++i)
        out(Eigen::Index(i)) = v[i].get<double>();
    return out;
}

Eigen::MatrixXd oneHot(const json& labels, int classes) {
    Eigen::MatrixXd y = Eigen::MatrixXd::Zero(Eigen::Index(labels.size()), classes);
    for (std::size_t i = 0; i < labels.size(); ++i)
        y(Eigen::Index(i), labels[i].get<int>()) = 1.0;
    return y;
}

// Largest |a − b| / max(1, |b|).
double maxRelative(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return ((a - b).array().abs() / b.array().abs().max(1.0)).maxCoeff();
}

template <typename F> bool throwsBadInput(F f) {
    try {
        f();
    } catch (const fl::Error& e) {
        return e.kind() == fl::ErrorKind::BadInput;
    }
    return false;
}

} // namespace

class TestClusterDomino : public QObject {
    Q_OBJECT
    json m_fx = fixture();
    Eigen::MatrixXd m_x, m_y, m_yhat, m_resp0;

private Q_SLOTS:
    void initTestCase() {
        m_x = matrixOf(m_fx["x"]);
        m_y = oneHot(m_fx["labels"], m_fx["classes"].get<int>());
        m_yhat = matrixOf(m_fx["predictions"]);
        m_resp0 = confusionResponsibilities(m_y, m_yhat, m_fx["components"].get<int>(),
                                            m_fx["noise"].get<double>(), matrixOf(m_fx["uniform"]));
    }

    void confusionInitialisationIsTheReferences() {
        const Eigen::MatrixXd expected = matrixOf(m_fx["initial_responsibilities"]);
        QVERIFY2(maxRelative(m_resp0, expected) < 1e-12,
                 qPrintable(QString::number(maxRelative(m_resp0, expected))));
        // Each row's mass sits on the components of its own confusion cell (a·C + b, repeated).
        const int c = m_fx["classes"].get<int>();
        const int row = 0, label = m_fx["labels"][0].get<int>();
        Eigen::Index best = 0;
        m_resp0.row(row).maxCoeff(&best);
        QCOMPARE(int(best % (c * c)) / c, label);
    }

    void emMatchesTheNumpyReference_data() {
        QTest::addColumn<int>("run");
        for (int i = 0; i < int(m_fx["runs"].size()); ++i) {
            const auto& r = m_fx["runs"][std::size_t(i)];
            QTest::newRow(qPrintable(QString("%1 iterations, tol %2, prediction weight %3")
                                         .arg(r["max_iterations"].get<int>())
                                         .arg(r["tolerance"].get<double>())
                                         .arg(r["prediction_weight"].get<double>())))
                << i;
        }
    }
    void emMatchesTheNumpyReference() {
        QFETCH(int, run);
        const auto& r = m_fx["runs"][std::size_t(run)];
        DominoOptions o;
        o.maxIterations = r["max_iterations"].get<int>();
        o.tolerance = r["tolerance"].get<double>();
        o.regCovar = m_fx["reg_covar"].get<double>();
        o.labelWeight = r["label_weight"].get<double>();
        o.predictionWeight = r["prediction_weight"].get<double>();
        int reported = 0;
        const fl::Progress progress([&reported](double, const std::string&) { ++reported; });
        const DominoModel m = fitDomino(m_x, m_y, m_yhat, m_resp0, o, progress);
        QCOMPARE(m.iterations, r["iterations"].get<int>());
        QCOMPARE(m.converged, r["converged"].get<bool>());
        QCOMPARE(reported, m.iterations);
        // Relative: components with almost no mass amplify rounding (2.9e-9 on −7.5 seen).
        const double bound = r["lower_bound"].get<double>();
        const double boundError = std::abs(m.lowerBound - bound) / std::max(1.0, std::abs(bound));
        QVERIFY2(boundError < 1e-8, qPrintable(QString::number(boundError)));

        const Eigen::MatrixXd resp = dominoResponsibilities(m, m_x, m_y, m_yhat, o);
        const double respError = (resp - matrixOf(r["responsibilities"])).cwiseAbs().maxCoeff();
        QVERIFY2(respError < 1e-6, qPrintable(QString::number(respError)));
        QVERIFY((resp.rowwise().sum().array() - 1.0).abs().maxCoeff() < 1e-12);

        const auto& pm = r["model"];
        QVERIFY(maxRelative(m.weights, vectorOf(pm["weights"])) < 1e-8);
        QVERIFY(maxRelative(m.means, matrixOf(pm["means"])) < 1e-8);
        QVERIFY(maxRelative(m.variances, matrixOf(pm["variances"])) < 1e-8);
        QVERIFY(maxRelative(m.labelProbs, matrixOf(pm["label_probs"])) < 1e-8);
        QVERIFY(maxRelative(m.predictionProbs, matrixOf(pm["prediction_probs"])) < 1e-8);

        for (bool absolute : {false, true}) {
            const auto& key = absolute ? r["slice_order_absolute"] : r["slice_order"];
            const auto& scores = absolute ? r["slice_scores_absolute"] : r["slice_scores"];
            QCOMPARE(dominoSliceOrder(m, absolute), key.get<std::vector<int>>());
            for (Eigen::Index k = 0; k < m.weights.size(); ++k)
                QVERIFY(std::abs(dominoSliceScore(m, k, absolute) -
                                 scores[std::size_t(k)].get<double>()) < 1e-8);
        }
    }

    void pcaIsSklearns() {
        const auto& p = m_fx["pca"];
        const Eigen::MatrixXd x = matrixOf(p["x"]);
        const Pca pca = fitPca(x, 3);
        const Eigen::MatrixXd expected = matrixOf(p["components"]);
        const Eigen::MatrixXd projected = pca.transform(x);
        const Eigen::MatrixXd expectedProjection = matrixOf(p["transformed"]);
        for (Eigen::Index i = 0; i < 3; ++i) {
            // A component's sign is arbitrary: compare up to it.
            const double sign = pca.components.row(i).dot(expected.row(i)) < 0 ? -1.0 : 1.0;
            QVERIFY((sign * pca.components.row(i) - expected.row(i)).cwiseAbs().maxCoeff() < 1e-9);
            QVERIFY((sign * projected.col(i) - expectedProjection.col(i)).cwiseAbs().maxCoeff() <
                    1e-9);
        }
        QVERIFY(maxRelative(pca.explainedVariance, vectorOf(p["explained_variance"])) < 1e-9);
    }

    void refusals() {
        const Eigen::MatrixXd u = Eigen::MatrixXd::Constant(m_x.rows(), 8, 0.5);
        // 3 classes need 9 components for the confusion initialisation.
        QVERIFY(throwsBadInput([&] { confusionResponsibilities(m_y, m_yhat, 8, 1e-3, u); }));
        QVERIFY(throwsBadInput(
            [&] { fitDomino(m_x.topRows(5), m_y, m_yhat, m_resp0, DominoOptions{}); }));
        QVERIFY(throwsBadInput([&] {
            fitDomino(m_x.topRows(5), m_y.topRows(5), m_yhat.topRows(5), m_resp0.topRows(5),
                      DominoOptions{});
        })); // fewer rows than components
        QVERIFY(throwsBadInput([&] { fitPca(m_x, 5); }));
        QVERIFY(throwsBadInput([&] { fitPca(m_x, 0); }));
        fl::CancelToken cancel;
        cancel.cancel();
        try {
            fitDomino(m_x, m_y, m_yhat, m_resp0, DominoOptions{}, {}, cancel);
            QFAIL("a cancelled fit ran");
        } catch (const fl::Error& e) {
            QCOMPARE(e.kind(), fl::ErrorKind::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestClusterDomino)
#include "test_cluster_domino.moc"
