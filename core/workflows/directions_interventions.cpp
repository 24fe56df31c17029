// The interventions loop: per seed one base model, its directions, then one retrained model per
// arm, all evaluated on the test split. The selections are kept in the result so tests and users
// can see exactly what each arm added or upweighted.
#include "core/workflows/directions_interventions.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/metrics/classification_metrics.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/nn/training.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <sstream>

namespace fl::workflows {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

template <typename T> std::string joined(const std::vector<T>& v) {
    std::string out;
    for (const auto& x : v)
        out += (out.empty() ? "" : ",") + number(double(x));
    return out;
}

void validate(const data::Dataset& d, const nn::MatrixRM& embeddings,
              const InterventionOptions& o) {
    if (o.seeds.empty())
        throwBadInput("interventions need at least one seed");
    if (o.filtering && o.perClass < 1)
        throwBadInput("interventions: K (examples added per class) must be at least 1, got " +
                      std::to_string(o.perClass));
    if (o.upweighting && !(std::isfinite(o.upweight) && o.upweight > 0))
        throwBadInput("interventions: the upweighting factor must be a finite number > 0, got " +
                      number(o.upweight));
    if (o.filtering && o.pool.empty() && !(o.poolFraction > 0 && o.poolFraction < 1))
        throwBadInput("interventions: the pool fraction must be between 0 and 1, got " +
                      number(o.poolFraction));
    if (!o.filtering && !o.pool.empty())
        throwBadInput("interventions: a pool was named but filtering is off (only filtering "
                      "uses a pool)");
    for (const auto s : {data::Split::Train, data::Split::Val, data::Split::Test})
        if (d.indicesOf(s).empty())
            throwBadInput(std::string("interventions need examples in the ") + data::splitName(s) +
                          " split, the dataset has none");
    if (!o.modelEmbeddings && embeddings.rows() != d.size())
        throwBadInput("interventions: " + std::to_string(embeddings.rows()) +
                      " embedding rows for " + std::to_string(d.size()) +
                      " dataset examples (one per position expected)");
    std::set<std::int64_t> seen;
    for (std::size_t k = 0; k < o.pool.size(); ++k) {
        const auto p = o.pool[k];
        if (p < 0 || p >= d.size())
            throwBadInput("interventions: pool position " + std::to_string(p) +
                          " is outside the dataset (" + std::to_string(d.size()) + " examples)");
        if (d.splits[std::size_t(p)] != data::Split::Train)
            throwBadInput("interventions: pool position " + std::to_string(p) + " is in the " +
                          data::splitName(d.splits[std::size_t(p)]) +
                          " split; the pool must come from the training split");
        if (!seen.insert(p).second)
            throwBadInput("interventions: pool position " + std::to_string(p) + " is named twice");
    }
}

// The rows of m at `positions`, in that order.
nn::MatrixRM rowsAt(const nn::MatrixRM& m, const std::vector<std::int64_t>& positions) {
    nn::MatrixRM out(Eigen::Index(positions.size()), m.cols());
    for (std::size_t i = 0; i < positions.size(); ++i)
        out.row(Eigen::Index(i)) = m.row(Eigen::Index(positions[i]));
    return out;
}

// h of each position under its own label's direction; NaN where the class has none.
std::vector<double> decisionValues(const data::Dataset& d, const nn::MatrixRM& embeddings,
                                   const directions::Whitening& w,
                                   const std::vector<directions::ClassDirection>& dirs,
                                   const std::vector<std::int64_t>& positions) {
    const auto z = directions::whitenAndNormalise(rowsAt(embeddings, positions), w);
    std::vector<double> h(positions.size(), kNaN);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const auto& dir = dirs[std::size_t(d.labels[std::size_t(positions[i])])];
        if (dir.fitted)
            h[i] = dir.svm.decision(z.row(Eigen::Index(i)).data());
    }
    return h;
}

// Per class, the first k of the class's pool positions ordered by `key` (lowest first, ties by
// position).
std::vector<std::vector<std::int64_t>>
lowestPerClass(const std::vector<std::vector<std::int64_t>>& byClass,
               const std::map<std::int64_t, double>& key, int k) {
    std::vector<std::vector<std::int64_t>> out;
    for (auto members : byClass) {
        std::stable_sort(members.begin(), members.end(), [&](std::int64_t a, std::int64_t b) {
            const double ka = key.at(a), kb = key.at(b);
            return ka != kb ? ka < kb : a < b;
        });
        members.resize(std::min(members.size(), std::size_t(k)));
        out.push_back(std::move(members));
    }
    return out;
}

std::vector<std::int64_t> flattenSorted(const std::vector<std::vector<std::int64_t>>& perClass) {
    std::vector<std::int64_t> out;
    for (const auto& c : perClass)
        out.insert(out.end(), c.begin(), c.end());
    std::sort(out.begin(), out.end());
    return out;
}

struct Evaluation {
    double accuracy = 0.0, hard = kNaN, planted = kNaN;
    std::vector<double> perClass;
};

double accuracyOn(const data::Dataset& d, const std::vector<std::int64_t>& test,
                  const std::vector<int>& predictions, const std::set<std::int64_t>& subset) {
    std::int64_t n = 0, right = 0;
    for (std::size_t i = 0; i < test.size(); ++i)
        if (subset.count(test[i])) {
            ++n;
            right += predictions[i] == d.labels[std::size_t(test[i])];
        }
    return n ? double(right) / double(n) : kNaN;
}

Evaluation evaluateOnTest(const nn::Classifier& model, const data::Dataset& d,
                          const std::vector<std::int64_t>& test, const std::set<std::int64_t>& hard,
                          const std::set<std::int64_t>& planted, const CancelToken& cancel) {
    nn::InferenceOptions io;
    const auto r = nn::infer(model, d, test, io, {}, cancel);
    std::vector<int> labels;
    for (const auto p : test)
        labels.push_back(d.labels[std::size_t(p)]);
    const auto m = metrics::classificationMetrics(labels, r.predictions, d.numClasses());
    Evaluation e;
    e.accuracy = m.accuracy;
    e.perClass = m.perClassAccuracy;
    e.hard = accuracyOn(d, test, r.predictions, hard);
    if (d.planted)
        e.planted = accuracyOn(d, test, r.predictions, planted);
    return e;
}

} // namespace

const ArmResult* InterventionResult::arm(const std::string& name) const {
    for (const auto& a : arms)
        if (a.arm == name)
            return &a;
    return nullptr;
}

std::vector<std::int64_t> stratifiedPool(const data::Dataset& d, double fraction,
                                         std::uint64_t seed) {
    if (!(fraction > 0 && fraction < 1))
        throwBadInput("the pool fraction must be between 0 and 1, got " + number(fraction));
    std::vector<std::vector<std::int64_t>> byClass(std::size_t(std::max(d.numClasses(), 0)));
    for (const auto p : d.indicesOf(data::Split::Train)) {
        const int y = d.labels[std::size_t(p)];
        if (y >= 0 && y < d.numClasses())
            byClass[std::size_t(y)].push_back(p);
    }
    Rng rng(seed);
    std::vector<std::int64_t> pool;
    for (const auto& members : byClass) {
        const auto perm = rng.permutation(std::int64_t(members.size()));
        const auto take = std::int64_t(std::llround(fraction * double(members.size())));
        for (std::int64_t i = 0; i < take; ++i)
            pool.push_back(members[std::size_t(perm[std::size_t(i)])]);
    }
    std::sort(pool.begin(), pool.end());
    return pool;
}

InterventionResult runInterventions(const data::Dataset& d, const nn::MatrixRM& embeddings,
                                    const InterventionOptions& o, const Progress& progress,
                                    const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    validate(d, embeddings, o);
    const int classes = d.numClasses();
    InterventionResult res;
    if (o.filtering)
        res.pool = o.pool.empty() ? stratifiedPool(d, o.poolFraction, o.poolSeed) : o.pool;
    std::sort(res.pool.begin(), res.pool.end());
    const std::set<std::int64_t> inPool(res.pool.begin(), res.pool.end());
    std::vector<std::int64_t> base; // train ∖ pool, in dataset order
    for (const auto p : d.indicesOf(data::Split::Train))
        if (!inPool.count(p))
            base.push_back(p);
    if (base.empty())
        throwBadInput("interventions: the pool takes every training example, none is left to "
                      "train the base model on");
    const auto val = d.indicesOf(data::Split::Val);
    const auto test = d.indicesOf(data::Split::Test);
    res.trainSize = std::int64_t(base.size());
    res.testSize = std::int64_t(test.size());
    auto poolByClass = std::vector<std::vector<std::int64_t>>(std::size_t(classes));
    for (const auto p : res.pool)
        poolByClass[std::size_t(d.labels[std::size_t(p)])].push_back(p);
    std::set<std::int64_t> planted;
    if (d.planted)
        for (const auto id : d.planted->sliceMemberIds)
            if (const auto p = d.indexOfId(id); p >= 0)
                planted.insert(p);

    std::vector<std::string> arms{"original"};
    if (o.filtering)
        arms.insert(arms.end(), {"random", "confidence", "svm"});
    if (o.upweighting)
        arms.push_back("upweight");
    for (const auto& a : arms) {
        ArmResult r;
        r.arm = a;
        if (o.filtering && a != "original" && a != "upweight")
            for (const auto& c : poolByClass)
                r.added += std::min(std::int64_t(c.size()), std::int64_t(o.perClass));
        res.arms.push_back(std::move(r));
    }

    const nn::ModelSpec spec{o.base.arch, d.channels, d.height, d.width, classes};
    const auto trainings = double(o.seeds.size() * arms.size());
    int done = 0;
    // Trains one model from scratch for seed s on `indices` (weights optional), reporting into
    // its share of the bar.
    auto trainModel = [&](std::uint64_t s, const std::string& what,
                          std::vector<std::int64_t> indices, std::vector<float> weights) {
        cancel.throwIfCancelled();
        const std::string prefix = "seed " + std::to_string(s) + ": " + what;
        const auto sub = progress.sub(done / trainings, (done + 1) / trainings);
        sub.report(0.0, prefix);
        auto model = nn::Classifier::create(spec, s);
        model.setClassNames(d.classNames);
        auto t = o.base.train;
        t.seed = s;
        t.indices = std::move(indices);
        t.weights = std::move(weights);
        nn::train(model, d, t, Progress([&](double f, const std::string& m) {
                      sub.report(f, prefix + ", " + m);
                  }),
                  cancel);
        ++done;
        return model;
    };

    directions::Whitening whitening;
    if (!o.modelEmbeddings)
        whitening = directions::fitWhitening(rowsAt(embeddings, base));

    for (std::size_t si = 0; si < o.seeds.size(); ++si) {
        const auto s = o.seeds[si];
        auto baseModel = trainModel(s, "base model", base, {});
        nn::MatrixRM own;
        if (o.modelEmbeddings) {
            nn::InferenceOptions io;
            io.wantLogits = false;
            io.wantEmbeddings = true;
            baseModel.requireFeatures("interventions in the model's own embedding space");
            own = nn::infer(baseModel, d, nn::allIndices(d), io, {}, cancel).embeddings;
            whitening = directions::fitWhitening(rowsAt(own, base));
        }
        const auto& space = o.modelEmbeddings ? own : embeddings;

        // Directions from the base model's validation predictions (METHODS.md §3 steps 2–4).
        const auto valRun = nn::infer(baseModel, d, val, {}, {}, cancel);
        std::vector<int> valLabels;
        for (const auto p : val)
            valLabels.push_back(d.labels[std::size_t(p)]);
        const auto dirs =
            directions::fitDirections(directions::whitenAndNormalise(rowsAt(space, val), whitening),
                                      valLabels, valRun.predictions, classes, o.svm);
        SeedDirections sd;
        sd.seed = s;
        for (const auto& c : dirs) {
            sd.skipped.push_back(c.fitted ? "" : c.skipped);
            sd.strength.push_back(c.fitted ? c.choice.score : kNaN);
        }
        const auto hTest = decisionValues(d, space, whitening, dirs, test);
        for (std::size_t i = 0; i < test.size(); ++i)
            if (hTest[i] < 0)
                sd.hardTest.push_back(test[i]);
        const std::set<std::int64_t> hard(sd.hardTest.begin(), sd.hardTest.end());

        auto record = [&](const std::string& arm, const nn::Classifier& model,
                          std::vector<std::int64_t> chosen) {
            const auto e = evaluateOnTest(model, d, test, hard, planted, cancel);
            for (auto& a : res.arms)
                if (a.arm == arm) {
                    a.accuracy.push_back(e.accuracy);
                    a.hardAccuracy.push_back(e.hard);
                    if (d.planted)
                        a.plantedAccuracy.push_back(e.planted);
                    a.perClass.push_back(e.perClass);
                    a.chosen.push_back(std::move(chosen));
                }
        };
        record("original", baseModel, {});

        if (o.filtering) {
            const auto hPool = decisionValues(d, space, whitening, dirs, res.pool);
            const auto poolRun = nn::infer(baseModel, d, res.pool, {}, {}, cancel);
            std::map<std::int64_t, double> hKey, confidence;
            for (std::size_t i = 0; i < res.pool.size(); ++i) {
                hKey[res.pool[i]] = hPool[i];
                confidence[res.pool[i]] =
                    double(poolRun.probabilities.row(Eigen::Index(i)).maxCoeff());
            }
            Rng rng(s ^ 0x72616E646F6D5345ULL); // "randomSE": the random arm's own stream
            std::vector<std::vector<std::int64_t>> random;
            for (const auto& members : poolByClass) {
                const auto perm = rng.permutation(std::int64_t(members.size()));
                std::vector<std::int64_t> pick;
                for (std::size_t i = 0; i < std::min(members.size(), std::size_t(o.perClass)); ++i)
                    pick.push_back(members[std::size_t(perm[i])]);
                std::sort(pick.begin(), pick.end());
                random.push_back(std::move(pick));
            }
            auto svm = lowestPerClass(poolByClass, hKey, o.perClass);
            for (int c = 0; c < classes; ++c)
                if (!dirs[std::size_t(c)].fitted)
                    svm[std::size_t(c)] = random[std::size_t(c)];
            const auto lowConfidence = lowestPerClass(poolByClass, confidence, o.perClass);
            using Picks = std::vector<std::vector<std::int64_t>>;
            const std::vector<std::pair<std::string, const Picks*>> filters{
                {"random", &random}, {"confidence", &lowConfidence}, {"svm", &svm}};
            for (const auto& [arm, picks] : filters) {
                auto chosen = flattenSorted(*picks);
                std::vector<std::int64_t> indices = base;
                indices.insert(indices.end(), chosen.begin(), chosen.end());
                std::sort(indices.begin(), indices.end());
                const auto model = trainModel(s, arm + " filtering", std::move(indices), {});
                record(arm, model, std::move(chosen));
            }
        }

        const auto hTrain = decisionValues(d, space, whitening, dirs, base);
        std::vector<float> weights(base.size(), 1.0f);
        std::vector<std::int64_t> upweighted;
        for (std::size_t i = 0; i < base.size(); ++i)
            if (hTrain[i] < 0) {
                weights[i] = float(o.upweight);
                upweighted.push_back(base[i]);
            }
        sd.hardTrain = std::int64_t(upweighted.size());
        if (o.upweighting) {
            const auto model = trainModel(s, "upweighting", base, std::move(weights));
            record("upweight", model, std::move(upweighted));
        }
        res.seeds.push_back(std::move(sd));
    }
    progress.report(1.0, "interventions done");

    auto& st = res.settings;
    st = o.base.toSettings();
    st.erase("seed");
    st.erase("model_seed");
    st["seeds"] = joined(o.seeds);
    st["filtering"] = o.filtering ? "true" : "false";
    st["upweighting"] = o.upweighting ? "true" : "false";
    if (o.filtering) {
        st["pool"] = o.pool.empty() ? "held out: " + number(o.poolFraction) +
                                          " of each class's training examples, seed " +
                                          std::to_string(o.poolSeed)
                                    : "named by the user";
        st["pool_size"] = std::to_string(res.pool.size());
        st["k"] = std::to_string(o.perClass);
        st["svm_arm_without_direction"] = "the random arm's picks";
    }
    if (o.upweighting)
        st["upweight"] = number(o.upweight);
    st["train_size"] = std::to_string(res.trainSize);
    st["embedding"] = o.modelEmbeddings
                          ? "each base model's penultimate features"
                          : "given (" + std::to_string(embeddings.cols()) + " dimensions)";
    st["whitening"] = "training examples outside the pool";
    st["svm_grid"] = joined(o.svm.grid);
    st["svm_folds"] = std::to_string(o.svm.folds);
    st["hard_subpopulation"] = "test examples with h < 0 under their label's direction";
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

} // namespace fl::workflows
