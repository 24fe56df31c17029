#include "core/workflows/open_project.h"
#include "core/common/index_map.h"
#include "core/data/load_dataset.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/store/artifact_store.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/typed_array.h"

namespace fl::workflows {

nn::InferenceResult loadEvaluationOutputs(store::Project& p, std::int64_t runId,
                                          const data::Dataset& d,
                                          std::vector<std::string>* warnings) {
    const auto rows = store::EvaluationRepo(p).load(runId);
    const auto positionOf = rowsById(d.ids);
    const int C = d.numClasses();
    nn::InferenceResult r;
    std::vector<const store::EvaluationRow*> kept;
    for (const auto& row : rows)
        if (positionOf.count(row.exampleId) && int(row.probabilities.size()) == C)
            kept.push_back(&row);
    const auto n = Eigen::Index(kept.size());
    r.probabilities.resize(n, C);
    for (Eigen::Index k = 0; k < n; ++k) {
        const auto& row = *kept[std::size_t(k)];
        r.indices.push_back(positionOf.at(row.exampleId));
        r.predictions.push_back(row.prediction);
        r.losses.push_back(float(row.loss));
        for (int c = 0; c < C; ++c)
            r.probabilities(k, c) = row.probabilities[std::size_t(c)];
    }
    const store::ArtifactStore artifacts(p);
    if (const auto hash = artifacts.forRun(runId, "embeddings")) {
        try {
            const auto a = artifacts.load(*hash);
            const auto all = store::arrayMatrix(a, "the evaluation's embeddings");
            // Stored in dataset order (the evaluation ran over every position).
            if (a.shape.size() == 2 && all.rows() == d.size()) {
                r.embeddings.resize(n, all.cols());
                for (Eigen::Index k = 0; k < n; ++k)
                    r.embeddings.row(k) = all.row(r.indices[std::size_t(k)]);
            }
        } catch (const std::exception& e) {
            if (warnings)
                warnings->push_back(std::string("The embeddings could not be read: ") + e.what());
        }
    }
    return r;
}

OpenedProject openProject(const std::string& path, const std::string& device,
                          const Progress& progress, const CancelToken& cancel) {
    OpenedProject out;
    progress.report(0.0, "opening the project");
    out.project = std::make_unique<store::Project>(store::Project::open(path));
    store::Project& p = *out.project;

    // The latest finished evaluation run is what is shown.
    std::optional<store::RunRecord> run;
    for (const auto& r : store::RunRepo(p).list("evaluation"))
        if (r.status == store::RunStatus::Done && (!run || r.id > run->id))
            run = r;
    for (const auto* m : methods::MethodRegistry::instance().all()) {
        auto kinds = m->info().otherRunKinds;
        kinds.insert(kinds.begin(), m->info().id);
        // Runs stored without arrays (InfEmbed before it kept them) cannot be shown: the newest
        // that can is, rather than a warning at every open.
        if (const auto id = methods::latestRun(p, kinds, true))
            out.latestRuns[m->info().id] = *id;
    }
    std::optional<store::DatasetRecord> dsRec;
    if (run && run->datasetId)
        dsRec = store::DatasetRepo(p).get(*run->datasetId);
    if (!dsRec) {
        const auto all = store::DatasetRepo(p).list();
        if (!all.empty())
            dsRec = all.back();
    }
    if (!dsRec) {
        out.warnings.push_back("The project has no dataset yet.");
        return out;
    }
    out.datasetId = dsRec->id;
    progress.report(0.05, "loading dataset " + dsRec->source);
    auto ds = std::make_shared<data::Dataset>(data::loadDataset(dsRec->source));
    out.dataset = ds;
    cancel.throwIfCancelled();

    if (run && run->modelId) {
        out.modelId = run->modelId;
        if (const auto m = store::ModelRepo(p).get(*run->modelId)) {
            progress.report(0.6, "loading model");
            try {
                auto model = std::make_shared<nn::Classifier>(nn::Classifier::open(m->path));
                model->setDevice(device);
                out.model = std::move(model);
            } catch (const std::exception& e) {
                out.warnings.push_back(std::string("The model could not be loaded (") + e.what() +
                                       "); results are shown, analyses that need the model are "
                                       "unavailable.");
            }
        }
    }
    cancel.throwIfCancelled();
    if (!run) {
        out.warnings.push_back("The project has no finished evaluation run yet.");
        return out;
    }
    progress.report(0.7, "reading evaluation results");
    out.evaluationRunId = run->id;
    out.outputs = std::make_shared<const nn::InferenceResult>(
        loadEvaluationOutputs(p, run->id, *ds, &out.warnings));
    progress.report(1.0, "loaded");
    return out;
}

} // namespace fl::workflows
