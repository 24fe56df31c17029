// faultline-cli methods | run METHOD | METHOD: every registered analysis method as a command,
// its flags generated from the method's parameter list. The dataset and model come from
// --dataset/--model, or from --project's newest evaluation (reusing its stored outputs).
#include "app/cli/dataset_args.h"
#include "core/common/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_json.h"
#include "core/nn/classifier.h"
#include "core/nn/device.h"
#include "core/store/project.h"
#include "core/workflows/method_run.h"
#include "core/workflows/open_project.h"
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

namespace fl::cli {
namespace {

struct MethodArgs {
    DatasetArgs data;
    std::string model;
    std::string project;
    std::string split = "val";
    std::string preset = "default";
    std::map<std::string, std::string> values; // given parameter values, by name
    std::map<std::string, bool> flags;         // Bool parameters given as flags
};

void runMethod(const GlobalOptions& g, const methods::AnalysisMethod& method, MethodArgs& a,
               CLI::App* cmd) {
    nn::setComputeThreads(g.threads);
    const auto info = method.info();
    std::map<std::string, std::string> given;
    for (const auto& spec : method.parameters()) {
        const std::string flag = "--" + spec.name;
        if (cmd->count(flag) == 0)
            continue;
        given[spec.name] = spec.type == methods::ParamType::Bool
                               ? (a.flags[spec.name] ? "true" : "false")
                               : a.values[spec.name];
    }
    const methods::Preset preset = a.preset == "quick"   ? methods::Preset::Quick
                                   : a.preset == "paper" ? methods::Preset::Paper
                                                         : methods::Preset::Default;
    methods::MethodInput in;
    in.parameters = methods::resolveParameters(info.id, method.parameters(), given, preset);
    in.split = data::parseSplit(a.split);
    in.device = g.device;
    const Progress progress = progressOf(g);

    // Without --dataset/--model the project names them, and its evaluation's outputs spare a
    // second pass of the model.
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<nn::Classifier> model;
    std::shared_ptr<const nn::InferenceResult> outputs;
    workflows::ProjectInputs ids;
    const std::string datasetSpec = a.data.spec;
    // Absolute, as `project create` records it, so the same model is one row of the project.
    const std::string modelPath =
        a.model.empty() ? std::string() : std::filesystem::absolute(a.model).string();
    if (a.data.spec.empty() || a.model.empty()) {
        if (a.project.empty())
            throwBadInput(info.id + ": give --dataset and --model, or --project with an evaluated "
                                    "dataset and model");
        if (!std::filesystem::exists(a.project))
            throwBadInput(a.project + " does not exist; --dataset and --model are needed to "
                                      "start a new project");
        auto opened = workflows::openProject(a.project, g.device, progress.sub(0.0, 0.1));
        for (const auto& w : opened.warnings)
            std::cerr << a.project << ": " << w << "\n";
        if (!opened.dataset || !opened.model)
            throwBadInput(a.project + " has no loadable dataset and model; give --dataset and "
                                      "--model");
        dataset = opened.dataset;
        model = opened.model;
        outputs = opened.outputs;
        ids = {opened.datasetId, opened.modelId};
    }
    if (!a.data.spec.empty())
        dataset = std::make_shared<const data::Dataset>(loadDataset(g, a.data));
    if (!a.model.empty()) {
        model = std::make_shared<nn::Classifier>(nn::Classifier::open(modelPath));
        model->setDevice(g.device);
        outputs.reset(); // another model's outputs would be wrong
    }
    in.dataset = dataset.get();
    in.model = model.get();
    in.outputs = outputs.get();

    methods::MethodResult r;
    if (a.project.empty()) {
        for (const auto& role :
             workflows::prepareAuxiliaryModels(method, in, progress.sub(0.0, 0.3)))
            std::cerr << info.id << ": trained its " << role << " model (cached for next time)\n";
        r = method.run(in, progress, {});
    } else {
        if (!a.data.spec.empty() || !a.model.empty()) {
            store::Project p = store::Project::openOrCreate(a.project);
            ids = workflows::ensureProjectInputs(
                p, *dataset, datasetSpec.empty() ? dataset->source : datasetSpec, *model,
                modelPath.empty() ? model->sourcePath() : modelPath);
        }
        r = workflows::runMethodIntoProject(a.project, method, in, ids, progress);
    }
    nlohmann::json j = methods::resultJson(r, dataset->classNames);
    j["dataset"] = dataset->name;
    j["model"] = modelPath.empty() ? model->sourcePath() : modelPath;
    j["preset"] = a.preset;
    std::string text = methods::resultText(r, dataset->classNames);
    if (!a.project.empty()) {
        nlohmann::json sliceIds = nlohmann::json::array();
        for (const auto& s : r.slices)
            sliceIds.push_back(s.storedId);
        j["project"] = {{"path", a.project}, {"run_id", r.runId}, {"slice_ids", sliceIds}};
        text += "stored run " + std::to_string(r.runId) + " with " +
                std::to_string(r.slices.size()) + " slice(s) in " + a.project + "\n";
    }
    emit(g, j, text);
}

// One command for `method` under `parent`, its flags from the parameter list.
void addMethodCommand(CLI::App& parent, GlobalOptions& g, const methods::AnalysisMethod& method) {
    const auto info = method.info();
    auto a = std::make_shared<MethodArgs>();
    CLI::App* cmd = parent.add_subcommand(info.id, info.title + ": " + info.summary);
    addDatasetOptions(cmd, a->data, false);
    cmd->add_option("--model", a->model,
                    "A model saved by `train`, or a TorchScript file (default: the project's)");
    cmd->add_option("--project", a->project,
                    "Store the run and its slices in this project (created when missing); "
                    "without --dataset/--model, analyse its dataset and model");
    cmd->add_option("--split", a->split, "The evaluation split to slice: val, test or train")
        ->check(CLI::IsMember({"train", "val", "test"}));
    cmd->add_option("--preset", a->preset,
                    "Start from the defaults, the quick preset or the paper's values")
        ->check(CLI::IsMember({"default", "quick", "paper"}));
    std::map<std::string, CLI::Option*> bools;
    const auto specs = method.parameters();
    for (const auto& s : specs)
        if (s.type == methods::ParamType::Bool)
            bools[s.name] = cmd->add_flag("--" + s.name, a->flags[s.name], s.help);
    for (const auto& s : specs) {
        if (s.type == methods::ParamType::Bool)
            continue;
        // The paper's and the reference code's values, said once where they equal the default.
        const bool paperIsDefault = s.paperValue == s.defaultValue;
        const bool referenceIsDefault = s.referenceValue == s.defaultValue;
        std::string sources;
        if (paperIsDefault && referenceIsDefault && !s.paperValue.empty())
            sources = ", as the paper and the reference code";
        std::string help =
            s.help + " (default " + (s.defaultValue.empty() ? "none" : s.defaultValue) + sources;
        if (sources.empty() && !s.paperValue.empty())
            help += "; paper " + s.paperValue;
        if (sources.empty() && !s.referenceValue.empty())
            help += "; reference code " + s.referenceValue;
        if (s.min || s.max) {
            const auto num = [](double x) {
                std::ostringstream t;
                t << x;
                return t.str();
            };
            help += s.min && s.max ? ", from " + num(*s.min) + " to " + num(*s.max)
                    : s.min        ? ", at least " + num(*s.min)
                                   : ", at most " + num(*s.max);
        }
        CLI::Option* o = cmd->add_option("--" + s.name, a->values[s.name], help + ")");
        o->type_name(s.type == methods::ParamType::Int      ? "INT"
                     : s.type == methods::ParamType::Double ? "NUMBER"
                                                            : "TEXT");
        if (s.type == methods::ParamType::Choice)
            o->check(CLI::IsMember(s.choices));
        if (!s.onlyWith.empty() && bools.count(s.onlyWith))
            o->needs(bools[s.onlyWith]);
        if (!s.onlyWithout.empty() && bools.count(s.onlyWithout))
            o->excludes(bools[s.onlyWithout]);
    }
    const methods::AnalysisMethod* m = &method;
    cmd->callback([&g, m, a, cmd] { runMethod(g, *m, *a, cmd); });
}

} // namespace

void registerMethodCommands(CLI::App& app, GlobalOptions& g) {
    const auto& registry = methods::MethodRegistry::instance();
    CLI::App* list =
        app.add_subcommand("methods", "List the analysis methods and their parameters");
    list->callback([&g, &registry] {
        std::string text;
        for (const auto* m : registry.all()) {
            const auto info = m->info();
            text +=
                info.id + " — " + info.title + ": " + info.summary + "\n    " + info.paper + "\n";
            for (const auto& p : m->parameters())
                text += "    --" + p.name + " (" + methods::paramTypeName(p.type) + ", default " +
                        p.defaultValue + ") " + p.help + "\n";
        }
        emit(g, registry.toJson(), text);
    });
    CLI::App* run = app.add_subcommand("run", "Run an analysis method: faultline-cli run METHOD "
                                              "--dataset D --model M [--project P] [--PARAM V]");
    run->require_subcommand(1);
    for (const auto* m : registry.all()) {
        addMethodCommand(*run, g, *m);
        addMethodCommand(app, g, *m); // also `faultline-cli METHOD …`
    }
}

} // namespace fl::cli
