// faultline-cli infembed: InfEmbed slices (plain K or InfEmbed-Rule) of a model's errors on one
// split, with each slice's strongest training opponents and proponents; optionally stored.
#include "app/cli/dataset_args.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/store/project.h"
#include "core/methods/infembed_method.h"
#include <algorithm>
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct InfEmbedArgs {
    DatasetArgs data;
    std::string model;
    std::string layers = "last";
    int p = 200;
    int d = 50;
    int hessianSubset = 5000;
    int k = 20;
    bool rule = false;
    cluster::RuleOptions ruleOptions = cluster::RuleOptions::paper();
    std::uint64_t seed = 0;
    std::string split = "val";
    int opponents = 8;
    std::string project;
};

std::string className(const data::Dataset& d, int c) {
    return c >= 0 && c < d.numClasses() ? d.classNames[std::size_t(c)] : std::to_string(c);
}

void runInfEmbed(const GlobalOptions& g, const InfEmbedArgs& a) {
    nn::setComputeThreads(g.threads);
    const Progress progress([&g](double f, const std::string& m) { progressLine(g, f, m); });
    const data::Dataset d = loadDataset(g, a.data);
    nn::Classifier model = nn::Classifier::open(a.model);
    model.setDevice(g.device);

    influence::InfEmbedRequest req;
    req.influence.layers = a.layers;
    req.influence.arnoldiDim = a.p;
    req.influence.embeddingDim = a.d;
    req.influence.hessianSubset = a.hessianSubset;
    req.influence.seed = a.seed;
    req.rule = a.rule;
    req.plain.k = a.k;
    req.ruleOptions = a.ruleOptions;
    req.split = data::parseSplit(a.split);
    req.embedTraining = a.opponents > 0;
    req.opponentsPerSlice = a.opponents;
    influence::InfEmbedOutcome o =
        influence::runInfEmbed(model, d, req, progress.sub(0.0, a.project.empty() ? 1.0 : 0.95));

    nlohmann::json settings = nlohmann::json::object();
    for (const auto& [k, v] : o.settings)
        settings[k] = v;
    settings["model"] = a.model;
    settings["opponents"] = a.opponents;

    const auto n = o.evalIds.size();
    nlohmann::json j{{"dataset", d.name},          {"model", a.model},
                     {"split", a.split},           {"n", n},
                     {"accuracy", o.accuracy},     {"seed", a.seed},
                     {"settings", settings},       {"seconds", o.influence.seconds},
                     {"total_seconds", o.seconds}, {"slices", nlohmann::json::array()}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(3) << (a.rule ? "InfEmbed-Rule" : "InfEmbed") << " on "
      << d.name << " " << a.split << " (" << n << " examples, accuracy " << o.accuracy
      << "), layers " << a.layers << ", " << o.influence.eigenvalues.size()
      << " influence dimensions: " << o.slices.size() << " slices\n";

    auto side = [&](const std::vector<influence::InfluencedExample>& list) {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& e : list)
            arr.push_back({{"id", e.exampleId},
                           {"label", e.label},
                           {"label_name", className(d, e.label)},
                           {"prediction", e.prediction},
                           {"influence", e.influence}});
        return arr;
    };
    for (std::size_t si = 0; si < o.slices.size(); ++si) {
        const auto& s = o.slices[si];
        const auto& sl = s.slice;
        nlohmann::json ids = nlohmann::json::array(), sims = nlohmann::json::array();
        for (std::size_t m = 0; m < sl.members.size(); ++m) {
            ids.push_back(o.evalIds[std::size_t(sl.members[m])]);
            sims.push_back(sl.similarity[m]);
        }
        nlohmann::json js{{"rank", si},
                          {"path", sl.path},
                          {"depth", sl.depth},
                          {"size", sl.size},
                          {"accuracy", sl.accuracy},
                          {"error_rate", s.errorRate},
                          {"error_low", s.errorLow},
                          {"error_high", s.errorHigh},
                          {"coherence", sl.coherence},
                          {"dominant_label", s.dominantLabel},
                          {"dominant_label_name", className(d, s.dominantLabel)},
                          {"dominant_label_share", s.dominantLabelShare},
                          {"dominant_prediction", s.dominantPrediction},
                          {"dominant_prediction_name", className(d, s.dominantPrediction)},
                          {"dominant_prediction_share", s.dominantPredictionShare},
                          {"members", ids},
                          {"similarity", sims}};
        t << "slice " << si << " [" << sl.path << "]: " << sl.size << " examples, accuracy "
          << sl.accuracy << ", mostly " << className(d, s.dominantLabel) << " -> "
          << className(d, s.dominantPrediction) << "\n  nearest the centre:";
        for (std::size_t m = 0; m < std::min<std::size_t>(8, ids.size()); ++m)
            t << " " << ids[m].get<std::int64_t>();
        t << "\n";
        if (req.embedTraining) {
            js["opponents"] = side(s.influence.opponents);
            js["proponents"] = side(s.influence.proponents);
            t << "  opponents:";
            for (const auto& e : s.influence.opponents)
                t << " " << e.exampleId << " (" << className(d, e.label) << ")";
            t << "\n  proponents:";
            for (const auto& e : s.influence.proponents)
                t << " " << e.exampleId << " (" << className(d, e.label) << ")";
            t << "\n";
        }
        j["slices"].push_back(std::move(js));
    }
    nlohmann::json examples = nlohmann::json::array();
    for (std::size_t r = 0; r < n; ++r)
        examples.push_back({o.evalIds[r], o.evalLabels[r], o.evalPredictions[r]});
    j["examples"] = examples; // [id, label, prediction] per evaluation example
    j["examples_columns"] = {"id", "label", "prediction"};

    if (!a.project.empty()) {
        progress.report(0.96, "storing the run in " + a.project);
        store::Project project = store::Project::openOrCreate(a.project);
        methods::storeInfEmbed(project, o);
        nlohmann::json sliceIds = nlohmann::json::array();
        for (const auto& s : o.slices)
            sliceIds.push_back(s.storedSliceId);
        j["project"] = {{"path", a.project}, {"run_id", o.runId}, {"slice_ids", sliceIds}};
        t << "stored run " << o.runId << " with " << o.slices.size() << " slices in " << a.project
          << "\n";
    }
    progress.report(1.0, "infembed done");
    emit(g, j, t.str());
}

} // namespace

void registerInfEmbedCommand(CLI::App& app, GlobalOptions& g) {
    auto a = std::make_shared<InfEmbedArgs>();
    CLI::App* cmd = app.add_subcommand(
        "infembed", "InfEmbed: slices of influence embeddings (K-means, or InfEmbed-Rule with "
                    "--rule) on one split, with each slice's training opponents and proponents");
    addDatasetOptions(cmd, a->data);
    cmd->add_option("--model", a->model, "A model saved by `train`, or a TorchScript file")
        ->required();
    cmd->add_option("--layers", a->layers,
                    "last: the final linear layer (closed form); block: the last conv block + "
                    "head (built-in models)")
        ->check(CLI::IsMember({"last", "block"}));
    cmd->add_option("--p", a->p, "Arnoldi iterations P")->check(CLI::PositiveNumber);
    cmd->add_option("--d", a->d, "Influence embedding dimension D")->check(CLI::PositiveNumber);
    cmd->add_option("--hessian-subset", a->hessianSubset,
                    "Training examples the Hessian is summed over (0 = all)")
        ->check(CLI::NonNegativeNumber);
    auto* k = cmd->add_option("--k", a->k, "Plain InfEmbed: number of slices")
                  ->check(CLI::PositiveNumber);
    auto* rule = cmd->add_flag("--rule", a->rule,
                               "InfEmbed-Rule: split recursively until slices have accuracy < "
                               "--accuracy and at least --min-size examples");
    k->excludes(rule);
    cmd->add_option("--accuracy", a->ruleOptions.maxAccuracy, "Rule: A, slice accuracy below this")
        ->needs(rule);
    cmd->add_option("--min-size", a->ruleOptions.minSize, "Rule: S, the smallest slice")
        ->needs(rule);
    cmd->add_option("--branching", a->ruleOptions.branching, "Rule: B, clusters per split")
        ->needs(rule);
    cmd->add_option("--max-depth", a->ruleOptions.maxDepth, "Rule: deepest split level")
        ->needs(rule);
    cmd->add_option("--seed", a->seed, "Seed of the Hessian subset and Arnoldi's start vector");
    cmd->add_option("--split", a->split, "The evaluation split to slice: val, test or train")
        ->check(CLI::IsMember({"train", "val", "test"}));
    cmd->add_option("--opponents", a->opponents,
                    "Training opponents and proponents listed per slice (0 = none; needs the "
                    "training set's embeddings)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--project", a->project,
                    "Store the run and its slices in this project (created when missing)");
    cmd->callback([&g, a] { runInfEmbed(g, *a); });
}

} // namespace fl::cli
