// The slice benchmark: one trained model, shared inference, then each method's slices on
// validation scored with dcbench's precision@k and confirmed on test by nearest centre.
#include "core/workflows/slice_benchmark.h"
#include "core/cluster/infembed_slicer.h"
#include "core/cluster/spherical_kmeans.h"
#include "core/common/error.h"
#include "core/influence/influence_pipeline.h"
#include "core/metrics/slice_scoring.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/nn/model_cache.h"
#include "core/nn/training.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <string_view>

namespace fl::workflows {
namespace {

namespace fs = std::filesystem;

using MatrixRM = nn::MatrixRM;

// A method's slices in failure order: member dataset positions ranked (validation), and the
// test positions each of the first slices gets by nearest centre, ranked the same way.
struct MethodSlices {
    std::vector<std::vector<std::int64_t>> valMembers;
    std::vector<std::vector<std::int64_t>> testMembers;
    std::vector<double> accuracy;
};

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Test rows assigned to each centre by largest inner product (the spherical K-means rule),
// ranked by that inner product, descending.
std::vector<std::vector<std::int64_t>> assignByCentre(const MatrixRM& x,
                                                      const std::vector<Eigen::VectorXf>& centres,
                                                      const std::vector<std::int64_t>& positions) {
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
            scored[best].push_back({bestSim, positions[r]});
    }
    std::vector<std::vector<std::int64_t>> out(centres.size());
    for (std::size_t c = 0; c < centres.size(); ++c) {
        std::stable_sort(scored[c].begin(), scored[c].end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [s, p] : scored[c])
            out[c].push_back(p);
    }
    return out;
}

// Cluster slices (rows of valX) in failure order, applied to testX by nearest centre. By
// "accuracy": lowest first, larger first on ties; by "errors": most errors first, lower accuracy
// first on ties.
MethodSlices fromClusters(std::vector<cluster::Slice> slices, const MatrixRM& testX,
                          const std::vector<std::int64_t>& valPos,
                          const std::vector<std::int64_t>& testPos, const std::string& ranking) {
    const auto errors = [](const cluster::Slice& s) {
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
    MethodSlices m;
    std::vector<Eigen::VectorXf> centres;
    for (const auto& s : slices) {
        std::vector<std::int64_t> members;
        for (std::int64_t r : s.members)
            members.push_back(valPos[r]);
        m.valMembers.push_back(std::move(members));
        m.accuracy.push_back(s.accuracy);
        centres.push_back(s.centre);
    }
    m.testMembers = assignByCentre(testX, centres, testPos);
    return m;
}

MatrixRM rows(const MatrixRM& x, Eigen::Index from, Eigen::Index count) {
    return x.middleRows(from, count);
}

// A hash of everything training reads (pixels, labels, ids, splits), so a cached model is reused
// only for the very same planted data.
std::string dataFingerprint(const data::Dataset& d) {
    const auto bytes = [](const auto& v) {
        return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(v[0]));
    };
    std::size_t h = std::hash<std::string_view>{}(bytes(d.images));
    for (const std::size_t part : {std::hash<std::string_view>{}(bytes(d.labels)),
                                   std::hash<std::string_view>{}(bytes(d.ids)),
                                   std::hash<std::string_view>{}(bytes(d.splits))})
        h = h * 1000003u ^ part;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

// The recipe's model: trained now, or (reuseModel) loaded from the model cache when this data,
// recipe and seed were trained before. Fills the result's model fields.
nn::Classifier recipeModel(const data::Dataset& d, const SliceBenchmarkOptions& o,
                           SliceBenchmarkResult& res, const Progress& progress,
                           const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    nn::TrainOptions to;
    to.epochs = o.epochs;
    to.seed = o.seed;
    to.device = o.device;
    auto settings = to.toSettings();
    settings["data"] = dataFingerprint(d);
    const std::string path =
        o.reuseModel ? nn::cachedModelPath(nn::modelCacheKey(d.name, o.arch, settings, o.seed))
                     : std::string();
    nn::Classifier model = [&] {
        if (!path.empty() && fs::exists(path)) {
            res.modelReused = true;
            return nn::Classifier::load(path);
        }
        nn::ModelSpec spec{o.arch, d.channels, d.height, d.width, d.numClasses()};
        nn::Classifier fresh = nn::Classifier::create(spec, o.seed);
        fresh.setClassNames(d.classNames);
        nn::train(fresh, d, to, progress, cancel);
        if (!path.empty())
            fresh.save(path); // save() writes beside and renames: never half a model
        return fresh;
    }();
    model.setDevice(o.device);
    res.trainSeconds = res.modelReused ? 0.0 : secondsSince(t0);
    res.model = to.toSettings();
    res.model["arch"] = o.arch;
    res.model["model_seed"] = std::to_string(o.seed);
    return model;
}

} // namespace

std::vector<std::string> sliceBenchmarkMethods() {
    return {"infembed", "infembed-block", "infembed-rule", "confidence", "embedding-kmeans"};
}

std::vector<std::string> SliceBenchmarkOptions::resolvedMethods() const {
    const auto known = sliceBenchmarkMethods();
    if (methods.empty())
        return known;
    std::vector<std::string> out;
    for (const auto& m : methods) {
        if (m == "all")
            return known;
        if (std::find(known.begin(), known.end(), m) == known.end())
            throwBadInput("unknown slice-benchmark method '" + m +
                          "' (known: infembed, "
                          "infembed-block, infembed-rule, confidence, embedding-kmeans, all)");
        if (std::find(out.begin(), out.end(), m) == out.end())
            out.push_back(m);
    }
    return out;
}

SliceBenchmarkResult runSliceBenchmark(const data::Dataset& d, const SliceBenchmarkOptions& o,
                                       const Progress& progress, const CancelToken& cancel) {
    if (!d.planted)
        throwBadInput("the slice benchmark needs a planted dataset (faultline-cli plant)");
    const auto methods = o.resolvedMethods();
    const auto valPos = d.indicesOf(data::Split::Val);
    const auto testPos = d.indicesOf(data::Split::Test);
    const auto trainPos = d.indicesOf(data::Split::Train);
    if (valPos.empty() || testPos.empty() || trainPos.empty())
        throwBadInput("the slice benchmark needs train, val and test examples in " + d.name);
    const metrics::IdSet truthIds(d.planted->sliceMemberIds.begin(),
                                  d.planted->sliceMemberIds.end());

    SliceBenchmarkResult res;
    res.dataset = d.planted->sourceDataset;
    res.task = d.planted->task;
    res.taskParams = d.planted->params;
    res.k = o.k;
    res.topSlices = o.topSlices;
    if (o.clusters < 1 || o.arnoldiDim < 1 || o.embeddingDim < 1)
        throwBadInput("slice benchmark: clusters, P and D must be at least 1");
    if (o.ranking != "accuracy" && o.ranking != "errors")
        throwBadInput("slice benchmark: unknown ranking '" + o.ranking +
                      "' (expected accuracy or errors)");
    const auto rule = cluster::RuleOptions::paper();
    res.methodSettings = {{"clusters", std::to_string(o.clusters)},
                          {"arnoldi_dim", std::to_string(o.arnoldiDim)},
                          {"embedding_dim", std::to_string(o.embeddingDim)},
                          {"block_hessian_subset", "1000"},
                          {"rule_accuracy", std::to_string(rule.maxAccuracy)},
                          {"rule_min_size", std::to_string(rule.minSize)},
                          {"rule_branching", std::to_string(rule.branching)},
                          {"rule_max_depth", std::to_string(rule.maxDepth)},
                          {"ranking", o.ranking}};
    res.seed = o.seed;
    res.validationSize = std::int64_t(valPos.size());

    nn::Classifier model = recipeModel(d, o, res, progress.sub(0.0, 0.4), cancel);

    // Shared inference: validation then test rows, with penultimate embeddings.
    std::vector<std::int64_t> evalPos = valPos;
    evalPos.insert(evalPos.end(), testPos.begin(), testPos.end());
    nn::InferenceOptions io;
    io.wantEmbeddings = true;
    const nn::InferenceResult ev = nn::infer(model, d, evalPos, io, progress.sub(0.4, 0.5), cancel);
    const Eigen::Index nv = Eigen::Index(valPos.size()), nt = Eigen::Index(testPos.size());
    std::vector<bool> correctVal(valPos.size());
    std::int64_t errIn = 0, nIn = 0, errOut = 0, nOut = 0, right = 0;
    for (Eigen::Index r = 0; r < nv; ++r) {
        const std::int64_t p = valPos[r];
        correctVal[r] = ev.predictions[r] == d.labels[p];
        right += correctVal[r];
        if (truthIds.count(d.ids[p])) {
            ++nIn;
            errIn += !correctVal[r];
        } else {
            ++nOut;
            errOut += !correctVal[r];
        }
    }
    for (std::int64_t p : testPos)
        res.groundTruthSizeTest += truthIds.count(d.ids[p]) ? 1 : 0;
    res.groundTruthSize = nIn;
    res.modelAccuracy = double(right) / double(nv);
    res.errorInside = nIn ? double(errIn) / double(nIn) : 0.0;
    res.errorOutside = nOut ? double(errOut) / double(nOut) : 0.0;

    // Ids per split for scoring.
    metrics::IdSet truthVal, truthTest;
    for (std::int64_t p : valPos)
        if (truthIds.count(d.ids[p]))
            truthVal.insert(d.ids[p]);
    for (std::int64_t p : testPos)
        if (truthIds.count(d.ids[p]))
            truthTest.insert(d.ids[p]);
    auto toIds = [&d](const std::vector<std::vector<std::int64_t>>& s) {
        std::vector<std::vector<std::int64_t>> out;
        for (const auto& v : s) {
            std::vector<std::int64_t> ids;
            for (std::int64_t p : v)
                ids.push_back(d.ids[p]);
            out.push_back(std::move(ids));
        }
        return out;
    };

    // The last-layer Hessian is summed over a seeded training subset: infer only that subset.
    influence::InfluenceSettings last = influence::InfluenceSettings::fast();
    last.seed = o.seed;
    last.arnoldiDim = o.arnoldiDim;
    last.embeddingDim = o.embeddingDim;
    cluster::PlainOptions plain;
    plain.k = o.clusters;

    const double step = 0.5 / double(methods.size());
    for (std::size_t mi = 0; mi < methods.size(); ++mi) {
        const std::string& name = methods[mi];
        const Progress mp = progress.sub(0.5 + step * double(mi), 0.5 + step * double(mi + 1));
        mp.report(0.0, "slice benchmark: " + name);
        const auto m0 = std::chrono::steady_clock::now();
        MethodSlices ms;
        if (name == "infembed" || name == "infembed-rule" || name == "infembed-block") {
            influence::InfluenceResult ir;
            if (name == "infembed-block") {
                influence::InfluenceSettings s = influence::InfluenceSettings::fast();
                s.layers = "block";
                s.hessianSubset = 1000;
                s.seed = o.seed;
                s.arnoldiDim = o.arnoldiDim;
                s.embeddingDim = o.embeddingDim;
                ir = influence::computeInfluence(model, d, evalPos, trainPos, false, s, mp, cancel);
            } else {
                const auto subset = influence::chooseHessianSubset(trainPos, last);
                nn::InferenceOptions tio;
                tio.wantEmbeddings = true;
                const nn::InferenceResult trainInf = nn::infer(model, d, subset, tio, {}, cancel);
                ir = influence::lastLayerInfluence(d, ev, trainInf, false, last, mp, cancel);
            }
            const MatrixRM valX = rows(ir.evalEmbeddings, 0, nv);
            const MatrixRM testX = rows(ir.evalEmbeddings, nv, nt);
            std::vector<cluster::Slice> slices;
            if (name == "infembed-rule")
                slices = cluster::infEmbedRule(valX, correctVal, rule, {}, cancel);
            else
                slices = cluster::infEmbedSlices(valX, correctVal, plain, cancel);
            ms = fromClusters(std::move(slices), testX, valPos, testPos, o.ranking);
        } else if (name == "embedding-kmeans") {
            const MatrixRM valX = rows(ev.embeddings, 0, nv);
            const MatrixRM testX = rows(ev.embeddings, nv, nt);
            cluster::KMeansOptions ko;
            ko.k = int(std::min<Eigen::Index>(o.clusters, nv));
            const cluster::KMeansResult km = cluster::sphericalKMeans(valX, ko, cancel);
            std::vector<cluster::Slice> slices(std::size_t(ko.k));
            for (Eigen::Index r = 0; r < nv; ++r) {
                auto& s = slices[std::size_t(km.assignments[r])];
                s.members.push_back(r);
                s.similarity.push_back(km.similarity[r]);
                s.accuracy += correctVal[r] ? 1.0 : 0.0;
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
                for (std::size_t i : order)
                    t.members.push_back(s.members[i]);
                t.size = std::int64_t(t.members.size());
                t.accuracy = s.accuracy / double(t.size);
                t.centre = km.centroids.row(c).transpose();
                kept.push_back(std::move(t));
            }
            ms = fromClusters(std::move(kept), testX, valPos, testPos, o.ranking);
        } else { // confidence: the errors, highest loss first
            auto errorsByLoss = [&ev, &d](Eigen::Index from, Eigen::Index count,
                                          const std::vector<std::int64_t>& pos) {
                std::vector<std::pair<float, std::int64_t>> e;
                for (Eigen::Index r = 0; r < count; ++r)
                    if (ev.predictions[from + r] != d.labels[pos[r]])
                        e.push_back({ev.losses[from + r], pos[r]});
                std::stable_sort(e.begin(), e.end(),
                                 [](const auto& a, const auto& b) { return a.first > b.first; });
                std::vector<std::int64_t> out;
                for (const auto& [l, p] : e)
                    out.push_back(p);
                return out;
            };
            ms.valMembers.push_back(errorsByLoss(0, nv, valPos));
            ms.testMembers.push_back(errorsByLoss(nv, nt, testPos));
            ms.accuracy.push_back(0.0);
        }

        MethodScore sc;
        sc.method = name;
        const auto valIds = toIds(ms.valMembers);
        const auto testIds = toIds(ms.testMembers);
        sc.slices = int(valIds.size());
        sc.precisionAtK =
            metrics::bestPrecisionAtK(valIds, truthVal, o.k, o.topSlices, &sc.bestSlice);
        sc.precisionAtKAll = metrics::bestPrecisionAtKOverAll(valIds, truthVal, o.k);
        if (sc.bestSlice >= 0) {
            const auto ov = metrics::sliceOverlap(valIds[std::size_t(sc.bestSlice)], truthVal);
            sc.recall = ov.recall;
            sc.f1 = ov.f1;
            sc.bestSliceSize = std::int64_t(valIds[std::size_t(sc.bestSlice)].size());
            sc.bestSliceAccuracy = ms.accuracy[std::size_t(sc.bestSlice)];
        }
        sc.testPrecisionAtK = metrics::bestPrecisionAtK(testIds, truthTest, o.k, o.topSlices);
        sc.seconds = secondsSince(m0);
        res.methods.push_back(sc);
        mp.report(1.0, "slice benchmark: " + name + " done");
    }
    progress.report(1.0, "slice benchmark done");
    return res;
}

} // namespace fl::workflows
