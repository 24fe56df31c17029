// faultline-cli plant: writes a dataset with a planted failure slice (rare subclass, spurious
// correlation, noisy labels) and its ground truth, for the slice benchmark.
#include "app/cli/dataset_args.h"
#include "core/data/plant_io.h"
#include "core/data/planted_tasks.h"
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct PlantArgs {
    DatasetArgs data;
    data::PlantParams params;
    std::string out;
};

void runPlant(const GlobalOptions& g, const PlantArgs& a) {
    const data::Dataset source = loadDataset(g, a.data);
    const data::Dataset planted = data::plantTask(source, a.params);
    data::writePlant(planted, a.out);
    const auto& p = *planted.planted;
    std::int64_t evaluation = 0;
    for (auto s : planted.splits)
        evaluation += s != data::Split::Train;
    nlohmann::json j{{"out", a.out},
                     {"task", p.task},
                     {"params", p.params},
                     {"seed", p.seed},
                     {"source_dataset", p.sourceDataset},
                     {"n", planted.size()},
                     {"evaluation_examples", evaluation},
                     {"ground_truth_size", p.sliceMemberIds.size()}};
    std::ostringstream t;
    t << "planted " << p.task << " on " << p.sourceDataset << " (seed " << p.seed << "):";
    for (const auto& [k, v] : p.params)
        t << " " << k << "=" << v;
    t << "\n"
      << planted.size() << " examples written to " << a.out << "; ground-truth slice "
      << p.sliceMemberIds.size() << " of " << evaluation << " evaluation examples\n";
    emit(g, j, t.str());
}

} // namespace

void registerPlantCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<PlantArgs>();
    CLI::App* cmd = app.add_subcommand(
        "plant", "Plant a known failure slice in a dataset (dcbench's rare / correlation / noisy "
                 "tasks) and write it, with its ground truth, to a directory that --dataset loads");
    addDatasetOptions(cmd, a->data);
    cmd->add_option("--task", a->params.task,
                    "rare: one subclass of a superclass kept at FRACTION of its training "
                    "examples; correlation: a signal on FRACTION of class CLASS's training images; "
                    "noisy: FRACTION of CLASS's training labels flipped to TARGET")
        ->required()
        ->check(CLI::IsMember({"rare", "correlation", "noisy"}));
    cmd->add_option("--class", a->params.classId, "The class the task acts on")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--target", a->params.targetClass, "noisy: the class flipped labels become")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--fraction", a->params.fraction,
                    "Share of the class's training examples kept (rare, default 0.1), signed "
                    "(correlation, default 1.0) or flipped (noisy, default 0.3)");
    cmd->add_option("--other-fraction", a->params.otherFraction,
                    "correlation: share of the other classes' training images signed");
    cmd->add_option("--signal", a->params.signal, "correlation: patch, tint or frame")
        ->check(CLI::IsMember({"patch", "tint", "frame"}));
    cmd->add_option("--seed", a->params.seed, "Seed of every draw of the plant");
    cmd->add_option("--out", a->out, "The directory to write")->required();
    cmd->callback([&g, a] { runPlant(g, *a); });
}

} // namespace fl::cli
