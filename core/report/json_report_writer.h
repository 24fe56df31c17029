// The report as JSON for scripts: every number, the provenance and the sections. It reads back
// (reportFromJson), so a report can be re-rendered later or compared between runs.
#pragma once
#include "core/report/report_writer.h"
#include <nlohmann/json.hpp>

namespace fl::report {

nlohmann::json reportToJson(const Report& report);
// BadInput when the JSON is not a Faultline report (format "faultline-report").
Report reportFromJson(const nlohmann::json& json);

class JsonReportWriter : public ReportWriter {
public:
    std::string suffix() const override { return "json"; }
    std::string description() const override { return "JSON data"; }
    void write(const Report& report, const std::string& path) const override;
};

} // namespace fl::report
