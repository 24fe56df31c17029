// faultline-cli train: trains a built-in network on a dataset's training split and saves it.
#include "app/cli/dataset_args.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/training.h"
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct TrainArgs {
    DatasetArgs data;
    std::string arch = "small-cnn";
    std::string out;
    nn::TrainOptions options;
    std::uint64_t seed = 0;
};

void runTrain(const GlobalOptions& g, const TrainArgs& a) {
    nn::setComputeThreads(g.threads);
    const data::Dataset d = loadDataset(g, a.data);
    nn::ModelSpec spec{a.arch, d.channels, d.height, d.width, d.numClasses()};
    nn::Classifier model = nn::Classifier::create(spec, a.seed);
    model.setClassNames(d.classNames);
    nn::TrainOptions o = a.options;
    o.seed = a.seed;
    o.device = g.device;
    const nn::TrainReport r = nn::train(model, d, o, progressOf(g));
    model.save(a.out);

    nlohmann::json j{{"model", a.out},         {"arch", a.arch},         {"dataset", d.name},
                     {"examples", r.examples}, {"seconds", r.seconds},   {"threads", r.threads},
                     {"device", r.device},     {"settings", r.settings}, {"seed", a.seed}};
    std::ostringstream text;
    for (const auto& e : r.epochs) {
        j["epochs"].push_back({{"epoch", e.epoch},
                               {"loss", e.loss},
                               {"accuracy", e.accuracy},
                               {"seconds", e.seconds}});
        text << "epoch " << e.epoch << ": loss " << e.loss << ", train accuracy " << e.accuracy
             << " (" << e.seconds << " s)\n";
    }
    text << "trained " << a.arch << " on " << d.name << " (" << r.examples << " examples, "
         << r.threads << " threads, " << r.device << ") in " << r.seconds << " s\nsaved " << a.out
         << "\n";
    emit(g, j, text.str());
}

} // namespace

void registerTrainCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<TrainArgs>();
    CLI::App* cmd = app.add_subcommand("train", "Train a built-in network (small-cnn, pooled-cnn "
                                                "or resnet) on the training split and save it");
    addDatasetOptions(cmd, a->data);
    cmd->add_option("--arch", a->arch, "Network: small-cnn, pooled-cnn or resnet")
        ->check(CLI::IsMember(nn::builtInArchitectures()));
    cmd->add_option("--out", a->out, "Where to write the trained model")->required();
    cmd->add_option("--epochs", a->options.epochs, "Passes over the training split")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--batch-size", a->options.batchSize, "Examples per step")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--optimizer", a->options.optimizer, "adam or sgd")
        ->check(CLI::IsMember({"adam", "sgd"}));
    cmd->add_option("--lr", a->options.learningRate,
                    "Learning rate (default 2e-3 for adam, 0.05 for sgd)");
    cmd->add_option("--momentum", a->options.momentum, "SGD momentum");
    cmd->add_option("--weight-decay", a->options.weightDecay, "L2 weight decay");
    cmd->add_option("--seed", a->seed, "Seed of the weights, shuffling and PGD starts");
    cmd->add_flag("--adversarial", a->options.adversarial,
                  "Train on L2 PGD examples (a robust feature extractor for Barlow)");
    cmd->add_option("--eps", a->options.pgd.epsilon, "PGD: L2 radius");
    cmd->add_option("--pgd-steps", a->options.pgd.steps, "PGD: ascent steps per batch")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--pgd-step-size", a->options.pgd.stepSize,
                    "PGD: L2 length of a step (default 2.5·eps/steps)");
    cmd->callback([&g, a] { runTrain(g, *a); });
}

} // namespace fl::cli
