#include "core/report/csv_report_writer.h"
#include "core/common/csv.h"
#include <cstdio>

namespace fl::report {

namespace {
std::string real(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
} // namespace

std::string slicesCsv(const Report& r) {
    std::string out = "id,name,origin,run_id,size,evaluated,errors,accuracy,error_rate,"
                      "error_rate_low,error_rate_high,error_coverage\r\n";
    for (const auto& s : r.slices) {
        out += std::to_string(s.id) + ',' + csvField(s.name) + ',' + csvField(s.origin) + ',' +
               (s.runId ? std::to_string(*s.runId) : std::string()) + ',' + std::to_string(s.size) +
               ',' + std::to_string(s.evaluated) + ',' + std::to_string(s.errors) + ',' +
               real(s.accuracy) + ',' + real(s.errorRate) + ',' + real(s.errorRateLow) + ',' +
               real(s.errorRateHigh) + ',' + real(s.errorCoverage) + "\r\n";
    }
    return out;
}

void CsvReportWriter::write(const Report& report, const std::string& path) const {
    writeTextFile(path, slicesCsv(report));
}

} // namespace fl::report
