#include "core/report/report_writer.h"
#include "core/common/error.h"
#include "core/report/csv_report_writer.h"
#include "core/report/html_report_writer.h"
#include "core/report/json_report_writer.h"
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace fl::report {

namespace {
std::string normalised(std::string suffix) {
    if (!suffix.empty() && suffix.front() == '.')
        suffix.erase(0, 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return suffix;
}
} // namespace

WriterRegistry WriterRegistry::withDefaults() {
    WriterRegistry r;
    r.add(std::make_shared<JsonReportWriter>());
    r.add(std::make_shared<CsvReportWriter>());
    r.add(std::make_shared<HtmlReportWriter>());
    return r;
}

void WriterRegistry::add(std::shared_ptr<const ReportWriter> writer) {
    const std::string s = normalised(writer->suffix());
    std::erase_if(m_writers, [&](const auto& w) { return normalised(w->suffix()) == s; });
    m_writers.push_back(std::move(writer));
}

const ReportWriter* WriterRegistry::forSuffix(std::string suffix) const {
    suffix = normalised(std::move(suffix));
    for (const auto& w : m_writers)
        if (normalised(w->suffix()) == suffix)
            return w.get();
    return nullptr;
}

const ReportWriter* WriterRegistry::forPath(const std::string& path) const {
    const std::string ext = std::filesystem::path(path).extension().string();
    return ext.empty() ? nullptr : forSuffix(ext);
}

std::string WriterRegistry::suffixList() const {
    std::string out;
    for (const auto& w : m_writers)
        out += (out.empty() ? "" : ", ") + normalised(w->suffix());
    return out;
}

void writeTextFile(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".part";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f)
            throwBadInput("cannot write the report file " + path);
        f.write(text.data(), std::streamsize(text.size()));
        f.close();
        if (!f)
            throwBadInput("cannot write the report file " + path + " (disk full?)");
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throwBadInput("cannot write the report file " + path + ": " + ec.message());
    }
}

} // namespace fl::report
