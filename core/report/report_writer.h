// Report writers keyed by file suffix (MuseScore's export registry): JSON, CSV and HTML live in
// the core; the UI adds PDF. Exporting picks the writer from the output file's suffix.
#pragma once
#include "core/report/report_model.h"
#include <memory>
#include <string>
#include <vector>

namespace fl::report {

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    virtual std::string suffix() const = 0;      // without the dot, lower case: "json"
    virtual std::string description() const = 0; // for file dialogs: "JSON data"
    // Writes the whole report to path (replacing it). BadInput naming the file when it cannot be
    // written; Cancelled is allowed for long writers.
    virtual void write(const Report& report, const std::string& path) const = 0;
};

class WriterRegistry {
public:
    // JSON, CSV (the slices table) and HTML (self-contained, without images).
    static WriterRegistry withDefaults();

    // Adds a writer; one with the same suffix is replaced.
    void add(std::shared_ptr<const ReportWriter> writer);
    // By suffix ("pdf", ".PDF"), or null.
    const ReportWriter* forSuffix(std::string suffix) const;
    // By the suffix of a file name, or null.
    const ReportWriter* forPath(const std::string& path) const;
    const std::vector<std::shared_ptr<const ReportWriter>>& writers() const { return m_writers; }
    // "pdf, html, json, csv" — for error messages.
    std::string suffixList() const;

private:
    std::vector<std::shared_ptr<const ReportWriter>> m_writers;
};

// Writes `text` to path atomically enough for reports (temp file, then rename); BadInput naming
// the file on failure.
void writeTextFile(const std::string& path, const std::string& text);

} // namespace fl::report
