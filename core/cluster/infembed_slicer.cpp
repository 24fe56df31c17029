#include "core/cluster/infembed_slicer.h"
#include "core/common/error.h"
#include <algorithm>
#include <numeric>
#include <sstream>

namespace fl::cluster {
namespace {

std::string num(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

void checkInputs(const MatrixRM& e, const std::vector<bool>& correct) {
    if (std::int64_t(correct.size()) != e.rows())
        throwBadInput("InfEmbed: " + std::to_string(e.rows()) + " embeddings but " +
                      std::to_string(correct.size()) + " correctness flags");
}

MatrixRM gather(const MatrixRM& e, const std::vector<std::int64_t>& rows) {
    MatrixRM out(Eigen::Index(rows.size()), e.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = e.row(rows[i]);
    return out;
}

// Fills members (ranked by memberScore), accuracy, coherence of a slice over `rows`.
Slice makeSlice(const MatrixRM& e, const std::vector<bool>& correct,
                const std::vector<std::int64_t>& rows, Eigen::VectorXf centre, int depth,
                std::string path, MemberRanking ranking) {
    Slice s;
    s.size = std::int64_t(rows.size());
    s.depth = depth;
    s.path = std::move(path);
    s.centre = std::move(centre);
    std::vector<std::pair<float, std::int64_t>> ranked;
    ranked.reserve(rows.size());
    std::int64_t ok = 0;
    for (auto r : rows) {
        ranked.emplace_back(memberScore(e.row(r), s.centre, ranking), r);
        ok += correct[std::size_t(r)];
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [sim, r] : ranked) {
        s.members.push_back(r);
        s.similarity.push_back(sim);
    }
    s.accuracy = rows.empty() ? 0.0 : double(ok) / double(rows.size());
    s.coherence = sliceCoherence(e, rows);
    return s;
}

struct RuleRun {
    const MatrixRM& e;
    const std::vector<bool>& correct;
    const RuleOptions& o;
    const Progress& progress;
    const CancelToken& cancel;
    std::vector<Slice> slices;
    std::int64_t assigned = 0; // rows settled (slice or discarded), for progress

    void node(const std::vector<std::int64_t>& rows, int depth, const std::string& path,
              const Eigen::VectorXf& centre) {
        cancel.throwIfCancelled();
        std::int64_t ok = 0;
        for (auto r : rows)
            ok += correct[std::size_t(r)];
        const auto n = std::int64_t(rows.size());
        const double acc = n ? double(ok) / double(n) : 1.0;
        if (acc < o.maxAccuracy && n >= o.minSize) {
            slices.push_back(makeSlice(e, correct, rows, centre, depth, path, o.members));
            settle(n);
            return;
        }
        if (depth >= o.maxDepth || n < o.minSize || n < o.branching) {
            settle(n);
            return;
        }
        KMeansOptions ko;
        ko.k = o.branching;
        ko.niter = o.niter;
        ko.seed = o.seed;
        const KMeansResult km = sphericalKMeans(gather(e, rows), ko, cancel);
        std::vector<std::vector<std::int64_t>> parts(std::size_t(o.branching));
        for (std::size_t i = 0; i < rows.size(); ++i)
            parts[std::size_t(km.assignments[i])].push_back(rows[i]);
        for (int b = 0; b < o.branching; ++b) {
            if (parts[std::size_t(b)].empty())
                continue;
            node(parts[std::size_t(b)], depth + 1,
                 path.empty() ? std::to_string(b) : path + "." + std::to_string(b),
                 km.centroids.row(b).transpose());
        }
    }
    void settle(std::int64_t n) {
        assigned += n;
        progress.report(double(assigned) / double(e.rows()), "InfEmbed-Rule");
    }
};

} // namespace

std::map<std::string, std::string> PlainOptions::toSettings() const {
    return {{"slicer", "infembed"},
            {"k", std::to_string(k)},
            {"kmeans", "spherical (faiss)"},
            {"kmeans_iterations", std::to_string(niter)},
            {"kmeans_seed", std::to_string(seed)},
            {"member_ranking", memberRankingName(members)}};
}

RuleOptions RuleOptions::paper() {
    return {};
}

RuleOptions RuleOptions::notebook() {
    RuleOptions o;
    o.maxAccuracy = 0.5;
    o.minSize = 10;
    return o;
}

void RuleOptions::validate() const {
    if (!(maxAccuracy >= 0.0 && maxAccuracy <= 1.0))
        throwBadInput("InfEmbed-Rule accuracy threshold A must be in [0, 1], got " +
                      num(maxAccuracy));
    if (minSize < 1)
        throwBadInput("InfEmbed-Rule size threshold S must be >= 1");
    if (branching < 2)
        throwBadInput("InfEmbed-Rule branching factor B must be >= 2, got " +
                      std::to_string(branching));
    if (maxDepth < 0)
        throwBadInput("InfEmbed-Rule max depth must be >= 0");
}

std::map<std::string, std::string> RuleOptions::toSettings() const {
    return {{"slicer", "infembed-rule"},
            {"accuracy_threshold", num(maxAccuracy)},
            {"size_threshold", std::to_string(minSize)},
            {"branching", std::to_string(branching)},
            {"max_depth", std::to_string(maxDepth)},
            {"kmeans", "spherical (faiss)"},
            {"kmeans_iterations", std::to_string(niter)},
            {"kmeans_seed", std::to_string(seed)},
            {"member_ranking", memberRankingName(members)}};
}

std::string memberRankingName(MemberRanking r) {
    return r == MemberRanking::Cosine ? "cosine" : "inner-product";
}

MemberRanking memberRankingFrom(const std::string& name) {
    if (name == "cosine")
        return MemberRanking::Cosine;
    if (name == "inner-product")
        return MemberRanking::InnerProduct;
    throwBadInput("member ranking '" + name + "': expected cosine or inner-product");
}

float memberScore(const Eigen::Ref<const Eigen::RowVectorXf>& x, const Eigen::VectorXf& centre,
                  MemberRanking r) {
    const float dot = x.dot(centre.transpose());
    if (r == MemberRanking::InnerProduct)
        return dot;
    const float norm = x.norm();
    return norm > 0 ? dot / norm : 0.0f;
}

double sliceCoherence(const MatrixRM& e, const std::vector<std::int64_t>& rows) {
    if (rows.empty())
        return 0.0;
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(e.cols());
    for (auto r : rows)
        mean += e.row(r).transpose().cast<double>();
    mean /= double(rows.size());
    double sum = 0.0;
    for (auto r : rows)
        sum += (e.row(r).transpose().cast<double>() - mean).squaredNorm();
    return sum / double(rows.size());
}

std::vector<Slice> infEmbedSlices(const MatrixRM& e, const std::vector<bool>& correct,
                                  const PlainOptions& o, const CancelToken& cancel) {
    checkInputs(e, correct);
    KMeansOptions ko;
    ko.k = o.k;
    ko.niter = o.niter;
    ko.seed = o.seed;
    const KMeansResult km = sphericalKMeans(e, ko, cancel);
    std::vector<std::vector<std::int64_t>> parts(std::size_t(o.k));
    for (std::size_t i = 0; i < km.assignments.size(); ++i)
        parts[std::size_t(km.assignments[i])].push_back(std::int64_t(i));
    std::vector<Slice> out;
    for (int c = 0; c < o.k; ++c)
        if (!parts[std::size_t(c)].empty())
            out.push_back(makeSlice(e, correct, parts[std::size_t(c)],
                                    km.centroids.row(c).transpose(), 0, std::to_string(c),
                                    o.members));
    return out;
}

std::vector<Slice> infEmbedRule(const MatrixRM& e, const std::vector<bool>& correct,
                                const RuleOptions& o, const Progress& progress,
                                const CancelToken& cancel) {
    checkInputs(e, correct);
    o.validate();
    std::vector<std::int64_t> all(std::size_t(e.rows()));
    std::iota(all.begin(), all.end(), 0);
    // The root has no K-means centroid: its centre is the normalised mean embedding.
    Eigen::VectorXf centre = e.colwise().sum().transpose();
    if (centre.norm() > 0)
        centre.normalize();
    RuleRun run{e, correct, o, progress, cancel, {}, 0};
    run.node(all, 0, "", centre);
    progress.report(1.0, "InfEmbed-Rule done");
    return std::move(run.slices);
}

} // namespace fl::cluster
