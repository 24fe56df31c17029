#include "core/directions/captions.h"
#include "core/common/error.h"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>

namespace fl::directions {
namespace {

// numpy.quantile's default (linear) on sorted values.
double quantileOf(const std::vector<double>& sorted, double q) {
    const double pos = q * double(sorted.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

bool parseNumber(const std::string& s, double& v) {
    const char* b = s.data();
    const char* e = b + s.size();
    while (b < e && *b == ' ')
        ++b;
    while (e > b && e[-1] == ' ')
        --e;
    if (b == e)
        return false;
    if (*b == '+')
        ++b;
    const auto [p, ec] = std::from_chars(b, e, v);
    return ec == std::errc() && p == e && std::isfinite(v);
}

} // namespace

AttributeColumn attributeFromText(std::string name, const std::vector<std::string>& values) {
    AttributeColumn c;
    c.name = std::move(name);
    bool numeric = false;
    std::vector<double> nums;
    nums.reserve(values.size());
    for (const auto& s : values) {
        double v = std::numeric_limits<double>::quiet_NaN();
        if (!s.empty()) {
            if (!parseNumber(s, v)) {
                c.text = values;
                return c;
            }
            numeric = true;
        }
        nums.push_back(v);
    }
    if (numeric)
        c.numeric = std::move(nums);
    else
        c.text = values;
    return c;
}

std::vector<ConceptCandidate> conceptCandidates(const std::vector<AttributeColumn>& columns,
                                                const std::vector<Eigen::Index>& classRows,
                                                double quantile, int minGroup) {
    if (!(quantile > 0.0 && quantile <= 0.5))
        throwBadInput("concept captions: the quantile must lie in (0, 0.5], got " +
                      std::to_string(quantile));
    std::vector<ConceptCandidate> out;
    const auto keep = [&](ConceptCandidate c, std::size_t present) {
        if (std::int64_t(c.rows.size()) >= minGroup && c.rows.size() < present)
            out.push_back(std::move(c));
    };
    for (const auto& col : columns) {
        if (!col.text.empty()) {
            std::map<std::string, std::vector<Eigen::Index>> groups;
            std::size_t present = 0;
            for (auto r : classRows) {
                const auto& v = col.text.at(std::size_t(r));
                if (v.empty())
                    continue;
                groups[v].push_back(r);
                ++present;
            }
            for (auto& [value, rows] : groups)
                keep({col.name + " is " + value, col.name, std::move(rows)}, present);
            continue;
        }
        std::vector<double> values;
        for (auto r : classRows)
            if (const double v = col.numeric.at(std::size_t(r)); !std::isnan(v))
                values.push_back(v);
        if (values.size() < 2)
            continue;
        std::sort(values.begin(), values.end());
        const double hi = quantileOf(values, 1.0 - quantile), lo = quantileOf(values, quantile);
        ConceptCandidate high{"high " + col.name, col.name, {}},
            low{"low " + col.name, col.name, {}};
        for (auto r : classRows) {
            const double v = col.numeric[std::size_t(r)];
            if (std::isnan(v))
                continue;
            if (v >= hi)
                high.rows.push_back(r);
            if (v <= lo)
                low.rows.push_back(r);
        }
        keep(std::move(high), values.size());
        keep(std::move(low), values.size());
    }
    return out;
}

double directionScore(const Eigen::VectorXd& offset, const Whitening& whitening,
                      const LinearSvm& svm) {
    Eigen::VectorXd d = offset.cwiseQuotient(whitening.sd);
    const double norm = d.norm();
    if (norm > 0)
        d /= norm;
    return svm.w.dot(d);
}

std::vector<ScoredCaption> scoreCaptions(const MatrixRM& x, const Whitening& whitening,
                                         const LinearSvm& svm,
                                         const std::vector<Eigen::Index>& classRows,
                                         const std::vector<ConceptCandidate>& candidates) {
    if (x.cols() != whitening.sd.size() || x.cols() != svm.w.size())
        throwBadInput("concept captions: embeddings have " + std::to_string(x.cols()) +
                      " dimensions, the whitening " + std::to_string(whitening.sd.size()) +
                      " and the SVM " + std::to_string(svm.w.size()));
    if (classRows.empty())
        return {};
    const auto meanOf = [&x](const std::vector<Eigen::Index>& rows) {
        Eigen::VectorXd m = Eigen::VectorXd::Zero(x.cols());
        for (auto r : rows)
            m += x.row(r).cast<double>().transpose();
        return Eigen::VectorXd(m / double(rows.size()));
    };
    const Eigen::VectorXd reference = meanOf(classRows);
    std::vector<ScoredCaption> out;
    for (const auto& c : candidates) {
        if (c.rows.empty())
            continue;
        out.push_back({c.caption, c.attribute,
                       directionScore(meanOf(c.rows) - reference, whitening, svm),
                       std::int64_t(c.rows.size())});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score < b.score; });
    return out;
}

} // namespace fl::directions
