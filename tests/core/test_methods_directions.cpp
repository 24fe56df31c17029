// Failure directions through the seam on a tiny model with a small pooled-cnn as its encoder,
// checked against the units it wraps computed independently here: whitening from the training
// split, one SVM per class on validation, out-of-fold scores of the slices' members (each by the
// fold model that did not see it, refitted here by brute force), refit decision values on test,
// captions, the planted comparison, the stored result and clear refusals.
#include "core/common/error.h"
#include "core/directions/captions.h"
#include "core/directions/failure_directions.h"
#include "core/methods/directions_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_report.h"
#include "core/methods/result_codec.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "error_text.h"
#include "tiny_fixture.h"
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace fl;
using namespace fl::methods;
using directions::MatrixRM;
using fl::test::errorOf;

class TestMethodsDirections : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TinyFixture> m_f;
    std::shared_ptr<const nn::Classifier> m_encoder;

    MethodInput input(const std::map<std::string, std::string>& given = {},
                      const data::Dataset* d = nullptr) const {
        MethodInput in;
        in.dataset = d ? d : &m_f->d;
        in.model = &m_f->c;
        in.split = data::Split::Val;
        in.heldOut = data::Split::Test;
        in.parameters = resolveParameters("directions", DirectionsMethod().parameters(), given);
        in.auxiliary["robust_extractor"] = m_encoder;
        return in;
    }
    MatrixRM embed(data::Split s) const {
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        return nn::infer(*m_encoder, m_f->d, m_f->d.indicesOf(s), io).embeddings;
    }
    std::vector<int> predictions(data::Split s) const {
        return nn::infer(m_f->c, m_f->d, m_f->d.indicesOf(s)).predictions;
    }
    std::vector<int> labels(data::Split s) const {
        std::vector<int> l;
        for (auto p : m_f->d.indicesOf(s))
            l.push_back(m_f->d.labels[std::size_t(p)]);
        return l;
    }

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(60);
        m_encoder = std::make_shared<const nn::Classifier>(test::tinyExtractor(m_f->d));
    }

    void registeredWithItsEmbeddingAsAuxiliaryModel() {
        const auto& m = MethodRegistry::instance().get("directions");
        QCOMPARE(m.info().title, std::string("Failure directions"));
        const auto robust = m.auxiliaryModels(resolveParameters("directions", m.parameters(), {}));
        QCOMPARE(robust.size(), std::size_t(1));
        QCOMPARE(robust[0].role, std::string("robust_extractor"));
        QVERIFY(robust[0].recipe.train.adversarial);
        QVERIFY(m.auxiliaryModels(
                     resolveParameters("directions", m.parameters(), {{"embedding", "model"}}))
                    .empty());
        QTemporaryDir dir;
        const auto file = dir.filePath("encoder.pt").toStdString();
        std::ofstream(file) << "x";
        const auto own = m.auxiliaryModels(
            resolveParameters("directions", m.parameters(), {{"embedding", file}}));
        QCOMPARE(own.size(), std::size_t(1));
        QCOMPARE(own[0].role, std::string("image_encoder"));
        QCOMPARE(own[0].userModelPath, std::filesystem::absolute(file).string());
        const auto msg = errorOf([&] {
            m.auxiliaryModels(
                resolveParameters("directions", m.parameters(), {{"embedding", "/no/such.pt"}}));
        });
        QVERIFY2(msg.find("/no/such.pt") != std::string::npos &&
                     msg.find("robust, model") != std::string::npos,
                 msg.c_str());
    }

    void directionsMatchTheUnitsComputedIndependently() {
        const auto r = DirectionsMethod().run(input({{"slices", "3"}, {"min-group", "2"}}), {}, {});
        const auto xt = embed(data::Split::Train), xv = embed(data::Split::Val),
                   xs = embed(data::Split::Test);
        const auto w = directions::fitWhitening(xt);
        const auto zv = directions::whitenAndNormalise(xv, w);
        const auto zs = directions::whitenAndNormalise(xs, w);
        const auto lv = labels(data::Split::Val), ls = labels(data::Split::Test);
        const auto pv = predictions(data::Split::Val);
        QCOMPARE(r.labels, lv);
        QCOMPARE(r.predictions, pv);
        const auto classes = directions::fitDirections(zv, lv, pv, test::kC);
        const auto& cj = r.summary.at("classes");
        QCOMPARE(cj.size(), std::size_t(test::kC));
        int fitted = 0;
        for (const auto& c : classes) {
            QCOMPARE(cj[c.cls].at("fitted").get<bool>(), c.fitted);
            if (!c.fitted)
                continue;
            ++fitted;
            QCOMPARE(cj[c.cls].at("strength").get<double>(), c.choice.score);
            QCOMPARE(cj[c.cls].at("c").get<double>(), c.choice.c);
            QCOMPARE(cj[c.cls].at("cv_scores").get<std::vector<double>>(), c.choice.scores);
        }
        QVERIFY2(fitted >= 2, "the fixture's model errs in most classes");

        // Refit decision values on the ranked (test) split, by the class of each row's label.
        const auto ranked = store::arrayValues<double>(r.arrays.at("ranked_decision"), "ranked");
        QCOMPARE(ranked.size(), ls.size());
        for (std::size_t i = 0; i < ls.size(); ++i) {
            const auto& c = classes[std::size_t(ls[i])];
            if (c.fitted)
                QVERIFY(std::abs(ranked[i] - c.svm.decision(zs.row(Eigen::Index(i)).data())) <
                        1e-9);
            else
                QVERIFY(std::isnan(ranked[i]));
        }
        // The hardest test ids of each class: its test rows by decision value, ascending.
        for (const auto& c : classes) {
            if (!c.fitted)
                continue;
            std::vector<std::pair<double, std::int64_t>> rows;
            const auto pos = m_f->d.indicesOf(data::Split::Test);
            for (std::size_t i = 0; i < ls.size(); ++i)
                if (ls[i] == c.cls)
                    rows.push_back({ranked[i], m_f->d.ids[std::size_t(pos[i])]});
            std::stable_sort(rows.begin(), rows.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            const auto hardest = cj[c.cls].at("hardest_ids").get<std::vector<std::int64_t>>();
            QCOMPARE(hardest.size(), std::min<std::size_t>(10, rows.size()));
            for (std::size_t k = 0; k < hardest.size(); ++k)
                QCOMPARE(hardest[k], rows[k].second);
        }

        // Slices: the fitted classes by strength; members are the validation rows whose
        // out-of-fold decision is negative, ranked, each scored by the fold model without it.
        QCOMPARE(r.slices.size(), std::size_t(fitted));
        double last = 2.0;
        const auto valPos = m_f->d.indicesOf(data::Split::Val);
        for (const auto& s : r.slices) {
            const int cls = s.extra.at("class");
            const auto& c = classes[std::size_t(cls)];
            QVERIFY(c.choice.score <= last);
            last = c.choice.score;
            // Brute force: the class's rows, the folds, one SVM per fold at the chosen C.
            MatrixRM xc(Eigen::Index(c.rows.size()), zv.cols());
            std::vector<int> y;
            for (std::size_t k = 0; k < c.rows.size(); ++k) {
                xc.row(Eigen::Index(k)) = zv.row(c.rows[k]);
                y.push_back(pv[std::size_t(c.rows[k])] == cls ? 1 : 0);
            }
            const auto folds = directions::stratifiedFolds(y, 2);
            std::vector<double> oof(c.rows.size());
            for (int f = 0; f < 2; ++f) {
                std::vector<std::size_t> tr;
                for (std::size_t k = 0; k < y.size(); ++k)
                    if (folds[k] != f)
                        tr.push_back(k);
                MatrixRM xf(Eigen::Index(tr.size()), zv.cols());
                std::vector<int> yf;
                for (std::size_t k = 0; k < tr.size(); ++k) {
                    xf.row(Eigen::Index(k)) = xc.row(Eigen::Index(tr[k]));
                    yf.push_back(y[tr[k]]);
                }
                directions::SvmOptions o;
                o.c = c.choice.c;
                const auto svm = directions::fitLinearSvm(xf, yf, o);
                for (std::size_t k = 0; k < y.size(); ++k)
                    if (folds[k] == f)
                        oof[k] = svm.decision(xc.row(Eigen::Index(k)).data());
            }
            std::vector<std::pair<double, std::int64_t>> neg;
            for (std::size_t k = 0; k < oof.size(); ++k)
                neg.push_back({oof[k], m_f->d.ids[std::size_t(valPos[std::size_t(c.rows[k])])]});
            std::stable_sort(neg.begin(), neg.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            std::size_t negatives = 0;
            while (negatives < neg.size() && neg[negatives].first < 0)
                ++negatives;
            if (negatives == 0 || negatives == neg.size())
                negatives = std::size_t(c.errors); // the fallback: as many as the class errs
            QCOMPARE(s.memberIds.size(), negatives);
            for (std::size_t k = 0; k < negatives; ++k) {
                QCOMPARE(s.memberIds[k], neg[k].second);
                QVERIFY(std::abs(s.scores[k] - neg[k].first) < 1e-9);
            }
            QVERIFY(!s.heldOutIds.empty());
        }
        const auto stored = store::arrayValues<double>(r.arrays.at("decision_oof"), "oof");
        QCOMPARE(stored.size(), lv.size());
        QCOMPARE(r.settings.at("embedding_kind"), std::string("robust"));
        QCOMPARE(r.settings.at("embedding_dim"), std::to_string(xv.cols()));

        // Stored and loaded back whole.
        QTemporaryDir dir;
        auto p = store::Project::openOrCreate(dir.filePath("p.flproj").toStdString());
        auto copy = r;
        storeResult(p, copy);
        const auto back = loadResult(p, copy.runId);
        QCOMPARE(back.summary, r.summary);
        QCOMPARE(back.slices.size(), r.slices.size());
        QCOMPARE(back.tables.size(), r.tables.size());
        QCOMPARE(back.arrays.at("directions_w").shape, r.arrays.at("directions_w").shape);
    }

    // A metadata column saying which validation labels were flipped: those examples are the
    // class's errors, so "flipped is yes" must caption the hard side and score as scoreCaptions
    // gives it, and its complement the easy side.
    void captionsComeFromTheDatasetsColumnsAndTheImages() {
        data::Dataset d = m_f->d;
        d.attributeNames = {"flipped"};
        d.attributes.assign(1, {});
        for (std::size_t i = 0; i < d.labels.size(); ++i) {
            const int drawn = int(i) % test::kC; // tinyData's class of the image
            d.attributes[0].push_back(d.labels[i] != drawn ? "yes" : "no");
        }
        const auto r =
            DirectionsMethod().run(input({{"min-group", "2"}, {"captions", "100"}}, &d), {}, {});
        bool sawFlipped = false;
        for (const auto& c : r.summary.at("classes")) {
            if (!c.at("fitted").get<bool>())
                continue;
            for (const auto& h : c.at("hard_captions")) {
                QVERIFY(h.at("score").get<double>() < 0);
                if (h.at("caption") == "flipped is yes") {
                    sawFlipped = true;
                    // Its group, for the view to select: the class's validation examples whose
                    // label was flipped, found here by brute force.
                    std::set<std::int64_t> expected;
                    for (auto p : d.indicesOf(data::Split::Val))
                        if (d.labels[std::size_t(p)] == c.at("class_index").get<int>() &&
                            d.attributes[0][std::size_t(p)] == "yes")
                            expected.insert(d.ids[std::size_t(p)]);
                    const auto ids = h.at("ids").get<std::vector<std::int64_t>>();
                    QCOMPARE(std::set<std::int64_t>(ids.begin(), ids.end()), expected);
                    QCOMPARE(ids.size(), expected.size());
                }
            }
            // Every group lists as many ids as its size.
            for (const auto& part : {"hard_captions", "easy_captions"})
                for (const auto& h : c.at(part))
                    QCOMPARE(h.at("ids").size(), h.at("size").get<std::size_t>());
            for (const auto& e : c.at("easy_captions")) {
                QVERIFY(e.at("score").get<double>() > 0);
                QVERIFY(e.at("caption") != "flipped is yes");
            }
            // Image attributes are candidates too.
            std::set<std::string> attrs;
            for (const auto& part : {"hard_captions", "easy_captions"})
                for (const auto& h : c.at(part))
                    attrs.insert(h.at("caption").get<std::string>());
            QVERIFY(std::any_of(attrs.begin(), attrs.end(), [](const auto& s) {
                return s.rfind("high ", 0) == 0 || s.rfind("low ", 0) == 0;
            }));
        }
        QVERIFY2(sawFlipped, "the flipped examples are the errors: their concept is hard");
        // Without image attributes only the column's two values remain.
        const auto plain = DirectionsMethod().run(
            input({{"min-group", "2"}, {"image-attributes", "false"}}, &d), {}, {});
        for (const auto& c : plain.summary.at("classes"))
            if (c.at("fitted").get<bool>())
                for (const auto& part : {"hard_captions", "easy_captions"})
                    for (const auto& h : c.at(part))
                        QVERIFY(h.at("caption").get<std::string>().rfind("flipped is ", 0) == 0);
    }

    // The planted comparison: per class the share of the top-K hardest test examples in the
    // planted group, and the same by the model's probability of the true label.
    void plantedGroupsAreCountedOnTheRankedSplit() {
        data::Dataset d = m_f->d;
        data::PlantedTruth t;
        t.task = "noisy";
        for (auto p : d.indicesOf(data::Split::Test))
            if (d.labels[std::size_t(p)] == 1)
                t.sliceMemberIds.push_back(d.ids[std::size_t(p)]);
        d.planted = t;
        const auto r = DirectionsMethod().run(input({}, &d), {}, {});
        QVERIFY(r.summary.contains("planted"));
        QCOMPARE(r.summary.at("planted").size(), std::size_t(1));
        for (const auto& p : r.summary.at("planted")) {
            QCOMPARE(p.at("class_index").get<int>(), 1);
            QCOMPARE(p.at("group_share").get<double>(), 1.0);
            QCOMPARE(p.at("directions_top10").get<double>(), 1.0);
            QCOMPARE(p.at("confidence_top10").get<double>(), 1.0);
            QVERIFY(p.at("directions_top100").is_null()); // fewer than 100 examples
        }
    }

    // A one-value grid puts every class's C at the edge: the report says so, by name.
    void theReportSaysWhereTheBestCSitsAtTheGridsEdge() {
        const auto r = DirectionsMethod().run(
            input({{"c-min-exponent", "-3"}, {"c-max-exponent", "-3"}, {"c-steps", "1"}}), {}, {});
        const auto sections = DirectionsMethod().reportSections(r, m_f->d.classNames);
        QVERIFY(!sections.empty());
        std::string text;
        for (const auto& b : sections.front().blocks)
            if (const auto* p = std::get_if<report::Paragraph>(&b))
                text += p->text + "\n";
        QVERIFY2(text.find("robust extractor") != std::string::npos, text.c_str());
        QVERIFY2(text.find("test split, which the SVMs never saw") != std::string::npos,
                 text.c_str());
        int atEdge = 0;
        for (const auto& c : r.summary.at("classes"))
            if (c.value("c_at_edge", false)) {
                ++atEdge;
                QVERIFY2(text.find(c.at("class").get<std::string>()) != std::string::npos,
                         text.c_str());
            }
        QVERIFY(atEdge >= 2);
        QVERIFY2(text.find("widening it") != std::string::npos, text.c_str());
        // One strength chart of percentages (no "chance" series of its own), and no table wider
        // than six columns.
        int charts = 0;
        for (const auto& b : sections.front().blocks) {
            if (const auto* c = std::get_if<report::BarChart>(&b)) {
                ++charts;
                QVERIFY(c->percent);
                QCOMPARE(c->maxValue, 1.0);
                QCOMPARE(c->labels.size(), std::size_t(test::kC));
                for (std::size_t i = 0; i < c->values.size(); ++i) {
                    const auto& cj = r.summary.at("classes")[i];
                    if (cj.at("fitted").get<bool>())
                        QCOMPARE(c->values[i], cj.at("strength").get<double>());
                    else
                        QVERIFY(std::isnan(c->values[i]));
                }
            }
            if (const auto* t = std::get_if<report::Table>(&b))
                QVERIFY2(t->headers.size() <= 8, t->caption.c_str());
        }
        QCOMPARE(charts, 1);
        // The default grid's result on the same data names fewer or none.
        const auto plain = DirectionsMethod().run(input(), {}, {});
        int plainEdge = 0;
        for (const auto& c : plain.summary.at("classes"))
            plainEdge += c.value("c_at_edge", false);
        const auto plainText = std::get<report::Paragraph>(
            DirectionsMethod().reportSections(plain, m_f->d.classNames).front().blocks[1]);
        QCOMPARE(plainText.text.find("widening it") != std::string::npos, plainEdge > 0);
    }

    // A stored interventions outcome is a companion run: the report adds its own section after
    // the directions run's, with its tables and a chart per series.
    void theReportAddsTheNewestInterventions() {
        QVERIFY((DirectionsMethod().info().companionRunKinds ==
                 std::vector<std::string>{"directions-interventions"}));
        QTemporaryDir dir;
        auto p = store::Project::openOrCreate(dir.filePath("p.flproj").toStdString());
        auto run = DirectionsMethod().run(input(), {}, {});
        storeResult(p, run);
        MethodResult iv;
        iv.method = "directions";
        iv.kind = "directions-interventions";
        iv.title = "Failure directions' interventions";
        iv.split = "test";
        iv.settings = {{"upweight", "2"}, {"k", "100"}};
        iv.tables.push_back({"interventions",
                             "Accuracy per arm",
                             {"Arm", "Accuracy"},
                             {{"original", "0.86"}, {"svm", "0.87"}}});
        iv.charts.push_back({"arms",
                             "Accuracy per arm",
                             "bar",
                             "arm",
                             "accuracy",
                             {"original", "svm"},
                             {{"accuracy", {0.86, 0.87}}}});
        storeResult(p, iv);
        report::Report rep;
        rep.classNames = m_f->d.classNames;
        const auto problems = addMethodSections(rep, p);
        QVERIFY(problems.empty());
        std::vector<std::string> ids;
        for (const auto& s : rep.sections)
            ids.push_back(s.id);
        const auto own = std::find(ids.begin(), ids.end(), "method-directions");
        const auto companion = std::find(ids.begin(), ids.end(), "method-directions-interventions");
        QVERIFY(own != ids.end() && companion != ids.end());
        QVERIFY(own < companion);
        const auto& section = rep.sections[std::size_t(companion - ids.begin())];
        int tables = 0, charts = 0;
        for (const auto& b : section.blocks) {
            tables += std::holds_alternative<report::Table>(b);
            if (const auto* c = std::get_if<report::BarChart>(&b)) {
                ++charts;
                QCOMPARE(c->values, (std::vector<double>{0.86, 0.87}));
            }
        }
        QCOMPARE(tables, 1);
        QCOMPARE(charts, 1);
    }

    // A TorchScript image encoder the user names: its features() are the embedding.
    void aTorchScriptEncodersFeatures() {
        const std::string file = std::string(FAULTLINE_FIXTURES) + "/tiny_scripted_pooled.pt";
        auto in = input({{"embedding", file}});
        in.auxiliary.clear();
        const auto aux = DirectionsMethod().auxiliaryModels(in.parameters);
        QCOMPARE(aux.size(), std::size_t(1));
        in.auxiliary[aux[0].role] =
            std::make_shared<const nn::Classifier>(nn::Classifier::open(aux[0].userModelPath));
        const auto r = DirectionsMethod().run(in, {}, {});
        QCOMPARE(r.settings.at("embedding_kind"), std::string("file"));
        QCOMPARE(r.settings.at("embedding_file"), aux[0].userModelPath);
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        const auto& enc = *in.auxiliary.at("image_encoder");
        const auto xt = nn::infer(enc, m_f->d, m_f->d.indicesOf(data::Split::Train), io).embeddings;
        const auto xv = nn::infer(enc, m_f->d, m_f->d.indicesOf(data::Split::Val), io).embeddings;
        QCOMPARE(r.settings.at("embedding_dim"), std::to_string(xv.cols()));
        const auto zv = directions::whitenAndNormalise(xv, directions::fitWhitening(xt));
        const auto classes = directions::fitDirections(zv, r.labels, r.predictions, test::kC);
        for (const auto& c : classes)
            if (c.fitted)
                QCOMPARE(r.summary.at("classes")[c.cls].at("strength").get<double>(),
                         c.choice.score);
        // Without the encoder loaded, the run says which file it needed.
        in.auxiliary.clear();
        const auto msg = errorOf([&] { DirectionsMethod().run(in, {}, {}); });
        QVERIFY2(msg.find("tiny_scripted_pooled.pt") != std::string::npos, msg.c_str());
    }

    void theModelsOwnEmbeddingAndRefusals() {
        const auto r = DirectionsMethod().run(input({{"embedding", "model"}}), {}, {});
        QCOMPARE(r.settings.at("embedding_kind"), std::string("model"));
        const auto h = nn::infer(m_f->c, m_f->d, m_f->d.indicesOf(data::Split::Val),
                                 {.wantLogits = false, .wantEmbeddings = true});
        QCOMPARE(r.settings.at("embedding_dim"), std::to_string(h.embeddings.cols()));

        auto in = input();
        in.auxiliary.clear();
        QVERIFY(errorOf([&] { DirectionsMethod().run(in, {}, {}); }).find("robust extractor") !=
                std::string::npos);
        data::Dataset noTrain = m_f->d;
        for (auto& s : noTrain.splits)
            if (s == data::Split::Train)
                s = data::Split::Test;
        const auto msg = errorOf([&] { DirectionsMethod().run(input({}, &noTrain), {}, {}); });
        QVERIFY2(msg.find("training") != std::string::npos, msg.c_str());
        QVERIFY(errorOf([&] {
                    resolveParameters("directions", DirectionsMethod().parameters(),
                                      {{"quantile", "0.9"}});
                }).find("quantile") != std::string::npos);
        const auto grid = errorOf([&] {
            DirectionsMethod().run(input({{"c-min-exponent", "1"}, {"c-max-exponent", "0"}}), {},
                                   {});
        });
        QVERIFY2(grid.find("C grid") != std::string::npos, grid.c_str());
    }

    // Text captions (the paper's): the toy CLIP's encode_text embeds every adjective × noun ×
    // context caption, each scored against the class's SVM from its offset to the reference
    // caption — recomputed here from the fixture's word vectors, candidates listed by hand.
    void textCaptionsFromATextEncoder() {
        const std::string clip = std::string(FAULTLINE_FIXTURES) + "/tiny_clip.pt";
        QTemporaryDir dir;
        const auto vocab = dir.filePath("vocabulary.txt").toStdString();
        std::ofstream(vocab) << "[adjectives]\n(none)\nbright\ndark\nfaint\n"
                                "[contexts]\n(none)\nwith a top band\nwith a bottom band\n"
                                "[nouns b]\nb\nphoto\n";
        auto in = input({{"embedding", clip},
                         {"text-encoder", clip},
                         {"vocabulary", vocab},
                         {"captions", "100"}});
        in.auxiliary.clear();
        in.auxiliary["image_encoder"] =
            std::make_shared<const nn::Classifier>(nn::Classifier::open(clip));
        const auto r = DirectionsMethod().run(in, {}, {});
        QCOMPARE(r.settings.at("text_encoder_file"), clip);

        // The fixture's encode_text: the sum of its words' vectors.
        std::ifstream jf(std::string(FAULTLINE_FIXTURES) + "/tiny_clip_expected.json");
        const auto words = nlohmann::json::parse(jf).at("words");
        const auto embedText = [&words](const std::string& text) {
            Eigen::VectorXd v = Eigen::VectorXd::Zero(4);
            std::istringstream in(text);
            for (std::string w; in >> w;)
                if (words.contains(w))
                    for (int j = 0; j < 4; ++j)
                        v[j] += double(float(words.at(w)[j].get<double>()));
            return v;
        };
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        const auto& enc = *in.auxiliary.at("image_encoder");
        const auto xt = nn::infer(enc, m_f->d, m_f->d.indicesOf(data::Split::Train), io).embeddings;
        const auto xv = nn::infer(enc, m_f->d, m_f->d.indicesOf(data::Split::Val), io).embeddings;
        const auto white = directions::fitWhitening(xt);
        const auto classes = directions::fitDirections(directions::whitenAndNormalise(xv, white),
                                                       r.labels, r.predictions, test::kC);
        int checked = 0;
        for (const auto& c : classes) {
            if (!c.fitted)
                continue;
            const std::string cls = m_f->d.classNames[std::size_t(c.cls)];
            const Eigen::VectorXd ref = embedText("a photo of a " + cls);
            std::map<std::string, double> want;
            for (const std::string& noun : cls == "b" ? std::vector<std::string>{"b", "photo"}
                                                      : std::vector<std::string>{cls})
                for (const std::string adj : {"", "bright ", "dark ", "faint "})
                    for (const std::string ctx : {"", " with a top band", " with a bottom band"}) {
                        const std::string caption = "a photo of a " + adj + noun + ctx;
                        if (caption == "a photo of a " + cls)
                            continue;
                        Eigen::VectorXd dvec = (embedText(caption) - ref).cwiseQuotient(white.sd);
                        if (dvec.norm() > 0)
                            dvec /= dvec.norm();
                        want[caption] = c.svm.w.dot(dvec);
                    }
            const auto& cj = r.summary.at("classes")[std::size_t(c.cls)];
            QCOMPARE(cj.at("text_captions_scored").get<std::size_t>(), want.size());
            std::size_t seen = 0;
            for (const char* side : {"hard_text_captions", "easy_text_captions"})
                for (const auto& t : cj.at(side)) {
                    const auto caption = t.at("caption").get<std::string>();
                    QVERIFY2(want.count(caption), caption.c_str());
                    QVERIFY2(std::abs(t.at("score").get<double>() - want[caption]) < 1e-5,
                             caption.c_str());
                    ++seen;
                }
            // Every caption but those scoring exactly 0 is on one side (captions = 100).
            std::size_t nonzero = 0;
            for (const auto& [caption, score] : want)
                nonzero += std::abs(score) > 1e-9;
            QCOMPARE(seen, nonzero);
            // "bright" and "dark" are opposite offsets: opposite scores.
            if (want.count("a photo of a bright " + cls))
                QVERIFY(std::abs(want["a photo of a bright " + cls] +
                                 want["a photo of a dark " + cls]) < 1e-9);
            ++checked;
        }
        QVERIFY(checked > 0);
        bool table = false;
        for (const auto& t : r.tables)
            table |= t.name == "text_captions" && !t.rows.empty();
        QVERIFY(table);

        // Refusals: a text encoder without its image encoder's space; nouns of no class.
        const auto robust = errorOf([&] {
            DirectionsMethod().run(input({{"text-encoder", clip}}), {}, {});
        });
        QVERIFY2(robust.find("embedding must be the TorchScript image encoder") !=
                     std::string::npos,
                 robust.c_str());
        std::ofstream(vocab) << "[nouns zebra]\nzebra\n";
        const auto zebra = errorOf([&] { DirectionsMethod().run(in, {}, {}); });
        QVERIFY2(zebra.find("'zebra'") != std::string::npos &&
                     zebra.find("vocabulary.txt") != std::string::npos,
                 zebra.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMethodsDirections)
#include "test_methods_directions.moc"
