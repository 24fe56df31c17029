#include "core/workflows/infembed_analysis.h"
#include "core/common/error.h"
#include "core/influence/opponents.h"
#include "core/metrics/wilson_interval.h"
#include "core/nn/inference.h"
#include "core/store/artifact_store.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include <algorithm>
#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace fl::workflows {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

// Run results kept in the run's settings JSON beside the settings proper; loadInfEmbed takes
// them out again so `settings` round-trips unchanged.
constexpr const char* kWallSeconds = "wall_seconds";
constexpr const char* kStagePrefix = "stage_seconds_";

// The most frequent value (lowest on ties) and its count.
std::pair<int, std::int64_t> dominant(const std::vector<int>& values) {
    std::map<int, std::int64_t> counts;
    for (int v : values)
        ++counts[v];
    std::pair<int, std::int64_t> best{-1, 0};
    for (const auto& [v, c] : counts)
        if (c > best.second)
            best = {v, c};
    return best;
}

std::unordered_map<std::int64_t, std::int64_t> rowsById(const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, std::int64_t> m;
    m.reserve(ids.size());
    for (std::size_t r = 0; r < ids.size(); ++r)
        m.emplace(ids[r], std::int64_t(r));
    return m;
}

void summarise(const InfEmbedOutcome& o, SliceSummary& s) {
    std::vector<int> labels, preds;
    std::int64_t errors = 0;
    for (auto row : s.slice.members) {
        const auto r = std::size_t(row);
        labels.push_back(o.evalLabels[r]);
        preds.push_back(o.evalPredictions[r]);
        errors += o.evalLabels[r] != o.evalPredictions[r];
    }
    const auto n = std::int64_t(s.slice.members.size());
    s.errorRate = n > 0 ? double(errors) / double(n) : 0.0;
    const auto ci = metrics::wilsonInterval(errors, n);
    s.errorLow = ci.low;
    s.errorHigh = ci.high;
    const auto [label, labelCount] = dominant(labels);
    const auto [pred, predCount] = dominant(preds);
    s.dominantLabel = label;
    s.dominantLabelShare = n > 0 ? double(labelCount) / double(n) : 0.0;
    s.dominantPrediction = pred;
    s.dominantPredictionShare = n > 0 ? double(predCount) / double(n) : 0.0;
}

// --- artifacts -------------------------------------------------------------------------------

template <class T> store::DType dtypeOf();
template <> store::DType dtypeOf<float>() {
    return store::DType::Float32;
}
template <> store::DType dtypeOf<double>() {
    return store::DType::Float64;
}
template <> store::DType dtypeOf<std::int32_t>() {
    return store::DType::Int32;
}
template <> store::DType dtypeOf<std::int64_t>() {
    return store::DType::Int64;
}

template <class T>
void putArray(store::ArtifactStore& a, std::int64_t runId, const std::string& role,
              const std::string& kind, const std::vector<std::int64_t>& shape, const T* data,
              std::size_t n) {
    if (n == 0)
        return; // absent means empty; a zero-byte artifact says nothing more
    const auto hash = a.put(kind, dtypeOf<T>(), shape, data, n * sizeof(T));
    a.attach(runId, role, hash);
}

// Reads role `role` of run `runId` as T with `cols` columns (0 = a vector); BadInput naming the
// role (and, via the store, the file) when it is missing, unreadable or of the wrong type.
template <class T>
std::vector<T> getArray(const store::ArtifactStore& a, std::int64_t runId, const std::string& role,
                        bool required, std::int64_t expectRows = -1,
                        std::int64_t* colsOut = nullptr) {
    const auto where = "InfEmbed run " + std::to_string(runId) + ": artifact '" + role + "'";
    const auto hash = a.forRun(runId, role);
    if (!hash) {
        if (required)
            throwBadInput(where + " is not linked to the run (the project is incomplete)");
        return {};
    }
    store::ArtifactArray arr;
    try {
        arr = a.load(*hash, true);
    } catch (const std::exception& e) {
        throwBadInput(where + " could not be read: " + e.what());
    }
    if (arr.dtype != dtypeOf<T>())
        throwBadInput(where + " holds " + store::dtypeName(arr.dtype) + ", expected " +
                      store::dtypeName(dtypeOf<T>()));
    if (arr.shape.empty() || arr.shape.size() > 2 || arr.data.size() % sizeof(T) != 0 ||
        std::int64_t(arr.data.size() / sizeof(T)) != arr.elements())
        throwBadInput(where + " has a malformed shape");
    if (expectRows >= 0 && arr.shape[0] != expectRows)
        throwBadInput(where + " has " + std::to_string(arr.shape[0]) + " rows, expected " +
                      std::to_string(expectRows));
    if (colsOut)
        *colsOut = arr.shape.size() == 2 ? arr.shape[1] : 1;
    std::vector<T> out(arr.data.size() / sizeof(T));
    if (!out.empty())
        std::memcpy(out.data(), arr.data.data(), arr.data.size());
    return out;
}

nn::MatrixRM getMatrix(const store::ArtifactStore& a, std::int64_t runId, const std::string& role,
                       bool required, std::int64_t rows) {
    std::int64_t cols = 0;
    const auto v = getArray<float>(a, runId, role, required, rows, &cols);
    if (v.empty())
        return {};
    nn::MatrixRM m(rows, cols);
    std::memcpy(m.data(), v.data(), v.size() * sizeof(float));
    return m;
}

std::vector<int> toInts(const std::vector<std::int32_t>& v) {
    return {v.begin(), v.end()};
}

std::string settingOr(const std::map<std::string, std::string>& s, const std::string& key,
                      const std::string& fallback) {
    const auto it = s.find(key);
    return it == s.end() ? fallback : it->second;
}

json exampleJson(const InfluencedExample& e) {
    return {{"id", e.exampleId},
            {"label", e.label},
            {"prediction", e.prediction},
            {"influence", e.influence}};
}

std::vector<InfluencedExample> examplesFrom(const json& arr) {
    std::vector<InfluencedExample> out;
    if (!arr.is_array())
        return out;
    for (const auto& e : arr)
        out.push_back({e.at("id").get<std::int64_t>(), e.at("label").get<int>(),
                       e.value("prediction", -1), e.at("influence").get<double>()});
    return out;
}

// The rows of `stored` at `positions` in that order when it has all of them with what `io`
// asks for; otherwise the model is run.
nn::InferenceResult outputsAt(const nn::Classifier& c, const data::Dataset& d,
                              const nn::InferenceResult& stored,
                              const std::vector<std::int64_t>& positions,
                              const nn::InferenceOptions& io, const Progress& progress,
                              const CancelToken& cancel, bool& reused) {
    const auto n = std::int64_t(stored.indices.size());
    const bool usable =
        n > 0 && stored.probabilities.rows() == n && std::int64_t(stored.predictions.size()) == n &&
        stored.probabilities.cols() == c.numClasses() &&
        (!io.wantEmbeddings ||
         (stored.embeddings.rows() == n && stored.embeddings.cols() == c.embeddingDim()));
    if (usable) {
        const auto rowOf = rowsById(stored.indices); // dataset position → stored row
        std::vector<std::int64_t> rows;
        rows.reserve(positions.size());
        for (auto p : positions) {
            const auto it = rowOf.find(p);
            if (it == rowOf.end())
                break;
            rows.push_back(it->second);
        }
        if (rows.size() == positions.size()) {
            nn::InferenceResult out;
            out.indices = positions;
            out.probabilities.resize(Eigen::Index(rows.size()), stored.probabilities.cols());
            if (io.wantEmbeddings)
                out.embeddings.resize(Eigen::Index(rows.size()), stored.embeddings.cols());
            for (std::size_t k = 0; k < rows.size(); ++k) {
                out.probabilities.row(Eigen::Index(k)) = stored.probabilities.row(rows[k]);
                if (io.wantEmbeddings)
                    out.embeddings.row(Eigen::Index(k)) = stored.embeddings.row(rows[k]);
                out.predictions.push_back(stored.predictions[std::size_t(rows[k])]);
            }
            progress.report(1.0, "reused the stored model outputs");
            reused = true;
            return out;
        }
    }
    reused = false;
    return nn::infer(c, d, positions, io, progress, cancel);
}

} // namespace

RankedInfluence influenceOnRows(const InfEmbedOutcome& o, const std::vector<std::int64_t>& evalRows,
                                int k) {
    RankedInfluence out;
    if (evalRows.empty() || k <= 0)
        return out;
    const auto rk = influence::rankTrainingInfluence(o.influence.evalEmbeddings, evalRows,
                                                     o.influence.trainEmbeddings, k);
    auto side = [&](const std::vector<std::int64_t>& rows, const std::vector<double>& scores) {
        std::vector<InfluencedExample> list;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto r = std::size_t(rows[i]);
            list.push_back({o.trainIds[r], o.trainLabels[r],
                            r < o.trainPredictions.size() ? o.trainPredictions[r] : -1, scores[i]});
        }
        return list;
    };
    out.opponents = side(rk.opponents, rk.opponentScores);
    out.proponents = side(rk.proponents, rk.proponentScores);
    return out;
}

void InfEmbedRequest::validate() const {
    influence.validate();
    if (rule) {
        ruleOptions.validate();
    } else {
        if (plain.k < 1)
            throwBadInput("K (number of slices) must be at least 1, got " +
                          std::to_string(plain.k));
        if (plain.niter < 1)
            throwBadInput("K-means iterations must be at least 1, got " +
                          std::to_string(plain.niter));
    }
    if (opponentsPerSlice < 0)
        throwBadInput("opponents per slice must be 0 or more, got " +
                      std::to_string(opponentsPerSlice));
}

InfEmbedOutcome runInfEmbed(const nn::Classifier& c, const data::Dataset& d,
                            const InfEmbedRequest& request, const Progress& progress,
                            const CancelToken& cancel) {
    return runInfEmbed(c, d, request, nn::InferenceResult{}, progress, cancel);
}

InfEmbedOutcome runInfEmbed(const nn::Classifier& c, const data::Dataset& d,
                            const InfEmbedRequest& request, const nn::InferenceResult& stored,
                            const Progress& progress, const CancelToken& cancel) {
    const auto t0 = Clock::now();
    request.validate();
    const std::string splitName = data::splitName(request.split);
    const auto evalPos = nn::splitIndices(d, request.split);
    const auto trainPos = nn::splitIndices(d, data::Split::Train);
    if (evalPos.empty() || trainPos.empty())
        throwBadInput("InfEmbed needs training examples and examples in the " + splitName +
                      " split of " + d.name);
    if (!request.rule && std::int64_t(evalPos.size()) < request.plain.k)
        throwBadInput("K (" + std::to_string(request.plain.k) + ") is more than the " +
                      std::to_string(evalPos.size()) + " examples of the " + splitName + " split");
    const auto& s = request.influence;
    const bool embedTraining = request.embedTraining;
    cancel.throwIfCancelled();

    InfEmbedOutcome o;
    o.method = request.rule ? "infembed-rule" : "infembed";
    o.split = splitName;

    // Predictions of both splits come from the same forward passes the last layer needs anyway.
    nn::InferenceOptions io;
    io.wantEmbeddings = s.layers == "last";
    auto t = Clock::now();
    progress.report(0.0, "running the model on the " + splitName + " split");
    bool reusedEval = false;
    const nn::InferenceResult ev =
        outputsAt(c, d, stored, evalPos, io, progress.sub(0.0, 0.1), cancel, reusedEval);
    nn::InferenceResult tr;
    bool reusedTrain = true; // nothing to infer for training rows counts as reused
    if (s.layers == "last") {
        const auto pool = embedTraining ? trainPos : influence::chooseHessianSubset(trainPos, s);
        tr = outputsAt(c, d, stored, pool, io, progress.sub(0.1, 0.3), cancel, reusedTrain);
        const double outputs = std::chrono::duration<double>(Clock::now() - t).count();
        o.influence = influence::lastLayerInfluence(d, ev, tr, embedTraining, s,
                                                    progress.sub(0.3, 0.8), cancel);
        o.influence.seconds["outputs"] = outputs;
    } else {
        if (embedTraining) {
            nn::InferenceOptions plain;
            tr = outputsAt(c, d, stored, trainPos, plain, progress.sub(0.1, 0.2), cancel,
                           reusedTrain);
        }
        const double outputs = std::chrono::duration<double>(Clock::now() - t).count();
        o.influence = influence::computeInfluence(c, d, evalPos, trainPos, embedTraining, s,
                                                  progress.sub(0.2, 0.8), cancel);
        o.influence.seconds["outputs"] = outputs;
    }
    cancel.throwIfCancelled();

    // Rows of the outcome follow the embeddings' rows; predictions are looked up by position.
    std::unordered_map<std::int64_t, int> predictionAt;
    for (std::size_t r = 0; r < ev.indices.size(); ++r)
        predictionAt[ev.indices[r]] = ev.predictions[r];
    for (std::size_t r = 0; r < tr.indices.size(); ++r)
        predictionAt.emplace(tr.indices[r], tr.predictions[r]);
    auto predictionOf = [&](std::int64_t pos) {
        const auto it = predictionAt.find(pos);
        return it == predictionAt.end() ? -1 : it->second;
    };
    std::vector<bool> correct;
    std::int64_t right = 0;
    for (auto pos : o.influence.evalIndices) {
        o.evalIds.push_back(d.ids[std::size_t(pos)]);
        o.evalLabels.push_back(d.labels[std::size_t(pos)]);
        o.evalPredictions.push_back(predictionOf(pos));
        correct.push_back(o.evalLabels.back() == o.evalPredictions.back());
        right += correct.back();
    }
    for (auto pos : o.influence.trainIndices) {
        o.trainIds.push_back(d.ids[std::size_t(pos)]);
        o.trainLabels.push_back(d.labels[std::size_t(pos)]);
        o.trainPredictions.push_back(predictionOf(pos));
    }
    o.accuracy = o.evalIds.empty() ? 0.0 : double(right) / double(o.evalIds.size());

    progress.report(0.8, "clustering influence embeddings");
    std::vector<cluster::Slice> slices;
    std::map<std::string, std::string> sliceSettings;
    if (request.rule) {
        slices = cluster::infEmbedRule(o.influence.evalEmbeddings, correct, request.ruleOptions,
                                       progress.sub(0.8, 0.95), cancel);
        sliceSettings = request.ruleOptions.toSettings();
    } else {
        slices =
            cluster::infEmbedSlices(o.influence.evalEmbeddings, correct, request.plain, cancel);
        sliceSettings = request.plain.toSettings();
    }
    std::stable_sort(slices.begin(), slices.end(), [](const auto& x, const auto& y) {
        return x.accuracy != y.accuracy ? x.accuracy < y.accuracy : x.size > y.size;
    });
    cancel.throwIfCancelled();

    progress.report(0.95, "ranking opponents and proponents");
    const bool rank = embedTraining && o.influence.trainEmbeddings.rows() > 0;
    for (auto& sl : slices) {
        SliceSummary sum;
        sum.slice = std::move(sl);
        summarise(o, sum);
        if (rank)
            sum.influence = influenceOnRows(o, sum.slice.members, request.opponentsPerSlice);
        o.slices.push_back(std::move(sum));
        cancel.throwIfCancelled();
    }

    o.settings = o.influence.toSettings();
    for (const auto& [k, v] : sliceSettings)
        o.settings[k] = v;
    o.settings["method"] = o.method;
    o.settings["split"] = o.split;
    o.settings["model"] = c.sourcePath();
    o.settings["dataset"] = d.source;
    o.settings["opponents"] = std::to_string(request.opponentsPerSlice);
    o.settings["embed_training"] = embedTraining ? "true" : "false";
    // Stored outputs are the same model's, but say where the numbers came from.
    o.settings["model_outputs"] = reusedEval && reusedTrain ? "stored" : "inferred";
    o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    progress.report(1.0, "InfEmbed done");
    return o;
}

void storeInfEmbed(store::Project& project, InfEmbedOutcome& o,
                   std::optional<std::int64_t> datasetId, std::optional<std::int64_t> modelId) {
    json settings = json::object();
    for (const auto& [k, v] : o.settings)
        settings[k] = v;
    settings[kWallSeconds] = std::to_string(o.seconds);
    for (const auto& [stage, sec] : o.influence.seconds)
        settings[kStagePrefix + stage] = std::to_string(sec);

    store::RunRepo runs(project);
    store::RunRecord run;
    run.kind = o.method;
    run.settingsJson = settings.dump();
    run.seed = o.influence.settings.seed;
    run.datasetId = datasetId;
    run.modelId = modelId;
    const std::int64_t runId = runs.add(run);
    runs.markRunning(runId);
    try {
        store::ArtifactStore a(project);
        const auto& ir = o.influence;
        const auto n = std::int64_t(o.evalIds.size());
        const auto m = std::int64_t(o.trainIds.size());
        putArray(a, runId, "eval_embeddings", "embeddings",
                 {ir.evalEmbeddings.rows(), ir.evalEmbeddings.cols()}, ir.evalEmbeddings.data(),
                 std::size_t(ir.evalEmbeddings.size()));
        putArray(a, runId, "train_embeddings", "embeddings",
                 {ir.trainEmbeddings.rows(), ir.trainEmbeddings.cols()}, ir.trainEmbeddings.data(),
                 std::size_t(ir.trainEmbeddings.size()));
        const std::vector<std::int32_t> el(o.evalLabels.begin(), o.evalLabels.end()),
            ep(o.evalPredictions.begin(), o.evalPredictions.end()),
            tl(o.trainLabels.begin(), o.trainLabels.end()),
            tp(o.trainPredictions.begin(), o.trainPredictions.end());
        putArray(a, runId, "eval_ids", "ids", {n}, o.evalIds.data(), o.evalIds.size());
        putArray(a, runId, "eval_labels", "labels", {n}, el.data(), el.size());
        putArray(a, runId, "eval_predictions", "predictions", {n}, ep.data(), ep.size());
        putArray(a, runId, "eval_positions", "positions", {std::int64_t(ir.evalIndices.size())},
                 ir.evalIndices.data(), ir.evalIndices.size());
        putArray(a, runId, "train_ids", "ids", {m}, o.trainIds.data(), o.trainIds.size());
        putArray(a, runId, "train_labels", "labels", {m}, tl.data(), tl.size());
        putArray(a, runId, "train_predictions", "predictions", {m}, tp.data(), tp.size());
        putArray(a, runId, "train_positions", "positions", {std::int64_t(ir.trainIndices.size())},
                 ir.trainIndices.data(), ir.trainIndices.size());
        putArray(a, runId, "hessian_positions", "positions",
                 {std::int64_t(ir.hessianIndices.size())}, ir.hessianIndices.data(),
                 ir.hessianIndices.size());
        putArray(a, runId, "eigenvalues", "eigenvalues", {ir.eigenvalues.size()},
                 ir.eigenvalues.data(), std::size_t(ir.eigenvalues.size()));
        putArray(a, runId, "ritz_values", "eigenvalues", {ir.ritzValues.size()},
                 ir.ritzValues.data(), std::size_t(ir.ritzValues.size()));

        store::SliceRepo repo(project);
        const std::string prefix = o.method == "infembed-rule" ? "InfEmbed-Rule " : "InfEmbed ";
        for (std::size_t si = 0; si < o.slices.size(); ++si) {
            auto& s = o.slices[si];
            const auto& sl = s.slice;
            std::vector<store::SliceMember> members;
            for (std::size_t k = 0; k < sl.members.size(); ++k)
                members.push_back({o.evalIds[std::size_t(sl.members[k])], int(k),
                                   k < sl.similarity.size() ? double(sl.similarity[k]) : 0.0});
            json opp = json::array(), pro = json::array();
            for (const auto& e : s.influence.opponents)
                opp.push_back(exampleJson(e));
            for (const auto& e : s.influence.proponents)
                pro.push_back(exampleJson(e));
            const std::vector<float> centre(sl.centre.data(), sl.centre.data() + sl.centre.size());
            const json meta{{"rank", si},
                            {"path", sl.path},
                            {"depth", sl.depth},
                            {"size", sl.size},
                            {"accuracy", sl.accuracy},
                            {"coherence", sl.coherence},
                            {"error_rate", s.errorRate},
                            {"error_low", s.errorLow},
                            {"error_high", s.errorHigh},
                            {"dominant_label", s.dominantLabel},
                            {"dominant_label_share", s.dominantLabelShare},
                            {"dominant_prediction", s.dominantPrediction},
                            {"dominant_prediction_share", s.dominantPredictionShare},
                            {"centre", centre},
                            {"opponents", opp},
                            {"proponents", pro}};
            store::SliceRecord rec;
            rec.runId = runId;
            // The run id keeps slices of several runs apart in the one slice list.
            rec.name = prefix + "#" + std::to_string(runId) + " slice " + std::to_string(si) +
                       " [" + sl.path + "]";
            rec.origin = o.method;
            rec.metadataJson = meta.dump();
            s.storedSliceId = repo.add(rec, members);
        }
        runs.finish(runId, store::RunStatus::Done);
    } catch (const std::exception& e) {
        runs.finish(runId, store::RunStatus::Failed, e.what());
        throw;
    }
    o.runId = runId;
}

std::optional<InfEmbedOutcome> loadInfEmbed(store::Project& project,
                                            std::optional<std::int64_t> runId) {
    store::RunRepo runs(project);
    std::optional<store::RunRecord> run;
    const auto isInfEmbed = [](const store::RunRecord& r) {
        return r.kind == "infembed" || r.kind == "infembed-rule";
    };
    if (runId) {
        run = runs.get(*runId);
        if (!run || !isInfEmbed(*run))
            throwBadInput("run " + std::to_string(*runId) + " is not an InfEmbed run of " +
                          project.path());
        if (run->status != store::RunStatus::Done)
            throwBadInput("InfEmbed run " + std::to_string(*runId) + " did not finish (" +
                          store::runStatusName(run->status) + ")");
    } else {
        // Runs stored before InfEmbed kept its arrays (no artifacts at all) cannot be shown;
        // the newest one that can is, rather than a warning at every open.
        const store::ArtifactStore artifacts(project);
        for (const auto& r : runs.list())
            if (isInfEmbed(r) && r.status == store::RunStatus::Done && (!run || r.id > run->id) &&
                !artifacts.forRun(r.id).empty())
                run = r;
        if (!run)
            return std::nullopt;
    }
    const std::int64_t id = run->id;
    const std::string where = "InfEmbed run " + std::to_string(id);

    InfEmbedOutcome o;
    o.runId = id;
    o.method = run->kind;
    const json settings = json::parse(run->settingsJson, nullptr, false);
    if (!settings.is_object())
        throwBadInput(where + ": its settings are not a JSON object");
    for (const auto& [k, v] : settings.items()) {
        const std::string text = v.is_string() ? v.get<std::string>() : v.dump();
        if (k == kWallSeconds)
            o.seconds = std::atof(text.c_str());
        else if (k.rfind(kStagePrefix, 0) == 0)
            o.influence.seconds[k.substr(std::strlen(kStagePrefix))] = std::atof(text.c_str());
        else
            o.settings[k] = text;
    }
    o.split = settingOr(o.settings, "split", "val");

    // The influence settings as runInfEmbed recorded them (InfluenceSettings::toSettings).
    auto& is = o.influence.settings;
    try {
        is.layers = settingOr(o.settings, "layers", is.layers);
        is.arnoldiDim = std::stoi(settingOr(o.settings, "arnoldi_dim", "0"));
        is.embeddingDim = std::stoi(settingOr(o.settings, "embedding_dim", "0"));
        is.hessianSubset = std::stoi(settingOr(o.settings, "hessian_subset", "0"));
        is.seed = std::stoull(settingOr(o.settings, "seed", "0"));
        is.batchSize = std::stoi(settingOr(o.settings, "batch_size", "256"));
        is.stopTolerance = std::stod(settingOr(o.settings, "arnoldi_stop_tolerance", "0.1"));
        is.shift = std::stod(settingOr(o.settings, "arnoldi_shift", "1e-6"));
        is.eigenFloor = std::stod(settingOr(o.settings, "eigen_floor", "1e-5"));
        o.influence.iterations = std::stoi(settingOr(o.settings, "arnoldi_iterations", "0"));
        o.influence.paramCount = std::stoll(settingOr(o.settings, "parameters", "0"));
    } catch (const std::exception&) {
        throwBadInput(where + ": a numeric setting (arnoldi_dim, embedding_dim, hessian_subset, "
                              "seed, …) is not a number");
    }
    o.influence.stoppedEarly = settingOr(o.settings, "arnoldi_stopped_early", "") == "true";

    const store::ArtifactStore a(project);
    o.evalIds = getArray<std::int64_t>(a, id, "eval_ids", true);
    const auto n = std::int64_t(o.evalIds.size());
    o.evalLabels = toInts(getArray<std::int32_t>(a, id, "eval_labels", true, n));
    o.evalPredictions = toInts(getArray<std::int32_t>(a, id, "eval_predictions", true, n));
    o.influence.evalIndices = getArray<std::int64_t>(a, id, "eval_positions", false, n);
    o.influence.evalEmbeddings = getMatrix(a, id, "eval_embeddings", true, n);
    const bool trained = settingOr(o.settings, "embed_training", "false") == "true";
    o.trainIds = getArray<std::int64_t>(a, id, "train_ids", trained);
    const auto m = std::int64_t(o.trainIds.size());
    o.trainLabels = toInts(getArray<std::int32_t>(a, id, "train_labels", m > 0, m));
    o.trainPredictions = toInts(getArray<std::int32_t>(a, id, "train_predictions", m > 0, m));
    o.influence.trainIndices = getArray<std::int64_t>(a, id, "train_positions", false, m);
    if (m > 0)
        o.influence.trainEmbeddings = getMatrix(a, id, "train_embeddings", true, m);
    if (m > 0 && o.influence.trainEmbeddings.cols() != o.influence.evalEmbeddings.cols())
        throwBadInput(where + ": artifact 'train_embeddings' has " +
                      std::to_string(o.influence.trainEmbeddings.cols()) +
                      " columns, 'eval_embeddings' " +
                      std::to_string(o.influence.evalEmbeddings.cols()));
    o.influence.hessianIndices = getArray<std::int64_t>(a, id, "hessian_positions", false);
    const auto eig = getArray<double>(a, id, "eigenvalues", false);
    o.influence.eigenvalues =
        Eigen::Map<const Eigen::VectorXd>(eig.data(), Eigen::Index(eig.size()));
    const auto ritz = getArray<double>(a, id, "ritz_values", false);
    o.influence.ritzValues =
        Eigen::Map<const Eigen::VectorXd>(ritz.data(), Eigen::Index(ritz.size()));

    std::int64_t right = 0;
    for (std::int64_t r = 0; r < n; ++r)
        right += o.evalLabels[std::size_t(r)] == o.evalPredictions[std::size_t(r)];
    o.accuracy = n > 0 ? double(right) / double(n) : 0.0;

    const auto rowOf = rowsById(o.evalIds);
    store::SliceRepo repo(project);
    std::vector<std::pair<std::int64_t, SliceSummary>> ordered;
    for (const auto& rec : repo.list(id)) {
        const std::string sw = where + ", slice " + std::to_string(rec.id) + " (" + rec.name + ")";
        const json meta = json::parse(rec.metadataJson, nullptr, false);
        if (!meta.is_object())
            throwBadInput(sw + ": its metadata is not a JSON object");
        SliceSummary s;
        s.storedSliceId = rec.id;
        try {
            s.slice.path = meta.at("path").get<std::string>();
            s.slice.depth = meta.at("depth").get<int>();
            s.slice.accuracy = meta.at("accuracy").get<double>();
            s.slice.coherence = meta.at("coherence").get<double>();
            s.errorRate = meta.at("error_rate").get<double>();
            s.errorLow = meta.at("error_low").get<double>();
            s.errorHigh = meta.at("error_high").get<double>();
            s.dominantLabel = meta.at("dominant_label").get<int>();
            s.dominantLabelShare = meta.at("dominant_label_share").get<double>();
            s.dominantPrediction = meta.at("dominant_prediction").get<int>();
            s.dominantPredictionShare = meta.at("dominant_prediction_share").get<double>();
            const auto centre = meta.at("centre").get<std::vector<float>>();
            s.slice.centre =
                Eigen::Map<const Eigen::VectorXf>(centre.data(), Eigen::Index(centre.size()));
            s.influence.opponents = examplesFrom(meta.value("opponents", json::array()));
            s.influence.proponents = examplesFrom(meta.value("proponents", json::array()));
        } catch (const json::exception& e) {
            throwBadInput(sw + ": metadata field missing or of the wrong type (" + e.what() + ")");
        }
        for (const auto& mem : repo.members(rec.id)) {
            const auto it = rowOf.find(mem.exampleId);
            if (it == rowOf.end())
                throwBadInput(sw + ": member " + std::to_string(mem.exampleId) +
                              " is not in artifact 'eval_ids'");
            s.slice.members.push_back(it->second);
            s.slice.similarity.push_back(float(mem.score));
        }
        s.slice.size = std::int64_t(s.slice.members.size());
        ordered.emplace_back(meta.value("rank", std::int64_t(ordered.size())), std::move(s));
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [rank, s] : ordered)
        o.slices.push_back(std::move(s));
    return o;
}

RankedInfluence influenceOn(const InfEmbedOutcome& outcome,
                            const std::vector<std::int64_t>& exampleIds, int k) {
    if (outcome.influence.trainEmbeddings.rows() == 0 || outcome.trainIds.empty())
        throwBadInput("opponents need the training examples' influence embeddings; run InfEmbed "
                      "with training embeddings (opponents per slice > 0)");
    const auto rowOf = rowsById(outcome.evalIds);
    std::vector<std::int64_t> rows;
    std::set<std::int64_t> seen;
    for (auto id : exampleIds) {
        const auto it = rowOf.find(id);
        if (it != rowOf.end() && seen.insert(it->second).second)
            rows.push_back(it->second);
    }
    return influenceOnRows(outcome, rows, k);
}

} // namespace fl::workflows
