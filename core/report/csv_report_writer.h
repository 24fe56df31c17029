// The saved slices as one CSV table (one row per slice, full-precision numbers) for
// spreadsheets and scripts.
#pragma once
#include "core/report/report_writer.h"

namespace fl::report {

// RFC 4180 text of the slices table, header first.
std::string slicesCsv(const Report& report);

class CsvReportWriter : public ReportWriter {
public:
    std::string suffix() const override { return "csv"; }
    std::string description() const override { return "CSV table of slices"; }
    void write(const Report& report, const std::string& path) const override;
};

} // namespace fl::report
