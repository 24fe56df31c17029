#include "core/common/index_map.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include <unordered_map>

namespace fl::nn {

InferenceResult inferOrReuse(const Classifier& c, const data::Dataset& d,
                             const InferenceResult& stored,
                             const std::vector<std::int64_t>& positions, const InferenceOptions& io,
                             const Progress& progress, const CancelToken& cancel, bool* reused) {
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
            InferenceResult out;
            out.indices = positions;
            const bool withLosses = std::int64_t(stored.losses.size()) == n;
            out.probabilities.resize(Eigen::Index(rows.size()), stored.probabilities.cols());
            if (io.wantEmbeddings)
                out.embeddings.resize(Eigen::Index(rows.size()), stored.embeddings.cols());
            for (std::size_t k = 0; k < rows.size(); ++k) {
                out.probabilities.row(Eigen::Index(k)) = stored.probabilities.row(rows[k]);
                if (io.wantEmbeddings)
                    out.embeddings.row(Eigen::Index(k)) = stored.embeddings.row(rows[k]);
                out.predictions.push_back(stored.predictions[std::size_t(rows[k])]);
                if (withLosses)
                    out.losses.push_back(stored.losses[std::size_t(rows[k])]);
            }
            progress.report(1.0, "reused the stored model outputs");
            if (reused)
                *reused = true;
            return out;
        }
    }
    if (reused)
        *reused = false;
    return infer(c, d, positions, io, progress, cancel);
}

} // namespace fl::nn
