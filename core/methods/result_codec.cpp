#include "core/methods/result_codec.h"
#include "core/common/error.h"
#include "core/store/artifact_store.h"
#include "core/store/project.h"
#include "core/store/run_part_repo.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "core/store/typed_array.h"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>

namespace fl::methods {
namespace {

using nlohmann::json;

// Results kept in the run's settings JSON beside the settings proper; loadResult takes them out
// again so `settings` round-trips unchanged. (InfEmbed runs stored before the seam used the same
// two keys.)
constexpr const char* kWallSeconds = "wall_seconds";
constexpr const char* kStagePrefix = "stage_seconds_";
constexpr const char* kAccuracy = "result_accuracy";
constexpr const char* kTitle = "result_title";

const std::set<std::string>& sharedKeys() {
    static const std::set<std::string> keys{"rank",
                                            "rule",
                                            "size",
                                            "errors",
                                            "accuracy",
                                            "error_rate",
                                            "error_low",
                                            "error_high",
                                            "dominant_label",
                                            "dominant_label_share",
                                            "dominant_prediction",
                                            "dominant_prediction_share"};
    return keys;
}

// A stored number: a JSON number, or text as runs before the codec wrote it ("1.500000"), read
// the same in every locale; 0 when it is neither.
double numberOf(const json& v) {
    if (v.is_number())
        return v.get<double>();
    if (!v.is_string())
        return 0.0;
    const auto& t = v.get_ref<const std::string&>();
    double x = 0.0;
    std::from_chars(t.data(), t.data() + t.size(), x);
    return x;
}

// "eval_embeddings" → "embeddings": the descriptive kind of an artifact row.
std::string kindOfRole(const std::string& role) {
    const auto at = role.rfind('_');
    return at == std::string::npos ? role : role.substr(at + 1);
}

json tableJson(const ResultTable& t) {
    return {{"name", t.name}, {"title", t.title}, {"columns", t.columns}, {"rows", t.rows}};
}
json chartJson(const Chart& c) {
    json series = json::array();
    for (const auto& s : c.series)
        series.push_back({{"name", s.name}, {"values", s.values}});
    return {{"name", c.name},      {"title", c.title},    {"kind", c.kind},
            {"x_label", c.xLabel}, {"y_label", c.yLabel}, {"categories", c.categories},
            {"series", series}};
}
json imageSetJson(const ImageSet& s) {
    return {{"name", s.name},
            {"title", s.title},
            {"example_ids", s.exampleIds},
            {"array_role", s.arrayRole},
            {"captions", s.captions}};
}
json modelJson(const ModelVersion& m) {
    return {{"name", m.name}, {"path", m.path}, {"metadata", m.metadata}};
}

void readPart(MethodResult& r, const store::RunPart& p) {
    const json j = json::parse(p.body);
    if (p.kind == "table") {
        r.tables.push_back({j.at("name"), j.at("title"), j.at("columns"), j.at("rows")});
    } else if (p.kind == "chart") {
        Chart c{j.at("name"),
                j.at("title"),
                j.at("kind"),
                j.at("x_label"),
                j.at("y_label"),
                j.at("categories"),
                {}};
        for (const auto& s : j.at("series"))
            c.series.push_back({s.at("name"), s.at("values")});
        r.charts.push_back(std::move(c));
    } else if (p.kind == "image_set") {
        r.imageSets.push_back({j.at("name"), j.at("title"), j.at("example_ids"), j.at("array_role"),
                               j.at("captions")});
    } else if (p.kind == "model") {
        r.models.push_back({j.at("name"), j.at("path"), j.at("metadata")});
    } else if (p.kind == "summary") {
        r.summary = j;
    } // parts of kinds a later version adds are skipped
}

} // namespace

json sliceMetadata(const RankedSlice& s, std::size_t rank) {
    json meta = s.extra.is_object() ? s.extra : json::object();
    const auto& st = s.stats;
    meta["rank"] = rank;
    meta["rule"] = s.rule;
    meta["size"] = st.size;
    meta["errors"] = st.errors;
    meta["accuracy"] = st.accuracy;
    meta["error_rate"] = st.errorRate;
    meta["error_low"] = st.errorLow;
    meta["error_high"] = st.errorHigh;
    meta["dominant_label"] = st.dominantLabel;
    meta["dominant_label_share"] = st.dominantLabelShare;
    meta["dominant_prediction"] = st.dominantPrediction;
    meta["dominant_prediction_share"] = st.dominantPredictionShare;
    return meta;
}

metrics::SliceStats statsFromMetadata(const json& meta, std::int64_t members) {
    metrics::SliceStats st;
    st.size = members;
    st.accuracy = meta.at("accuracy").get<double>();
    st.errorRate = meta.at("error_rate").get<double>();
    st.errors = meta.contains("errors") ? meta.at("errors").get<std::int64_t>()
                                        : std::llround(st.errorRate * double(members));
    st.errorLow = meta.at("error_low").get<double>();
    st.errorHigh = meta.at("error_high").get<double>();
    st.dominantLabel = meta.at("dominant_label").get<int>();
    st.dominantLabelShare = meta.at("dominant_label_share").get<double>();
    st.dominantPrediction = meta.at("dominant_prediction").get<int>();
    st.dominantPredictionShare = meta.at("dominant_prediction_share").get<double>();
    return st;
}

void storeResult(store::Project& project, MethodResult& r, std::optional<std::int64_t> datasetId,
                 std::optional<std::int64_t> modelId) {
    json settings = json::object();
    for (const auto& [k, v] : r.settings)
        settings[k] = v;
    // Numbers as JSON numbers: std::to_string and atof follow the process's locale (a German
    // window would write "0,87"), JSON does not.
    settings[kWallSeconds] = r.seconds;
    settings[kAccuracy] = r.accuracy;
    if (!r.title.empty())
        settings[kTitle] = r.title;
    for (const auto& [stage, sec] : r.stageSeconds)
        settings[kStagePrefix + stage] = sec;

    store::RunRepo runs(project);
    store::RunRecord run;
    run.kind = r.kind.empty() ? r.method : r.kind;
    run.settingsJson = settings.dump();
    run.seed = r.seed;
    run.datasetId = datasetId;
    run.modelId = modelId;
    const std::int64_t runId = runs.add(run);
    runs.markRunning(runId);
    try {
        store::ArtifactStore a(project);
        a.attachArray(runId, "eval_ids", "ids", store::makeArray(r.exampleIds));
        a.attachArray(runId, "eval_labels", "labels", store::makeIntArray(r.labels));
        a.attachArray(runId, "eval_predictions", "predictions", store::makeIntArray(r.predictions));
        for (const auto& [role, array] : r.arrays)
            a.attachArray(runId, role, kindOfRole(role), array);

        store::SliceRepo repo(project);
        const std::string prefix =
            (r.title.empty() ? run.kind : r.title) + " #" + std::to_string(runId) + " ";
        for (std::size_t si = 0; si < r.slices.size(); ++si) {
            auto& s = r.slices[si];
            std::vector<store::SliceMember> members;
            for (std::size_t k = 0; k < s.memberIds.size(); ++k)
                members.push_back(
                    {s.memberIds[k], int(k), k < s.scores.size() ? s.scores[k] : 0.0});
            store::SliceRecord rec;
            rec.runId = runId;
            // The run id keeps slices of several runs apart in the one slice list.
            rec.name = prefix + s.name;
            rec.origin = run.kind;
            rec.metadataJson = sliceMetadata(s, si).dump();
            s.storedId = repo.add(rec, members);
        }

        std::vector<store::RunPart> parts;
        for (const auto& t : r.tables)
            parts.push_back({"table", tableJson(t).dump()});
        for (const auto& c : r.charts)
            parts.push_back({"chart", chartJson(c).dump()});
        for (const auto& s : r.imageSets)
            parts.push_back({"image_set", imageSetJson(s).dump()});
        for (const auto& m : r.models)
            parts.push_back({"model", modelJson(m).dump()});
        if (!r.summary.empty())
            parts.push_back({"summary", r.summary.dump()});
        if (!parts.empty())
            store::RunPartRepo(project).replace(runId, parts);
        runs.finish(runId, store::RunStatus::Done);
    } catch (const std::exception& e) {
        runs.finish(runId, store::RunStatus::Failed, e.what());
        throw;
    }
    r.runId = runId;
}

MethodResult loadResult(store::Project& project, std::int64_t runId) {
    store::RunRepo runs(project);
    const auto run = runs.get(runId);
    const std::string where = "run " + std::to_string(runId);
    if (!run)
        throwBadInput(where + " is not in " + project.path());
    if (run->status != store::RunStatus::Done)
        throwBadInput(where + " (" + run->kind + ") did not finish (" +
                      store::runStatusName(run->status) + ")");
    MethodResult r;
    r.runId = runId;
    r.kind = run->kind;
    r.method = run->kind;
    r.seed = run->seed;
    const json settings = json::parse(run->settingsJson, nullptr, false);
    if (!settings.is_object())
        throwBadInput(where + ": its settings are not a JSON object");
    for (const auto& [k, v] : settings.items()) {
        const std::string text = v.is_string() ? v.get<std::string>() : v.dump();
        if (k == kWallSeconds)
            r.seconds = numberOf(v);
        else if (k == kAccuracy)
            r.accuracy = numberOf(v);
        else if (k == kTitle)
            r.title = text;
        else if (k.rfind(kStagePrefix, 0) == 0)
            r.stageSeconds[k.substr(std::strlen(kStagePrefix))] = numberOf(v);
        else
            r.settings[k] = text;
    }
    if (const auto it = r.settings.find("split"); it != r.settings.end())
        r.split = it->second;

    const store::ArtifactStore a(project);
    for (const auto& link : a.forRun(runId))
        r.arrays[link.role] = *a.loadForRun(runId, link.role);
    // The sliced split's examples are parts of every result, not arrays of the method's own.
    // Moves role out of the arrays (an empty array when the run has none).
    const auto take = [&r](const char* role) {
        store::ArtifactArray a;
        if (const auto it = r.arrays.find(role); it != r.arrays.end()) {
            a = std::move(it->second);
            r.arrays.erase(it);
        }
        return a;
    };
    const auto named = [&where](const char* role) { return where + ": artifact '" + role + "'"; };
    if (auto ids = take("eval_ids"); !ids.shape.empty())
        r.exampleIds = store::arrayValues<std::int64_t>(ids, named("eval_ids"));
    if (auto labels = take("eval_labels"); !labels.shape.empty())
        r.labels = store::arrayInts(labels, named("eval_labels"));
    if (auto predictions = take("eval_predictions"); !predictions.shape.empty())
        r.predictions = store::arrayInts(predictions, named("eval_predictions"));
    if (r.labels.size() != r.exampleIds.size() || r.predictions.size() != r.exampleIds.size())
        throwBadInput(where + ": artifacts 'eval_ids', 'eval_labels' and 'eval_predictions' "
                              "disagree in length");

    store::SliceRepo repo(project);
    std::vector<std::pair<std::int64_t, RankedSlice>> ordered;
    for (const auto& rec : repo.list(runId)) {
        const std::string sw = where + ", slice " + std::to_string(rec.id) + " (" + rec.name + ")";
        json meta = json::parse(rec.metadataJson, nullptr, false);
        if (!meta.is_object())
            throwBadInput(sw + ": its metadata is not a JSON object");
        RankedSlice s;
        s.storedId = rec.id;
        s.name = rec.name;
        for (const auto& m : repo.members(rec.id)) {
            s.memberIds.push_back(m.exampleId);
            s.scores.push_back(m.score);
        }
        std::int64_t rank = std::int64_t(ordered.size());
        try {
            s.stats = statsFromMetadata(meta, std::int64_t(s.memberIds.size()));
            rank = meta.value("rank", rank);
            s.rule = meta.contains("rule") ? meta.at("rule").get<std::string>()
                                           : meta.value("path", std::string());
        } catch (const json::exception& e) {
            throwBadInput(sw + ": metadata field missing or of the wrong type (" + e.what() + ")");
        }
        for (auto it = meta.begin(); it != meta.end(); ++it)
            if (!sharedKeys().count(it.key()))
                s.extra[it.key()] = it.value();
        ordered.emplace_back(rank, std::move(s));
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [rank, s] : ordered)
        r.slices.push_back(std::move(s));

    try {
        for (const auto& p : store::RunPartRepo(project).list(runId))
            readPart(r, p);
    } catch (const json::exception& e) {
        throwBadInput(where + ": a stored table, chart or image set is damaged (" + e.what() + ")");
    }
    return r;
}

std::optional<std::int64_t> latestRun(store::Project& project,
                                      const std::vector<std::string>& kinds, bool needArtifacts) {
    store::RunRepo runs(project);
    const store::ArtifactStore artifacts(project);
    std::optional<std::int64_t> best;
    for (const auto& r : runs.list())
        if (std::find(kinds.begin(), kinds.end(), r.kind) != kinds.end() &&
            r.status == store::RunStatus::Done && (!best || r.id > *best) &&
            (!needArtifacts || !artifacts.forRun(r.id).empty()))
            best = r.id;
    return best;
}

} // namespace fl::methods
