#include "core/influence/infembed_run.h"
#include "core/cluster/centre_assignment.h"
#include "core/common/error.h"
#include "core/common/index_map.h"
#include "core/influence/opponents.h"
#include "core/nn/inference.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>
#include <unordered_map>

namespace fl::influence {
namespace {

using Clock = std::chrono::steady_clock;
using MatrixRM = nn::MatrixRM;
void summarise(const InfEmbedOutcome& o, SliceSummary& s) {
    std::vector<int> labels, preds;
    for (auto row : s.slice.members) {
        labels.push_back(o.evalLabels[std::size_t(row)]);
        preds.push_back(o.evalPredictions[std::size_t(row)]);
    }
    s.setStats(metrics::sliceStats(labels, preds));
}

} // namespace

void SliceSummary::setStats(const metrics::SliceStats& st) {
    errorRate = st.errorRate;
    errorLow = st.errorLow;
    errorHigh = st.errorHigh;
    dominantLabel = st.dominantLabel;
    dominantLabelShare = st.dominantLabelShare;
    dominantPrediction = st.dominantPrediction;
    dominantPredictionShare = st.dominantPredictionShare;
}

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
    if (ranking != "accuracy" && ranking != "errors")
        throwBadInput("slice ranking must be accuracy or errors, got '" + ranking + "'");
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
    auto evalPos = nn::splitIndices(d, request.split);
    const auto nSplit = Eigen::Index(evalPos.size());
    if (request.heldOut) { // embedded in the same passes, split off before slicing
        const auto held = nn::splitIndices(d, *request.heldOut);
        evalPos.insert(evalPos.end(), held.begin(), held.end());
    }
    const auto trainPos = nn::splitIndices(d, data::Split::Train);
    if (evalPos.empty() || trainPos.empty())
        throwBadInput("InfEmbed needs training examples and examples in the " + splitName +
                      " split of " + d.name);
    if (!request.rule && std::int64_t(nSplit) < request.plain.k)
        throwBadInput("K (" + std::to_string(request.plain.k) + ") is more than the " +
                      std::to_string(nSplit) + " examples of the " + splitName + " split");
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
        nn::inferOrReuse(c, d, stored, evalPos, io, progress.sub(0.0, 0.1), cancel, &reusedEval);
    nn::InferenceResult tr;
    bool reusedTrain = true; // nothing to infer for training rows counts as reused
    if (s.layers == "last") {
        const auto pool = embedTraining ? trainPos : influence::chooseHessianSubset(trainPos, s);
        tr = nn::inferOrReuse(c, d, stored, pool, io, progress.sub(0.1, 0.3), cancel, &reusedTrain);
        const double outputs = std::chrono::duration<double>(Clock::now() - t).count();
        o.influence = influence::lastLayerInfluence(d, ev, tr, embedTraining, s,
                                                    progress.sub(0.3, 0.8), cancel);
        o.influence.seconds["outputs"] = outputs;
    } else {
        if (embedTraining) {
            nn::InferenceOptions plain;
            tr = nn::inferOrReuse(c, d, stored, trainPos, plain, progress.sub(0.1, 0.2), cancel,
                                  &reusedTrain);
        }
        const double outputs = std::chrono::duration<double>(Clock::now() - t).count();
        o.influence = influence::computeInfluence(c, d, evalPos, trainPos, embedTraining, s,
                                                  progress.sub(0.2, 0.8), cancel);
        o.influence.seconds["outputs"] = outputs;
    }
    cancel.throwIfCancelled();
    MatrixRM heldOutX;
    if (request.heldOut) {
        auto& ir = o.influence;
        const auto nHeld = ir.evalEmbeddings.rows() - nSplit;
        heldOutX = ir.evalEmbeddings.bottomRows(nHeld);
        const MatrixRM own = ir.evalEmbeddings.topRows(nSplit);
        ir.evalEmbeddings = own;
        for (auto it = ir.evalIndices.begin() + nSplit; it != ir.evalIndices.end(); ++it)
            o.heldOutIds.push_back(d.ids[std::size_t(*it)]);
        ir.evalIndices.resize(std::size_t(nSplit));
    }

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
    cluster::orderSlices(slices, request.ranking);
    cancel.throwIfCancelled();
    if (request.heldOut) {
        std::vector<Eigen::VectorXf> centres;
        for (const auto& sl : slices)
            centres.push_back(sl.centre);
        o.heldOutMembers = cluster::assignToCentres(
            heldOutX, centres, request.rule ? request.ruleOptions.members : request.plain.members);
    }

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
    o.settings["ranking"] = request.ranking;
    // Stored outputs are the same model's, but say where the numbers came from.
    o.settings["model_outputs"] = reusedEval && reusedTrain ? "stored" : "inferred";
    o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    progress.report(1.0, "InfEmbed done");
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

} // namespace fl::influence
