// Barlow's feature ranking against scikit-learn: Ross's k-NN mutual information (k = 3) on a
// fixture computed by Debian's python3-sklearn mutual_info_classif (tests/fixtures/
// make_mi_fixture.py: Gaussian and post-ReLU features, two and three labels). Features whose
// estimate sklearn's own random_state does not move (spread over random_state 0–7 < 1e-3):
// within 1e-3 of it, and the same top 3 among them. Tie-heavy (post-ReLU) features, whose
// estimate rests on how the noise orders exact zeros: within sklearn's range widened by its own
// spread. ψ by its closed form.
#include "core/common/error.h"
#include "core/trees/mutual_information.h"
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

using namespace fl;
using namespace fl::trees;

class TestTreesMutualInformation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void digammaClosedForm() {
        QVERIFY(std::abs(digammaOfInteger(1) + 0.5772156649015329) < 1e-15);
        QVERIFY(std::abs(digammaOfInteger(2) - (1.0 - 0.5772156649015329)) < 1e-15);
        QVERIFY(std::abs(digammaOfInteger(10) - 2.251752589066721) < 1e-12);
    }

    void matchesScikitLearn() {
        std::ifstream in(FAULTLINE_FIXTURES "/mi_fixture.json");
        QVERIFY(in);
        const auto fx = nlohmann::json::parse(in);
        const auto& xs = fx["x"];
        MatrixRM x(static_cast<Eigen::Index>(xs.size()), static_cast<Eigen::Index>(xs[0].size()));
        for (Eigen::Index r = 0; r < x.rows(); ++r)
            for (Eigen::Index c = 0; c < x.cols(); ++c)
                x(r, c) = float(xs[std::size_t(r)][std::size_t(c)].get<double>());
        QCOMPARE(fx["cases"].size(), std::size_t(2));
        for (const auto& c : fx["cases"]) {
            const auto ref = c["mi"].get<std::vector<double>>();
            const auto lo = c["mi_min"].get<std::vector<double>>();
            const auto hi = c["mi_max"].get<std::vector<double>>();
            const auto mi = mutualInformation(x, c["y"].get<std::vector<int>>(), 3);
            QCOMPARE(mi.size(), ref.size());
            double worst = 0.0;
            std::vector<double> untiedOurs, untiedRef; // -1 marks a tie-heavy feature
            for (std::size_t f = 0; f < mi.size(); ++f) {
                const double spread = hi[f] - lo[f];
                const bool untied = spread < 1e-3; // sklearn's noise does not move it
                if (untied)
                    worst = std::max(worst, std::abs(mi[f] - ref[f]));
                untiedOurs.push_back(untied ? mi[f] : -1.0);
                untiedRef.push_back(untied ? ref[f] : -1.0);
                const double slack = std::max(1e-3, spread);
                QVERIFY2(mi[f] >= lo[f] - slack && mi[f] <= hi[f] + slack,
                         qPrintable(QStringLiteral("%1 feature %2: %3 outside [%4, %5]")
                                        .arg(QString::fromStdString(c["name"]))
                                        .arg(f)
                                        .arg(mi[f])
                                        .arg(lo[f])
                                        .arg(hi[f])));
            }
            qInfo("%s: largest |ΔMI| on untied features %.2e", c["name"].get<std::string>().c_str(),
                  worst);
            QVERIFY2(worst <= 1e-3, c["name"].get<std::string>().c_str());
            // The top 3 of the untied features agree as sets, up to equal reference values.
            const auto ours = topFeatures(untiedOurs, 3), theirs = topFeatures(untiedRef, 3);
            const std::set<int> a(ours.begin(), ours.end()), b(theirs.begin(), theirs.end());
            for (int f : a)
                if (!b.count(f))
                    QVERIFY2(std::abs(ref[std::size_t(f)] - ref[std::size_t(theirs.back())]) < 1e-9,
                             "a top feature that is not a tie");
        }
    }

    void badInputIsNamed() {
        MatrixRM x(3, 1);
        x << 0.0f, 1.0f, 2.0f;
        QVERIFY_THROWS_EXCEPTION(Error, mutualInformation(x, {0, 1}, 3));
        QVERIFY_THROWS_EXCEPTION(Error, mutualInformation(x, {0, 1, 1}, 0));
        // A label seen once is left out; nothing left to estimate gives 0.
        QCOMPARE(mutualInformation(x, {0, 1, 2}, 3), std::vector<double>{0.0});
        QCOMPARE(topFeatures({0.1, 0.5, 0.5, 0.2}, 3), (std::vector<int>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestTreesMutualInformation)
#include "test_trees_mutual_information.moc"
