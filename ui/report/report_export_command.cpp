#include "ui/report/report_export_command.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/report/report_exporter.h"
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>

namespace fl::ui {

bool ReportExportCommand::start(QWidget* parent, AnalysisDocument& document, JobManager& jobs) {
    if (!document.hasProject())
        return false;
    const QFileInfo project(document.projectPath());
    const QString suggested = project.absolutePath() + QLatin1Char('/') +
                              project.completeBaseName() + QStringLiteral("-report.pdf");
    QString filter = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"), suggested,
                                                ReportExporter::fileFilter(), &filter);
    if (path.isEmpty())
        return false;
    // A name typed without a suffix gets the one of the chosen filter.
    if (QFileInfo(path).suffix().isEmpty()) {
        const int star = filter.indexOf(QStringLiteral("*."));
        path += filter.mid(star + 1, filter.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    startTo(path, parent, document, jobs);
    return true;
}

quint64 ReportExportCommand::startTo(const QString& outputPath, QWidget* parent,
                                     AnalysisDocument& document, JobManager& jobs) {
    ReportExportRequest request;
    request.projectPath = document.projectPath();
    request.outputPath = outputPath;
    request.dataset = document.sharedDataset();
    if (document.evaluationRunId() > 0)
        request.options.evaluationRunId = document.evaluationRunId();
    const QString name = QFileInfo(outputPath).fileName();
    QPointer<QWidget> window(parent);
    QPointer<AnalysisDocument> doc(&document);
    // Light: reading the store and painting pages bring no OpenMP team, so the export runs
    // beside a training job instead of waiting for it.
    return jobs.run<ReportExportResult>(
        tr("Exporting report %1").arg(name), fl::jobs::JobWeight::Light,
        [request](fl::jobs::JobContext& c) {
            return ReportExporter::run(request, c.progress(), c.cancelToken());
        },
        &document,
        [window, doc, name](ReportExportResult r) {
            for (const QString& problem : r.problems())
                if (doc) // written, but without those pages
                    doc->reportError(problem);
            if (auto* mw = qobject_cast<QMainWindow*>(window.data()))
                mw->statusBar()->showMessage(
                    tr("Report written to %1 (%2 s)").arg(r.outputPath).arg(r.seconds, 0, 'f', 1),
                    8000);
        },
        [doc, name](const QString& error) {
            if (doc)
                doc->reportError(tr("Could not export the report %1: %2").arg(name, error));
        });
}

} // namespace fl::ui
