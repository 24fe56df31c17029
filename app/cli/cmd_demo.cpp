// faultline-cli demo: the headless demo. Trains the demo CNN on Fashion-MNIST once (cached, the
// same file the GUI uses), evaluates it into the demo project, runs every registered method's
// quick preset there and writes a summary file with what each found.
#include "app/cli/cli_context.h"
#include "core/common/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_json.h"
#include "core/metrics/classification_metrics.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/report/report_format.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/demo_project.h"
#include "core/workflows/method_run.h"
#include "core/workflows/open_project.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <memory>
#include <numeric>
#include <sstream>

namespace fl::cli {
namespace {

struct DemoArgs {
    workflows::DemoOptions options;
    std::string out;            // summary file; default beside the demo project
    bool skipAuxiliary = false; // leave out methods whose auxiliary models are not cached yet
};

// Metrics per split of the project's evaluation run, read back from what was stored.
std::map<std::string, metrics::ClassificationMetrics>
storedMetrics(store::Project& project, std::int64_t runId, int numClasses) {
    std::map<int, std::pair<std::vector<int>, std::vector<int>>> bySplit;
    for (const auto& row : store::EvaluationRepo(project).load(runId)) {
        bySplit[row.split].first.push_back(row.label);
        bySplit[row.split].second.push_back(row.prediction);
    }
    std::map<std::string, metrics::ClassificationMetrics> out;
    for (const auto& [split, lp] : bySplit)
        out[data::splitName(static_cast<data::Split>(split))] =
            metrics::classificationMetrics(lp.first, lp.second, numClasses);
    return out;
}

// Every registered method's quick preset on the demo project, stored there, with its worst
// finding in a line or two: what the product finds, without a window.
std::string runMethodsOnDemo(const GlobalOptions& g, const std::string& projectPath,
                             bool skipAuxiliary, nlohmann::json& j) {
    const Progress progress = progressOf(g);
    const auto opened = workflows::openProject(projectPath, g.device);
    if (!opened.dataset || !opened.model)
        return "the demo project has no loadable dataset and model; no method ran\n";
    std::ostringstream t;
    t << std::fixed << "\nwhat the methods find (quick presets, validation split):\n";
    j["methods"] = nlohmann::json::array();
    const auto& names = opened.dataset->classNames;
    for (const auto* m : methods::MethodRegistry::instance().all()) {
        const auto info = m->info();
        const auto values =
            methods::resolveParameters(info.id, m->parameters(), {}, methods::Preset::Quick);
        std::string missing;
        for (const auto& aux : m->auxiliaryModels(values))
            if (!nn::isCached(*opened.dataset, aux.recipe))
                missing = aux.role;
        if (!missing.empty() && skipAuxiliary) {
            t << "  " << info.title << ": not run, its " << missing
              << " model is not trained yet (`faultline-cli run " << info.id
              << " --preset quick --project " << projectPath << "` trains it once)\n";
            j["methods"].push_back({{"id", info.id}, {"skipped", "needs " + missing}});
            continue;
        }
        methods::MethodInput in;
        in.dataset = opened.dataset.get();
        in.model = opened.model.get();
        in.outputs = opened.outputs.get();
        in.parameters = values;
        in.device = g.device;
        const auto r = workflows::runMethodIntoProject(
            projectPath, *m, in, {opened.datasetId, opened.modelId}, progress);
        nlohmann::json mj{{"id", info.id},
                          {"run_id", r.runId},
                          {"seconds", r.seconds},
                          {"slices", r.slices.size()}};
        t << "  " << info.title << " (" << std::setprecision(1) << r.seconds << " s, "
          << r.slices.size() << " slice(s))";
        if (r.slices.empty()) {
            t << ": nothing below its thresholds\n";
        } else {
            const auto& s = r.slices.front();
            const auto& st = s.stats;
            t << ": worst " << s.name << ", " << st.size << " examples at "
              << report::formatPercent(st.accuracy) << " accuracy; true label mostly "
              << methods::classNameOf(names, st.dominantLabel) << " ("
              << report::formatPercent(st.dominantLabelShare, 0) << "), predicted mostly "
              << methods::classNameOf(names, st.dominantPrediction) << " ("
              << report::formatPercent(st.dominantPredictionShare, 0) << ")\n";
            // Rules that read as a phrase (Barlow's tree path); a bare cluster path says nothing.
            if (s.rule.find(' ') != std::string::npos && s.rule != s.name)
                t << "    " << s.rule << "\n";
            mj["worst"] = methods::resultJson(r, names)["slices"][0];
            mj["worst"].erase("members");
            mj["worst"].erase("scores");
        }
        j["methods"].push_back(mj);
    }
    return t.str();
}

void runDemo(const GlobalOptions& g, DemoArgs a) {
    namespace fs = std::filesystem;
    nn::setComputeThreads(g.threads);
    a.options.device = g.device;
    const auto r = workflows::prepareDemoProject(a.options, /*freshProject=*/true, progressOf(g));

    store::Project project = store::Project::open(r.projectPath);
    const auto runs = store::RunRepo(project).list("evaluation");
    const auto datasets = store::DatasetRepo(project).list();
    if (runs.empty() || datasets.empty())
        throwFailure(r.projectPath + ": the demo project has no evaluation run");
    const auto& classes = datasets.back().classes;
    const int C = static_cast<int>(classes.size());
    const auto perSplit = storedMetrics(project, runs.back().id, C);
    const auto& test = perSplit.at("test");

    nlohmann::json j{{"dataset", a.options.dataset},
                     {"arch", a.options.arch},
                     {"seed", a.options.seed},
                     {"model", r.modelPath},
                     {"trained_now", r.trainedNow},
                     {"train_seconds", r.trainSeconds},
                     {"project", r.projectPath},
                     {"test_accuracy", test.accuracy},
                     {"classes", classes},
                     {"test_per_class_accuracy", test.perClassAccuracy},
                     {"test_confusion", test.confusion}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(4) << "Faultline demo: " << a.options.arch << " on "
      << a.options.dataset << " (seed " << a.options.seed << ")\nmodel: " << r.modelPath
      << (r.trainedNow ? " (trained now in " + std::to_string(r.trainSeconds) + " s)" : " (cached)")
      << "\nproject: " << r.projectPath << "\n";
    for (const auto& [split, m] : perSplit) {
        t << split << " accuracy: " << m.accuracy << " (n " << m.n << ")\n";
        j["splits"][split] = {{"n", m.n}, {"accuracy", m.accuracy}};
    }
    t << "test accuracy per class, weakest first (where to look):\n";
    std::vector<int> order(C);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int x, int y) { return test.perClassAccuracy[x] < test.perClassAccuracy[y]; });
    for (int c : order) {
        // The class it is most often mistaken for tells the story (Shirt → T-shirt/top).
        int worst = -1;
        for (int p = 0; p < C; ++p)
            if (p != c && (worst < 0 || test.confusion[c][p] > test.confusion[c][worst]))
                worst = p;
        t << "  " << std::setw(12) << std::left << classes[c] << " " << test.perClassAccuracy[c];
        if (worst >= 0 && test.confusion[c][worst] > 0)
            t << "  most often taken for " << classes[worst] << " (" << test.confusion[c][worst]
              << ")";
        t << "\n";
    }

    project.close();
    t << runMethodsOnDemo(g, r.projectPath, a.skipAuxiliary, j);

    const fs::path out =
        a.out.empty() ? fs::path(r.projectPath).parent_path() / "summary.txt" : fs::path(a.out);
    std::ofstream(out) << t.str();
    std::ofstream(fs::path(out).replace_extension(".json")) << j.dump(2) << "\n";
    j["summary"] = out.string();
    emit(g, j, t.str() + "summary written to " + out.string() + "\n");
}

} // namespace

void registerDemoCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<DemoArgs>();
    CLI::App* cmd = app.add_subcommand(
        "demo", "Headless demo: train (once, cached) a CNN on Fashion-MNIST, evaluate it into the "
                "demo project, run every analysis method's quick preset on it and write a "
                "summary file");
    cmd->add_option("--dataset", a->options.dataset, "fashion-mnist or mnist")
        ->check(CLI::IsMember({"fashion-mnist", "mnist"}));
    cmd->add_option("--arch", a->options.arch, "small-cnn, pooled-cnn or resnet")
        ->check(CLI::IsMember(nn::builtInArchitectures()));
    cmd->add_option("--seed", a->options.seed, "Seed of the demo model");
    cmd->add_option("--summary", a->out,
                    "Where to write the summary (default: beside the project)");
    cmd->add_flag("--skip-auxiliary", a->skipAuxiliary,
                  "Leave out the methods whose auxiliary models (Barlow's robust extractor) are "
                  "not trained yet, instead of training them once (about 2 minutes)");
    cmd->callback([&g, a] { runDemo(g, *a); });
}

} // namespace fl::cli
