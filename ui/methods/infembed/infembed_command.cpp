#include "ui/methods/infembed/infembed_command.h"
#include "core/data/dataset.h"
#include "core/methods/infembed_method.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <memory>

namespace fl::ui {

namespace {

// The stored run as the document keeps it (the codec's parts) and as InfEmbed's views draw it.
struct Ran {
    std::shared_ptr<const methods::MethodResult> result;
    std::shared_ptr<const influence::InfEmbedOutcome> outcome;
};

} // namespace

InfEmbedDialog::Context InfEmbedCommand::contextFor(const AnalysisDocument& document) {
    InfEmbedDialog::Context c;
    if (const auto model = document.model()) {
        c.lastLayerAvailable = model->hasFeatures() && model->hasHead();
        c.blockAvailable = !model->isTorchScript();
    }
    if (const data::Dataset* d = document.dataset()) {
        c.splitSizes = {0, 0, 0};
        for (data::Split s : d->splits)
            ++c.splitSizes[std::size_t(s)];
    }
    return c;
}

bool InfEmbedCommand::available(const AnalysisDocument& document) {
    return document.hasProject() && document.dataset() && document.model();
}

bool InfEmbedCommand::start(QWidget* parent, AnalysisDocument& document, JobManager& jobs) {
    if (!available(document))
        return false;
    InfEmbedDialog dialog(contextFor(document), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    startWith(dialog.request(), parent, document, jobs);
    return true;
}

quint64 InfEmbedCommand::startWith(const influence::InfEmbedRequest& request, QWidget* parent,
                                   AnalysisDocument& document, JobManager& jobs) {
    auto ds = document.sharedDataset();
    auto model = document.model();
    const std::string path = document.projectPath().toStdString();
    const std::int64_t evaluationRunId = document.evaluationRunId();
    // The evaluation already ran this model over the dataset: its outputs spare the job a
    // second pass (on Fashion-MNIST ~46 of ~48 s on two cores).
    const auto outputs = document.outputs();
    QPointer<QWidget> window(parent);
    QPointer<AnalysisDocument> doc(&document);
    const QString title = request.rule ? tr("InfEmbed-Rule on %1") : tr("InfEmbed on %1");
    return jobs.run<Ran>(
        title.arg(QString::fromLatin1(data::splitName(request.split))), fl::jobs::JobWeight::Heavy,
        [ds, model, path, evaluationRunId, request, outputs](fl::jobs::JobContext& c) -> Ran {
            static const nn::InferenceResult none; // runInfEmbed then infers what it needs
            auto o = std::make_shared<influence::InfEmbedOutcome>(
                influence::runInfEmbed(*model, *ds, request, outputs ? *outputs : none,
                                       c.progress().sub(0.0, 0.97), c.cancelToken()));
            c.throwIfCancelled();
            c.commit(); // from here the run is stored whole: a late cancel must not hide it
            c.report(0.97, "storing the run");
            // Its own connection (the database is WAL): the window's stays free for reading,
            // and closing the window's project meanwhile cannot pull this one away.
            store::Project p = store::Project::open(path);
            std::optional<std::int64_t> datasetId, modelId;
            if (const auto run = store::RunRepo(p).get(evaluationRunId)) {
                datasetId = run->datasetId;
                modelId = run->modelId;
            }
            methods::storeInfEmbed(p, *o, datasetId, modelId); // sets the run and slice ids
            auto result =
                std::make_shared<const methods::MethodResult>(methods::infEmbedResult(*o));
            c.report(1.0, "InfEmbed stored");
            return Ran{std::move(result), std::move(o)};
        },
        &document,
        [window, doc, path](Ran ran) {
            if (!doc || doc->projectPath().toStdString() != path)
                return; // another project was opened meanwhile; the run stays stored in its own
            const auto& o = *ran.outcome;
            doc->setMethodResult(ran.result, ran.outcome);
            doc->reloadSlices();
            if (auto* mw = qobject_cast<QMainWindow*>(window.data()))
                mw->statusBar()->showMessage(tr("InfEmbed found %n slice(s) in %1 s (run #%2)",
                                                nullptr, int(o.slices.size()))
                                                 .arg(o.seconds, 0, 'f', 1)
                                                 .arg(o.runId),
                                             10000);
        },
        [doc](const QString& error) {
            if (doc)
                doc->reportError(tr("InfEmbed failed: %1").arg(error));
        });
}

} // namespace fl::ui
