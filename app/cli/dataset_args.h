// The --dataset argument and its loading options, shared by every command that reads data, so
// each accepts the same forms and reports skipped files the same way.
#pragma once
#include "app/cli/cli_context.h"
#include "core/data/dataset.h"
#include "core/data/load_options.h"
#include <string>
#include <vector>

namespace fl::cli {

struct DatasetArgs {
    std::string spec;
    int size = 0; // image folders / CSV: resize to size×size (0 = first image's size)
    std::string color = "auto";
    bool skipBad = false;
    std::uint64_t splitSeed = 0;
    std::vector<std::string> classes; // --classes: explicit class names, in order
    std::string valFrom = "test";     // --val-from: image folders without val/
};

// Adds --dataset (required unless told otherwise) and the loading options to a sub-command.
void addDatasetOptions(CLI::App* cmd, DatasetArgs& args, bool required = true);
data::LoadOptions loadOptions(const DatasetArgs& args);
// Lists the files a --skip-bad load skipped and the loader's notes (how splits were drawn,
// resized images), on stderr.
void printSkipped(const data::LoadReport& report);
// Loads it, listing skipped files on stderr. Throws BadInput with what was tried.
data::Dataset loadDataset(const GlobalOptions& g, const DatasetArgs& args);

} // namespace fl::cli
