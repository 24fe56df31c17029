#include "core/methods/result_json.h"
#include <cstdio>
#include <iomanip>
#include <sstream>

namespace fl::methods {
namespace {

using nlohmann::json;

// Lists of examples among a slice's own fields (InfEmbed's opponents) gain their class names.
json withClassNames(json value, const std::vector<std::string>& names) {
    if (value.is_array())
        for (auto& e : value)
            if (e.is_object() && e.contains("label") && e["label"].is_number_integer())
                e["label_name"] = classNameOf(names, e["label"].get<int>());
    return value;
}

} // namespace

std::string classNameOf(const std::vector<std::string>& names, int c) {
    return c >= 0 && c < int(names.size()) ? names[std::size_t(c)] : std::to_string(c);
}

std::string tableNumber(double v, const char* format) {
    char buf[48];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

json resultJson(const MethodResult& r, const std::vector<std::string>& names) {
    json settings = json::object();
    for (const auto& [k, v] : r.settings)
        settings[k] = v;
    json j{{"method", r.method},
           {"kind", r.kind},
           {"title", r.title},
           {"split", r.split},
           {"n", r.exampleIds.size()},
           {"accuracy", r.accuracy},
           {"seed", r.seed},
           {"settings", settings},
           {"seconds", r.stageSeconds},
           {"total_seconds", r.seconds},
           {"slices", json::array()}};
    for (std::size_t si = 0; si < r.slices.size(); ++si) {
        const auto& s = r.slices[si];
        const auto& st = s.stats;
        json js{{"rank", si},
                {"name", s.name},
                {"rule", s.rule},
                {"size", st.size},
                {"errors", st.errors},
                {"accuracy", st.accuracy},
                {"error_rate", st.errorRate},
                {"error_low", st.errorLow},
                {"error_high", st.errorHigh},
                {"dominant_label", st.dominantLabel},
                {"dominant_label_name", classNameOf(names, st.dominantLabel)},
                {"dominant_label_share", st.dominantLabelShare},
                {"dominant_prediction", st.dominantPrediction},
                {"dominant_prediction_name", classNameOf(names, st.dominantPrediction)},
                {"dominant_prediction_share", st.dominantPredictionShare},
                {"members", s.memberIds},
                {"scores", s.scores}};
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
            if (!js.contains(it.key()))
                js[it.key()] = withClassNames(it.value(), names);
        if (s.storedId)
            js["slice_id"] = s.storedId;
        j["slices"].push_back(std::move(js));
    }
    json tables = json::array();
    for (const auto& t : r.tables)
        tables.push_back(
            {{"name", t.name}, {"title", t.title}, {"columns", t.columns}, {"rows", t.rows}});
    j["tables"] = tables;
    json examples = json::array();
    for (std::size_t i = 0; i < r.exampleIds.size(); ++i)
        examples.push_back({r.exampleIds[i], i < r.labels.size() ? r.labels[i] : -1,
                            i < r.predictions.size() ? r.predictions[i] : -1});
    j["examples"] = examples;
    j["examples_columns"] = {"id", "label", "prediction"};
    for (auto it = r.summary.begin(); it != r.summary.end(); ++it)
        if (!j.contains(it.key()))
            j[it.key()] = it.value();
    return j;
}

std::string resultText(const MethodResult& r, const std::vector<std::string>& names,
                       std::size_t maxSlices) {
    std::ostringstream t;
    t << std::fixed << std::setprecision(3) << (r.title.empty() ? r.kind : r.title) << " on the "
      << r.split << " split (" << r.exampleIds.size() << " examples, accuracy " << r.accuracy
      << "): " << r.slices.size() << " slice(s) in " << std::setprecision(1) << r.seconds << " s\n"
      << std::setprecision(3);
    for (std::size_t si = 0; si < r.slices.size() && si < maxSlices; ++si) {
        const auto& s = r.slices[si];
        t << s.name << ": " << s.stats.size << " examples, accuracy " << s.stats.accuracy
          << ", mostly " << classNameOf(names, s.stats.dominantLabel) << " -> "
          << classNameOf(names, s.stats.dominantPrediction) << "\n  first members:";
        for (std::size_t m = 0; m < std::min<std::size_t>(8, s.memberIds.size()); ++m)
            t << " " << s.memberIds[m];
        t << "\n";
        for (const char* side : {"opponents", "proponents"})
            if (s.extra.contains(side) && s.extra[side].is_array() && !s.extra[side].empty()) {
                t << "  " << side << ":";
                for (const auto& e : s.extra[side])
                    t << " " << e.value("id", std::int64_t(0)) << " ("
                      << classNameOf(names, e.value("label", -1)) << ")";
                t << "\n";
            }
    }
    if (r.slices.size() > maxSlices)
        t << "… " << r.slices.size() - maxSlices << " more slice(s)\n";
    return t.str();
}

} // namespace fl::methods
