// Exporting a project's report to a file, the same way from the window (as a job) and from the
// command line (`faultline --report OUT.pdf PROJECT.faultline`): build the report from the store
// with every method's newest run, load the dataset's images when the format shows them, and
// write with the writer the output suffix names (pdf, html, json, csv).
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/report/report_builder.h"
#include "core/report/report_writer.h"
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <memory>

namespace fl::data {
struct Dataset;
}
namespace fl::ui {

struct ReportExportRequest {
    QString projectPath;
    QString outputPath; // its suffix picks the format
    report::ReportOptions options;
    // The dataset already in memory (the open document's); used when it is the report's
    // dataset, so exporting from the window does not load it again.
    std::shared_ptr<const data::Dataset> dataset;
};

struct ReportExportResult {
    QString outputPath;
    int slices = 0;
    double seconds = 0.0;
    QString imageProblem; // non-empty when the example images could not be shown, and why
    // One line per method run that could not be read and was left out (the rest stands).
    QStringList methodProblems;
    // What was left out and why (images first), one line each, for the window or stderr.
    QStringList problems() const {
        return imageProblem.isEmpty() ? methodProblems : QStringList{imageProblem} + methodProblems;
    }
};

class ReportExporter {
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    // Throws fl::Error: BadInput naming the project or output file (missing, not a project,
    // unknown suffix, not writable), Cancelled when asked to stop.
    static ReportExportResult run(const ReportExportRequest& request, const Progress& progress = {},
                                  const CancelToken& cancel = {});
    // For QFileDialog: "PDF document (*.pdf);;HTML page (*.html);;…".
    static QString fileFilter();
    // The registry with every format (the PDF one from the UI), images from `dataset` if given.
    static report::WriterRegistry writers(std::shared_ptr<const data::Dataset> dataset = {},
                                          const QString& imageProblem = {},
                                          const Progress& progress = {},
                                          const CancelToken& cancel = {});
    // The example's image at the dataset's resolution (grey or RGB); null when the id is unknown.
    static QImage exampleImage(const data::Dataset& dataset, qint64 exampleId);
};

} // namespace fl::ui
