#include "core/influence/opponents.h"
#include "core/common/error.h"
#include <algorithm>
#include <numeric>

namespace fl::influence {

RankedTraining rankTrainingInfluence(
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>& evalEmbeddings,
    const std::vector<std::int64_t>& evalRows,
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>& trainEmbeddings,
    int k) {
    if (evalEmbeddings.cols() != trainEmbeddings.cols())
        throwBadInput("evaluation and training influence embeddings differ in dimension (" +
                      std::to_string(evalEmbeddings.cols()) + " vs " +
                      std::to_string(trainEmbeddings.cols()) + "): not from the same factors");
    if (k < 0)
        throwBadInput("number of opponents must be >= 0");
    // Accumulate v in double: slices can hold thousands of members.
    Eigen::VectorXd v = Eigen::VectorXd::Zero(evalEmbeddings.cols());
    for (auto r : evalRows) {
        if (r < 0 || r >= evalEmbeddings.rows())
            throwBadInput("evaluation row " + std::to_string(r) + " outside the embeddings");
        v += evalEmbeddings.row(r).transpose().cast<double>();
    }
    const Eigen::VectorXd scores = trainEmbeddings.cast<double>() * v;
    const auto n = std::int64_t(scores.size());
    const auto kk = std::min<std::int64_t>(k, n);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);

    RankedTraining out;
    std::partial_sort(order.begin(), order.begin() + kk, order.end(), [&](auto a, auto b) {
        return scores(a) < scores(b) || (scores(a) == scores(b) && a < b);
    });
    for (std::int64_t i = 0; i < kk; ++i) {
        out.opponents.push_back(order[std::size_t(i)]);
        out.opponentScores.push_back(scores(order[std::size_t(i)]));
    }
    std::partial_sort(order.begin(), order.begin() + kk, order.end(), [&](auto a, auto b) {
        return scores(a) > scores(b) || (scores(a) == scores(b) && a < b);
    });
    for (std::int64_t i = 0; i < kk; ++i) {
        out.proponents.push_back(order[std::size_t(i)]);
        out.proponentScores.push_back(scores(order[std::size_t(i)]));
    }
    return out;
}

} // namespace fl::influence
