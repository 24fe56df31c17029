#include "core/methods/method_outputs.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"
#include <cmath>

namespace fl::methods {

SplitOutputs splitOutputs(const MethodInput& in, const std::string& method, bool wantEmbeddings,
                          const Progress& progress, const CancelToken& cancel) {
    if (!in.dataset || !in.model)
        throwBadInput(method + " needs a dataset and a model");
    const auto& d = *in.dataset;
    SplitOutputs so;
    so.positions = nn::splitIndices(d, in.split);
    so.splitRows = Eigen::Index(so.positions.size());
    if (so.positions.empty())
        throwBadInput(method + " needs examples in the " + data::splitName(in.split) +
                      " split of " + d.name);
    if (in.heldOut) {
        const auto held = nn::splitIndices(d, *in.heldOut);
        so.positions.insert(so.positions.end(), held.begin(), held.end());
    }
    nn::InferenceOptions io;
    io.wantEmbeddings = wantEmbeddings;
    so.outputs =
        in.outputs ? nn::inferOrReuse(*in.model, d, *in.outputs, so.positions, io, progress, cancel)
                   : nn::infer(*in.model, d, so.positions, io, progress, cancel);
    const auto n = so.positions.size();
    const bool haveLosses = so.outputs.losses.size() == n;
    for (std::size_t r = 0; r < n; ++r) {
        const int label = d.labels[std::size_t(so.positions[r])];
        so.correct.push_back(so.outputs.predictions[r] == label);
        // Stored outputs without losses: the cross entropy from the kept probabilities.
        so.losses.push_back(
            haveLosses
                ? so.outputs.losses[r]
                : -std::log(std::max(so.outputs.probabilities(Eigen::Index(r), label), 1e-30f)));
    }
    return so;
}

MethodResult splitResult(const MethodInput& in, const std::string& id, const std::string& title,
                         const SplitOutputs& so) {
    MethodResult r;
    r.method = id;
    r.kind = id;
    r.title = title;
    r.split = data::splitName(in.split);
    r.settings = in.parameters.all();
    r.settings["split"] = r.split;
    r.settings["dataset"] = in.dataset->source;
    std::int64_t right = 0;
    for (Eigen::Index i = 0; i < so.splitRows; ++i) {
        const auto pos = std::size_t(so.positions[std::size_t(i)]);
        r.exampleIds.push_back(in.dataset->ids[pos]);
        r.labels.push_back(in.dataset->labels[pos]);
        r.predictions.push_back(so.outputs.predictions[std::size_t(i)]);
        right += so.correct[std::size_t(i)];
    }
    r.accuracy = so.splitRows ? double(right) / double(so.splitRows) : 0.0;
    return r;
}

RankedSlice sliceOfRows(const data::Dataset& d, const SplitOutputs& so,
                        const std::vector<std::int64_t>& rows, const std::vector<double>& scores) {
    RankedSlice s;
    std::vector<int> labels, preds;
    for (auto r : rows) {
        const auto pos = std::size_t(so.positions[std::size_t(r)]);
        s.memberIds.push_back(d.ids[pos]);
        labels.push_back(d.labels[pos]);
        preds.push_back(so.outputs.predictions[std::size_t(r)]);
    }
    s.scores = scores;
    s.stats = metrics::sliceStats(labels, preds);
    return s;
}

std::vector<std::int64_t> heldOutIdsOf(const data::Dataset& d, const SplitOutputs& so,
                                       const std::vector<std::int64_t>& heldOutRows) {
    std::vector<std::int64_t> ids;
    for (auto r : heldOutRows)
        ids.push_back(d.ids[std::size_t(so.positions[std::size_t(r)])]);
    return ids;
}

} // namespace fl::methods
