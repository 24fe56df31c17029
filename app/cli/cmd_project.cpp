// faultline-cli project create|show: a project file holding a dataset, a model and the model's
// evaluation on every split.
#include "app/cli/dataset_args.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/create_project.h"
#include <filesystem>
#include <iomanip>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct CreateArgs {
    std::string path;
    DatasetArgs data;
    std::string model;
    int batchSize = 256;
    bool noEmbeddings = false;
};

nlohmann::json metricsJson(const metrics::ClassificationMetrics& m) {
    return {{"n", m.n}, {"accuracy", m.accuracy}};
}

void runCreate(const GlobalOptions& g, const CreateArgs& a) {
    nn::setComputeThreads(g.threads);
    workflows::CreateProjectRequest req;
    req.projectPath = a.path;
    req.datasetSpec = a.data.spec;
    req.load = loadOptions(a.data);
    req.modelPath = a.model;
    req.device = g.device;
    req.batchSize = a.batchSize;
    req.storeEmbeddings = !a.noEmbeddings;
    data::LoadReport report;
    const auto created = workflows::createProject(req, progressOf(g), {}, &report);
    printSkipped(report);
    const auto& r = created.evaluation;
    nlohmann::json j{{"project", a.path},         {"run", r.runId},
                     {"dataset_id", r.datasetId}, {"model_id", r.modelId},
                     {"seconds", r.seconds},      {"embeddings", r.embeddingsHash}};
    std::ostringstream t;
    t << "created " << a.path << ": evaluation run " << r.runId << " (" << r.seconds << " s)\n";
    for (const auto& [split, m] : r.perSplit) {
        j["splits"][split] = metricsJson(m);
        t << "  " << split << ": " << m.n << " examples, accuracy " << std::fixed
          << std::setprecision(4) << m.accuracy << "\n";
    }
    emit(g, j, t.str());
}

void runShow(const GlobalOptions& g, const std::string& path) {
    if (!std::filesystem::exists(path))
        throwBadInput(path + ": no such project file");
    store::Project project = store::Project::open(path);
    nlohmann::json j{{"project", path}, {"schema_version", project.schemaVersion()}};
    std::ostringstream t;
    t << path << " (schema " << project.schemaVersion() << ")\n";
    j["datasets"] = nlohmann::json::array();
    for (const auto& d : store::DatasetRepo(project).list()) {
        j["datasets"].push_back({{"id", d.id},
                                 {"name", d.name},
                                 {"source", d.source},
                                 {"n", d.n},
                                 {"classes", d.classes}});
        t << "dataset " << d.id << ": " << d.name << " (" << d.n << " examples, "
          << d.classes.size() << " classes) from " << d.source << "\n";
    }
    j["models"] = nlohmann::json::array();
    for (const auto& m : store::ModelRepo(project).list()) {
        j["models"].push_back({{"id", m.id}, {"name", m.name}, {"arch", m.arch}, {"path", m.path}});
        t << "model " << m.id << ": " << m.arch << " at " << m.path << "\n";
    }
    j["runs"] = nlohmann::json::array();
    store::EvaluationRepo evaluations(project);
    for (const auto& r : store::RunRepo(project).list()) {
        nlohmann::json rj{
            {"id", r.id},
            {"kind", r.kind},
            {"status", store::runStatusName(r.status)},
            {"seed", r.seed},
            {"settings", nlohmann::json::parse(r.settingsJson)},
            {"software_version", r.softwareVersion},
            {"dataset_id", r.datasetId ? nlohmann::json(*r.datasetId) : nlohmann::json()},
            {"model_id", r.modelId ? nlohmann::json(*r.modelId) : nlohmann::json()}};
        t << "run " << r.id << ": " << r.kind << ", " << store::runStatusName(r.status);
        if (!r.error.empty()) {
            rj["error"] = r.error;
            t << " (" << r.error << ")";
        }
        if (r.kind == "evaluation") {
            // Accuracy per split, recomputed from the stored rows so `show` checks what is there.
            std::map<int, std::pair<std::int64_t, std::int64_t>> perSplit; // split → (n, correct)
            for (const auto& row : evaluations.load(r.id)) {
                auto& [n, correct] = perSplit[row.split];
                ++n;
                correct += row.label == row.prediction;
            }
            for (const auto& [split, nc] : perSplit) {
                const char* name = data::splitName(static_cast<data::Split>(split));
                const double acc = nc.first ? double(nc.second) / double(nc.first) : 0.0;
                rj["splits"][name] = {{"n", nc.first}, {"accuracy", acc}};
                t << "; " << name << " " << std::fixed << std::setprecision(4) << acc << " (n "
                  << nc.first << ")";
            }
        }
        t << "\n";
        j["runs"].push_back(rj);
    }
    emit(g, j, t.str());
}

} // namespace

void registerProjectCommands(CLI::App& app, GlobalOptions& g) {
    CLI::App* project =
        app.add_subcommand("project", "Create or inspect a project file (*.faultline)");
    project->require_subcommand(1);

    auto c = std::make_shared<CreateArgs>();
    CLI::App* create = project->add_subcommand(
        "create", "Create a project: evaluate a model on every split of a dataset and store the "
                  "per-example results (and embeddings) in a new project file");
    create->add_option("path", c->path, "The new project file, e.g. P.faultline")->required();
    addDatasetOptions(create, c->data);
    create->add_option("--model", c->model, "A model saved by `train`, or a TorchScript file")
        ->required();
    create->add_option("--batch-size", c->batchSize, "Examples per forward pass")
        ->check(CLI::PositiveNumber);
    create->add_flag("--no-embeddings", c->noEmbeddings, "Do not store penultimate embeddings");
    create->callback([&g, c] { runCreate(g, *c); });

    auto path = std::make_shared<std::string>();
    CLI::App* show = project->add_subcommand("show", "List a project's datasets, models and runs");
    show->add_option("path", *path, "The project file")->required();
    show->callback([&g, path] { runShow(g, *path); });
}

} // namespace fl::cli
