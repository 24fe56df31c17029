// faultline-cli slicebench: plants a dcbench task (or takes a planted dataset), trains the model
// recipe, runs slice discovery methods on validation and scores them against the ground truth.
#include "app/cli/dataset_args.h"
#include "app/cli/plant_args.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/workflows/slice_benchmark.h"
#include "core/workflows/slice_benchmark_json.h"
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct SliceBenchArgs {
    DatasetArgs data;
    data::PlantParams params;
    std::string methods = "all";
    std::vector<std::string> sets; // METHOD.PARAM=VALUE
    workflows::SliceBenchmarkOptions options;
};

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

void runSliceBench(const GlobalOptions& g, const SliceBenchArgs& a) {
    nn::setComputeThreads(g.threads);
    const Progress progress = progressOf(g);
    workflows::SliceBenchmarkOptions o = a.options;
    o.methods = splitList(a.methods);
    for (const auto& s : a.sets) {
        const auto dot = s.find('.'), eq = s.find('=');
        if (dot == std::string::npos || eq == std::string::npos || dot > eq || dot == 0 ||
            eq == dot + 1)
            throwBadInput("--set " + s +
                          ": expected METHOD.PARAMETER=VALUE, e.g. "
                          "barlow.extractor-epochs=2");
        o.methodParameters[s.substr(0, dot)][s.substr(dot + 1, eq - dot - 1)] = s.substr(eq + 1);
    }
    o.device = g.device;
    data::LoadReport report;
    const auto r = workflows::loadPlantAndBenchmark(a.data.spec, loadOptions(a.data), a.params, o,
                                                    progress, {}, &report);
    printSkipped(report);

    std::ostringstream t;
    t << std::fixed << std::setprecision(3) << "slice benchmark: " << r.task << " on " << r.dataset
      << ", ground truth " << r.groundTruthSize << " of " << r.validationSize
      << " validation examples\nmodel " << r.model.at("arch") << ", " << o.epochs << " epochs"
      << (r.modelReused ? " (reused from the model cache)" : "") << ": validation accuracy "
      << r.modelAccuracy << ", error inside " << r.errorInside << " vs outside " << r.errorOutside
      << "\n"
      << std::left << std::setw(18) << "method" << std::setw(8) << "p@top3" << std::setw(8)
      << "p@all" << std::setw(8) << "recall" << std::setw(8) << "F1" << std::setw(8) << "test"
      << "seconds\n";
    for (const auto& m : r.methods)
        t << std::setw(18) << m.method << std::setw(8) << m.precisionAtK << std::setw(8)
          << m.precisionAtKAll << std::setw(8) << m.recall << std::setw(8) << m.f1 << std::setw(8)
          << m.testPrecisionAtK << m.seconds << "\n";
    for (const auto& s : r.trivial)
        t << "trivial " << s.name << " slice (" << s.slice << ", " << s.size
          << " examples, by loss): p@" << r.k << " " << s.precisionAtK << ", precision "
          << s.precision << ", recall " << s.recall << "\n";
    const nlohmann::json j = workflows::sliceBenchmarkToJson(r);
    emit(g, j, t.str());
}

} // namespace

void registerSliceBenchCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<SliceBenchArgs>();
    CLI::App* cmd = app.add_subcommand(
        "slicebench", "Slice benchmark: plant a dcbench task, train the model recipe, run slice "
                      "discovery methods on validation and score them (precision@10, recall, F1) "
                      "against the ground truth, confirmed on test");
    addDatasetOptions(cmd, a->data);
    addPlantOptions(cmd, a->params, /*taskRequired=*/false,
                    "Seed of the plant, the model and the methods");
    std::string names;
    for (const auto& m : workflows::sliceBenchmarkMethods())
        names += m + ", ";
    cmd->add_option("--methods", a->methods,
                    "Comma list of the registered slicing methods (" + names + "or all)");
    cmd->add_option("--clusters", a->options.clusters,
                    "K (slices) of every method that has a parameter k")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--p", a->options.arnoldiDim, "Arnoldi iterations P of the InfEmbed variants")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--d", a->options.embeddingDim,
                    "Embedding dimension D of the InfEmbed variants")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--ranking", a->options.ranking,
                    "Failure order of the cluster methods' slices: accuracy (lowest first) or "
                    "errors (most errors first)")
        ->check(CLI::IsMember({"accuracy", "errors"}));
    cmd->add_option("--set", a->sets,
                    "A method's own parameter, METHOD.PARAMETER=VALUE (repeatable), e.g. "
                    "barlow.extractor-epochs=2");
    cmd->add_flag("--reuse-model", a->options.reuseModel,
                  "Train the recipe once per planted data and seed, then reuse it from the model "
                  "cache");
    cmd->add_option("--k", a->options.k, "Precision@k: members ranked per slice")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--top-slices", a->options.topSlices,
                    "Precision@k is the best over the method's first N slices")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--epochs", a->options.epochs, "Model recipe: training epochs")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--arch", a->options.arch, "Model recipe: small-cnn, pooled-cnn or resnet")
        ->check(CLI::IsMember(nn::builtInArchitectures()));
    cmd->callback([&g, a] {
        a->options.seed = a->params.seed;
        runSliceBench(g, *a);
    });
}

} // namespace fl::cli
