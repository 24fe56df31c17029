// Barlow through the seam on a tiny model with a small pooled-cnn as its extractor, checked
// against the trees it wraps and by brute force: one slice per class (its top-IV valid leaf) by
// IV, members ranked by their margin inside the leaf, held-out members by the path, Table 1,
// the summary scripts read, the robustness check, the codec, and clear refusals.
#include "core/common/error.h"
#include "core/methods/barlow_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_codec.h"
#include "core/methods/result_json.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace fl;
using namespace fl::methods;

namespace {

using fl::test::errorOf;

} // namespace

class TestMethodsBarlow : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TinyFixture> m_f;
    std::shared_ptr<const nn::Classifier> m_extractor;

    MethodInput input(const std::map<std::string, std::string>& given = {}) const {
        MethodInput in;
        in.dataset = &m_f->d;
        in.model = &m_f->c;
        in.split = data::Split::Val;
        in.heldOut = data::Split::Test;
        in.parameters = resolveParameters("barlow", BarlowMethod().parameters(), given);
        in.auxiliary["robust_extractor"] = m_extractor;
        return in;
    }
    // The extractor's features of a split, as the method must compute them.
    trees::MatrixRM features(data::Split s) const {
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        return nn::infer(*m_extractor, m_f->d, m_f->d.indicesOf(s), io).embeddings;
    }

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(60);
        m_extractor = std::make_shared<const nn::Classifier>(test::tinyExtractor(m_f->d));
    }

    void registeredWithTheExtractorAsAuxiliaryModel() {
        const auto& m = MethodRegistry::instance().get("barlow");
        QCOMPARE(m.info().title, std::string("Barlow"));
        const auto v = resolveParameters("barlow", m.parameters(), {});
        const auto aux = m.auxiliaryModels(v);
        QCOMPARE(aux.size(), std::size_t(1));
        QCOMPARE(aux[0].role, std::string("robust_extractor"));
        QVERIFY(aux[0].recipe.train.adversarial);
        QCOMPARE(aux[0].recipe.arch, std::string("pooled-cnn"));
        QCOMPARE(aux[0].recipe.train.pgd.epsilon, 1.5);
        QCOMPARE(aux[0].recipe.train.pgd.steps, 5);
        const auto own = resolveParameters("barlow", m.parameters(), {{"extractor", "/x/r.pt"}});
        QCOMPARE(m.auxiliaryModels(own)[0].userModelPath, std::string("/x/r.pt"));
        const auto model = resolveParameters("barlow", m.parameters(), {{"features", "model"}});
        QVERIFY(m.auxiliaryModels(model).empty());
    }

    void slicesAreEachClassesTopValidLeafByIv() {
        const std::map<std::string, std::string> given{
            {"depth", "2"}, {"top-k", "16"}, {"robustness-examples", "30"}};
        const auto in = input(given);
        const auto r = BarlowMethod().run(in, {}, {});
        const auto xv = features(data::Split::Val), xt = features(data::Split::Test);
        // The stored features are the extractor's, row for row.
        const auto stored = store::arrayValues<float>(r.arrays.at("barlow_features"), "features");
        QCOMPARE(stored.size(), std::size_t(xv.size()));
        QVERIFY(std::equal(stored.begin(), stored.end(), xv.data()));

        const auto options = BarlowMethod::failureOptions(in.parameters);
        QCOMPARE(options.depth, 2);
        const auto classes = trees::analyseFailures(xv, r.labels, r.predictions, test::kC, options);
        std::vector<std::pair<double, const trees::ClassFailures*>> expected;
        for (const auto& c : classes)
            if (!c.leaves.empty()) {
                const trees::FailureLeaf* pick = &c.leaves.front();
                for (const auto& l : c.leaves)
                    if (l.valid) {
                        pick = &l;
                        break;
                    }
                expected.push_back({pick->iv, &c});
            }
        QVERIFY2(!expected.empty(), "the fixture's model errs");
        QCOMPARE(r.slices.size(), expected.size());
        std::vector<double> sd(std::size_t(xv.cols()));
        for (Eigen::Index j = 0; j < xv.cols(); ++j) {
            double m = 0, s = 0;
            for (Eigen::Index i = 0; i < xv.rows(); ++i)
                m += xv(i, j);
            m /= double(xv.rows());
            for (Eigen::Index i = 0; i < xv.rows(); ++i)
                s += (xv(i, j) - m) * (xv(i, j) - m);
            sd[std::size_t(j)] = std::sqrt(s / double(xv.rows()));
        }
        double lastIv = 1e9;
        for (const auto& s : r.slices) {
            const int cls = s.extra.at("class");
            const double iv = s.extra.at("iv");
            QVERIFY(iv <= lastIv);
            lastIv = iv;
            const auto it = std::find_if(expected.begin(), expected.end(),
                                         [&](const auto& e) { return e.second->cls == cls; });
            QVERIFY(it != expected.end());
            QCOMPARE(iv, it->first);
            // Members: the validation rows in the class whose features satisfy the path,
            // deepest inside first (brute force over every validation example).
            const auto& path = s.extra.at("path");
            std::vector<std::pair<double, std::int64_t>> brute;
            const auto val = m_f->d.indicesOf(data::Split::Val);
            for (std::size_t i = 0; i < val.size(); ++i) {
                if (m_f->d.labels[std::size_t(val[i])] != cls)
                    continue;
                double margin = 1e300;
                bool inside = true;
                for (const auto& c : path) {
                    const int f = c.at("feature");
                    const double thr = c.at("threshold"), v = xv(Eigen::Index(i), f);
                    const bool le = c.at("op") == "<=";
                    inside = inside && (le ? v <= thr : v > thr);
                    margin = std::min(margin, (le ? thr - v : v - thr) / sd[std::size_t(f)]);
                }
                if (inside)
                    brute.push_back({path.empty() ? 0.0 : margin, m_f->d.ids[std::size_t(val[i])]});
            }
            std::stable_sort(brute.begin(), brute.end(),
                             [](const auto& a, const auto& b) { return a.first > b.first; });
            QCOMPARE(s.memberIds.size(), brute.size());
            for (std::size_t k = 0; k < brute.size(); ++k) {
                QCOMPARE(s.memberIds[k], brute[k].second);
                QVERIFY(std::abs(s.scores[k] - brute[k].first) < 1e-9);
            }
            QVERIFY(s.rule.rfind("label " + m_f->d.classNames[std::size_t(cls)], 0) == 0);
            // Held out: the test examples of the class inside the path.
            const auto test = m_f->d.indicesOf(data::Split::Test);
            std::set<std::int64_t> heldBrute;
            for (std::size_t i = 0; i < test.size(); ++i) {
                if (m_f->d.labels[std::size_t(test[i])] != cls)
                    continue;
                bool inside = true;
                for (const auto& c : path) {
                    const double v = xt(Eigen::Index(i), int(c.at("feature")));
                    inside = inside && (c.at("op") == "<=" ? v <= double(c.at("threshold"))
                                                           : v > double(c.at("threshold")));
                }
                if (inside)
                    heldBrute.insert(m_f->d.ids[std::size_t(test[i])]);
            }
            QCOMPARE(std::set<std::int64_t>(s.heldOutIds.begin(), s.heldOutIds.end()), heldBrute);
        }

        // Table 1 and the summary scripts read.
        const auto j = resultJson(r, m_f->d.classNames);
        for (const bool byPrediction : {false, true})
            for (const int depth : {1, 3}) {
                auto o = options;
                o.byPrediction = byPrediction;
                o.depth = depth;
                const double share = trees::validTopLeafShare(
                    trees::analyseFailures(xv, r.labels, r.predictions, test::kC, o));
                QCOMPARE(j.at("table1")
                             .at(byPrediction ? "prediction" : "label")
                             .at("depth_" + std::to_string(depth))
                             .get<double>(),
                         share);
            }
        QCOMPARE(j.at("classes").size(), classes.size());
        for (std::size_t c = 0; c < classes.size(); ++c) {
            const auto& jc = j.at("classes")[c];
            QCOMPARE(jc.at("ber").get<double>(), classes[c].ber);
            QCOMPARE(jc.at("leaves").size(), classes[c].leaves.size());
            for (std::size_t l = 1; l < classes[c].leaves.size(); ++l)
                QVERIFY(jc.at("leaves")[l].at("iv").get<double>() <=
                        jc.at("leaves")[l - 1].at("iv").get<double>());
        }
        QCOMPARE(r.settings.at("extractor_robustness_examples"), std::string("30"));
        QVERIFY(r.settings.count("extractor_clean_accuracy") &&
                r.settings.count("extractor_pgd_accuracy"));
        QCOMPARE(r.tables.size(), std::size_t(3));

        // Stored and loaded back whole.
        QTemporaryDir dir;
        auto p = store::Project::openOrCreate(dir.filePath("p.flproj").toStdString());
        auto copy = r;
        storeResult(p, copy);
        const auto back = loadResult(p, copy.runId);
        QCOMPARE(back.summary, r.summary);
        QCOMPARE(back.slices.size(), r.slices.size());
        QCOMPARE(back.slices[0].extra.at("path"), r.slices[0].extra.at("path"));
        QCOMPARE(back.arrays.at("barlow_features").shape, r.arrays.at("barlow_features").shape);
    }

    void figuresOfTheFirstLeavesAndTheReport() {
        const auto r = BarlowMethod().run(
            input({{"figure-leaves", "2"}, {"attack-iterations", "30"}, {"depth", "2"}}), {}, {});
        QVERIFY(r.slices.size() >= 2);
        const auto xv = features(data::Split::Val);
        for (int i = 0; i < 2; ++i) {
            const auto& s = r.slices[std::size_t(i)];
            const std::string key = "leaf" + std::to_string(i + 1);
            QCOMPARE(s.extra.at("figure_key").get<std::string>(), key);
            const int j = s.extra.at("figure_feature"), cls = s.extra.at("class");
            QCOMPARE(j, int(s.extra.at("path")[0].at("feature")));
            // Most activating: the class's six validation rows with the largest feature j.
            std::vector<std::pair<float, std::int64_t>> group;
            for (std::size_t row = 0; row < r.labels.size(); ++row)
                if (r.labels[row] == cls)
                    group.push_back({-xv(Eigen::Index(row), j), r.exampleIds[row]});
            std::stable_sort(group.begin(), group.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            const auto set = [&](const std::string& name) {
                const auto it = std::find_if(r.imageSets.begin(), r.imageSets.end(),
                                             [&](const ImageSet& x) { return x.name == name; });
                if (it == r.imageSets.end())
                    qFatal("no image set %s", name.c_str());
                return *it;
            };
            const auto top = set(key + "_top");
            QCOMPARE(top.exampleIds.size(), std::size_t(6));
            for (std::size_t k = 0; k < 6; ++k)
                QCOMPARE(top.exampleIds[k], group[k].second);
            const auto& heat = r.arrays.at(key + "_heatmaps");
            QCOMPARE(heat.shape, (std::vector<std::int64_t>{6, 3, test::kH, test::kH}));
            QCOMPARE(r.arrays.at(key + "_attack").shape, heat.shape);
            // The attack raised the feature on every image (captions "before → after").
            for (const auto& c : set(key + "_attack").captions) {
                const auto arrow = c.find(" → ");
                QVERIFY2(std::stod(c.substr(arrow + 5)) > std::stod(c.substr(0, arrow)), c.c_str());
            }
            // Failures: errors among the slice's members.
            std::set<std::int64_t> members(s.memberIds.begin(), s.memberIds.end());
            for (auto id : set(key + "_failures").exampleIds) {
                QVERIFY(members.count(id));
                const auto row = std::size_t(
                    std::find(r.exampleIds.begin(), r.exampleIds.end(), id) - r.exampleIds.begin());
                QVERIFY(r.labels[row] != r.predictions[row]);
            }
        }
        QVERIFY(!r.slices[2 < r.slices.size() ? 2 : 0].extra.contains("figure_key") ||
                r.slices.size() < 3);
        // The report: generic sections, then the leaves with pixels for heatmaps and attacks.
        const auto sections = BarlowMethod().reportSections(r, m_f->d.classNames);
        const auto leaves = std::find_if(sections.begin(), sections.end(), [](const auto& s) {
            return s.id == "method-barlow-leaves";
        });
        QVERIFY(leaves != sections.end());
        int grids = 0, pixelGrids = 0;
        for (const auto& b : leaves->blocks)
            if (const auto* g = std::get_if<report::ImageGrid>(&b)) {
                ++grids;
                if (!g->items.empty() && !g->items[0].rgb.empty()) {
                    ++pixelGrids;
                    QCOMPARE(g->items[0].rgb.size(), std::size_t(test::kH * test::kH * 3));
                }
            }
        QCOMPARE(grids, 8);
        QCOMPARE(pixelGrids, 4);
    }

    void predictionGroupingSlicesThePredictedClass() {
        const auto r = BarlowMethod().run(
            input({{"grouping", "prediction"}, {"robustness-examples", "0"}}), {}, {});
        QVERIFY(!r.settings.count("extractor_clean_accuracy"));
        std::map<std::int64_t, int> predOf;
        for (std::size_t i = 0; i < r.exampleIds.size(); ++i)
            predOf[r.exampleIds[i]] = r.predictions[i];
        for (const auto& s : r.slices) {
            QVERIFY(s.rule.rfind("predicted ", 0) == 0);
            for (auto id : s.memberIds)
                QCOMPARE(predOf.at(id), int(s.extra.at("class")));
        }
    }

    void refusesAnExtractorWithoutPooledFeatures() {
        auto in = input();
        in.auxiliary["robust_extractor"] = std::make_shared<const nn::Classifier>(
            nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, test::kC}, 1));
        const auto msg = errorOf([&] { BarlowMethod().run(in, {}, {}); });
        QVERIFY2(msg.find("Barlow") != std::string::npos &&
                     msg.find("small-cnn") != std::string::npos,
                 msg.c_str());
        in.auxiliary.clear();
        QVERIFY(errorOf([&] { BarlowMethod().run(in, {}, {}); }).find("robust extractor") !=
                std::string::npos);
        // The model's own features need no extractor.
        auto own = input({{"features", "model"}});
        own.auxiliary.clear();
        QVERIFY(!BarlowMethod().run(own, {}, {}).slices.empty());
    }
};

QTEST_GUILESS_MAIN(TestMethodsBarlow)
#include "test_methods_barlow.moc"
