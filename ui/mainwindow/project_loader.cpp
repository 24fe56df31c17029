#include "ui/mainwindow/project_loader.h"
#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/data/load_dataset.h"
#include "core/nn/classifier.h"
#include "core/store/artifact_store.h"
#include "core/store/dataset_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/methods/infembed_method.h"
#include <QCoreApplication>
#include <algorithm>
#include <optional>
#include <unordered_map>

namespace fl::ui {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("fl::ui::ProjectLoader", s);
}

} // namespace

ExampleTable ProjectLoader::makeTable(const data::Dataset& ds,
                                      const std::vector<store::EvaluationRow>& rows) {
    std::unordered_map<std::int64_t, std::int64_t> position;
    position.reserve(ds.ids.size());
    for (std::size_t i = 0; i < ds.ids.size(); ++i)
        position.emplace(ds.ids[i], std::int64_t(i));
    ExampleTable t;
    for (const auto& c : ds.classNames)
        t.classNames << QString::fromStdString(c);
    const int C = t.numClasses();
    const auto n = qsizetype(rows.size());
    t.ids.reserve(n);
    t.splits.reserve(n);
    t.labels.reserve(n);
    t.predictions.reserve(n);
    t.confidence.reserve(n);
    t.loss.reserve(n);
    t.probabilities.reserve(n * C);
    t.datasetIndex.reserve(n);
    t.rowOfId.reserve(n);
    for (const auto& r : rows) {
        const auto pos = position.find(r.exampleId);
        if (pos == position.end() || int(r.probabilities.size()) != C)
            continue;
        t.rowOfId.insert(r.exampleId, t.ids.size());
        t.ids.append(r.exampleId);
        t.splits.append(quint8(r.split));
        t.labels.append(r.label);
        t.predictions.append(r.prediction);
        const int p = r.prediction;
        t.confidence.append(p >= 0 && p < C ? r.probabilities[p] : 0.0f);
        t.loss.append(float(r.loss));
        for (float v : r.probabilities)
            t.probabilities.append(v);
        t.datasetIndex.append(pos->second);
    }
    return t;
}

LoadedPtr ProjectLoader::load(const std::string& path, const std::string& device,
                              const fl::jobs::JobContext& ctx) {
    auto out = std::make_shared<AnalysisDocument::Loaded>();
    ctx.report(0.0, tr("opening the project").toStdString());
    out->project = std::make_unique<store::Project>(store::Project::open(path));
    store::Project& p = *out->project;

    // The latest finished evaluation run is what the window shows.
    std::optional<store::RunRecord> run;
    for (const auto& r : store::RunRepo(p).list("evaluation"))
        if (r.status == store::RunStatus::Done && (!run || r.id > run->id))
            run = r;
    std::optional<store::DatasetRecord> dsRec;
    if (run && run->datasetId)
        dsRec = store::DatasetRepo(p).get(*run->datasetId);
    if (!dsRec) {
        const auto all = store::DatasetRepo(p).list();
        if (!all.empty())
            dsRec = all.back();
    }
    if (!dsRec) {
        out->warnings << tr("The project has no dataset yet.");
        return out;
    }

    ctx.report(0.05,
               tr("loading dataset %1").arg(QString::fromStdString(dsRec->source)).toStdString());
    auto ds = std::make_shared<data::Dataset>(data::loadDataset(dsRec->source));
    out->dataset = ds;
    ctx.throwIfCancelled();

    if (run && run->modelId) {
        if (const auto m = store::ModelRepo(p).get(*run->modelId)) {
            ctx.report(0.6, tr("loading model").toStdString());
            try {
                auto model = std::make_shared<nn::Classifier>(nn::Classifier::open(m->path));
                model->setDevice(device);
                out->model = std::move(model);
            } catch (const std::exception& e) {
                out->warnings << tr("The model could not be loaded (%1); results are shown, "
                                    "analyses that need the model are unavailable.")
                                     .arg(QString::fromUtf8(e.what()));
            }
        }
    }
    ctx.throwIfCancelled();
    if (!run) {
        out->warnings << tr("The project has no finished evaluation run yet.");
        return out;
    }

    ctx.report(0.7, tr("reading evaluation results").toStdString());
    out->evaluationRunId = run->id;
    out->table = makeTable(*ds, store::EvaluationRepo(p).load(run->id));
    ctx.throwIfCancelled();

    ctx.report(0.9, tr("reading embeddings").toStdString());
    store::ArtifactStore artifacts(p);
    if (const auto hash = artifacts.forRun(run->id, "embeddings")) {
        try {
            const auto a = artifacts.load(*hash);
            const auto values = a.toFloats();
            if (a.shape.size() == 2 && a.shape[0] == ds->size()) {
                // Stored in dataset order (the evaluation ran over every position); the
                // document promises table order.
                const int dim = int(a.shape[1]);
                out->embeddingDim = dim;
                out->embeddings.resize(std::size_t(out->table.rows()) * dim);
                for (int r = 0; r < out->table.rows(); ++r)
                    std::copy_n(values.data() + out->table.datasetIndex[r] * dim, dim,
                                out->embeddings.data() + std::size_t(r) * dim);
            }
        } catch (const std::exception& e) {
            out->warnings
                << tr("The embeddings could not be read: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    ctx.throwIfCancelled();

    ctx.report(0.95, tr("reading the InfEmbed run").toStdString());
    try {
        if (auto infEmbed = methods::loadInfEmbed(p))
            out->infEmbed =
                std::make_shared<const influence::InfEmbedOutcome>(std::move(*infEmbed));
    } catch (const std::exception& e) {
        // The rest of the project is fine; only the InfEmbed views stay empty.
        out->warnings
            << tr("The InfEmbed run could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
    ctx.report(1.0, tr("loaded").toStdString());
    return out;
}

} // namespace fl::ui
