// faultline-cli infembed: InfEmbed slices (plain K or InfEmbed-Rule) of a model's errors on one
// split, with each slice's strongest training opponents and proponents; optionally stored.
#include "app/cli/dataset_args.h"
#include "core/cluster/infembed_slicer.h"
#include "core/common/error.h"
#include "core/influence/influence_pipeline.h"
#include "core/influence/opponents.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include <algorithm>
#include <iomanip>
#include <map>
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

// The most frequent value (lowest on ties) and its count.
std::pair<int, std::int64_t> dominant(const std::vector<int>& values) {
    std::map<int, std::int64_t> counts;
    for (int v : values)
        ++counts[v];
    std::pair<int, std::int64_t> best{-1, 0};
    for (const auto& [v, c] : counts)
        if (c > best.second)
            best = {v, c};
    return best;
}

std::string className(const data::Dataset& d, int c) {
    return c >= 0 && c < d.numClasses() ? d.classNames[std::size_t(c)] : std::to_string(c);
}

void runInfEmbed(const GlobalOptions& g, const InfEmbedArgs& a) {
    nn::setComputeThreads(g.threads);
    const Progress progress([&g](double f, const std::string& m) { progressLine(g, f, m); });
    const data::Dataset d = loadDataset(g, a.data);
    nn::Classifier model = nn::Classifier::open(a.model);
    model.setDevice(g.device);
    const data::Split split = data::parseSplit(a.split);
    const auto evalPos = nn::splitIndices(d, split);
    const auto trainPos = nn::splitIndices(d, data::Split::Train);
    if (evalPos.empty() || trainPos.empty())
        throwBadInput("infembed needs training examples and examples in the " + a.split +
                      " split of " + d.name);

    influence::InfluenceSettings s = influence::InfluenceSettings::fast();
    s.layers = a.layers;
    s.arnoldiDim = a.p;
    s.embeddingDim = a.d;
    s.hessianSubset = a.hessianSubset;
    s.seed = a.seed;
    s.validate();
    if (a.rule)
        a.ruleOptions.validate();
    const bool embedTraining = a.opponents > 0;

    // Outputs of the evaluation split (predictions; h for the last layer).
    nn::InferenceOptions io;
    io.wantEmbeddings = true;
    const nn::InferenceResult ev = nn::infer(model, d, evalPos, io, progress.sub(0.0, 0.1));
    influence::InfluenceResult ir;
    if (a.layers == "last") {
        const auto pool = embedTraining ? trainPos : influence::chooseHessianSubset(trainPos, s);
        const nn::InferenceResult tr = nn::infer(model, d, pool, io, progress.sub(0.1, 0.3));
        ir = influence::lastLayerInfluence(d, ev, tr, embedTraining, s, progress.sub(0.3, 0.8));
    } else {
        ir = influence::computeInfluence(model, d, evalPos, trainPos, embedTraining, s,
                                         progress.sub(0.1, 0.8));
    }

    std::vector<bool> correct(evalPos.size());
    std::int64_t right = 0;
    for (std::size_t r = 0; r < evalPos.size(); ++r) {
        correct[r] = ev.predictions[r] == d.labels[std::size_t(evalPos[r])];
        right += correct[r];
    }
    progress.report(0.85, "clustering influence embeddings");
    std::vector<cluster::Slice> slices;
    std::map<std::string, std::string> sliceSettings;
    if (a.rule) {
        slices = cluster::infEmbedRule(ir.evalEmbeddings, correct, a.ruleOptions);
        sliceSettings = a.ruleOptions.toSettings();
    } else {
        cluster::PlainOptions po;
        po.k = a.k;
        if (ir.evalEmbeddings.rows() < po.k)
            throwBadInput("--k " + std::to_string(a.k) + " is more than the " +
                          std::to_string(ir.evalEmbeddings.rows()) + " examples of the split");
        slices = cluster::infEmbedSlices(ir.evalEmbeddings, correct, po);
        sliceSettings = po.toSettings();
    }
    std::stable_sort(slices.begin(), slices.end(), [](const auto& x, const auto& y) {
        return x.accuracy != y.accuracy ? x.accuracy < y.accuracy : x.size > y.size;
    });

    nlohmann::json settings = ir.toSettings();
    for (const auto& [k, v] : sliceSettings)
        settings[k] = v;
    settings["method"] = a.rule ? "infembed-rule" : "infembed";
    settings["split"] = a.split;
    settings["model"] = a.model;
    settings["dataset"] = d.source;
    settings["opponents"] = a.opponents;

    nlohmann::json j{{"dataset", d.name},
                     {"model", a.model},
                     {"split", a.split},
                     {"n", evalPos.size()},
                     {"accuracy", double(right) / double(evalPos.size())},
                     {"seed", a.seed},
                     {"settings", settings},
                     {"seconds", ir.seconds},
                     {"slices", nlohmann::json::array()}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(3) << (a.rule ? "InfEmbed-Rule" : "InfEmbed") << " on "
      << d.name << " " << a.split << " (" << evalPos.size() << " examples, accuracy "
      << double(right) / double(evalPos.size()) << "), layers " << a.layers << ", "
      << ir.eigenvalues.size() << " influence dimensions: " << slices.size() << " slices\n";

    std::vector<std::vector<store::SliceMember>> stored;
    for (std::size_t si = 0; si < slices.size(); ++si) {
        const auto& sl = slices[si];
        std::vector<int> labels, preds;
        nlohmann::json ids = nlohmann::json::array(), sims = nlohmann::json::array();
        std::vector<store::SliceMember> members;
        for (std::size_t m = 0; m < sl.members.size(); ++m) {
            const auto row = std::size_t(sl.members[m]);
            const auto pos = evalPos[row];
            labels.push_back(d.labels[std::size_t(pos)]);
            preds.push_back(ev.predictions[row]);
            ids.push_back(d.ids[std::size_t(pos)]);
            sims.push_back(sl.similarity[m]);
            members.push_back({d.ids[std::size_t(pos)], int(m), double(sl.similarity[m])});
        }
        stored.push_back(std::move(members));
        const auto [label, labelCount] = dominant(labels);
        const auto [pred, predCount] = dominant(preds);
        nlohmann::json js{{"rank", si},
                          {"path", sl.path},
                          {"depth", sl.depth},
                          {"size", sl.size},
                          {"accuracy", sl.accuracy},
                          {"coherence", sl.coherence},
                          {"dominant_label", label},
                          {"dominant_label_name", className(d, label)},
                          {"dominant_label_share", double(labelCount) / double(sl.size)},
                          {"dominant_prediction", pred},
                          {"dominant_prediction_name", className(d, pred)},
                          {"dominant_prediction_share", double(predCount) / double(sl.size)},
                          {"members", ids},
                          {"similarity", sims}};
        t << "slice " << si << " [" << sl.path << "]: " << sl.size << " examples, accuracy "
          << sl.accuracy << ", mostly " << className(d, label) << " -> " << className(d, pred)
          << "\n  nearest the centre:";
        for (std::size_t m = 0; m < std::min<std::size_t>(8, ids.size()); ++m)
            t << " " << ids[m].get<std::int64_t>();
        t << "\n";
        if (embedTraining) {
            const auto rk = influence::rankTrainingInfluence(ir.evalEmbeddings, sl.members,
                                                             ir.trainEmbeddings, a.opponents);
            auto side = [&](const std::vector<std::int64_t>& rows,
                            const std::vector<double>& scores) {
                nlohmann::json arr = nlohmann::json::array();
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    const auto pos = std::size_t(ir.trainIndices[std::size_t(rows[i])]);
                    arr.push_back({{"id", d.ids[pos]},
                                   {"label", d.labels[pos]},
                                   {"label_name", className(d, d.labels[pos])},
                                   {"influence", scores[i]}});
                }
                return arr;
            };
            js["opponents"] = side(rk.opponents, rk.opponentScores);
            js["proponents"] = side(rk.proponents, rk.proponentScores);
            t << "  opponents:";
            for (const auto& o : js["opponents"])
                t << " " << o["id"].get<std::int64_t>() << " ("
                  << o["label_name"].get<std::string>() << ")";
            t << "\n  proponents:";
            for (const auto& o : js["proponents"])
                t << " " << o["id"].get<std::int64_t>() << " ("
                  << o["label_name"].get<std::string>() << ")";
            t << "\n";
        }
        j["slices"].push_back(std::move(js));
    }
    nlohmann::json examples = nlohmann::json::array();
    for (std::size_t r = 0; r < evalPos.size(); ++r)
        examples.push_back(
            {d.ids[std::size_t(evalPos[r])], d.labels[std::size_t(evalPos[r])], ev.predictions[r]});
    j["examples"] = examples; // [id, label, prediction] per evaluation example
    j["examples_columns"] = {"id", "label", "prediction"};

    if (!a.project.empty()) {
        store::Project project = store::Project::openOrCreate(a.project);
        store::RunRepo runs(project);
        store::RunRecord run;
        run.kind = "infembed";
        run.settingsJson = settings.dump();
        run.seed = a.seed;
        const std::int64_t runId = runs.add(run);
        runs.markRunning(runId);
        store::SliceRepo repo(project);
        nlohmann::json sliceIds = nlohmann::json::array();
        for (std::size_t si = 0; si < slices.size(); ++si) {
            store::SliceRecord rec;
            rec.runId = runId;
            rec.name = (a.rule ? "InfEmbed-Rule " : "InfEmbed ") + std::to_string(si) + " [" +
                       slices[si].path + "]";
            rec.origin = "infembed";
            nlohmann::json meta = j["slices"][si];
            meta.erase("members");
            meta.erase("similarity");
            rec.metadataJson = meta.dump();
            sliceIds.push_back(repo.add(rec, stored[si]));
        }
        runs.finish(runId, store::RunStatus::Done);
        j["project"] = {{"path", a.project}, {"run_id", runId}, {"slice_ids", sliceIds}};
        t << "stored run " << runId << " with " << slices.size() << " slices in " << a.project
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
