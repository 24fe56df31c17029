#include "app/cli/plant_args.h"

namespace fl::cli {

void addPlantOptions(CLI::App* cmd, data::PlantParams& p, bool taskRequired,
                     const std::string& seedHelp) {
    std::string taskHelp = "rare: one subclass of a superclass kept at FRACTION of its training "
                           "examples; correlation: a signal on FRACTION of class CLASS's training "
                           "images; noisy: FRACTION of subclass CLASS's training labels flipped to "
                           "superclass TARGET; noisy-class: FRACTION of CLASS's training labels "
                           "flipped to class TARGET";
    if (!taskRequired)
        taskHelp += " (omit when --dataset is already planted)";
    auto* task = cmd->add_option("--task", p.task, taskHelp)
                     ->check(CLI::IsMember({"rare", "correlation", "noisy", "noisy-class"}));
    if (taskRequired)
        task->required();
    cmd->add_option("--class", p.classId, "The class the task acts on")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--target", p.targetClass,
                    "noisy: the superclass flipped labels become (default: the next one); "
                    "noisy-class: the class (default: the next one)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--fraction", p.fraction,
                    "Share of the class's training examples kept (rare, default 0.1), signed "
                    "(correlation, default 1.0) or flipped (noisy and noisy-class, default 0.3)");
    cmd->add_option("--other-fraction", p.otherFraction,
                    "correlation: share of the other classes' training images signed");
    cmd->add_option("--signal", p.signal, "correlation: patch, tint or frame")
        ->check(CLI::IsMember({"patch", "tint", "frame"}));
    cmd->add_option("--seed", p.seed, seedHelp);
}

} // namespace fl::cli
