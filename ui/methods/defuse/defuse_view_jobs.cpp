// The Defuse dock's background jobs: exporting and importing labels, and correcting the model
// from the confirmed regions (each on its own project connection, off the UI thread).
#include "core/methods/result_codec.h"
#include "core/methods/result_json.h"
#include "core/store/annotation_exchange.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/defuse_correction.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/defuse/defuse_annotator.h"
#include "ui/methods/defuse/defuse_correction_dialog.h"
#include "ui/methods/defuse/defuse_exchange.h"
#include "ui/methods/defuse/defuse_run.h"
#include "ui/methods/defuse/defuse_view.h"
#include "ui/settings/settings.h"
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace fl::ui {

AnnotationImportDialog* DefuseView::importDialog() const {
    return m_importDialog.data();
}

DefuseCorrectionResultDialog* DefuseView::correctionDialog() const {
    return m_correctionDialog.data();
}

void DefuseView::startCorrection(const workflows::DefuseCorrectionOptions& options) {
    const auto run = m_annotator->run();
    if (!run || !m_jobs || !m_doc->model() || !m_doc->sharedDataset())
        return;
    const std::string path = m_doc->projectPath().toStdString();
    auto o = options;
    o.correction.device = Settings::device().toStdString();
    o.modelPath = workflows::correctionModelPath(path, run->result->runId, o.baseline);
    using ResultPtr = std::shared_ptr<const methods::MethodResult>;
    m_jobs->run<ResultPtr>(
        o.baseline ? tr("Defuse correction (baseline)") : tr("Defuse correction"),
        fl::jobs::JobWeight::Heavy,
        [path, o, rho = m_annotator->rho(), defuse = run->result, dataset = m_doc->sharedDataset(),
         model = m_doc->model(),
         evaluationRunId = m_doc->evaluationRunId()](fl::jobs::JobContext& c) -> ResultPtr {
            store::Project p = store::Project::open(path);
            const auto labels = workflows::defuseLabels(p, *defuse, dataset->classNames, rho);
            auto r = workflows::correctFromDefuse(*dataset, *model, *defuse, labels, o,
                                                  c.progress(), c.cancelToken());
            r.settings["rho"] = methods::tableNumber(rho, "%g");
            std::optional<std::int64_t> datasetId, modelId;
            if (const auto e = store::RunRepo(p).get(evaluationRunId)) {
                datasetId = e->datasetId;
                modelId = e->modelId;
            }
            c.commit(); // stored from here on: a late cancel must not hide it
            methods::storeResult(p, r, datasetId, modelId);
            return std::make_shared<const methods::MethodResult>(std::move(r));
        },
        this,
        [this](ResultPtr r) {
            delete m_correctionDialog;
            m_correctionDialog = new DefuseCorrectionResultDialog(*r, this);
            m_correctionDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_correctionDialog->open();
            if (auto* mw = qobject_cast<QMainWindow*>(window()))
                mw->statusBar()->showMessage(
                    tr("Defuse correction stored as run #%1").arg(r->runId), 10000);
            Q_EMIT correctionFinished(r->runId);
        },
        [this](const QString& error) {
            m_doc->reportError(tr("Defuse correction failed: %1").arg(error));
        });
}

void DefuseView::exportLabels(const QString& file) {
    const auto run = m_annotator->run();
    if (!run || !m_jobs)
        return;
    const std::string path = m_doc->projectPath().toStdString();
    const std::int64_t runId = run->result->runId;
    m_jobs->run<std::size_t>(
        tr("Exporting Defuse labels"), fl::jobs::JobWeight::Light,
        [path, runId, target = file.toStdString()](fl::jobs::JobContext&) {
            store::Project p = store::Project::open(path);
            store::AnnotationExportFilter f;
            f.runId = runId;
            f.targetKinds = {store::TargetKind::GeneratedSample};
            return store::exportAnnotationsToFile(p, target, f);
        },
        this,
        [this](std::size_t count) {
            m_summary->setText(tr("%n label(s) exported.", nullptr, int(count)));
            Q_EMIT labelsExported(int(count));
        },
        [this](const QString& error) {
            m_doc->reportError(tr("The labels could not be exported: %1").arg(error));
        });
}

void DefuseView::importLabels(const QString& file) {
    if (!m_doc->hasProject() || !m_jobs)
        return;
    const std::string path = m_doc->projectPath().toStdString();
    m_jobs->run<store::ImportReport>(
        tr("Importing labels"), fl::jobs::JobWeight::Light,
        [path, source = file.toStdString()](fl::jobs::JobContext&) {
            store::Project p = store::Project::open(path);
            return store::importAnnotationsFromFile(p, source);
        },
        this,
        [this, file](store::ImportReport report) {
            m_annotator->reload();
            refresh();
            delete m_importDialog;
            m_importDialog = new AnnotationImportDialog(file, report, this);
            m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_importDialog->open();
            Q_EMIT labelsImported();
        },
        [this](const QString& error) {
            m_doc->reportError(tr("The labels could not be imported: %1").arg(error));
        });
}

} // namespace fl::ui
