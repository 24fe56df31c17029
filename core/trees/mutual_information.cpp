#include "core/trees/mutual_information.h"
#include "core/common/error.h"
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <thread>

namespace fl::trees {
namespace {

constexpr double kEulerGamma = 0.57721566490153286060651209008240243;

// Ross (2014), eq. 2, for one feature c (double) and labels d.
double rossEstimate(const std::vector<double>& c, const std::vector<int>& d, int k) {
    const auto n = c.size();
    std::map<int, std::vector<std::size_t>> byLabel;
    for (std::size_t i = 0; i < n; ++i)
        byLabel[d[i]].push_back(i);
    std::vector<double> radius(n, 0.0);
    std::vector<std::int64_t> kOf(n, 0), labelCount(n, 0);
    for (auto& [label, idx] : byLabel) {
        const auto count = std::int64_t(idx.size());
        for (auto i : idx)
            labelCount[i] = count;
        if (count < 2)
            continue;
        const int kk = int(std::min<std::int64_t>(k, count - 1));
        // The kk-th nearest other point of the same label: in 1-D, walk outwards from each
        // point's place in the sorted values.
        std::vector<double> v;
        for (auto i : idx)
            v.push_back(c[i]);
        std::vector<std::size_t> order(idx.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&v](auto a, auto b) { return v[a] < v[b]; });
        std::vector<double> sorted(order.size());
        for (std::size_t j = 0; j < order.size(); ++j)
            sorted[j] = v[order[j]];
        for (std::size_t j = 0; j < order.size(); ++j) {
            std::ptrdiff_t lo = std::ptrdiff_t(j) - 1, hi = std::ptrdiff_t(j) + 1;
            double dist = 0.0;
            for (int step = 0; step < kk; ++step) {
                const double dl = lo >= 0 ? sorted[j] - sorted[std::size_t(lo)] : INFINITY;
                const double dh = hi < std::ptrdiff_t(sorted.size())
                                      ? sorted[std::size_t(hi)] - sorted[j]
                                      : INFINITY;
                if (dl <= dh) {
                    dist = dl;
                    --lo;
                } else {
                    dist = dh;
                    ++hi;
                }
            }
            const auto i = idx[order[j]];
            // Strictly inside the k-th neighbour's distance, as scikit-learn's nextafter.
            radius[i] = std::nextafter(dist, 0.0);
            kOf[i] = kk;
        }
    }
    // Points whose label occurs once are ignored.
    std::vector<double> all;
    for (std::size_t i = 0; i < n; ++i)
        if (labelCount[i] > 1)
            all.push_back(c[i]);
    std::sort(all.begin(), all.end());
    const auto m = std::int64_t(all.size());
    if (m == 0)
        return 0.0;
    // ψ(1..m) once: every argument below is a count of at most m.
    std::vector<double> psi(std::size_t(m) + 1, -kEulerGamma);
    for (std::int64_t j = 2; j <= m; ++j)
        psi[std::size_t(j)] = psi[std::size_t(j - 1)] + 1.0 / double(j - 1);
    double meanK = 0.0, meanLabel = 0.0, meanM = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (labelCount[i] < 2)
            continue;
        // Points (itself included) within the radius, of any label, by their distance: c ± r
        // rounds away the one-ulp shrink of the radius, so the bounds are settled on |c_j − c|.
        const double r = radius[i];
        auto from = std::lower_bound(all.begin(), all.end(), c[i] - r);
        while (from != all.begin() && c[i] - *(from - 1) <= r)
            --from;
        while (from != all.end() && c[i] - *from > r)
            ++from;
        auto to = std::upper_bound(all.begin(), all.end(), c[i] + r);
        while (to != all.end() && *to - c[i] <= r)
            ++to;
        while (to != from && *(to - 1) - c[i] > r)
            --to;
        meanM += psi[std::size_t(std::max<std::int64_t>(1, to - from))];
        meanK += psi[std::size_t(kOf[i])];
        meanLabel += psi[std::size_t(labelCount[i])];
    }
    const double mi = psi[std::size_t(m)] + (meanK - meanLabel - meanM) / double(m);
    return std::max(0.0, mi);
}

} // namespace

double digammaOfInteger(std::int64_t n) {
    double h = 0.0;
    for (std::int64_t j = 1; j < n; ++j)
        h += 1.0 / double(j);
    return h - kEulerGamma;
}

std::vector<double> mutualInformation(const MatrixRM& x, const std::vector<int>& y, int k,
                                      std::uint64_t seed) {
    if (std::int64_t(y.size()) != x.rows())
        throwBadInput("mutual information: " + std::to_string(y.size()) + " labels for " +
                      std::to_string(x.rows()) + " rows");
    if (k < 1)
        throwBadInput("mutual information: k must be at least 1, got " + std::to_string(k));
    std::vector<double> out(std::size_t(x.cols()), 0.0);
    // Columns are independent (each has its own noise stream), so threads take every
    // workers-th one and the result does not depend on how many there are.
    const auto column = [&](Eigen::Index f, std::vector<double>& c) {
        // Each feature its own stream: its estimate does not depend on the columns before it.
        std::mt19937_64 rng(seed ^ (0x9E3779B97F4A7C15ull * std::uint64_t(f + 1)));
        std::normal_distribution<double> normal;
        // As scikit-learn: unit variance (no centring), then noise of 1e-10 · max(1, mean |x|),
        // so that equal values (post-ReLU zeros) and equal distances are ordered at random
        // rather than all counted as neighbours.
        double sum = 0.0, sq = 0.0;
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            sum += double(x(r, f));
            sq += double(x(r, f)) * double(x(r, f));
        }
        const double n = double(x.rows());
        const double var = n > 0 ? sq / n - (sum / n) * (sum / n) : 0.0;
        const double sd = var > 0 ? std::sqrt(var) : 1.0;
        double meanAbs = 0.0;
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            c[std::size_t(r)] = double(x(r, f)) / sd;
            meanAbs += std::abs(c[std::size_t(r)]);
        }
        const double scale = 1e-10 * std::max(1.0, n > 0 ? meanAbs / n : 0.0);
        for (auto& v : c)
            v += scale * normal(rng);
        out[std::size_t(f)] = rossEstimate(c, y, k);
    };
    const auto work = [&](unsigned first, unsigned step) {
        std::vector<double> c(std::size_t(x.rows()));
        for (Eigen::Index f = first; f < x.cols(); f += step)
            column(f, c);
    };
    // A thread per 16 columns at most: below that, starting one costs more than it saves.
    const unsigned workers = unsigned(std::clamp<Eigen::Index>(
        std::min<Eigen::Index>(std::max(1u, std::thread::hardware_concurrency()), x.cols() / 16), 1,
        64));
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(work, w, workers);
    work(0, workers);
    for (auto& t : threads)
        t.join();
    return out;
}

std::vector<int> topFeatures(const std::vector<double>& scores, int count) {
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&scores](int a, int b) {
        return scores[std::size_t(a)] > scores[std::size_t(b)];
    });
    if (count >= 0 && std::size_t(count) < order.size())
        order.resize(std::size_t(count));
    return order;
}

} // namespace fl::trees
