#include "ui/methods/directions/directions_interventions_job.h"
#include "core/common/error.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/workflows/directions_interventions_report.h"

namespace fl::ui {

methods::MethodResult interventionsResult(const workflows::InterventionResult& r,
                                          const std::vector<std::string>& classNames,
                                          const InterventionRequest& request) {
    methods::MethodResult out;
    out.method = "directions";
    out.kind = kInterventionsKind;
    out.title = "Failure directions' interventions";
    out.split = "test";
    out.settings = r.settings;
    out.settings["split"] = "test";
    out.settings["directions_run"] = std::to_string(request.directionsRunId);
    out.settings["embedding"] =
        request.options.modelEmbeddings ? std::string("model") : request.embeddingFile;
    out.seconds = r.seconds;
    out.tables = workflows::interventionTables(r, classNames);
    out.charts.push_back(workflows::interventionChart(r));
    nlohmann::json arms = nlohmann::json::array();
    for (const auto& a : r.arms) {
        nlohmann::json j{{"arm", a.arm},
                         {"added", a.added},
                         {"accuracy", a.accuracy},
                         {"hard_accuracy", a.hardAccuracy}};
        if (!a.plantedAccuracy.empty())
            j["planted_accuracy"] = a.plantedAccuracy;
        arms.push_back(std::move(j));
    }
    out.summary = {{"arms", arms},
                   {"pool_size", r.pool.size()},
                   {"train_size", r.trainSize},
                   {"test_size", r.testSize},
                   {"seeds", r.seeds.size()}};
    return out;
}

methods::MethodResult runInterventionsJob(const data::Dataset& d,
                                          const InterventionRequest& request,
                                          const std::string& projectPath, const Progress& progress,
                                          const CancelToken& cancel,
                                          const std::function<void()>& beforeStore) {
    nn::MatrixRM embeddings;
    double start = 0.0;
    if (!request.options.modelEmbeddings) {
        if (request.embeddingFile.empty())
            throwBadInput("the interventions need the encoder of the directions run, and the run "
                          "names none");
        progress.report(0.0, "embedding every example with " + request.embeddingFile);
        auto encoder = nn::Classifier::open(request.embeddingFile);
        encoder.setDevice(request.device);
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        embeddings = nn::infer(encoder, d, nn::allIndices(d), io, progress.sub(0.0, 0.05), cancel)
                         .embeddings;
        start = 0.05;
    }
    auto options = request.options;
    options.base.train.device = request.device;
    const auto r =
        workflows::runInterventions(d, embeddings, options, progress.sub(start, 0.98), cancel);
    cancel.throwIfCancelled();
    auto result = interventionsResult(r, d.classNames, request);
    if (beforeStore)
        beforeStore();
    if (!projectPath.empty()) {
        progress.report(0.99, "storing the interventions in " + projectPath);
        store::Project p = store::Project::openOrCreate(projectPath);
        methods::storeResult(p, result);
    }
    progress.report(1.0, "interventions done");
    return result;
}

} // namespace fl::ui
