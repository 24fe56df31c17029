// Training examples that most help (proponents) or hurt (opponents) a set of evaluation examples:
// v = Σ μ(z_i) over the set, training z′ scored by v·μ(z′) (METHODS.md §1 step 8).
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace fl::influence {

struct RankedTraining {
    std::vector<std::int64_t> opponents;  // training rows, most negative score first
    std::vector<double> opponentScores;   // v·μ(z′), ascending
    std::vector<std::int64_t> proponents; // training rows, most positive score first
    std::vector<double> proponentScores;  // v·μ(z′), descending
};

// evalEmbeddings N×D, trainEmbeddings N′×D (same factors); evalRows the set's rows; k per list.
// Ties keep the lower row first. Throws BadInput on a dimension mismatch or a bad row.
RankedTraining rankTrainingInfluence(
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>& evalEmbeddings,
    const std::vector<std::int64_t>& evalRows,
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>& trainEmbeddings,
    int k);

} // namespace fl::influence
