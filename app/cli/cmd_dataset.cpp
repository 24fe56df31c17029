// faultline-cli dataset info: what a --dataset argument loads — sizes per split, classes, image
// shape, attributes and, for a plant output, the planted ground truth.
#include "app/cli/dataset_args.h"
#include "core/data/load_dataset.h"
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

void runInfo(const GlobalOptions& g, const DatasetArgs& a) {
    data::LoadReport report;
    const data::Dataset d = data::loadDataset(a.spec, loadOptions(a), &report);
    data::LoadReport skippedOnly = report; // the notes go into the summary below
    skippedOnly.notes.clear();
    printSkipped(skippedOnly);
    nlohmann::json j{{"name", d.name},          {"source", d.source},
                     {"n", d.size()},           {"channels", d.channels},
                     {"height", d.height},      {"width", d.width},
                     {"classes", d.classNames}, {"attributes", d.attributeNames}};
    std::ostringstream t;
    t << d.name << " from " << d.source << ": " << d.size() << " images " << d.channels << "×"
      << d.height << "×" << d.width << ", " << d.numClasses() << " classes\n";
    std::vector<std::vector<std::int64_t>> perClass(3, std::vector<std::int64_t>(d.numClasses()));
    for (std::int64_t i = 0; i < d.size(); ++i)
        ++perClass[static_cast<int>(d.splits[i])][d.labels[i]];
    for (data::Split s : {data::Split::Train, data::Split::Val, data::Split::Test}) {
        const auto& counts = perClass[static_cast<int>(s)];
        std::int64_t n = 0;
        for (auto c : counts)
            n += c;
        j["splits"][data::splitName(s)] = {{"n", n}, {"per_class", counts}};
        t << "  " << std::setw(5) << std::left << data::splitName(s) << " " << n << "\n";
    }
    t << "  classes:";
    for (const auto& c : d.classNames)
        t << " " << c << ";";
    t << "\n";
    j["notes"] = report.notes;
    for (const auto& n : report.notes)
        t << "  note: " << n << "\n";
    if (!d.attributeNames.empty()) {
        t << "  attributes:";
        for (const auto& c : d.attributeNames)
            t << " " << c;
        t << "\n";
    }
    if (d.planted) {
        const auto& p = *d.planted;
        j["planted"] = {{"task", p.task},
                        {"params", p.params},
                        {"seed", p.seed},
                        {"source_dataset", p.sourceDataset},
                        {"ground_truth_size", p.sliceMemberIds.size()},
                        {"ground_truth_ids", p.sliceMemberIds}};
        t << "  planted task " << p.task << " (seed " << p.seed << ", from " << p.sourceDataset
          << "):";
        for (const auto& [k, v] : p.params)
            t << " " << k << "=" << v;
        t << "\n  ground-truth slice: " << p.sliceMemberIds.size()
          << " evaluation examples (ids with --json)\n";
    }
    emit(g, j, t.str());
}

} // namespace

void registerDatasetCommands(CLI::App& app, GlobalOptions& g) {
    CLI::App* dataset = app.add_subcommand("dataset", "Inspect datasets");
    dataset->require_subcommand(1);
    auto a = std::make_shared<DatasetArgs>();
    CLI::App* info = dataset->add_subcommand(
        "info", "Sizes per split, classes, image shape and any planted ground truth");
    addDatasetOptions(info, *a);
    info->callback([&g, a] { runInfo(g, *a); });
}

} // namespace fl::cli
