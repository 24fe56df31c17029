// faultline-cli demo: the headless demo. Trains the demo CNN on Fashion-MNIST once (cached),
// evaluates it into the demo project and writes a summary file whose path it prints.
#include "app/cli/cli_context.h"
#include "core/data/cache_dir.h"
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/model_cache.h"
#include "core/nn/training.h"
#include "core/store/project.h"
#include "core/workflows/evaluation_workflow.h"
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct DemoArgs {
    std::string dataset = "fashion-mnist";
    std::string arch = "small-cnn";
    std::uint64_t seed = 1;
    std::string out; // summary file; default in the cache folder
};

void runDemo(const GlobalOptions& g, const DemoArgs& a) {
    namespace fs = std::filesystem;
    nn::setComputeThreads(g.threads);
    const auto report = [&g](double f, const std::string& m) { progressLine(g, f, m); };
    const data::Dataset d = data::loadNamedDataset(a.dataset);

    nn::TrainOptions to;
    to.seed = a.seed;
    to.device = g.device;
    const std::string modelPath =
        nn::cachedModelPath(nn::modelCacheKey(d.name, a.arch, to.toSettings(), a.seed));
    double trainSeconds = 0.0;
    bool trained = false;
    if (!fs::exists(modelPath)) {
        nn::Classifier fresh =
            nn::Classifier::create({a.arch, d.channels, d.height, d.width, d.numClasses()}, a.seed);
        fresh.setClassNames(d.classNames);
        const auto r = nn::train(fresh, d, to, Progress(report).sub(0.0, 0.7));
        fresh.save(modelPath);
        trainSeconds = r.seconds;
        trained = true;
    }
    nn::Classifier model = nn::Classifier::load(modelPath);
    model.setDevice(g.device);

    const fs::path demoDir = fs::path(data::defaultCacheDir()) / "demo";
    fs::create_directories(demoDir);
    const fs::path projectPath = demoDir / "demo.faultline";
    // A fresh project each run keeps the demo's story simple: one dataset, one model, one run.
    fs::remove(projectPath);
    fs::remove_all(projectPath.string() + ".artifacts");
    store::Project project = store::Project::create(projectPath.string());
    workflows::EvaluationRunOptions eo;
    eo.datasetSpec = a.dataset;
    eo.modelPath = modelPath;
    eo.seed = a.seed;
    const auto r = workflows::evaluateIntoProject(project, d, model, eo,
                                                  Progress(report).sub(trained ? 0.7 : 0.0, 1.0));

    const auto& test = r.perSplit.at("test");
    nlohmann::json j{{"dataset", d.name},
                     {"model", modelPath},
                     {"arch", a.arch},
                     {"trained_now", trained},
                     {"train_seconds", trainSeconds},
                     {"evaluation_seconds", r.seconds},
                     {"project", projectPath.string()},
                     {"test_accuracy", test.accuracy},
                     {"classes", d.classNames},
                     {"test_per_class_accuracy", test.perClassAccuracy},
                     {"test_confusion", test.confusion}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(4) << "Faultline demo: " << a.arch << " on " << d.name
      << "\nmodel: " << modelPath << (trained ? " (trained now" : " (cached")
      << (trained ? ", " + std::to_string(trainSeconds) + " s)" : ")")
      << "\nproject: " << projectPath.string() << "\n";
    for (const auto& [split, m] : r.perSplit)
        t << split << " accuracy: " << m.accuracy << " (n " << m.n << ")\n";
    t << "test accuracy per class (the weakest first is where to look):\n";
    std::vector<int> order(d.numClasses());
    for (int c = 0; c < d.numClasses(); ++c)
        order[c] = c;
    std::sort(order.begin(), order.end(),
              [&](int x, int y) { return test.perClassAccuracy[x] < test.perClassAccuracy[y]; });
    for (int c : order)
        t << "  " << std::setw(12) << std::left << d.classNames[c] << " "
          << test.perClassAccuracy[c] << "\n";

    const fs::path out = a.out.empty() ? demoDir / "summary.txt" : fs::path(a.out);
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
                "demo project and write a summary file");
    cmd->add_option("--dataset", a->dataset, "fashion-mnist or mnist")
        ->check(CLI::IsMember({"fashion-mnist", "mnist"}));
    cmd->add_option("--arch", a->arch, "small-cnn or resnet")
        ->check(CLI::IsMember(nn::builtInArchitectures()));
    cmd->add_option("--seed", a->seed, "Seed of the demo model");
    cmd->add_option("--summary", a->out, "Where to write the summary (default: the cache folder)");
    cmd->callback([&g, a] { runDemo(g, *a); });
}

} // namespace fl::cli
