#include "core/methods/infembed_method.h"
#include "core/common/error.h"
#include "core/common/index_map.h"
#include "core/methods/result_codec.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/typed_array.h"
#include <algorithm>
#include <iomanip>
#include <sstream>
#include <unordered_map>

namespace fl::methods {
namespace {

using influence::InfEmbedOutcome;
using influence::InfluencedExample;
using nlohmann::json;

bool isInfEmbedKind(const std::string& kind) {
    return kind == "infembed" || kind == "infembed-rule";
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

std::string settingOr(const std::map<std::string, std::string>& s, const std::string& key,
                      const std::string& fallback) {
    const auto it = s.find(key);
    return it == s.end() ? fallback : it->second;
}

// Role `role` of the stored result: BadInput naming it when required and absent, or when it has
// the wrong type or number of rows.
const store::ArtifactArray* arrayOf(const MethodResult& r, const std::string& role, bool required,
                                    std::int64_t expectRows = -1) {
    const std::string where =
        "InfEmbed run " + std::to_string(r.runId) + ": artifact '" + role + "'";
    const auto it = r.arrays.find(role);
    if (it == r.arrays.end()) {
        if (required)
            throwBadInput(where + " is not linked to the run (the project is incomplete)");
        return nullptr;
    }
    if (expectRows >= 0 && (it->second.shape.empty() || it->second.shape[0] != expectRows))
        throwBadInput(where + " has " +
                      std::to_string(it->second.shape.empty() ? 0 : it->second.shape[0]) +
                      " rows, expected " + std::to_string(expectRows));
    return &it->second;
}

template <class T>
std::vector<T> valuesOf(const MethodResult& r, const std::string& role, bool required,
                        std::int64_t rows = -1) {
    const auto* a = arrayOf(r, role, required, rows);
    return a ? store::arrayValues<T>(*a, "InfEmbed run " + std::to_string(r.runId) +
                                             ": artifact '" + role + "'")
             : std::vector<T>{};
}

nn::MatrixRM matrixOf(const MethodResult& r, const std::string& role, bool required,
                      std::int64_t rows) {
    const auto* a = arrayOf(r, role, required, rows);
    return a ? store::arrayMatrix(*a, "InfEmbed run " + std::to_string(r.runId) + ": artifact '" +
                                          role + "'")
             : nn::MatrixRM{};
}

} // namespace

MethodInfo InfEmbedMethod::info() const {
    MethodInfo i;
    i.id = "infembed";
    i.title = "InfEmbed";
    i.paper = "Wang et al., Error Discovery by Clustering Influence Embeddings (NeurIPS 2023)";
    i.summary = "Slices of examples the model fails on for the same reason, from influence "
                "embeddings, with the training examples that oppose each slice";
    i.shortcut = "Ctrl+Shift+I";
    i.otherRunKinds = {"infembed-rule"};
    // The benchmark scores slices only: no opponents, so no training-set embeddings.
    i.benchmarkVariants = {
        {"infembed", "InfEmbed (last layer)", {{"opponents", "0"}}},
        {"infembed-block",
         "InfEmbed (last block + head)",
         {{"opponents", "0"}, {"layers", "block"}, {"hessian-subset", "1000"}}},
        {"infembed-rule", "InfEmbed-Rule", {{"opponents", "0"}, {"rule", "true"}}},
    };
    return i;
}

std::vector<ParameterSpec> InfEmbedMethod::parameters() const {
    std::vector<ParameterSpec> p;
    auto add = [&p](ParameterSpec s, std::string group, std::string paper = {},
                    std::string reference = {}, std::string quick = {}) {
        s.group = std::move(group);
        s.paperValue = std::move(paper);
        s.referenceValue = std::move(reference);
        s.quickValue = std::move(quick);
        p.push_back(std::move(s));
        return &p.back();
    };
    add(choiceParam("layers", "Layers", "last", {"last", "block"},
                    "last: the final linear layer (closed form); block: the last conv block + "
                    "head (built-in models)"),
        "Influence", "last", "last");
    add(intParam("p", "Arnoldi iterations P", 200, 1, 5000, "Arnoldi iterations P"), "Influence",
        "500", "200", "100");
    add(intParam("d", "Embedding dimension D", 50, 1, 2000, "Influence embedding dimension D"),
        "Influence", "100", "50", "30");
    add(intParam("hessian-subset", "Hessian subset", 5000, 0, {},
                 "Training examples the Hessian is summed over (0 = all)"),
        "Influence", "", "5000", "2000");
    add(intParam("seed", "Seed", 0, 0, {}, "Seed of the Hessian subset and Arnoldi's start vector"),
        "Influence");
    add(intParam("k", "Slices K", 20, 1, 1000, "Plain InfEmbed: number of slices"), "Slices")
        ->onlyWithout = "rule";
    add(boolParam("rule", "InfEmbed-Rule", false,
                  "InfEmbed-Rule: split recursively until slices have accuracy < --accuracy and "
                  "at least --min-size examples"),
        "Slices");
    add(doubleParam("accuracy", "Rule: accuracy below A", 0.4, 0, 1,
                    "Rule: A, slice accuracy below this"),
        "Slices", "0.4", "0.5")
        ->onlyWith = "rule";
    add(intParam("min-size", "Rule: smallest slice S", 25, 1, {}, "Rule: S, the smallest slice"),
        "Slices", "25", "10")
        ->onlyWith = "rule";
    add(intParam("branching", "Rule: clusters per split B", 3, 2, 100,
                 "Rule: B, clusters per split"),
        "Slices", "3", "3")
        ->onlyWith = "rule";
    add(intParam("max-depth", "Rule: deepest split", 7, 0, 50, "Rule: deepest split level"),
        "Slices", "", "7")
        ->onlyWith = "rule";
    auto iterations = intParam("iterations", "K-means iterations", 25, 1, 1000,
                               "Spherical K-means iterations of both slicers");
    iterations.advanced = true;
    add(iterations, "Slices", "", "25");
    auto kmeansSeed = intParam("kmeans-seed", "K-means seed", 42, 0, {},
                               "Seed of the K-means initialisation, the same at every split");
    kmeansSeed.advanced = true;
    add(kmeansSeed, "Slices", "", "42");
    add(choiceParam("ranking", "Slice order", "accuracy", {"accuracy", "errors"},
                    "Failure order of the slices: accuracy (lowest first) or errors (most "
                    "first)"),
        "Slices");
    add(memberRankingParam(), "Slices");
    add(intParam("opponents", "Opponents per slice", 8, 0, 1000,
                 "Training opponents and proponents listed per slice (0 = none; needs the "
                 "training set's embeddings)"),
        "Opponents");
    return p;
}

influence::InfEmbedRequest InfEmbedMethod::request(const ParameterValues& v, data::Split split) {
    influence::InfEmbedRequest req;
    req.influence.layers = v.text("layers");
    req.influence.arnoldiDim = v.toInt("p");
    req.influence.embeddingDim = v.toInt("d");
    req.influence.hessianSubset = v.toInt("hessian-subset");
    req.influence.seed = v.toSeed("seed");
    req.rule = v.toBool("rule");
    req.plain.k = v.toInt("k");
    req.plain.niter = v.toInt("iterations");
    req.plain.seed = v.toSeed("kmeans-seed");
    req.ruleOptions = cluster::RuleOptions::paper();
    req.ruleOptions.maxAccuracy = v.toDouble("accuracy");
    req.ruleOptions.minSize = v.toInt("min-size");
    req.ruleOptions.branching = v.toInt("branching");
    req.ruleOptions.maxDepth = v.toInt("max-depth");
    req.ruleOptions.niter = req.plain.niter;
    req.ruleOptions.seed = req.plain.seed;
    req.plain.members = cluster::memberRankingFrom(v.text("member-ranking"));
    req.ruleOptions.members = req.plain.members;
    req.ranking = v.text("ranking");
    req.split = split;
    req.opponentsPerSlice = v.toInt("opponents");
    req.embedTraining = req.opponentsPerSlice > 0;
    return req;
}

std::map<std::string, std::string> InfEmbedMethod::values(const influence::InfEmbedRequest& r) {
    const auto num = [](double x) {
        std::ostringstream s;
        s << std::setprecision(17) << x;
        return s.str();
    };
    std::map<std::string, std::string> v{
        {"layers", r.influence.layers},
        {"p", std::to_string(r.influence.arnoldiDim)},
        {"d", std::to_string(r.influence.embeddingDim)},
        {"hessian-subset", std::to_string(r.influence.hessianSubset)},
        {"seed", std::to_string(r.influence.seed)},
        {"rule", r.rule ? "true" : "false"},
        {"iterations", std::to_string(r.rule ? r.ruleOptions.niter : r.plain.niter)},
        {"kmeans-seed", std::to_string(r.rule ? r.ruleOptions.seed : r.plain.seed)},
        {"ranking", r.ranking},
        {"member-ranking",
         cluster::memberRankingName(r.rule ? r.ruleOptions.members : r.plain.members)},
        {"opponents", std::to_string(r.embedTraining ? r.opponentsPerSlice : 0)}};
    if (r.rule) {
        v["accuracy"] = num(r.ruleOptions.maxAccuracy);
        v["min-size"] = std::to_string(r.ruleOptions.minSize);
        v["branching"] = std::to_string(r.ruleOptions.branching);
        v["max-depth"] = std::to_string(r.ruleOptions.maxDepth);
    } else {
        v["k"] = std::to_string(r.plain.k);
    }
    return v;
}

MethodResult InfEmbedMethod::run(const MethodInput& in, const Progress& progress,
                                 const CancelToken& cancel) const {
    if (!in.dataset || !in.model)
        throwBadInput("InfEmbed needs a dataset and a model");
    auto req = request(in.parameters, in.split);
    req.heldOut = in.heldOut;
    const auto outcome =
        in.outputs
            ? influence::runInfEmbed(*in.model, *in.dataset, req, *in.outputs, progress, cancel)
            : influence::runInfEmbed(*in.model, *in.dataset, req, progress, cancel);
    return infEmbedResult(outcome);
}

MethodResult infEmbedResult(const InfEmbedOutcome& o) {
    MethodResult r;
    r.method = "infembed";
    r.kind = o.method;
    r.title = o.method == "infembed-rule" ? "InfEmbed-Rule" : "InfEmbed";
    r.split = o.split;
    r.settings = o.settings;
    r.seed = o.influence.settings.seed;
    r.accuracy = o.accuracy;
    r.seconds = o.seconds;
    r.stageSeconds = o.influence.seconds;
    r.runId = o.runId;
    r.exampleIds = o.evalIds;
    r.labels = o.evalLabels;
    r.predictions = o.evalPredictions;
    for (std::size_t si = 0; si < o.slices.size(); ++si) {
        const auto& s = o.slices[si];
        const auto& sl = s.slice;
        RankedSlice rs;
        rs.name = "slice " + std::to_string(si) + " [" + sl.path + "]";
        rs.rule = sl.path;
        std::vector<int> labels, preds;
        for (std::size_t k = 0; k < sl.members.size(); ++k) {
            const auto row = std::size_t(sl.members[k]);
            rs.memberIds.push_back(o.evalIds[row]);
            rs.scores.push_back(k < sl.similarity.size() ? double(sl.similarity[k]) : 0.0);
            labels.push_back(o.evalLabels[row]);
            preds.push_back(o.evalPredictions[row]);
        }
        rs.stats = metrics::sliceStats(labels, preds);
        json opp = json::array(), pro = json::array();
        for (const auto& e : s.influence.opponents)
            opp.push_back(exampleJson(e));
        for (const auto& e : s.influence.proponents)
            pro.push_back(exampleJson(e));
        const std::vector<float> centre(sl.centre.data(), sl.centre.data() + sl.centre.size());
        rs.extra = {{"path", sl.path},  {"depth", sl.depth}, {"coherence", sl.coherence},
                    {"centre", centre}, {"opponents", opp},  {"proponents", pro}};
        if (si < o.heldOutMembers.size())
            for (auto row : o.heldOutMembers[si])
                rs.heldOutIds.push_back(o.heldOutIds[std::size_t(row)]);
        rs.storedId = s.storedSliceId;
        r.slices.push_back(std::move(rs));
    }
    const auto& ir = o.influence;
    auto& a = r.arrays;
    if (ir.evalEmbeddings.size())
        a["eval_embeddings"] = store::makeMatrixArray(ir.evalEmbeddings);
    if (ir.trainEmbeddings.size())
        a["train_embeddings"] = store::makeMatrixArray(ir.trainEmbeddings);
    a["eval_positions"] = store::makeArray(ir.evalIndices);
    a["train_ids"] = store::makeArray(o.trainIds);
    a["train_labels"] = store::makeIntArray(o.trainLabels);
    a["train_predictions"] = store::makeIntArray(o.trainPredictions);
    a["train_positions"] = store::makeArray(ir.trainIndices);
    a["hessian_positions"] = store::makeArray(ir.hessianIndices);
    a["eigenvalues"] = store::makeArray<double>({ir.eigenvalues.size()}, ir.eigenvalues.data(),
                                                std::size_t(ir.eigenvalues.size()));
    a["ritz_values"] = store::makeArray<double>({ir.ritzValues.size()}, ir.ritzValues.data(),
                                                std::size_t(ir.ritzValues.size()));
    return r;
}

InfEmbedOutcome infEmbedFromResult(const MethodResult& r) {
    const std::string where = "InfEmbed run " + std::to_string(r.runId);
    InfEmbedOutcome o;
    o.runId = r.runId;
    o.method = r.kind;
    o.settings = r.settings;
    o.seconds = r.seconds;
    o.influence.seconds = r.stageSeconds;
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

    if (r.exampleIds.empty())
        throwBadInput(where + ": artifact 'eval_ids' is not linked to the run (the project is "
                              "incomplete)");
    o.evalIds = r.exampleIds;
    const auto n = std::int64_t(o.evalIds.size());
    const auto ints = [](const std::vector<std::int32_t>& v) {
        return std::vector<int>(v.begin(), v.end());
    };
    o.evalLabels = r.labels;
    o.evalPredictions = r.predictions;
    o.influence.evalIndices = valuesOf<std::int64_t>(r, "eval_positions", false, n);
    o.influence.evalEmbeddings = matrixOf(r, "eval_embeddings", true, n);
    const bool trained = settingOr(o.settings, "embed_training", "false") == "true";
    o.trainIds = valuesOf<std::int64_t>(r, "train_ids", trained);
    const auto m = std::int64_t(o.trainIds.size());
    o.trainLabels = ints(valuesOf<std::int32_t>(r, "train_labels", m > 0, m));
    o.trainPredictions = ints(valuesOf<std::int32_t>(r, "train_predictions", m > 0, m));
    o.influence.trainIndices = valuesOf<std::int64_t>(r, "train_positions", false, m);
    if (m > 0)
        o.influence.trainEmbeddings = matrixOf(r, "train_embeddings", true, m);
    if (m > 0 && o.influence.trainEmbeddings.cols() != o.influence.evalEmbeddings.cols())
        throwBadInput(where + ": artifact 'train_embeddings' has " +
                      std::to_string(o.influence.trainEmbeddings.cols()) +
                      " columns, 'eval_embeddings' " +
                      std::to_string(o.influence.evalEmbeddings.cols()));
    o.influence.hessianIndices = valuesOf<std::int64_t>(r, "hessian_positions", false);
    const auto eig = valuesOf<double>(r, "eigenvalues", false);
    o.influence.eigenvalues =
        Eigen::Map<const Eigen::VectorXd>(eig.data(), Eigen::Index(eig.size()));
    const auto ritz = valuesOf<double>(r, "ritz_values", false);
    o.influence.ritzValues =
        Eigen::Map<const Eigen::VectorXd>(ritz.data(), Eigen::Index(ritz.size()));

    std::int64_t right = 0;
    for (std::int64_t i = 0; i < n; ++i)
        right += o.evalLabels[std::size_t(i)] == o.evalPredictions[std::size_t(i)];
    o.accuracy = n > 0 ? double(right) / double(n) : 0.0;

    const auto rowOf = rowsById(o.evalIds);
    for (const auto& rs : r.slices) {
        const std::string sw =
            where + ", slice " + std::to_string(rs.storedId) + " (" + rs.name + ")";
        influence::SliceSummary s;
        s.storedSliceId = rs.storedId;
        s.setStats(rs.stats);
        try {
            const auto& e = rs.extra;
            s.slice.path = e.contains("path") ? e.at("path").get<std::string>() : rs.rule;
            s.slice.depth = e.at("depth").get<int>();
            s.slice.coherence = e.at("coherence").get<double>();
            const auto centre = e.at("centre").get<std::vector<float>>();
            s.slice.centre =
                Eigen::Map<const Eigen::VectorXf>(centre.data(), Eigen::Index(centre.size()));
            s.influence.opponents = examplesFrom(e.value("opponents", json::array()));
            s.influence.proponents = examplesFrom(e.value("proponents", json::array()));
        } catch (const json::exception& ex) {
            throwBadInput(sw + ": metadata field missing or of the wrong type (" + ex.what() + ")");
        }
        s.slice.accuracy = rs.stats.accuracy;
        for (std::size_t k = 0; k < rs.memberIds.size(); ++k) {
            const auto it = rowOf.find(rs.memberIds[k]);
            if (it == rowOf.end())
                throwBadInput(sw + ": member " + std::to_string(rs.memberIds[k]) +
                              " is not in artifact 'eval_ids'");
            s.slice.members.push_back(it->second);
            s.slice.similarity.push_back(float(k < rs.scores.size() ? rs.scores[k] : 0.0));
        }
        s.slice.size = std::int64_t(s.slice.members.size());
        o.slices.push_back(std::move(s));
    }
    return o;
}

void storeInfEmbed(store::Project& project, InfEmbedOutcome& o,
                   std::optional<std::int64_t> datasetId, std::optional<std::int64_t> modelId) {
    MethodResult r = infEmbedResult(o);
    storeResult(project, r, datasetId, modelId);
    o.runId = r.runId;
    for (std::size_t i = 0; i < o.slices.size() && i < r.slices.size(); ++i)
        o.slices[i].storedSliceId = r.slices[i].storedId;
}

std::optional<InfEmbedOutcome> loadInfEmbed(store::Project& project,
                                            std::optional<std::int64_t> runId) {
    if (runId) {
        const auto run = store::RunRepo(project).get(*runId);
        if (!run || !isInfEmbedKind(run->kind))
            throwBadInput("run " + std::to_string(*runId) + " is not an InfEmbed run of " +
                          project.path());
    } else {
        // Runs stored before InfEmbed kept its arrays (no artifacts at all) cannot be shown;
        // the newest one that can is, rather than a warning at every open.
        runId = latestRun(project, {"infembed", "infembed-rule"}, true);
        if (!runId)
            return std::nullopt;
    }
    return infEmbedFromResult(loadResult(project, *runId));
}

} // namespace fl::methods
