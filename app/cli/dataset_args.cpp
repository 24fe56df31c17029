#include "app/cli/dataset_args.h"
#include "core/data/load_dataset.h"
#include <iostream>

namespace fl::cli {

void addDatasetOptions(CLI::App* cmd, DatasetArgs& args, bool required) {
    auto* dataset = cmd->add_option(
        "--dataset", args.spec,
        "A name (fashion-mnist, mnist), a directory (plant output, IDX files, image "
        "folder with one sub-folder per class) or a CSV manifest (path,label[,...])");
    if (required)
        dataset->required();
    cmd->add_option("--size", args.size,
                    "Image folders and CSV manifests: resize images to SIZE×SIZE (default: the "
                    "first image's size)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--color", args.color, "Image folders and CSV manifests: auto, grey or colour")
        ->check(CLI::IsMember({"auto", "grey", "colour"}));
    cmd->add_flag("--skip-bad", args.skipBad,
                  "Load the readable images of a folder or manifest and list the others");
    cmd->add_option("--split-seed", args.splitSeed,
                    "Seed of the validation split (half of test for IDX data; 70/15/15 for "
                    "folders without train/val/test)");
    cmd->add_option("--classes", args.classes,
                    "CSV manifests: the class names in order, so that a label not among them (a "
                    "typo) is an error instead of a new class; IDX folders: the class names")
        ->delimiter(',');
    cmd->add_option("--val-from", args.valFrom,
                    "Image folders with train/ and test/ but no val/: take validation from test "
                    "(half of it, the default) or from train (15% per class, test kept whole)")
        ->check(CLI::IsMember({"test", "train"}));
}

data::LoadOptions loadOptions(const DatasetArgs& args) {
    data::LoadOptions o;
    o.height = o.width = args.size;
    o.color = args.color == "grey"     ? data::ColorMode::Grey
              : args.color == "colour" ? data::ColorMode::Colour
                                       : data::ColorMode::Auto;
    o.skipBad = args.skipBad;
    o.splitSeed = args.splitSeed;
    o.classNames = args.classes;
    o.valFrom = args.valFrom;
    return o;
}

void printSkipped(const data::LoadReport& report) {
    for (const auto& s : report.skipped)
        std::cerr << "skipped " << s << "\n";
    if (!report.skipped.empty())
        std::cerr << report.skipped.size() << " file(s) skipped (--skip-bad)\n";
    for (const auto& n : report.notes)
        std::cerr << "note: " << n << "\n";
}

data::Dataset loadDataset(const GlobalOptions& g, const DatasetArgs& args) {
    data::LoadReport report;
    data::Dataset d = data::loadDataset(args.spec, loadOptions(args), &report);
    printSkipped(report);
    return d;
}

} // namespace fl::cli
