// faultline-cli defuse-annotate | defuse-correct | annotations export|import: Defuse after its
// run — a scripted annotator labelling a stored run's samples through the same annotation API
// as the workbench, correction from the labels, and the annotation file format.
#include "app/cli/cli_context.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/identification.h"
#include "core/methods/result_codec.h"
#include "core/methods/result_json.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/store/annotation_exchange.h"
#include "core/store/annotation_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "core/workflows/defuse_correction.h"
#include "core/workflows/open_project.h"
#include <filesystem>
#include <random>
#include <sstream>

namespace fl::cli {
namespace {

struct RunArgs {
    std::string project;
    std::int64_t run = 0; // 0 = the newest Defuse run
};

workflows::OpenedProject openFor(const GlobalOptions& g, const std::string& path,
                                 const std::string& command) {
    if (!std::filesystem::exists(path))
        throwBadInput(command + ": project " + path + " does not exist");
    auto opened = workflows::openProject(path, g.device);
    if (!opened.dataset)
        throwBadInput(command + ": " + path + " has no loadable dataset");
    return opened;
}

methods::MethodResult defuseRun(store::Project& p, std::int64_t run, const std::string& path) {
    if (run == 0) {
        const auto latest = methods::latestRun(p, {"defuse"}, true);
        if (!latest)
            throwBadInput(path + " has no Defuse run: run `faultline-cli run defuse --project " +
                          path + "` first");
        run = *latest;
    }
    auto r = methods::loadResult(p, run);
    if (r.kind != "defuse")
        throwBadInput("run " + std::to_string(run) + " of " + path + " is a " + r.kind +
                      " run, not a Defuse run");
    return r;
}

struct AnnotateArgs : RunArgs {
    std::string annotatorModel;
    std::string author;
    double labelNoise = 0.0;
    std::uint64_t seed = 0;
};

// Labels every sample of every region with another classifier's prediction (flipped to a random
// other class with probability labelNoise): the simulated annotators of the targets.
void runAnnotate(const GlobalOptions& g, const AnnotateArgs& a) {
    nn::setComputeThreads(g.threads);
    auto opened = openFor(g, a.project, "defuse-annotate");
    auto& p = *opened.project;
    const auto& d = *opened.dataset;
    const auto run = defuseRun(p, a.run, a.project);
    auto annotator = nn::Classifier::open(a.annotatorModel);
    annotator.setDevice(g.device);
    if (a.labelNoise < 0 || a.labelNoise > 1)
        throwBadInput("--label-noise must be in [0, 1]");
    std::mt19937_64 rng(mixSeed(a.seed, std::hash<std::string>{}(a.author)));
    store::GeneratedSampleRepo samples(p);
    store::AnnotationRepo annotations(p);
    const auto& regions = run.summary.at("regions");
    int labelled = 0, flipped = 0;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const std::string role = "region" + std::to_string(r + 1) + "_samples";
        const auto it = run.arrays.find(role);
        if (it == run.arrays.end())
            throwBadInput("the Defuse run has no " + role + " array");
        const auto bytes = store::arrayValues<std::uint8_t>(it->second, role);
        std::vector<float> images(bytes.size());
        for (std::size_t i = 0; i < bytes.size(); ++i)
            images[i] = float(bytes[i]) / 255.0f;
        const auto preds =
            generative::classifyImages(annotator, images, d.channels, d.height, d.width);
        const auto& seeds = regions[r].at("sample_seeds");
        for (std::size_t s = 0; s < preds.size() && s < seeds.size(); ++s) {
            int label = preds[s];
            if (a.labelNoise > 0 &&
                std::uniform_real_distribution<double>(0, 1)(rng) < a.labelNoise) {
                const int other = int(rng() % std::uint64_t(d.numClasses() - 1));
                label = other >= label ? other + 1 : other;
                ++flipped;
            }
            store::AnnotationRecord rec;
            rec.targetKind = store::TargetKind::GeneratedSample;
            rec.targetId =
                samples.ensure(run.runId, int(r), int(s), std::stoull(seeds[s].get<std::string>()));
            rec.author = a.author;
            rec.kind = store::AnnotationKind::Label;
            rec.value = store::classIndexLabel(label, d.classNames);
            annotations.add(rec);
            ++labelled;
        }
    }
    emit(g,
         {{"run", run.runId},
          {"author", a.author},
          {"labelled", labelled},
          {"flipped", flipped},
          {"regions", regions.size()}},
         a.author + " labelled " + std::to_string(labelled) + " samples of " +
             std::to_string(regions.size()) + " regions of Defuse run " +
             std::to_string(run.runId) + " (" + std::to_string(flipped) + " flipped by noise)\n");
}

struct CorrectArgs : RunArgs {
    std::string labels; // an annotation file to import first
    double rho = metrics::kDefaultMisclassificationThreshold;
    std::string lambdas;
    workflows::DefuseCorrectionOptions options;
    bool noStore = false;
};

void runCorrect(const GlobalOptions& g, CorrectArgs& a) {
    nn::setComputeThreads(g.threads);
    const Progress progress = progressOf(g);
    auto opened = openFor(g, a.project, "defuse-correct");
    auto& p = *opened.project;
    if (!opened.model)
        throwBadInput("defuse-correct: " + a.project + " has no loadable model");
    const auto& d = *opened.dataset;
    const auto run = defuseRun(p, a.run, a.project);
    nlohmann::json imported;
    if (!a.labels.empty()) {
        const auto rep = store::importAnnotationsFromFile(p, a.labels);
        imported = {
            {"added", rep.added}, {"skipped", rep.skipped}, {"conflicts", rep.conflicts.size()}};
        for (const auto& c : rep.conflicts)
            std::cerr << "conflict (kept ours): " << c.target << " by " << c.author << ": ours "
                      << c.ours << ", theirs " << c.theirs << "\n";
    }
    const auto labels = workflows::defuseLabels(p, run, d.classNames, a.rho);
    auto o = a.options;
    if (!a.lambdas.empty())
        o.correction.lambdas = workflows::parseLambdaList(a.lambdas, "--lambdas");
    o.correction.device = g.device;
    o.modelPath = workflows::correctionModelPath(a.project, run.runId, o.baseline);
    auto r = workflows::correctFromDefuse(d, *opened.model, run, labels, o, progress);
    r.settings["rho"] = methods::tableNumber(a.rho, "%g");
    if (!a.noStore)
        methods::storeResult(p, r, opened.datasetId, opened.modelId);
    nlohmann::json j = r.summary;
    j["run_id"] = r.runId;
    j["defuse_run"] = run.runId;
    j["regions"] = run.summary.at("regions").size();
    j["labelled_regions"] = labels.votes.labelledRegions;
    j["misclassification_regions"] = labels.votes.misclassificationRegions;
    j["agreement"] = labels.votes.agreement;
    j["sample_agreement_in_regions"] = labels.votes.sampleAgreementInRegions;
    j["sample_agreement_outside"] = labels.votes.sampleAgreementOutside;
    if (!imported.is_null())
        j["imported"] = imported;
    std::ostringstream text;
    text << "Defuse run " << run.runId << ": " << labels.votes.misclassificationRegions
         << " misclassification regions of " << labels.votes.labelledRegions
         << " labelled (agreement " << methods::tableNumber(labels.votes.agreement) << ")\n"
         << "before: test "
         << methods::tableNumber(r.summary["correction"]["before"]["test_accuracy"].get<double>(),
                                 "%.4f")
         << ", region "
         << methods::tableNumber(r.summary["correction"]["before"]["region_accuracy"].get<double>(),
                                 "%.4f")
         << "\n";
    for (const auto& row : r.tables[0].rows)
        text << "λ " << row[0] << ": epoch " << row[1] << ", test " << row[3] << ", region "
             << row[4] << (row[5].empty() ? "" : "  ← chosen") << "\n";
    text << "model: " << o.modelPath << "\n";
    emit(g, j, text.str());
}

struct ExchangeArgs {
    std::string project, file, author;
    std::int64_t run = 0;
};

} // namespace

void registerDefuseCommands(CLI::App& app, GlobalOptions& g) {
    auto an = std::make_shared<AnnotateArgs>();
    CLI::App* annotate = app.add_subcommand(
        "defuse-annotate", "Label every sample of a Defuse run's regions with another "
                           "classifier's predictions (a scripted annotator), as AUTHOR");
    annotate->add_option("project", an->project, "The project file")->required();
    annotate->add_option("--run", an->run, "The Defuse run (default: the newest)");
    annotate
        ->add_option("--annotator-model", an->annotatorModel,
                     "The classifier that labels (a model saved by `train`)")
        ->required();
    annotate->add_option("--author", an->author, "The annotator's name")->required();
    annotate->add_option("--label-noise", an->labelNoise,
                         "Probability of replacing a label with a random other class");
    annotate->add_option("--seed", an->seed, "Seed of the label noise");
    annotate->callback([&g, an] { runAnnotate(g, *an); });

    auto co = std::make_shared<CorrectArgs>();
    CLI::App* correct = app.add_subcommand(
        "defuse-correct",
        "Fine-tune the project's model on L(D) + λ·L(D_f) from a Defuse run's labelled "
        "misclassification regions over a λ sweep; stores the result and the chosen model");
    correct->add_option("project", co->project, "The project file")->required();
    correct->add_option("--run", co->run, "The Defuse run (default: the newest)");
    correct->add_option("--labels", co->labels,
                        "Import this annotation file (docs/annotation-format.md) first");
    correct->add_option("--rho", co->rho,
                        "A region is confirmed when more than this share of its labels disagree "
                        "with the model (paper 0.5)");
    correct->add_option("--lambdas", co->lambdas,
                        "Comma-separated λ values (default the paper's 17: 1e-10 … 1000)");
    correct->add_option("--epochs", co->options.correction.epochs, "Epochs per λ (paper 3)");
    correct->add_option("--batch", co->options.correction.batchSize, "Batch size (paper 256)");
    correct->add_option("--learning-rate", co->options.correction.learningRate,
                        "Adam's learning rate (paper 1e-3)");
    correct
        ->add_option("--selection", co->options.correction.selection,
                     "Picks each λ's epoch and the λ: train (D ∪ D_f, the paper's MNIST) or "
                     "validation")
        ->check(CLI::IsMember({"train", "validation"}));
    correct->add_option("--fine-tune-per-region", co->options.fineTunePerRegion,
                        "Samples per region in D_f (paper 256)");
    correct->add_option("--held-out-per-region", co->options.heldOutPerRegion,
                        "Held-out samples per region (paper 256)");
    correct->add_option("--tau", co->options.tau, "Sample spread τ (default: the run's)");
    correct->add_flag("--baseline", co->options.baseline,
                      "The paper's baseline: fine-tune on the identified mistakes in the "
                      "confirmed regions instead of the regions' samples");
    correct->add_option("--seed", co->options.correction.seed, "Seed of the shuffles");
    correct->add_flag("--no-store", co->noStore, "Do not store the result in the project");
    correct->callback([&g, co] { runCorrect(g, *co); });

    CLI::App* ann = app.add_subcommand(
        "annotations", "Export or import annotations in the annotation file format");
    ann->require_subcommand(1);
    auto ex = std::make_shared<ExchangeArgs>();
    CLI::App* exp = ann->add_subcommand("export", "Write the project's annotations to FILE");
    exp->add_option("project", ex->project, "The project file")->required();
    exp->add_option("file", ex->file, "The annotation file (JSON)")->required();
    exp->add_option("--author", ex->author, "Only this author's");
    exp->add_option("--run", ex->run, "Only the samples and slices of this run");
    exp->callback([&g, ex] {
        if (!std::filesystem::exists(ex->project))
            throwBadInput("annotations export: project " + ex->project + " does not exist");
        auto p = store::Project::openOrCreate(ex->project);
        store::AnnotationExportFilter f;
        if (!ex->author.empty())
            f.authors = {ex->author};
        if (ex->run > 0)
            f.runId = ex->run;
        const auto n = store::exportAnnotationsToFile(p, ex->file, f);
        emit(g, {{"file", ex->file}, {"annotations", n}},
             "wrote " + std::to_string(n) + " annotations to " + ex->file + "\n");
    });
    auto im = std::make_shared<ExchangeArgs>();
    CLI::App* imp = ann->add_subcommand(
        "import", "Merge FILE's annotations into the project; conflicts are listed, not applied");
    imp->add_option("project", im->project, "The project file")->required();
    imp->add_option("file", im->file, "The annotation file (JSON)")->required();
    imp->callback([&g, im] {
        if (!std::filesystem::exists(im->project))
            throwBadInput("annotations import: project " + im->project + " does not exist");
        auto p = store::Project::openOrCreate(im->project);
        const auto rep = store::importAnnotationsFromFile(p, im->file);
        nlohmann::json conflicts = nlohmann::json::array();
        std::string text = "added " + std::to_string(rep.added) + ", skipped " +
                           std::to_string(rep.skipped) + " identical, " +
                           std::to_string(rep.conflicts.size()) + " conflicts\n";
        for (const auto& c : rep.conflicts) {
            conflicts.push_back({{"index", c.index},
                                 {"target", c.target},
                                 {"author", c.author},
                                 {"ours", c.ours},
                                 {"theirs", c.theirs}});
            text += "  " + c.target + " by " + c.author + ": kept " + c.ours + ", file says " +
                    c.theirs + "\n";
        }
        emit(g,
             {{"added", rep.added},
              {"skipped", rep.skipped},
              {"samples_created", rep.samplesCreated},
              {"conflicts", conflicts}},
             text);
    });
}

} // namespace fl::cli
