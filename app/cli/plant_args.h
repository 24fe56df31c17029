// The options that describe a planted task (--task, --class, --target, --fraction, ...), shared
// by `plant` and `slicebench` so both accept the same parameters with the same help.
#pragma once
#include "core/data/planted_tasks.h"
#include <CLI/CLI.hpp>
#include <string>

namespace fl::cli {

// taskRequired: `plant` needs a task; `slicebench` may take an already planted --dataset.
// seedHelp: what the seed drives in that command.
void addPlantOptions(CLI::App* cmd, data::PlantParams& params, bool taskRequired,
                     const std::string& seedHelp);

} // namespace fl::cli
