// The report as a PDF (QPdfWriter at 300 dpi, A4): a title page, the overview with charts drawn by
// QPainter, one page per slice with its example images, and the provenance of every run. Safe to
// run on a worker thread: it paints QImages only, never QPixmaps.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/report/report_writer.h"
#include "ui/report/report_figures.h"
#include <QCoreApplication>
#include <QString>

namespace fl::ui {

class PdfReportWriter : public report::ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    struct Options {
        ReportFigures::ImageSource images; // empty: placeholders
        QString imageProblem;              // why there are no images; said in the report
        Progress progress;
        CancelToken cancel;
    };

    explicit PdfReportWriter(Options options = {}) : m_options(std::move(options)) {}
    std::string suffix() const override { return "pdf"; }
    std::string description() const override { return "PDF document"; }
    // BadInput naming the file when it cannot be written; Cancelled when asked to stop.
    void write(const report::Report& report, const std::string& path) const override;

private:
    Options m_options;
};

} // namespace fl::ui
