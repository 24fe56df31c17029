// faultline-cli interventions: failure directions' filtering and upweighting interventions
// (METHODS.md §3.7) on a dataset, every arm retrained from scratch over several seeds.
#include "app/cli/dataset_args.h"
#include "core/common/error.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/nn/robust_extractor.h"
#include "core/workflows/directions_interventions.h"
#include "core/workflows/directions_interventions_report.h"
#include <chrono>
#include <fstream>
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct InterventionArgs {
    DatasetArgs data;
    workflows::InterventionOptions options;
    std::string embedding = "robust";
    int seeds = 3;
    int extractorEpochs = 2;
    std::string poolIds; // a file of example ids, one per line
    bool noFiltering = false, noUpweighting = false;
};

// Dataset positions of the ids listed in `path` (one per line, blank lines and # comments
// skipped). BadInput naming the file and line for an unreadable file or an unknown id.
std::vector<std::int64_t> poolFromIds(const data::Dataset& d, const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throwBadInput("--pool-ids: cannot read '" + path + "'");
    std::vector<std::int64_t> out;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        const auto start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '#')
            continue;
        std::size_t used = 0;
        std::int64_t id = 0;
        try {
            id = std::stoll(line.substr(start), &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0)
            throwBadInput("--pool-ids: " + path + " line " + std::to_string(n) +
                          " is not an example id: '" + line + "'");
        const auto p = d.indexOfId(id);
        if (p < 0)
            throwBadInput("--pool-ids: " + path + " line " + std::to_string(n) + ": no example " +
                          "has id " + std::to_string(id));
        out.push_back(p);
    }
    if (out.empty())
        throwBadInput("--pool-ids: " + path + " lists no example ids");
    return out;
}

nlohmann::json tableJson(const methods::ResultTable& t) {
    return {{"name", t.name}, {"title", t.title}, {"columns", t.columns}, {"rows", t.rows}};
}

std::string tableText(const methods::ResultTable& t) {
    std::vector<std::size_t> width(t.columns.size(), 0);
    // Column widths in code points: the cells hold "±", "Δ" and "–".
    auto length = [](const std::string& s) {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80;
        return n;
    };
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        width[c] = length(t.columns[c]);
        for (const auto& r : t.rows)
            if (c < r.size())
                width[c] = std::max(width[c], length(r[c]));
    }
    std::ostringstream out;
    out << t.title << "\n";
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const std::string v = c < cells.size() ? cells[c] : "";
            out << v << std::string(width[c] - length(v) + 2, ' ');
        }
        out << "\n";
    };
    line(t.columns);
    for (const auto& r : t.rows)
        line(r);
    return out.str();
}

void runInterventionsCommand(const GlobalOptions& g, const InterventionArgs& a) {
    nn::setComputeThreads(g.threads);
    const Progress progress = progressOf(g);
    const data::Dataset d = loadDataset(g, a.data);
    auto o = a.options;
    o.base.train.device = g.device;
    o.filtering = !a.noFiltering;
    o.upweighting = !a.noUpweighting;
    if (!o.filtering && !o.upweighting)
        throwBadInput("--no-filtering and --no-upweighting leave no intervention to run");
    o.seeds.clear();
    for (int s = 0; s < a.seeds; ++s)
        o.seeds.push_back(std::uint64_t(s));
    if (!a.poolIds.empty())
        o.pool = poolFromIds(d, a.poolIds);
    o.modelEmbeddings = a.embedding == "model";

    nlohmann::json extractorJson;
    nn::MatrixRM embeddings;
    const auto t0 = std::chrono::steady_clock::now();
    if (!o.modelEmbeddings) {
        nn::RobustExtractorOptions ro;
        ro.epochs = a.extractorEpochs;
        ro.device = g.device;
        auto cm =
            nn::trainOrLoadCached(d, nn::robustExtractorRecipe(ro), true, progress.sub(0.0, 0.05));
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        embeddings = nn::infer(cm.model, d, nn::allIndices(d), io).embeddings;
        extractorJson = {{"path", cm.path},
                         {"reused", cm.reused},
                         {"train_seconds", cm.trainSeconds},
                         {"epochs", a.extractorEpochs}};
    }
    const double embeddingSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const auto r = workflows::runInterventions(d, embeddings, o, progress.sub(0.05, 1.0));
    const auto tables = workflows::interventionTables(r, d.classNames);
    const auto chart = workflows::interventionChart(r);

    nlohmann::json j{{"dataset", d.name},
                     {"settings", r.settings},
                     {"pool_size", r.pool.size()},
                     {"train_size", r.trainSize},
                     {"test_size", r.testSize},
                     {"seconds", r.seconds},
                     {"embedding_seconds", embeddingSeconds},
                     {"threads", nn::computeThreads()}};
    if (!o.modelEmbeddings)
        j["extractor"] = extractorJson;
    for (const auto& arm : r.arms) {
        nlohmann::json aj{{"arm", arm.arm},
                          {"added", arm.added},
                          {"accuracy", arm.accuracy},
                          {"hard_accuracy", arm.hardAccuracy},
                          {"per_class", arm.perClass}};
        if (!arm.plantedAccuracy.empty())
            aj["planted_accuracy"] = arm.plantedAccuracy;
        j["arms"].push_back(aj);
    }
    for (const auto& s : r.seeds)
        j["seeds"].push_back({{"seed", s.seed},
                              {"skipped", s.skipped},
                              {"strength", s.strength},
                              {"hard_test", s.hardTest.size()},
                              {"hard_train", s.hardTrain}});
    for (const auto& t : tables)
        j["tables"].push_back(tableJson(t));
    nlohmann::json cj{{"name", chart.name},
                      {"title", chart.title},
                      {"kind", chart.kind},
                      {"categories", chart.categories}};
    for (const auto& s : chart.series)
        cj["series"].push_back({{"name", s.name}, {"values", s.values}});
    j["chart"] = cj;

    std::ostringstream text;
    text << "interventions on " << d.name << ": " << r.trainSize << " training examples"
         << (r.pool.empty() ? "" : ", pool " + std::to_string(r.pool.size())) << ", " << r.testSize
         << " test examples, " << r.seeds.size() << " seeds, " << std::setprecision(4) << r.seconds
         << " s\n";
    for (const auto& s : r.seeds) {
        std::string skipped;
        for (std::size_t c = 0; c < s.skipped.size(); ++c)
            if (!s.skipped[c].empty())
                skipped += " " + d.classNames[c] + " (" + s.skipped[c] + ")";
        text << "seed " << s.seed << ": " << s.hardTest.size() << " hard test examples, "
             << s.hardTrain << " hard training examples"
             << (skipped.empty() ? "" : "; no direction for" + skipped) << "\n";
    }
    text << "\n" << tableText(tables[0]) << "\n" << tableText(tables[1]);
    emit(g, j, text.str());
}

} // namespace

void registerInterventionsCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<InterventionArgs>();
    CLI::App* cmd = app.add_subcommand(
        "interventions",
        "Failure directions' interventions: hold out a pool, train the base model on the rest, "
        "fit per-class failure directions on validation, then add the K most negative pool "
        "examples per class (vs random and lowest-confidence picks) and upweight the training "
        "examples with h < 0; every arm retrained from scratch per seed, evaluated on test");
    addDatasetOptions(cmd, a->data);
    cmd->add_option("--arch", a->options.base.arch,
                    "The model every arm trains: small-cnn, pooled-cnn or resnet")
        ->check(CLI::IsMember(nn::builtInArchitectures()));
    cmd->add_option("--epochs", a->options.base.train.epochs, "Training epochs of every model")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--embedding", a->embedding,
                    "The space of the directions: robust (the cached robust extractor's "
                    "features, the default) or model (each seed's base model's own penultimate "
                    "features, which the paper finds mirror its confidences)")
        ->check(CLI::IsMember({"robust", "model"}));
    cmd->add_option("--extractor-epochs", a->extractorEpochs,
                    "Epochs of the robust extractor's adversarial training (cached)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--k", a->options.perClass, "Filtering: pool examples added per class")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--pool-fraction", a->options.poolFraction,
                    "Filtering: share of each class's training examples held out as the pool")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--pool-seed", a->options.poolSeed, "Filtering: seed of the held-out pool");
    cmd->add_option("--pool-ids", a->poolIds,
                    "Filtering: a file of training example ids (one per line) to use as the pool "
                    "instead of holding one out");
    cmd->add_option("--upweight", a->options.upweight,
                    "Upweighting: loss factor of the training examples with h < 0 (paper: 2)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--seeds", a->seeds, "Seeds 0..N-1: each arm is trained once per seed")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("--no-filtering", a->noFiltering, "Skip the filtering arms (and the pool)");
    cmd->add_flag("--no-upweighting", a->noUpweighting, "Skip the upweighting arm");
    cmd->callback([&g, a] { runInterventionsCommand(g, *a); });
}

} // namespace fl::cli
