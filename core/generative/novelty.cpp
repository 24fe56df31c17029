#include "core/generative/novelty.h"
#include "core/common/error.h"
#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <string>

namespace fl::generative {

std::vector<NearestImage> nearestImages(const std::vector<float>& queries, std::int64_t n,
                                        const data::Dataset& d,
                                        const std::vector<std::int64_t>& candidates) {
    const auto size = std::int64_t(d.imageSize());
    if (n < 0 || std::int64_t(queries.size()) != n * size)
        throwBadInput("the novelty check got " + std::to_string(queries.size()) +
                      " query values for " + std::to_string(n) + " images of " +
                      std::to_string(size) + " values each");
    const auto total = std::int64_t(d.labels.size());
    for (auto c : candidates)
        if (c < 0 || c >= total)
            throwBadInput("the novelty check's candidate " + std::to_string(c) +
                          " is not a position of dataset '" + d.name + "'");
    std::vector<NearestImage> out(static_cast<std::size_t>(n));
    if (candidates.empty())
        return out;
    using Rows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    // ‖q − c‖² = ‖q‖² + ‖c‖² − 2 q·c, one matrix product for all pairs.
    Rows cand(Eigen::Index(candidates.size()), size);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        cand.row(Eigen::Index(i)) =
            Eigen::Map<const Eigen::RowVectorXf>(d.image(candidates[i]), size);
    const Eigen::Map<const Rows> q(queries.data(), n, size);
    const Eigen::MatrixXf dots = q * cand.transpose();
    const Eigen::VectorXf qq = q.rowwise().squaredNorm();
    const Eigen::VectorXf cc = cand.rowwise().squaredNorm();
    for (Eigen::Index i = 0; i < n; ++i) {
        Eigen::Index best = 0;
        double bestD = 0.0;
        for (Eigen::Index j = 0; j < cand.rows(); ++j) {
            const double dd = double(qq(i)) + double(cc(j)) - 2.0 * double(dots(i, j));
            if (j == 0 || dd < bestD) {
                bestD = dd;
                best = j;
            }
        }
        out[std::size_t(i)] = {candidates[std::size_t(best)], std::sqrt(std::max(0.0, bestD))};
    }
    return out;
}

std::vector<std::int64_t> misclassifiedTraining(const data::Dataset& d,
                                                const std::vector<std::int64_t>& positions,
                                                const std::vector<int>& predictions) {
    if (positions.size() != predictions.size())
        throwBadInput("the novelty check got " + std::to_string(positions.size()) +
                      " positions and " + std::to_string(predictions.size()) + " predictions");
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const auto p = positions[i];
        if (p >= 0 && std::size_t(p) < d.labels.size() &&
            d.splits[std::size_t(p)] == data::Split::Train &&
            d.labels[std::size_t(p)] != predictions[i])
            out.push_back(p);
    }
    return out;
}

} // namespace fl::generative
