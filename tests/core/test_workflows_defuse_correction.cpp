// Defuse after annotation on the tiny fixture: a stored run's regions read back from its arrays,
// the annotators' votes from the project into confirmed regions (checked against the votes
// counted by hand), correction over two λ as a defuse-correction result with its chart, tables
// and saved model, the baseline's D_f, and refusals.
#include "core/common/error.h"
#include "core/generative/beta_vae.h"
#include "core/methods/defuse_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_report.h"
#include "core/methods/result_codec.h"
#include "core/nn/device.h"
#include "core/store/annotation_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/typed_array.h"
#include "core/workflows/defuse_correction.h"
#include "core/workflows/method_run.h"
#include "core/workflows/project_inputs.h"
#include "error_text.h"
#include "tiny_method_input.h"
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

using namespace fl;
using namespace fl::workflows;
using fl::test::errorOf;

class TestWorkflowsDefuseCorrection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TinyFixture> m_f;
    methods::MethodResult m_run;
    std::string m_path;

    // Every sample of region `r` labelled `cls` by `author`.
    void labelRegion(store::Project& p, int r, int cls, const std::string& author) {
        const auto& seeds = m_run.summary.at("regions")[std::size_t(r)].at("sample_seeds");
        for (std::size_t s = 0; s < seeds.size(); ++s) {
            store::AnnotationRecord a;
            a.targetKind = store::TargetKind::GeneratedSample;
            a.targetId = store::GeneratedSampleRepo(p).ensure(
                m_run.runId, r, int(s), std::stoull(seeds[s].get<std::string>()));
            a.author = author;
            a.kind = store::AnnotationKind::Label;
            a.value = store::classIndexLabel(cls, m_f->d.classNames);
            store::AnnotationRepo(p).add(a);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(30);
        const std::string vaePath = m_dir.filePath("v.vae").toStdString();
        const std::map<std::string, std::string> given{
            {"latent", "3"}, {"vae-epochs", "2"}, {"vae-batch", "16"}, {"vae-cache", "false"},
            {"draws", "12"}, {"components", "3"}, {"min-weight", "0"}, {"samples-per-region", "4"},
            {"seed", "2"}};
        const auto in = test::tinyMethodInput(*m_f, "defuse", given);
        auto vae = generative::trainOrLoadCachedVae(
                       m_f->d, methods::DefuseMethod::vaeOptions(in.parameters, "cpu"), false)
                       .vae;
        vae.save(vaePath);
        auto withVae = given;
        withVae["vae"] = vaePath;
        m_run = methods::MethodRegistry::instance().get("defuse").run(
            test::tinyMethodInput(*m_f, "defuse", withVae), {}, {});
        m_path = m_dir.filePath("p.faultline").toStdString();
        auto p = store::Project::openOrCreate(m_path);
        methods::storeResult(p, m_run);
        m_run = methods::loadResult(p, m_run.runId);
    }

    void storedRegionsAreTheRunsRegions() {
        const auto regions = storedDefuseRegions(m_run);
        QCOMPARE(int(regions.size()), 3);
        for (std::size_t i = 0; i < regions.size(); ++i) {
            const auto& j = m_run.summary.at("regions")[i];
            QCOMPARE(regions[i].weight, j.at("weight").get<double>());
            const auto mean = j.at("mean").get<std::vector<double>>();
            for (std::size_t k = 0; k < mean.size(); ++k)
                QCOMPARE(regions[i].mean(Eigen::Index(k)), mean[k]);
            QVERIFY(regions[i].covariance.isApprox(regions[i].covariance.transpose()));
        }
    }

    void votesConfirmTheRegionsTheyDisagreeOn() {
        auto p = store::Project::openOrCreate(m_path);
        // Nothing labelled: nothing confirmed, and correction says what to do.
        const auto none = defuseLabels(p, m_run, m_f->d.classNames, 0.5);
        QVERIFY(none.confirmed.empty());
        QVERIFY(errorOf([&] {
                    correctFromDefuse(m_f->d, m_f->c, m_run, none, {});
                }).find("label its samples") != std::string::npos);
        // Region 1: two authors say the class the model predicts least on its samples.
        const auto preds =
            m_run.summary.at("regions")[0].at("sample_predictions").get<std::vector<int>>();
        std::vector<int> counts(3, 0);
        for (int q : preds)
            ++counts[std::size_t(q)];
        const int cls = int(std::min_element(counts.begin(), counts.end()) - counts.begin());
        labelRegion(p, 0, cls, "ann");
        labelRegion(p, 0, cls, "bob");
        const auto labels = defuseLabels(p, m_run, m_f->d.classNames, 0.5);
        const double disagreement = 1.0 - double(counts[std::size_t(cls)]) / double(preds.size());
        QCOMPARE(labels.votes.regions[0].votes, 8);
        QCOMPARE(labels.votes.regions[0].disagreement, disagreement);
        QCOMPARE(int(labels.confirmed.size()), disagreement > 0.5 ? 1 : 0);
        QVERIFY(disagreement > 0.5); // three classes, four samples: the rarest has at most one
        QCOMPARE(labels.confirmed[0].regionIndex, 0);
        QCOMPARE(labels.confirmed[0].label, cls);
        QCOMPARE(labels.votes.labelledRegions, 1);
    }

    void correctionIsAStoredCompanionRun() {
        auto p = store::Project::openOrCreate(m_path);
        const auto labels = defuseLabels(p, m_run, m_f->d.classNames, 0.5);
        DefuseCorrectionOptions o;
        o.correction.lambdas = {1e-10, 20};
        o.correction.epochs = 1;
        o.correction.batchSize = 32;
        o.correction.device = "cpu";
        o.fineTunePerRegion = 16;
        o.heldOutPerRegion = 16;
        o.modelPath = m_dir.filePath("corrected.pt").toStdString();
        auto r = correctFromDefuse(m_f->d, m_f->c, m_run, labels, o);
        QCOMPARE(r.kind, std::string(kDefuseCorrectionKind));
        QCOMPARE(r.settings.at("defuse_run"), std::to_string(m_run.runId));
        QCOMPARE(r.charts.at(0).categories, (std::vector<std::string>{"1e-10", "20"}));
        QCOMPARE(r.tables.at(0).rows.size(), std::size_t(2));
        const auto& c = r.summary.at("correction");
        QCOMPARE(c.at("failure_examples").get<int>(), 16);
        QCOMPARE(c.at("held_out_examples").get<int>(), 16);
        QVERIFY(std::filesystem::exists(o.modelPath));
        QCOMPARE(r.models.at(0).path, o.modelPath);
        // The saved model is the chosen λ's: its test accuracy as reported.
        const auto chosen = c.at("chosen");
        QCOMPARE(r.accuracy, chosen.at("test_accuracy").get<double>());
        methods::storeResult(p, r);
        QVERIFY(methods::latestRun(p, {kDefuseCorrectionKind}).has_value());

        // The baseline fine-tunes on the identified mistakes inside region 1.
        o.baseline = true;
        o.modelPath.clear();
        const auto b = correctFromDefuse(m_f->d, m_f->c, m_run, labels, o);
        const auto regionsOfCodes = store::arrayInts(m_run.arrays.at("defuse_code_regions"), "r");
        QCOMPARE(b.summary.at("correction").at("failure_examples").get<std::int64_t>(),
                 std::int64_t(std::count(regionsOfCodes.begin(), regionsOfCodes.end(), 0)));
        QCOMPARE(b.settings.at("d_f"), std::string("identified mistakes"));
        QCOMPARE(b.kind, std::string(kDefuseBaselineKind));
    }

    // After correctionIsAStoredCompanionRun: region 1 labelled by two authors, a correction run.
    void theReportShowsTheLabelsAndTheTradeOff() {
        auto p = store::Project::openOrCreate(m_path);
        const auto labels = defuseLabels(p, m_run, m_f->d.classNames, 0.5);
        report::Report rep;
        rep.classNames = m_f->d.classNames;
        const auto problems = methods::addMethodSections(rep, p, false);
        QVERIFY(problems.empty());
        const auto section =
            std::find_if(rep.sections.begin(), rep.sections.end(),
                         [](const auto& x) { return x.title == "Defuse: annotation"; });
        QVERIFY(section != rep.sections.end());
        const auto& text = std::get<report::Paragraph>(section->blocks.at(0)).text;
        QVERIFY2(text.find("1 of 3 candidate regions") != std::string::npos, text.c_str());
        QVERIFY2(text.find("by 2 annotator(s) (ann, bob)") != std::string::npos, text.c_str());
        const auto& table = std::get<report::Table>(section->blocks.at(1));
        QCOMPARE(table.rows.size(), std::size_t(3));
        const auto& o = labels.votes.regions[0];
        QCOMPARE(table.rows[0][2], m_f->d.classNames[std::size_t(o.majority)]);
        QCOMPARE(table.rows[0][3], std::string("8"));
        char disagree[16];
        std::snprintf(disagree, sizeof disagree, "%.0f%%", 100.0 * o.disagreement);
        QCOMPARE(table.rows[0][4], std::string(disagree));
        QCOMPARE(table.rows[0][6], std::string("yes"));
        QCOMPARE(table.rows[1][2], std::string("not labelled"));
        // The correction run's λ trade-off follows as a chart.
        bool chart = false;
        for (const auto& x : rep.sections)
            for (const auto& b : x.blocks)
                if (const auto* c = std::get_if<report::BarChart>(&b))
                    chart = chart || c->title.find("per λ") != std::string::npos;
        QVERIFY(chart);
    }

    void aRunCancelledDuringIdentificationIsStored() {
        CancelToken cancel;
        const Progress progress([&](double, const std::string& message) {
            if (message.find(" images, ") != std::string::npos &&
                message.find(" 0 mistakes") == std::string::npos &&
                message.find(" 1 mistakes") == std::string::npos)
                cancel.cancel();
        });
        const std::string path = m_dir.filePath("cancelled.faultline").toStdString();
        workflows::ProjectInputs ids;
        {
            auto p = store::Project::create(path);
            ids = workflows::ensureProjectInputs(p, m_f->d, "", m_f->c, "/models/tiny.flmodel");
        }
        const auto r =
            workflows::runMethodIntoProject(path, methods::MethodRegistry::instance().get("defuse"),
                                            test::tinyMethodInput(*m_f, "defuse",
                                                                  {{"latent", "3"},
                                                                   {"vae-epochs", "1"},
                                                                   {"vae-cache", "false"},
                                                                   {"draws", "12"},
                                                                   {"decode-batch", "12"},
                                                                   {"seed", "2"}}),
                                            ids, progress, cancel);
        QVERIFY(cancel.cancelled());
        QVERIFY(r.stoppedEarly);
        auto p = store::Project::open(path);
        const auto back = methods::loadResult(p, r.runId);
        QVERIFY(back.settings.at("identification_stopped_early").find("cancelled after") == 0);
    }

    void lambdaListsAreParsedOrNamed() {
        QCOMPARE(parseLambdaList("1e-10, 1,10 ,", "--lambdas"),
                 (std::vector<double>{1e-10, 1.0, 10.0}));
        QVERIFY(errorOf([] { parseLambdaList("1, x", "λ"); }).find("λ: 'x' is not a number ≥ 0") !=
                std::string::npos);
        QVERIFY(errorOf([] {
                    parseLambdaList("2, -1", "--lambdas");
                }).find("'-1' is not a number ≥ 0") != std::string::npos);
        QVERIFY(errorOf([] { parseLambdaList(" , ", "--lambdas"); }).find("--lambdas lists no λ") !=
                std::string::npos);
    }

    void aMissingVaeIsNamed() {
        auto p = store::Project::openOrCreate(m_path);
        auto run = m_run;
        run.settings["vae_file"] = "/gone/v.vae";
        const auto labels = defuseLabels(p, run, m_f->d.classNames, 0.5);
        QVERIFY(errorOf([&] {
                    correctFromDefuse(m_f->d, m_f->c, run, labels, {});
                }).find("/gone/v.vae) is gone") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsDefuseCorrection)
#include "test_workflows_defuse_correction.moc"
