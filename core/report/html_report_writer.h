// The report as one self-contained HTML file: inline CSS, charts as inline SVG, and example
// images as embedded PNGs when an image source is given (otherwise a labelled placeholder).
#pragma once
#include "core/report/report_writer.h"
#include <cstdint>
#include <functional>

namespace fl::report {

class HtmlReportWriter : public ReportWriter {
public:
    // PNG bytes of an example's image, or empty when there is none.
    using ImageSource = std::function<std::string(std::int64_t exampleId)>;

    explicit HtmlReportWriter(ImageSource images = {}) : m_images(std::move(images)) {}
    std::string suffix() const override { return "html"; }
    std::string description() const override { return "HTML page"; }
    void write(const Report& report, const std::string& path) const override;
    std::string html(const Report& report) const;

private:
    ImageSource m_images;
};

} // namespace fl::report
