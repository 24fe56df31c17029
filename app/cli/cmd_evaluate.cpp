// faultline-cli evaluate: accuracy, per-class accuracy and confusion of a model on one split.
#include "app/cli/dataset_args.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include <cmath>
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct EvaluateArgs {
    DatasetArgs data;
    std::string model;
    std::string split = "test";
    int batchSize = 256;
};

nlohmann::json nanToNull(const std::vector<double>& v) {
    nlohmann::json a = nlohmann::json::array();
    for (double x : v)
        a.push_back(std::isnan(x) ? nlohmann::json() : nlohmann::json(x));
    return a;
}

void runEvaluate(const GlobalOptions& g, const EvaluateArgs& a) {
    nn::setComputeThreads(g.threads);
    const data::Dataset d = loadDataset(g, a.data);
    nn::Classifier model = nn::Classifier::open(a.model);
    model.setDevice(g.device);
    const data::Split split = data::parseSplit(a.split);
    nn::InferenceOptions io;
    io.batchSize = a.batchSize;
    const nn::EvaluationSummary s =
        nn::evaluate(model, d, nn::splitIndices(d, split), io, progressOf(g));
    const auto& m = s.metrics;
    nlohmann::json j{{"accuracy", m.accuracy},
                     {"per_class_accuracy", nanToNull(m.perClassAccuracy)},
                     {"n", m.n},
                     {"mean_loss", s.meanLoss},
                     {"split", a.split},
                     {"dataset", d.name},
                     {"model", a.model},
                     {"classes", d.classNames},
                     {"confusion", m.confusion},
                     {"seconds", s.inference.seconds}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(4) << d.name << " " << a.split << " (" << m.n
      << " examples): accuracy " << m.accuracy << ", mean loss " << s.meanLoss << "\n";
    for (std::size_t c = 0; c < m.perClassAccuracy.size(); ++c)
        t << "  " << std::setw(14) << std::left
          << (c < d.classNames.size() ? d.classNames[c] : std::to_string(c)) << " "
          << m.perClassAccuracy[c] << "  (" << m.perClassCount[c] << ")\n";
    emit(g, j, t.str());
}

} // namespace

void registerEvaluateCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<EvaluateArgs>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Accuracy, per-class accuracy and confusion "
                                                   "matrix of a model on one split");
    addDatasetOptions(cmd, a->data);
    cmd->add_option("--model", a->model, "A model saved by `train`, or a TorchScript file")
        ->required();
    cmd->add_option("--split", a->split, "train, val or test")
        ->check(CLI::IsMember({"train", "val", "test"}));
    cmd->add_option("--batch-size", a->batchSize, "Examples per forward pass")
        ->check(CLI::PositiveNumber);
    cmd->callback([&g, a] { runEvaluate(g, *a); });
}

} // namespace fl::cli
