// faultline-cli plant: writes a dataset with a planted failure slice (rare subclass, spurious
// correlation, noisy labels of a subclass or a whole class) and its ground truth, for the slice
// benchmark.
#include "app/cli/dataset_args.h"
#include "app/cli/plant_args.h"
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
                 "tasks, and noisy-class) and write it, with its ground truth, to a directory "
                 "that --dataset loads");
    addDatasetOptions(cmd, a->data);
    addPlantOptions(cmd, a->params, /*taskRequired=*/true, "Seed of every draw of the plant");
    cmd->add_option("--out", a->out, "The directory to write")->required();
    cmd->callback([&g, a] { runPlant(g, *a); });
}

} // namespace fl::cli
