#include "core/report/html_report_writer.h"
#include "core/report/pixel_image.h"
#include "core/report/report_format.h"
#include <algorithm>
#include <cmath>
#include <sstream>

namespace fl::report {

namespace {

std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string fmt(double v) {
    std::ostringstream s;
    s.precision(4);
    s << v;
    return s.str();
}

void bars(std::ostream& o, const std::vector<std::string>& labels, const std::vector<double>& v,
          double maxValue, bool percent, const char* colour) {
    double top = maxValue > 0 ? maxValue : 0.0;
    for (double x : v)
        if (!std::isnan(x))
            top = std::max(top, x);
    if (top <= 0)
        top = 1;
    const int rowH = 18, labelW = 130, barW = 260;
    o << "<svg width='" << labelW + barW + 70 << "' height='" << rowH * labels.size() + 4
      << "' font-size='12'>";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double x = i < v.size() ? v[i] : NAN;
        const int y = int(i) * rowH;
        o << "<text x='" << labelW - 6 << "' y='" << y + 13 << "' text-anchor='end'>"
          << esc(labels[i]) << "</text>";
        if (std::isnan(x))
            continue;
        o << "<rect x='" << labelW << "' y='" << y + 3 << "' width='" << fmt(barW * x / top)
          << "' height='" << rowH - 6 << "' fill='" << colour << "'/><text x='"
          << labelW + barW * x / top + 4 << "' y='" << y + 13 << "'>"
          << (percent ? formatPercent(x) : fmt(x)) << "</text>";
    }
    o << "</svg>";
}

void block(std::ostream& o, const Block& b, const HtmlReportWriter::ImageSource& images) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Paragraph>) {
                o << "<p>" << esc(v.text) << "</p>\n";
            } else if constexpr (std::is_same_v<T, KeyValueTable>) {
                o << "<table class='kv'>";
                if (!v.caption.empty())
                    o << "<caption>" << esc(v.caption) << "</caption>";
                for (const auto& [k, val] : v.rows)
                    o << "<tr><th>" << esc(k) << "</th><td>" << esc(val) << "</td></tr>";
                o << "</table>\n";
            } else if constexpr (std::is_same_v<T, Table>) {
                o << "<table>";
                if (!v.caption.empty())
                    o << "<caption>" << esc(v.caption) << "</caption>";
                o << "<tr>";
                for (const auto& h : v.headers)
                    o << "<th>" << esc(h) << "</th>";
                o << "</tr>";
                for (const auto& row : v.rows) {
                    o << "<tr>";
                    for (const auto& c : row)
                        o << "<td>" << esc(c) << "</td>";
                    o << "</tr>";
                }
                o << "</table>\n";
            } else if constexpr (std::is_same_v<T, BarChart>) {
                o << "<figure><figcaption>" << esc(v.title) << "</figcaption>";
                bars(o, v.labels, v.values, v.maxValue, v.percent, "#4682b4");
                o << "</figure>\n";
            } else if constexpr (std::is_same_v<T, HistogramPair>) {
                o << "<figure><figcaption>" << esc(v.title) << "</figcaption><div class='pair'>"
                  << "<div><b>" << esc(v.leftTitle) << "</b><br>";
                bars(o, v.categories, v.left, 0, false, "#4e79a7");
                o << "</div><div><b>" << esc(v.rightTitle) << "</b><br>";
                bars(o, v.categories, v.right, 0, false, "#f28e2b");
                o << "</div></div></figure>\n";
            } else if constexpr (std::is_same_v<T, Heatmap>) {
                double top = 0;
                for (const auto& r : v.values)
                    for (double x : r)
                        top = std::max(top, x);
                o << "<figure><figcaption>" << esc(v.title) << " — rows: " << esc(v.rowAxis)
                  << ", columns: " << esc(v.columnAxis) << "</figcaption><table class='heat'><tr>"
                  << "<th></th>";
                for (const auto& c : v.columnLabels)
                    o << "<th>" << esc(c) << "</th>";
                o << "</tr>";
                for (std::size_t r = 0; r < v.values.size(); ++r) {
                    o << "<tr><th>" << (r < v.rowLabels.size() ? esc(v.rowLabels[r]) : "")
                      << "</th>";
                    for (std::size_t c = 0; c < v.values[r].size(); ++c) {
                        const double a = top > 0 ? v.values[r][c] / top : 0;
                        const bool err = v.highlightOffDiagonal && r != c;
                        o << "<td style='background:rgba(" << (err ? "214,39,40," : "70,130,180,")
                          << fmt(0.08 + 0.8 * std::sqrt(a)) << ")'>" << fmt(v.values[r][c])
                          << "</td>";
                    }
                    o << "</tr>";
                }
                o << "</table></figure>\n";
            } else {
                o << "<figure><figcaption>" << esc(v.title) << "</figcaption><div class='grid'>";
                for (const auto& it : v.items) {
                    o << "<div class='cell" << (it.error ? " err" : "") << "'>";
                    const std::string bmp =
                        it.rgb.empty() ? std::string() : bmpOf(it.rgb, it.width, it.height);
                    const std::string png =
                        !it.rgb.empty() || !images ? std::string() : images(it.exampleId);
                    if (!bmp.empty())
                        o << "<img src='data:image/bmp;base64," << base64(bmp) << "'>";
                    else if (!png.empty())
                        o << "<img src='data:image/png;base64," << base64(png) << "'>";
                    else
                        o << "<div class='noimg'>#" << it.exampleId << "</div>";
                    o << "<span>" << esc(it.caption) << "</span></div>";
                }
                o << "</div></figure>\n";
            }
        },
        b);
}

constexpr const char* kStyle =
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
    "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:2px 8px;"
    "text-align:left}caption{font-weight:bold;text-align:left}.kv th{background:#f3f3f3}"
    ".heat td{text-align:right;min-width:2.5em}.pair{display:flex;gap:2em}"
    ".grid{display:flex;flex-wrap:wrap;gap:6px}.cell{position:relative;width:88px;"
    "font-size:10px;text-align:center}.cell img{width:80px;height:80px;image-rendering:pixelated}"
    ".noimg{width:80px;height:80px;background:#eee;line-height:80px;margin:auto}"
    ".err::after{content:'';position:absolute;top:0;right:4px;border-style:solid;"
    "border-width:0 14px 14px 0;border-color:transparent #d62728 transparent transparent}"
    "figcaption{font-weight:bold;margin:.4em 0}";

} // namespace

std::string HtmlReportWriter::html(const Report& r) const {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>" << esc(r.title)
      << "</title><style>" << kStyle << "</style></head><body>\n<h1>" << esc(r.title) << "</h1>"
      << "<table class='kv'><tr><th>Project</th><td>" << esc(r.projectPath)
      << "</td></tr><tr><th>Dataset</th><td>" << esc(r.datasetName) << " (" << esc(r.datasetSource)
      << ")</td></tr><tr><th>Model</th><td>" << esc(r.modelName) << " (" << esc(r.modelPath)
      << ")</td></tr><tr><th>Generated</th><td>" << formatTime(r.generated) << " by Faultline "
      << esc(r.softwareVersion) << "</td></tr></table>\n";
    for (const auto& s : r.sections) {
        o << "<h2 id='" << esc(s.id) << "'>" << esc(s.title) << "</h2>\n";
        for (const auto& b : s.blocks)
            block(o, b, m_images);
    }
    o << "</body></html>\n";
    return o.str();
}

void HtmlReportWriter::write(const Report& report, const std::string& path) const {
    writeTextFile(path, html(report));
}

} // namespace fl::report
