#include "core/report/json_report_writer.h"
#include "core/common/error.h"
#include "core/report/pixel_image.h"
#include <cmath>
#include <limits>

namespace fl::report {

namespace {

using nlohmann::json;
constexpr const char* kFormat = "faultline-report";
constexpr int kVersion = 1;

// NaN (a class with no examples) is written as null and read back as NaN.
json num(double v) {
    return std::isnan(v) ? json(nullptr) : json(v);
}
double num(const json& j) {
    return j.is_null() ? std::numeric_limits<double>::quiet_NaN() : j.get<double>();
}
json nums(const std::vector<double>& v) {
    json a = json::array();
    for (double x : v)
        a.push_back(num(x));
    return a;
}
std::vector<double> nums(const json& j) {
    std::vector<double> v;
    for (const auto& x : j)
        v.push_back(num(x));
    return v;
}
template <class T> std::optional<T> opt(const json& j, const char* key) {
    return j.contains(key) && !j.at(key).is_null() ? std::optional<T>(j.at(key).get<T>())
                                                   : std::nullopt;
}
template <class T> json opt(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}
// Settings go out as JSON objects (scripts read them directly) and come back as text.
json settingsOut(const std::string& text) {
    auto j = json::parse(text, nullptr, false);
    return j.is_discarded() ? json(text) : j;
}
std::string settingsIn(const json& j) {
    return j.is_string() ? j.get<std::string>() : j.dump();
}

json blockOut(const Block& b) {
    return std::visit(
        [](const auto& v) -> json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Paragraph>)
                return {{"type", "paragraph"}, {"text", v.text}};
            else if constexpr (std::is_same_v<T, KeyValueTable>)
                return {{"type", "key_values"}, {"caption", v.caption}, {"rows", v.rows}};
            else if constexpr (std::is_same_v<T, Table>)
                return {{"type", "table"},
                        {"caption", v.caption},
                        {"headers", v.headers},
                        {"rows", v.rows}};
            else if constexpr (std::is_same_v<T, BarChart>)
                return {{"type", "bar_chart"},     {"title", v.title},
                        {"labels", v.labels},      {"values", nums(v.values)},
                        {"max_value", v.maxValue}, {"percent", v.percent}};
            else if constexpr (std::is_same_v<T, Heatmap>) {
                json rows = json::array();
                for (const auto& r : v.values)
                    rows.push_back(nums(r));
                return {{"type", "heatmap"},
                        {"title", v.title},
                        {"row_axis", v.rowAxis},
                        {"column_axis", v.columnAxis},
                        {"row_labels", v.rowLabels},
                        {"column_labels", v.columnLabels},
                        {"values", rows},
                        {"highlight_off_diagonal", v.highlightOffDiagonal}};
            } else if constexpr (std::is_same_v<T, HistogramPair>)
                return {{"type", "histogram_pair"},   {"title", v.title},
                        {"categories", v.categories}, {"left_title", v.leftTitle},
                        {"left", nums(v.left)},       {"right_title", v.rightTitle},
                        {"right", nums(v.right)}};
            else {
                json items = json::array();
                for (const auto& i : v.items) {
                    json item{{"example_id", i.exampleId},
                              {"label", i.label},
                              {"prediction", i.prediction},
                              {"caption", i.caption},
                              {"error", i.error}};
                    if (!i.rgb.empty()) {
                        item["width"] = i.width;
                        item["height"] = i.height;
                        item["rgb_base64"] = base64(std::string(i.rgb.begin(), i.rgb.end()));
                    }
                    items.push_back(std::move(item));
                }
                return {{"type", "image_grid"},
                        {"title", v.title},
                        {"columns", v.columns},
                        {"items", items}};
            }
        },
        b);
}

Block blockIn(const json& j) {
    const std::string type = j.at("type").get<std::string>();
    if (type == "paragraph")
        return Paragraph{j.at("text").get<std::string>()};
    if (type == "key_values")
        return KeyValueTable{j.at("caption").get<std::string>(),
                             j.at("rows").get<std::vector<std::pair<std::string, std::string>>>()};
    if (type == "table")
        return Table{j.at("caption").get<std::string>(),
                     j.at("headers").get<std::vector<std::string>>(),
                     j.at("rows").get<std::vector<std::vector<std::string>>>()};
    if (type == "bar_chart")
        return BarChart{j.at("title").get<std::string>(),
                        j.at("labels").get<std::vector<std::string>>(), nums(j.at("values")),
                        j.at("max_value").get<double>(), j.at("percent").get<bool>()};
    if (type == "heatmap") {
        Heatmap h{j.at("title").get<std::string>(),
                  j.at("row_axis").get<std::string>(),
                  j.at("column_axis").get<std::string>(),
                  j.at("row_labels").get<std::vector<std::string>>(),
                  j.at("column_labels").get<std::vector<std::string>>(),
                  {},
                  j.at("highlight_off_diagonal").get<bool>()};
        for (const auto& r : j.at("values"))
            h.values.push_back(nums(r));
        return h;
    }
    if (type == "histogram_pair")
        return HistogramPair{j.at("title").get<std::string>(),
                             j.at("categories").get<std::vector<std::string>>(),
                             j.at("left_title").get<std::string>(),
                             nums(j.at("left")),
                             j.at("right_title").get<std::string>(),
                             nums(j.at("right"))};
    if (type == "image_grid") {
        ImageGrid g{j.at("title").get<std::string>(), {}, j.at("columns").get<int>()};
        for (const auto& i : j.at("items")) {
            ImageItem item{i.at("example_id").get<std::int64_t>(), i.at("label").get<int>(),
                           i.at("prediction").get<int>(), i.at("caption").get<std::string>(),
                           i.at("error").get<bool>()};
            if (i.contains("rgb_base64")) {
                item.width = i.at("width").get<int>();
                item.height = i.at("height").get<int>();
                const auto bytes =
                    fromBase64(i.at("rgb_base64").get<std::string>(), "report image grid");
                item.rgb.assign(bytes.begin(), bytes.end());
            }
            g.items.push_back(std::move(item));
        }
        return g;
    }
    throwBadInput("unknown report block type \"" + type + "\"");
}

} // namespace

nlohmann::json reportToJson(const Report& r) {
    json j;
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["title"] = r.title;
    j["project"] = r.projectPath;
    j["dataset"] = {{"name", r.datasetName}, {"source", r.datasetSource}};
    j["model"] = {{"name", r.modelName}, {"path", r.modelPath}};
    j["software_version"] = r.softwareVersion;
    j["generated"] = r.generated;
    j["evaluation_run_id"] = r.evaluationRunId;
    j["overview_split"] = r.overviewSplit;
    j["class_names"] = r.classNames;
    j["splits"] = json::array();
    for (const auto& s : r.splits)
        j["splits"].push_back(
            {{"split", s.split}, {"n", s.n}, {"errors", s.errors}, {"accuracy", s.accuracy}});
    j["per_class_accuracy"] = nums(r.perClassAccuracy);
    j["confusion"] = r.confusion;
    j["slices"] = json::array();
    for (const auto& s : r.slices)
        j["slices"].push_back({{"id", s.id},
                               {"name", s.name},
                               {"origin", s.origin},
                               {"run_id", opt(s.runId)},
                               {"size", s.size},
                               {"evaluated", s.evaluated},
                               {"errors", s.errors},
                               {"accuracy", s.accuracy},
                               {"error_rate", s.errorRate},
                               {"error_rate_ci95", {s.errorRateLow, s.errorRateHigh}},
                               {"error_coverage", s.errorCoverage},
                               {"label_counts", s.labelCounts},
                               {"prediction_counts", s.predictionCounts},
                               {"example_ids", s.exampleIds},
                               {"example_labels", s.exampleLabels},
                               {"example_predictions", s.examplePredictions},
                               {"notes", s.notes}});
    j["runs"] = json::array();
    for (const auto& p : r.runs)
        j["runs"].push_back({{"id", p.id},
                             {"kind", p.kind},
                             {"status", p.status},
                             {"seed", p.seed},
                             {"settings", settingsOut(p.settingsJson)},
                             {"software_version", p.softwareVersion},
                             {"created", p.created},
                             {"started", opt(p.started)},
                             {"ended", opt(p.ended)},
                             {"dataset", {{"name", p.datasetName}, {"source", p.datasetSource}}},
                             {"model", {{"name", p.modelName}, {"path", p.modelPath}}},
                             {"error", p.error}});
    j["sections"] = json::array();
    for (const auto& s : r.sections) {
        json blocks = json::array();
        for (const auto& b : s.blocks)
            blocks.push_back(blockOut(b));
        j["sections"].push_back(
            {{"id", s.id}, {"title", s.title}, {"new_page", s.newPage}, {"blocks", blocks}});
    }
    return j;
}

Report reportFromJson(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throwBadInput("not a Faultline report (expected \"format\": \"faultline-report\")");
    try {
        Report r;
        r.title = j.at("title").get<std::string>();
        r.projectPath = j.at("project").get<std::string>();
        r.datasetName = j.at("dataset").at("name").get<std::string>();
        r.datasetSource = j.at("dataset").at("source").get<std::string>();
        r.modelName = j.at("model").at("name").get<std::string>();
        r.modelPath = j.at("model").at("path").get<std::string>();
        r.softwareVersion = j.at("software_version").get<std::string>();
        r.generated = j.at("generated").get<std::int64_t>();
        r.evaluationRunId = j.at("evaluation_run_id").get<std::int64_t>();
        r.overviewSplit = j.at("overview_split").get<std::string>();
        r.classNames = j.at("class_names").get<std::vector<std::string>>();
        for (const auto& s : j.at("splits"))
            r.splits.push_back({s.at("split").get<std::string>(), s.at("n").get<std::int64_t>(),
                                s.at("errors").get<std::int64_t>(),
                                s.at("accuracy").get<double>()});
        r.perClassAccuracy = nums(j.at("per_class_accuracy"));
        r.confusion = j.at("confusion").get<std::vector<std::vector<std::int64_t>>>();
        for (const auto& s : j.at("slices")) {
            SliceSummary x;
            x.id = s.at("id").get<std::int64_t>();
            x.name = s.at("name").get<std::string>();
            x.origin = s.at("origin").get<std::string>();
            x.runId = opt<std::int64_t>(s, "run_id");
            x.size = s.at("size").get<std::int64_t>();
            x.evaluated = s.at("evaluated").get<std::int64_t>();
            x.errors = s.at("errors").get<std::int64_t>();
            x.accuracy = s.at("accuracy").get<double>();
            x.errorRate = s.at("error_rate").get<double>();
            x.errorRateLow = s.at("error_rate_ci95").at(0).get<double>();
            x.errorRateHigh = s.at("error_rate_ci95").at(1).get<double>();
            x.errorCoverage = s.at("error_coverage").get<double>();
            x.labelCounts = s.at("label_counts").get<std::vector<std::int64_t>>();
            x.predictionCounts = s.at("prediction_counts").get<std::vector<std::int64_t>>();
            x.exampleIds = s.at("example_ids").get<std::vector<std::int64_t>>();
            x.exampleLabels = s.at("example_labels").get<std::vector<int>>();
            x.examplePredictions = s.at("example_predictions").get<std::vector<int>>();
            x.notes = s.at("notes").get<std::vector<std::string>>();
            r.slices.push_back(std::move(x));
        }
        for (const auto& p : j.at("runs")) {
            RunProvenance x;
            x.id = p.at("id").get<std::int64_t>();
            x.kind = p.at("kind").get<std::string>();
            x.status = p.at("status").get<std::string>();
            x.seed = p.at("seed").get<std::uint64_t>();
            x.settingsJson = settingsIn(p.at("settings"));
            x.softwareVersion = p.at("software_version").get<std::string>();
            x.created = p.at("created").get<std::int64_t>();
            x.started = opt<std::int64_t>(p, "started");
            x.ended = opt<std::int64_t>(p, "ended");
            x.datasetName = p.at("dataset").at("name").get<std::string>();
            x.datasetSource = p.at("dataset").at("source").get<std::string>();
            x.modelName = p.at("model").at("name").get<std::string>();
            x.modelPath = p.at("model").at("path").get<std::string>();
            x.error = p.at("error").get<std::string>();
            r.runs.push_back(std::move(x));
        }
        for (const auto& s : j.at("sections")) {
            Section x{s.at("id").get<std::string>(),
                      s.at("title").get<std::string>(),
                      s.at("new_page").get<bool>(),
                      {}};
            for (const auto& b : s.at("blocks"))
                x.blocks.push_back(blockIn(b));
            r.sections.push_back(std::move(x));
        }
        return r;
    } catch (const nlohmann::json::exception& e) {
        throwBadInput(std::string("malformed Faultline report JSON: ") + e.what());
    }
}

void JsonReportWriter::write(const Report& report, const std::string& path) const {
    writeTextFile(path, reportToJson(report).dump(2) + "\n");
}

} // namespace fl::report
