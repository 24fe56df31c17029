// A hand-made InfEmbed run for the UI tests (view and report), without a model: deterministic
// influence embeddings for given evaluation and training examples, slices made of given rows
// with their numbers, and opponents ranked by brute force (independent of the core's ranking).
#pragma once
#include "core/influence/infembed_run.h"
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <vector>

namespace fl::test {

struct InfEmbedFixtureInput {
    std::vector<std::int64_t> evalIds;
    std::vector<int> evalLabels, evalPredictions;
    std::vector<std::int64_t> trainIds;
    std::vector<int> trainLabels, trainPredictions;
    std::vector<std::vector<std::int64_t>> sliceRows; // rows of evalIds, nearest first
    int dim = 3;
    int opponents = 16;
    std::string split = "val";
};

inline float fixtureMu(std::int64_t id, int d, bool train) {
    return float(std::sin(double(id) * 1.37 + d * 2.11 + (train ? 0.5 : 0.0)) * (1.0 + 0.25 * d));
}

// Training rows by v·μ(z′) for v = Σ μ of the rows: ascending (opponents) or descending.
inline std::vector<std::pair<std::int64_t, double>>
bruteForceRanking(const influence::InfEmbedOutcome& o, const std::vector<std::int64_t>& rows,
                  bool ascending) {
    const auto& E = o.influence.evalEmbeddings;
    const auto& T = o.influence.trainEmbeddings;
    std::vector<double> v(std::size_t(E.cols()), 0.0);
    for (auto r : rows)
        for (int d = 0; d < E.cols(); ++d)
            v[std::size_t(d)] += double(E(r, d));
    std::vector<std::pair<std::int64_t, double>> scores;
    for (int t = 0; t < T.rows(); ++t) {
        double s = 0;
        for (int d = 0; d < T.cols(); ++d)
            s += v[std::size_t(d)] * double(T(t, d));
        scores.push_back({t, s});
    }
    std::stable_sort(scores.begin(), scores.end(), [&](const auto& a, const auto& b) {
        return ascending ? a.second < b.second : a.second > b.second;
    });
    return scores;
}

inline void wilson(int errors, int n, double& low, double& high) {
    const double z = 1.959963984540054, p = double(errors) / n, z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    low = std::max(0.0, centre - half);
    high = std::min(1.0, centre + half);
}

inline std::shared_ptr<influence::InfEmbedOutcome>
makeInfEmbedOutcome(const InfEmbedFixtureInput& in) {
    auto o = std::make_shared<influence::InfEmbedOutcome>();
    o->method = "infembed";
    o->split = in.split;
    o->evalIds = in.evalIds;
    o->evalLabels = in.evalLabels;
    o->evalPredictions = in.evalPredictions;
    o->trainIds = in.trainIds;
    o->trainLabels = in.trainLabels;
    o->trainPredictions = in.trainPredictions;
    o->influence.settings = influence::InfluenceSettings::fast();
    o->influence.settings.seed = 5;
    // As a real run records them (its influence settings too), so a stored copy reads back.
    o->settings = o->influence.settings.toSettings();
    o->settings.insert({{"k", std::to_string(in.sliceRows.size())},
                        {"kmeans_seed", "42"},
                        {"member_ranking", "cosine"},
                        {"split", in.split},
                        {"embedding_dim_kept", std::to_string(in.dim)}});
    auto& E = o->influence.evalEmbeddings;
    auto& T = o->influence.trainEmbeddings;
    E.resize(Eigen::Index(in.evalIds.size()), in.dim);
    T.resize(Eigen::Index(in.trainIds.size()), in.dim);
    for (Eigen::Index r = 0; r < E.rows(); ++r)
        for (int d = 0; d < in.dim; ++d)
            E(r, d) = fixtureMu(in.evalIds[std::size_t(r)], d, false);
    for (Eigen::Index r = 0; r < T.rows(); ++r)
        for (int d = 0; d < in.dim; ++d)
            T(r, d) = fixtureMu(in.trainIds[std::size_t(r)], d, true);
    int correctAll = 0;
    for (std::size_t i = 0; i < in.evalIds.size(); ++i)
        correctAll += in.evalLabels[i] == in.evalPredictions[i];
    o->accuracy = double(correctAll) / double(std::max<std::size_t>(1, in.evalIds.size()));
    for (std::size_t k = 0; k < in.sliceRows.size(); ++k) {
        influence::SliceSummary s;
        s.slice.members = in.sliceRows[k];
        s.slice.size = std::int64_t(s.slice.members.size());
        s.slice.path = std::to_string(k);
        s.slice.coherence = 0.125 * double(k + 1);
        int errors = 0;
        std::map<int, int> labels, preds;
        for (auto r : s.slice.members) {
            errors += in.evalLabels[std::size_t(r)] != in.evalPredictions[std::size_t(r)];
            ++labels[in.evalLabels[std::size_t(r)]];
            ++preds[in.evalPredictions[std::size_t(r)]];
        }
        const int n = int(s.slice.members.size());
        s.slice.accuracy = 1.0 - double(errors) / n;
        s.errorRate = double(errors) / n;
        wilson(errors, n, s.errorLow, s.errorHigh);
        const auto top = [](const std::map<int, int>& m) {
            return std::max_element(m.begin(), m.end(), [](const auto& a, const auto& b) {
                return a.second < b.second;
            });
        };
        s.dominantLabel = top(labels)->first;
        s.dominantLabelShare = double(top(labels)->second) / n;
        s.dominantPrediction = top(preds)->first;
        s.dominantPredictionShare = double(top(preds)->second) / n;
        if (!in.trainIds.empty())
            for (bool asc : {true, false}) {
                const auto ranked = bruteForceRanking(*o, s.slice.members, asc);
                for (std::size_t i = 0; i < ranked.size() && int(i) < in.opponents; ++i) {
                    const auto t = std::size_t(ranked[i].first);
                    influence::InfluencedExample e{in.trainIds[t], in.trainLabels[t],
                                                   in.trainPredictions[t], ranked[i].second};
                    (asc ? s.influence.opponents : s.influence.proponents).push_back(e);
                }
            }
        o->slices.push_back(std::move(s));
    }
    std::stable_sort(o->slices.begin(), o->slices.end(), [](const auto& a, const auto& b) {
        return a.slice.accuracy < b.slice.accuracy;
    });
    return o;
}

} // namespace fl::test
