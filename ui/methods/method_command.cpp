#include "ui/methods/method_command.h"
#include "core/methods/method_registry.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/method_run.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/method_run_dialog.h"
#include "ui/settings/settings.h"
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <memory>

namespace fl::ui {

using ResultPtr = std::shared_ptr<const methods::MethodResult>;

bool MethodCommand::available(const AnalysisDocument& document) {
    return document.hasProject() && document.dataset() && document.model();
}

bool MethodCommand::start(QWidget* parent, AnalysisDocument& document, JobManager& jobs,
                          const std::string& methodId) {
    const methods::AnalysisMethod* method = methods::MethodRegistry::instance().find(methodId);
    if (!method || !available(document))
        return false;
    MethodRunDialog dialog(*method, MethodRunDialog::splitSizesOf(document), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return startWith(methodId, dialog.given(), dialog.preset(), dialog.split(), parent, document,
                     jobs) != 0;
}

quint64 MethodCommand::startWith(const std::string& methodId,
                                 const std::map<std::string, std::string>& given,
                                 methods::Preset preset, data::Split split, QWidget* parent,
                                 AnalysisDocument& document, JobManager& jobs) {
    const methods::AnalysisMethod* method = methods::MethodRegistry::instance().find(methodId);
    if (!method) {
        document.reportError(
            tr("There is no analysis method “%1”.").arg(QString::fromStdString(methodId)));
        return 0;
    }
    const QString title =
        QCoreApplication::translate("fl::methods::ParameterSpec", method->info().title.c_str());
    if (!available(document)) {
        document.reportError(tr("%1 needs an open project with its dataset and model.").arg(title));
        return 0;
    }
    methods::ParameterValues values;
    try {
        // A form names every field; those whose condition does not hold do not apply.
        const auto specs = method->parameters();
        values = methods::resolveParameters(methodId, specs,
                                            MethodRunDialog::applicable(specs, given), preset);
    } catch (const std::exception& e) {
        document.reportError(tr("%1 cannot run: %2").arg(title, QString::fromUtf8(e.what())));
        return 0;
    }

    auto ds = document.sharedDataset();
    auto model = document.model();
    // The evaluation's outputs: the method reads them instead of running the model again.
    auto outputs = document.outputs();
    const std::string path = document.projectPath().toStdString();
    const std::string device = Settings::device().toStdString();
    const std::int64_t evaluationRunId = document.evaluationRunId();
    QPointer<QWidget> window(parent);
    QPointer<AnalysisDocument> doc(&document);
    return jobs.run<ResultPtr>(
        tr("%1 on %2").arg(title, QString::fromLatin1(data::splitName(split))),
        fl::jobs::JobWeight::Heavy,
        [ds, model, outputs, path, device, method, values, split,
         evaluationRunId](fl::jobs::JobContext& c) -> ResultPtr {
            // Stored with the dataset and model the evaluation ran on (read here, off the UI
            // thread, on the job's own connection).
            workflows::ProjectInputs ids;
            {
                store::Project p = store::Project::open(path);
                if (const auto run = store::RunRepo(p).get(evaluationRunId)) {
                    ids.datasetId = run->datasetId;
                    ids.modelId = run->modelId;
                }
            }
            methods::MethodInput in;
            in.dataset = ds.get();
            in.model = model.get();
            in.outputs = outputs.get();
            in.split = split;
            in.parameters = values;
            in.device = device;
            // Committed before storing: a late cancel must not hide a stored run.
            auto r = workflows::runMethodIntoProject(path, *method, in, ids, c.progress(),
                                                     c.cancelToken(), [&c] { c.commit(); });
            return std::make_shared<const methods::MethodResult>(std::move(r));
        },
        &document,
        [window, doc, path, title](ResultPtr r) {
            if (!doc || doc->projectPath().toStdString() != path)
                return; // another project was opened meanwhile; the run stays stored in its own
            doc->setMethodResult(r);
            doc->reloadSlices();
            if (auto* mw = qobject_cast<QMainWindow*>(window.data()))
                mw->statusBar()->showMessage(
                    tr("%1 found %n slice(s) in %2 s (run #%3)", nullptr, int(r->slices.size()))
                        .arg(title)
                        .arg(r->seconds, 0, 'f', 1)
                        .arg(r->runId),
                    10000);
        },
        [doc, title](const QString& error) {
            if (doc)
                doc->reportError(tr("%1 failed: %2").arg(title, error));
        });
}

} // namespace fl::ui
