// Failure directions' SVM against Debian's python3-sklearn (tests/fixtures/make_svm_fixture.py):
// the stratified unshuffled folds exactly, every C's decision values, w and b within 1e-4
// relative, the CV balanced accuracies within 1e-6 and the same chosen C; plus the refusals.
#include "core/common/error.h"
#include "core/directions/linear_svm.h"
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace fl::directions;
using nlohmann::json;

namespace {

json fixture() {
    std::ifstream f(FAULTLINE_FIXTURES "/svm_fixture.json");
    if (!f)
        qFatal("missing svm_fixture.json");
    return json::parse(f);
}

MatrixRM matrixOf(const json& rows) {
    MatrixRM x(Eigen::Index(rows.size()), Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            x(Eigen::Index(i), Eigen::Index(j)) = rows[i][j].get<float>();
    return x;
}

double relative(double a, double b, double scale) {
    return std::abs(a - b) / std::max(1.0, scale);
}

} // namespace

class TestDirectionsLinearSvm : public QObject {
    Q_OBJECT
    json m_fx = fixture();

private Q_SLOTS:
    void foldsAreScikitLearns() {
        for (const auto& c : m_fx["cases"])
            QCOMPARE(stratifiedFolds(c["y"].get<std::vector<int>>(), 2),
                     c["folds"].get<std::vector<int>>());
        // Three classes, five folds, by hand: each class's rows in blocks per fold.
        QCOMPARE(stratifiedFolds({0, 0, 1, 1, 0, 1}, 2), (std::vector<int>{0, 0, 0, 1, 1, 1}));
    }

    void everyCMatchesSvc() {
        double worstDecision = 0, worstW = 0;
        for (const auto& c : m_fx["cases"]) {
            const auto x = matrixOf(c["x"]);
            const auto y = c["y"].get<std::vector<int>>();
            for (const auto& fit : c["fits"]) {
                SvmOptions o;
                o.c = fit["c"];
                const auto svm = fitLinearSvm(x, y, o);
                const auto want = fit["decision"].get<std::vector<double>>();
                double scale = 0;
                for (double v : want)
                    scale = std::max(scale, std::abs(v));
                for (Eigen::Index i = 0; i < x.rows(); ++i)
                    worstDecision = std::max(worstDecision, relative(svm.decision(x.row(i).data()),
                                                                     want[std::size_t(i)], scale));
                const auto w = fit["w"].get<std::vector<double>>();
                for (std::size_t j = 0; j < w.size(); ++j)
                    worstW = std::max(worstW, relative(svm.w[Eigen::Index(j)], w[j], 1.0));
                worstW = std::max(worstW, relative(svm.b, fit["b"].get<double>(), 1.0));
            }
        }
        qInfo("largest gaps to SVC: decision %.2e (relative), w and b %.2e", worstDecision, worstW);
        QVERIFY(worstDecision < 1e-4);
        QVERIFY(worstW < 1e-4);
    }

    void cvChoosesTheSameC() {
        for (const auto& c : m_fx["cases"]) {
            const auto x = matrixOf(c["x"]);
            const auto y = c["y"].get<std::vector<int>>();
            const auto grid = c["grid"].get<std::vector<double>>();
            const auto ours = defaultCGrid();
            QCOMPARE(ours.size(), grid.size());
            for (std::size_t g = 0; g < grid.size(); ++g)
                QVERIFY(std::abs(ours[g] - grid[g]) <= 1e-12 * grid[g]);
            const auto choice = chooseC(x, y, grid);
            const auto want = c["cv_scores"].get<std::vector<double>>();
            for (std::size_t g = 0; g < grid.size(); ++g)
                QVERIFY2(
                    std::abs(choice.scores[g] - want[g]) < 1e-6,
                    qPrintable(
                        QString("C %1: %2 vs %3").arg(grid[g]).arg(choice.scores[g]).arg(want[g])));
            QCOMPARE(choice.c, c["best_c"].get<double>());
            QVERIFY(!choice.atEdge);
        }
    }

    void balancedAccuracyByHand() {
        // Class 0: 1 of 2 right; class 1: 3 of 3 → (0.5 + 1) / 2.
        QCOMPARE(balancedAccuracy({0, 0, 1, 1, 1}, {0, 1, 1, 1, 1}), 0.75);
    }

    void refusesWhatItCannotFit() {
        MatrixRM x = MatrixRM::Random(4, 2);
        QVERIFY_THROWS_EXCEPTION(fl::Error, fitLinearSvm(x, {1, 1, 1, 1}, {}));
        QVERIFY_THROWS_EXCEPTION(fl::Error, fitLinearSvm(x, {0, 1, 2, 1}, {}));
        QVERIFY_THROWS_EXCEPTION(fl::Error, fitLinearSvm(x, {0, 1}, {}));
        QVERIFY_THROWS_EXCEPTION(fl::Error, stratifiedFolds({0, 1}, 1));
    }
};

QTEST_GUILESS_MAIN(TestDirectionsLinearSvm)
#include "test_directions_linear_svm.moc"
