#include "core/workflows/evaluation_workflow.h"
#include "core/common/error.h"
#include "core/nn/inference.h"
#include "core/store/artifact_store.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/project_inputs.h"
#include <chrono>
#include <nlohmann/json.hpp>

namespace fl::workflows {
namespace {

std::vector<store::EvaluationRow> rowsOf(const data::Dataset& d, const nn::InferenceResult& r) {
    std::vector<store::EvaluationRow> rows(r.indices.size());
    const auto C = r.probabilities.cols();
    for (std::size_t k = 0; k < r.indices.size(); ++k) {
        const auto i = r.indices[k];
        auto& row = rows[k];
        row.exampleId = d.ids[i];
        row.split = static_cast<int>(d.splits[i]);
        row.label = d.labels[i];
        row.prediction = r.predictions[k];
        const float* p = r.probabilities.data() + static_cast<std::ptrdiff_t>(k) * C;
        row.probabilities.assign(p, p + C);
        row.loss = r.losses[k];
    }
    return rows;
}

} // namespace

EvaluationRunResult evaluateIntoProject(store::Project& project, const data::Dataset& dataset,
                                        const nn::Classifier& model,
                                        const EvaluationRunOptions& options,
                                        const Progress& progress, const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    EvaluationRunResult result;
    const std::string datasetSource =
        options.datasetSpec.empty() ? dataset.source : options.datasetSpec;
    result.datasetId = addDatasetRow(project, dataset, datasetSource);
    result.modelId = addModelRow(project, model, options.modelPath);

    nn::InferenceOptions io;
    io.batchSize = options.batchSize;
    io.wantEmbeddings = options.storeEmbeddings && model.hasFeatures();
    nlohmann::json settings{{"batch_size", io.batchSize},
                            {"embeddings", io.wantEmbeddings},
                            {"dataset", datasetSource},
                            {"model", options.modelPath},
                            {"device", model.deviceName()}};
    store::RunRepo runs(project);
    store::RunRecord run;
    run.kind = "evaluation";
    run.settingsJson = settings.dump();
    run.seed = options.seed;
    run.datasetId = result.datasetId;
    run.modelId = result.modelId;
    result.runId = runs.add(run);
    runs.markRunning(result.runId);

    try {
        const nn::EvaluationSummary all = nn::evaluate(model, dataset, nn::allIndices(dataset), io,
                                                       progress.sub(0.0, 0.9), cancel);
        progress.report(0.92, "storing per-example results");
        store::EvaluationRepo(project).insert(result.runId, rowsOf(dataset, all.inference));
        if (io.wantEmbeddings) {
            const auto& e = all.inference.embeddings;
            std::vector<float> values(e.data(), e.data() + e.size());
            store::ArtifactStore artifacts(project);
            result.embeddingsHash = artifacts.putFloats("embeddings", {e.rows(), e.cols()}, values);
            artifacts.attach(result.runId, "embeddings", result.embeddingsHash);
        }
        for (data::Split s : {data::Split::Train, data::Split::Val, data::Split::Test}) {
            std::vector<int> labels, predictions;
            for (std::size_t k = 0; k < all.inference.indices.size(); ++k) {
                const auto i = all.inference.indices[k];
                if (dataset.splits[i] != s)
                    continue;
                labels.push_back(dataset.labels[i]);
                predictions.push_back(all.inference.predictions[k]);
            }
            if (!labels.empty())
                result.perSplit[data::splitName(s)] =
                    metrics::classificationMetrics(labels, predictions, dataset.numClasses());
        }
        runs.finish(result.runId, store::RunStatus::Done);
    } catch (const Error& e) {
        runs.finish(result.runId,
                    e.kind() == ErrorKind::Cancelled ? store::RunStatus::Cancelled
                                                     : store::RunStatus::Failed,
                    e.what());
        throw;
    } catch (const std::exception& e) {
        runs.finish(result.runId, store::RunStatus::Failed, e.what());
        throw;
    }
    progress.report(1.0, "evaluation stored");
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return result;
}

} // namespace fl::workflows
