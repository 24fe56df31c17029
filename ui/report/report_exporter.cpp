#include "ui/report/report_exporter.h"
#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/data/load_dataset.h"
#include "core/methods/method_report.h"
#include "core/report/html_report_writer.h"
#include "core/store/project.h"
#include "ui/document/dataset_image.h"
#include "ui/report/pdf_report_writer.h"
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>

namespace fl::ui {
namespace {

bool showsImages(const report::Report& rep) {
    if (!rep.slices.empty())
        return true;
    return std::any_of(rep.sections.begin(), rep.sections.end(), [](const report::Section& s) {
        return std::any_of(s.blocks.begin(), s.blocks.end(), [](const report::Block& b) {
            return std::holds_alternative<report::ImageGrid>(b);
        });
    });
}

} // namespace

QImage ReportExporter::exampleImage(const data::Dataset& ds, qint64 exampleId) {
    return datasetImage(ds, ds.indexOfId(exampleId));
}

report::WriterRegistry ReportExporter::writers(std::shared_ptr<const data::Dataset> dataset,
                                               const QString& imageProblem,
                                               const Progress& progress,
                                               const CancelToken& cancel) {
    report::WriterRegistry reg = report::WriterRegistry::withDefaults();
    PdfReportWriter::Options o;
    if (dataset)
        o.images = [dataset](qint64 id) { return exampleImage(*dataset, id); };
    o.imageProblem = imageProblem;
    o.progress = progress;
    o.cancel = cancel;
    reg.add(std::make_shared<PdfReportWriter>(o));
    if (dataset)
        reg.add(std::make_shared<report::HtmlReportWriter>([dataset](std::int64_t id) {
            const QImage img = exampleImage(*dataset, id);
            if (img.isNull())
                return std::string();
            QByteArray png;
            QBuffer buf(&png);
            buf.open(QIODevice::WriteOnly);
            img.save(&buf, "PNG");
            return png.toStdString();
        }));
    return reg;
}

QString ReportExporter::fileFilter() {
    return tr("PDF document (*.pdf)") + QStringLiteral(";;") + tr("HTML page (*.html)") +
           QStringLiteral(";;") + tr("JSON data (*.json)") + QStringLiteral(";;") +
           tr("CSV table of slices (*.csv)");
}

ReportExportResult ReportExporter::run(const ReportExportRequest& request, const Progress& progress,
                                       const CancelToken& cancel) {
    QElapsedTimer clock;
    clock.start();
    const std::string out = request.outputPath.toStdString();
    const QString suffix = QFileInfo(request.outputPath).suffix().toLower();
    if (!report::WriterRegistry::withDefaults().forPath(out) && suffix != QLatin1String("pdf"))
        throwBadInput("cannot write a report to " + out +
                      ": the file name must end in .pdf, "
                      ".html, .json or .csv");
    if (!QFileInfo::exists(request.projectPath))
        throwBadInput("the project " + request.projectPath.toStdString() + " does not exist");

    progress.report(0.0, tr("reading the project").toStdString());
    store::Project project = store::Project::open(request.projectPath.toStdString());
    report::Report rep =
        report::buildProjectReport(project, request.options, progress.sub(0.0, 0.3), cancel);
    ReportExportResult result;
    progress.report(0.3, tr("reading the analysis runs").toStdString());
    // A run that cannot be read leaves its pages out; the rest of the report stands.
    for (const std::string& problem :
         methods::addMethodSections(rep, project, !request.options.sliceIds))
        result.methodProblems << QString::fromStdString(problem);
    project.close();
    cancel.throwIfCancelled();

    result.outputPath = request.outputPath;
    result.slices = int(rep.slices.size());
    // Images only matter to formats that show them; a dataset that cannot be loaded makes a
    // report without images (and says why), never no report.
    std::shared_ptr<const data::Dataset> dataset;
    const bool wantsImages = suffix == QLatin1String("pdf") || suffix == QLatin1String("html");
    if (wantsImages && showsImages(rep)) {
        if (rep.datasetSource.empty()) {
            result.imageProblem = tr("Example images are not shown: the project names no dataset.");
        } else if (request.dataset && request.dataset->source == rep.datasetSource) {
            dataset = request.dataset;
        } else {
            progress.report(0.3, tr("loading dataset %1 for the example images")
                                     .arg(QString::fromStdString(rep.datasetSource))
                                     .toStdString());
            try {
                dataset = std::make_shared<data::Dataset>(data::loadDataset(rep.datasetSource));
            } catch (const std::exception& e) {
                result.imageProblem =
                    tr("Example images are not shown: the dataset %1 could not be loaded (%2).")
                        .arg(QString::fromStdString(rep.datasetSource),
                             QString::fromUtf8(e.what()));
            }
        }
    }
    cancel.throwIfCancelled();
    const auto reg = writers(dataset, result.imageProblem, progress.sub(0.5, 1.0), cancel);
    progress.report(0.5,
                    tr("writing %1").arg(QFileInfo(request.outputPath).fileName()).toStdString());
    reg.forPath(out)->write(rep, out);
    progress.report(1.0, tr("report written").toStdString());
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace fl::ui
