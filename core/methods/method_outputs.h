// The model outputs a method reads for one split (and the held-out split after it): the
// input's stored outputs when they cover them, else a fresh inference pass.
#pragma once
#include "core/methods/analysis_method.h"
#include "core/nn/inference.h"

namespace fl::methods {

struct SplitOutputs {
    std::vector<std::int64_t> positions; // dataset positions: the split, then held-out
    Eigen::Index splitRows = 0;          // rows of the split; the rest are held out
    nn::InferenceResult outputs;         // rows follow `positions`
    std::vector<float> losses;           // cross entropy with the true label, per row
    std::vector<bool> correct;           // per row
};

// BadInput when the input has no dataset or model or the split is empty.
SplitOutputs splitOutputs(const MethodInput& input, const std::string& method, bool wantEmbeddings,
                          const Progress& progress, const CancelToken& cancel);

// A result of method `id` on the input's split: its settings (the parameters, split, dataset),
// the split's example ids, labels and predictions, and the model's accuracy there.
MethodResult splitResult(const MethodInput& input, const std::string& id, const std::string& title,
                         const SplitOutputs& so);

// A ranked slice of rows of `so` (split rows), with the stats of those rows.
RankedSlice sliceOfRows(const data::Dataset& d, const SplitOutputs& so,
                        const std::vector<std::int64_t>& rows, const std::vector<double>& scores);

// The examples' ids of held-out rows (rows ≥ splitRows) in the given order.
std::vector<std::int64_t> heldOutIdsOf(const data::Dataset& d, const SplitOutputs& so,
                                       const std::vector<std::int64_t>& heldOutRows);

} // namespace fl::methods
