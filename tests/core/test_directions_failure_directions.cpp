// Failure directions per class against closed forms and the SVM unit: whitening gives zero mean
// and unit deviation on the training rows and unit-norm rows; each class's SVM is exactly
// chooseC + fitLinearSvm on that class's rows with correct = 1; classes without both outcomes
// are skipped with the reason; a planted direction is found.
#include "core/common/error.h"
#include "core/directions/failure_directions.h"
#include <QtTest>
#include <random>

using namespace fl::directions;

class TestDirectionsFailureDirections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whiteningClosedForm() {
        std::mt19937 rng(2);
        std::normal_distribution<float> n(3.0f, 2.0f);
        MatrixRM train(200, 4);
        for (Eigen::Index i = 0; i < train.rows(); ++i)
            for (Eigen::Index j = 0; j < 4; ++j)
                train(i, j) = j == 3 ? 5.0f : n(rng) * float(j + 1); // column 3 constant
        const auto w = fitWhitening(train);
        QCOMPARE(w.sd[3], 1.0);
        for (Eigen::Index j = 0; j < 3; ++j) {
            double m = 0, s = 0;
            for (Eigen::Index i = 0; i < train.rows(); ++i)
                m += train(i, j);
            m /= 200;
            for (Eigen::Index i = 0; i < train.rows(); ++i)
                s += (train(i, j) - m) * (train(i, j) - m);
            QVERIFY(std::abs(w.mean[j] - m) < 1e-9);
            QVERIFY(std::abs(w.sd[j] - std::sqrt(s / 200)) < 1e-9);
        }
        const auto z = whitenAndNormalise(train, w);
        for (Eigen::Index i = 0; i < z.rows(); ++i) {
            QVERIFY(std::abs(z.row(i).norm() - 1.0f) < 1e-5f);
            // Before the norm, the row was ((x − mean) / sd): same direction.
            Eigen::VectorXd r =
                (train.row(i).cast<double>().transpose() - w.mean).cwiseQuotient(w.sd);
            QVERIFY((r.normalized().cast<float>() - z.row(i).transpose()).norm() < 1e-5f);
        }
        QVERIFY_THROWS_EXCEPTION(fl::Error, whitenAndNormalise(MatrixRM(2, 3), w));
    }

    void eachClassIsItsOwnSvm() {
        std::mt19937 rng(5);
        std::normal_distribution<float> n;
        const int rows = 300, d = 5, classes = 3;
        MatrixRM z(rows, d);
        std::vector<int> labels(rows), preds(rows);
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < d; ++j)
                z(i, j) = n(rng);
            labels[std::size_t(i)] = i % classes;
            // Class 0 errs where dimension 2 is high (the planted direction), class 1 at random,
            // class 2 never.
            const bool wrong = (i % classes == 0 && z(i, 2) + 0.3f * n(rng) > 0.6f) ||
                               (i % classes == 1 && n(rng) > 1.0f);
            preds[std::size_t(i)] = wrong ? (i + 1) % classes : i % classes;
        }
        const auto dirs = fitDirections(z, labels, preds, classes);
        QCOMPARE(dirs.size(), std::size_t(3));
        QVERIFY(!dirs[2].fitted);
        QCOMPARE(dirs[2].skipped, std::string("no errors"));
        for (int c = 0; c < 2; ++c) {
            QVERIFY(dirs[std::size_t(c)].fitted);
            MatrixRM xc(0, d);
            std::vector<int> y;
            for (int i = 0; i < rows; ++i)
                if (labels[std::size_t(i)] == c) {
                    xc.conservativeResize(xc.rows() + 1, d);
                    xc.row(xc.rows() - 1) = z.row(i);
                    y.push_back(preds[std::size_t(i)] == c ? 1 : 0);
                }
            const auto choice = chooseC(xc, y, defaultCGrid());
            QCOMPARE(dirs[std::size_t(c)].choice.c, choice.c);
            QCOMPARE(dirs[std::size_t(c)].choice.scores, choice.scores);
            SvmOptions s;
            s.c = choice.c;
            const auto svm = fitLinearSvm(xc, y, s);
            QVERIFY((dirs[std::size_t(c)].svm.w - svm.w).norm() < 1e-12);
            QCOMPARE(dirs[std::size_t(c)].errors, std::int64_t(std::count(y.begin(), y.end(), 0)));
        }
        // The planted failure: class 0's direction points against dimension 2 (high → wrong),
        // and it is the strongest failure.
        const auto& w0 = dirs[0].svm.w;
        Eigen::Index most = 0;
        w0.cwiseAbs().maxCoeff(&most);
        QCOMPARE(most, Eigen::Index(2));
        QVERIFY(w0[2] < 0);
        QVERIFY2(
            dirs[0].choice.score > dirs[1].choice.score,
            qPrintable(QString("%1 vs %2").arg(dirs[0].choice.score).arg(dirs[1].choice.score)));
        QVERIFY_THROWS_EXCEPTION(fl::Error, fitDirections(z, {0, 1}, preds, classes));

        // One thread or three: the same directions, class by class.
        DirectionOptions one, three;
        one.threads = 1;
        three.threads = 3;
        const auto a = fitDirections(z, labels, preds, classes, one);
        const auto b = fitDirections(z, labels, preds, classes, three);
        for (int c = 0; c < classes; ++c) {
            QCOMPARE(a[std::size_t(c)].svm.w, b[std::size_t(c)].svm.w);
            QCOMPARE(a[std::size_t(c)].outOfFold, b[std::size_t(c)].outOfFold);
            QCOMPARE(a[std::size_t(c)].rows, dirs[std::size_t(c)].rows);
        }
        // Out-of-fold values: each row's by the fold model that did not see it.
        const auto& c0 = dirs[0];
        QCOMPARE(c0.outOfFold.size(), c0.rows.size());
        MatrixRM x0(Eigen::Index(c0.rows.size()), d);
        std::vector<int> y0;
        for (std::size_t k = 0; k < c0.rows.size(); ++k) {
            x0.row(Eigen::Index(k)) = z.row(c0.rows[k]);
            y0.push_back(preds[std::size_t(c0.rows[k])] == 0 ? 1 : 0);
        }
        SvmOptions s0;
        s0.c = c0.choice.c;
        QCOMPARE(outOfFoldDecisions(x0, y0, 2, s0), c0.outOfFold);
        const auto folds = stratifiedFolds(y0, 2);
        std::vector<int> truth, pred;
        for (std::size_t k = 0; k < y0.size(); ++k) {
            truth.push_back(y0[k]);
            pred.push_back(c0.outOfFold[k] > 0 ? 1 : 0);
        }
        // At the chosen C, the CV score is the mean of the folds' balanced accuracies.
        double mean = 0;
        for (int f = 0; f < 2; ++f) {
            std::vector<int> t, p;
            for (std::size_t k = 0; k < y0.size(); ++k)
                if (folds[k] == f) {
                    t.push_back(truth[k]);
                    p.push_back(pred[k]);
                }
            mean += balancedAccuracy(t, p) / 2;
        }
        QVERIFY(std::abs(mean - c0.choice.score) < 1e-12);
    }

    void gridsAreLogSpaced() {
        QCOMPARE(logGrid(-6, 0, 7), defaultCGrid());
        const auto g = logGrid(-8, 2, 11);
        QCOMPARE(g.size(), std::size_t(11));
        QCOMPARE(g.front(), 1e-8);
        QCOMPARE(g.back(), 100.0);
        QCOMPARE(logGrid(-2, -2, 1), std::vector<double>{0.01});
        QVERIFY_THROWS_EXCEPTION(fl::Error, logGrid(0, -1, 3));
        QVERIFY_THROWS_EXCEPTION(fl::Error, logGrid(-1, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestDirectionsFailureDirections)
#include "test_directions_failure_directions.moc"
