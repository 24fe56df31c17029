#include "core/methods/baseline_methods.h"
#include "core/cluster/centre_assignment.h"
#include "core/cluster/infembed_slicer.h"
#include "core/cluster/spherical_kmeans.h"
#include "core/common/error.h"
#include "core/common/stopwatch.h"
#include "core/methods/method_outputs.h"
#include <algorithm>
#include <chrono>
#include <numeric>

namespace fl::methods {
namespace {

class EmbeddingKMeansMethod : public AnalysisMethod {
public:
    MethodInfo info() const override {
        MethodInfo i;
        i.id = "embedding-kmeans";
        i.title = "Embedding K-means";
        i.paper =
            "Baseline of the slice-discovery benchmarks (Spotlight/Domino-like, METHODS.md §6)";
        i.summary = "Spherical K-means on the model's penultimate features, worst clusters first";
        return i;
    }
    std::vector<ParameterSpec> parameters() const override {
        auto k = intParam("k", "Clusters K", 20, 1, 1000, "Number of clusters (METHODS.md: 10–25)");
        auto iters = intParam("iterations", "K-means iterations", 25, 1, 1000,
                              "Spherical K-means iterations (faiss default 25)");
        iters.advanced = true;
        auto seed = intParam("kmeans-seed", "K-means seed", 42, 0, {},
                             "Seed of the K-means initialisation (faiss default 42)");
        seed.advanced = true;
        auto ranking = choiceParam("ranking", "Slice order", "accuracy", {"accuracy", "errors"},
                                   "Failure order of the clusters: accuracy (lowest first) or "
                                   "errors (most first)");
        return {k, iters, seed, ranking, memberRankingParam()};
    }
    MethodResult run(const MethodInput& in, const Progress& progress,
                     const CancelToken& cancel) const override {
        const auto t0 = std::chrono::steady_clock::now();
        const auto so = splitOutputs(in, "embedding-kmeans", true, progress.sub(0.0, 0.5), cancel);
        const auto nv = so.splitRows;
        const nn::MatrixRM valX = so.outputs.embeddings.topRows(nv);
        cluster::KMeansOptions ko;
        ko.k = int(std::min<Eigen::Index>(in.parameters.toInt("k"), nv));
        ko.niter = in.parameters.toInt("iterations");
        ko.seed = in.parameters.toSeed("kmeans-seed");
        progress.report(0.5, "clustering penultimate features");
        const cluster::KMeansResult km = cluster::sphericalKMeans(valX, ko, cancel);
        const auto members = cluster::memberRankingFrom(in.parameters.text("member-ranking"));
        std::vector<cluster::Slice> slices(std::size_t(ko.k));
        for (Eigen::Index r = 0; r < nv; ++r) {
            const int c = km.assignments[std::size_t(r)];
            auto& s = slices[std::size_t(c)];
            s.members.push_back(r);
            s.similarity.push_back(
                cluster::memberScore(valX.row(r), km.centroids.row(c).transpose(), members));
            s.accuracy += so.correct[std::size_t(r)] ? 1.0 : 0.0;
        }
        std::vector<cluster::Slice> kept;
        for (int c = 0; c < ko.k; ++c) {
            auto& s = slices[std::size_t(c)];
            if (s.members.empty())
                continue;
            std::vector<std::size_t> order(s.members.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&s](std::size_t a, std::size_t b) {
                return s.similarity[a] > s.similarity[b];
            });
            cluster::Slice t;
            for (std::size_t i : order) {
                t.members.push_back(s.members[i]);
                t.similarity.push_back(s.similarity[i]);
            }
            t.size = std::int64_t(t.members.size());
            t.accuracy = s.accuracy / double(t.size);
            t.centre = km.centroids.row(c).transpose();
            t.path = std::to_string(c);
            kept.push_back(std::move(t));
        }
        cluster::orderSlices(kept, in.parameters.text("ranking"));
        std::vector<Eigen::VectorXf> centres;
        for (const auto& s : kept)
            centres.push_back(s.centre);
        const nn::MatrixRM heldX =
            so.outputs.embeddings.bottomRows(Eigen::Index(so.positions.size()) - nv);
        const auto assigned = cluster::assignToCentres(heldX, centres, members);

        MethodResult r = splitResult(in, "embedding-kmeans", "Embedding K-means", so);
        r.seed = ko.seed;
        for (std::size_t i = 0; i < kept.size(); ++i) {
            const auto& s = kept[i];
            RankedSlice rs =
                sliceOfRows(*in.dataset, so, s.members,
                            std::vector<double>(s.similarity.begin(), s.similarity.end()));
            rs.name = "cluster " + s.path;
            rs.rule = "cluster " + s.path + " of the penultimate features";
            rs.extra = {
                {"centre", std::vector<float>(s.centre.data(), s.centre.data() + s.centre.size())}};
            std::vector<std::int64_t> heldRows;
            for (auto row : assigned[i])
                heldRows.push_back(row + nv);
            rs.heldOutIds = heldOutIdsOf(*in.dataset, so, heldRows);
            r.slices.push_back(std::move(rs));
        }
        r.seconds = secondsSince(t0);
        progress.report(1.0, "embedding K-means done");
        return r;
    }
};

} // namespace

std::unique_ptr<AnalysisMethod> makeEmbeddingKMeansMethod() {
    return std::make_unique<EmbeddingKMeansMethod>();
}

} // namespace fl::methods
