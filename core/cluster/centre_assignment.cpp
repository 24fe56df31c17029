#include "core/cluster/centre_assignment.h"
#include <algorithm>
#include <cmath>
#include <utility>

namespace fl::cluster {

std::vector<std::vector<std::int64_t>> assignToCentres(const MatrixRM& x,
                                                       const std::vector<Eigen::VectorXf>& centres,
                                                       MemberRanking members) {
    std::vector<std::vector<std::pair<float, std::int64_t>>> scored(centres.size());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        int best = -1;
        float bestSim = 0.0f;
        for (std::size_t c = 0; c < centres.size(); ++c) {
            const float s = x.row(r).dot(centres[c].transpose());
            if (best < 0 || s > bestSim) {
                best = int(c);
                bestSim = s;
            }
        }
        if (best >= 0)
            scored[std::size_t(best)].push_back(
                {memberScore(x.row(r), centres[std::size_t(best)], members), std::int64_t(r)});
    }
    std::vector<std::vector<std::int64_t>> out(centres.size());
    for (std::size_t c = 0; c < centres.size(); ++c) {
        std::stable_sort(scored[c].begin(), scored[c].end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [s, r] : scored[c])
            out[c].push_back(r);
    }
    return out;
}

void orderSlices(std::vector<Slice>& slices, const std::string& ranking) {
    const auto errors = [](const Slice& s) {
        return std::llround((1.0 - s.accuracy) * double(s.size));
    };
    if (ranking == "errors")
        std::stable_sort(slices.begin(), slices.end(), [&errors](const auto& a, const auto& b) {
            return errors(a) != errors(b) ? errors(a) > errors(b) : a.accuracy < b.accuracy;
        });
    else
        std::stable_sort(slices.begin(), slices.end(), [](const auto& a, const auto& b) {
            return a.accuracy != b.accuracy ? a.accuracy < b.accuracy : a.size > b.size;
        });
}

} // namespace fl::cluster
