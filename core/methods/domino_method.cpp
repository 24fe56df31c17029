// Domino (Eyuboglu et al., ICLR 2022), the dcbench paper's own slice discovery method, as a
// registered method (issue #14, item 2d): PCA of the model's penultimate features, the
// error-aware mixture model fitted by EM, and the components whose predictions depart most
// from their labels as slices, members ranked by the component's posterior.
#include "core/cluster/domino_mixture.h"
#include "core/cluster/pca.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/common/stopwatch.h"
#include "core/methods/baseline_methods.h"
#include "core/methods/method_outputs.h"
#include "core/methods/result_json.h"
#include "core/report/report_format.h"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>

namespace fl::methods {
namespace {

std::string percent(double share) {
    return report::formatPercent(share, 0);
}

std::string fixed(double v, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// The class with the largest probability in `row`, and that probability.
std::pair<int, double> dominant(const Eigen::RowVectorXd& row) {
    Eigen::Index best = 0;
    const double p = row.maxCoeff(&best);
    return {int(best), p};
}

// Labels (one-hot) and predictions (soft or one-hot) of rows [from, to) of the outputs.
void labelRows(const data::Dataset& d, const SplitOutputs& so, Eigen::Index from, Eigen::Index to,
               bool soft, Eigen::MatrixXd& labels, Eigen::MatrixXd& predictions) {
    const int c = d.numClasses();
    labels = Eigen::MatrixXd::Zero(to - from, c);
    predictions = Eigen::MatrixXd::Zero(to - from, c);
    for (Eigen::Index r = from; r < to; ++r) {
        labels(r - from, d.labels[std::size_t(so.positions[std::size_t(r)])]) = 1.0;
        if (soft)
            predictions.row(r - from) = so.outputs.probabilities.row(r).cast<double>();
        else
            predictions(r - from, so.outputs.predictions[std::size_t(r)]) = 1.0;
    }
}

// Per component, the rows whose most probable component it is, highest posterior first (ties by
// row): one pass over the rows for all components.
std::vector<std::vector<std::int64_t>> membersByComponent(const Eigen::MatrixXd& resp,
                                                          Eigen::Index components) {
    std::vector<std::vector<std::int64_t>> members(static_cast<std::size_t>(components));
    for (Eigen::Index i = 0; i < resp.rows(); ++i) {
        Eigen::Index best = 0;
        resp.row(i).maxCoeff(&best);
        members[std::size_t(best)].push_back(i);
    }
    for (Eigen::Index k = 0; k < components; ++k)
        std::stable_sort(members[std::size_t(k)].begin(), members[std::size_t(k)].end(),
                         [&](std::int64_t a, std::int64_t b) { return resp(a, k) > resp(b, k); });
    return members;
}

class DominoMethod : public AnalysisMethod {
public:
    MethodInfo info() const override {
        MethodInfo i;
        i.id = "domino";
        i.title = "Domino";
        i.paper = "Eyuboglu et al., \"Domino: Discovering Systematic Errors with Cross-Modal "
                  "Embeddings\", ICLR 2022 (the dcbench slice discovery method)";
        i.summary = "An error-aware mixture model over the penultimate features, labels and "
                    "predictions; the components whose predictions depart most from their labels";
        return i;
    }
    std::vector<ParameterSpec> parameters() const override {
        std::vector<ParameterSpec> p;
        addParameter(p,
                     intParam("slices", "Slices", 5, 1, 1000,
                              "How many components become slices: those whose predictions "
                              "depart most from their labels"),
                     "Mixture", "5", "5");
        addParameter(p,
                     intParam("components", "Mixture components", 25, 1, 10000,
                              "Components of the mixture model; the confusion initialisation "
                              "raises it to one per confusion cell (C²) when it is fewer"),
                     "Mixture", "25", "25");
        addParameter(p,
                     intParam("pca-components", "PCA dimensions", 128, 0, 100000,
                              "The embedding is reduced to min(this, its width) dimensions by "
                              "PCA first; 0 = no PCA"),
                     "Mixture", "128", "128");
        addParameter(p,
                     doubleParam("label-weight", "Label weight", 1.0, 0.0, 1000.0,
                                 "Weight of the label term log P(Y = y | S) in the E-step"),
                     "Mixture", "1", "1");
        addParameter(p,
                     doubleParam("prediction-weight", "Prediction weight", 1.0, 0.0, 1000.0,
                                 "Weight of the prediction term in the E-step; the paper also "
                                 "reports larger values (they favour error-homogeneous slices)"),
                     "Mixture", "1", "1");
        addParameter(p,
                     choiceParam("prediction", "Prediction", "soft", {"soft", "hard"},
                                 "soft: the model's probabilities as ŷ (the reference's "
                                 "pred_probs); hard: the one-hot predicted class"),
                     "Mixture", "soft", "soft", true);
        addParameter(p,
                     choiceParam("init", "Initialisation", "confusion", {"confusion", "random"},
                                 "confusion: each component starts on one confusion-matrix cell "
                                 "(with noise); random: uniform random responsibilities"),
                     "Fit", "confusion", "confusion", true);
        addParameter(p,
                     doubleParam("confusion-noise", "Confusion noise", 1e-3, 0.0, 1.0,
                                 "Scale of the uniform noise added to the confusion "
                                 "initialisation, so components of one cell start apart"),
                     "Fit", "0.001", "0.001", true);
        addParameter(p,
                     intParam("iterations", "EM iterations", 100, 1, 100000, "Most EM iterations"),
                     "Fit", "100", "100", true);
        addParameter(p,
                     doubleParam("tolerance", "Tolerance", 1e-3, 0.0, 1e3,
                                 "EM stops when the mean log-likelihood changes by less"),
                     "Fit", "0.001", "0.001", true);
        addParameter(p,
                     doubleParam("reg-covar", "Variance floor", 1e-6, 0.0, 1e3,
                                 "Added to every variance of the diagonal covariances"),
                     "Fit", "0.000001", "0.000001", true);
        addParameter(p, intParam("seed", "Seed", 0, 0, {}, "Seed of the initialisation's noise"),
                     "Fit", {}, {}, true);
        addParameter(p,
                     intParam("min-size", "Smallest slice", 1, 1, 1000000,
                              "Examples a component must hold to become a slice; the reference "
                              "has no floor (1), so a component on a rare confusion cell (one "
                              "example) can be a slice — 10 or more skips those"),
                     "Mixture", {}, "1");
        addParameter(p,
                     choiceParam("slice-score", "Slice score", "reference",
                                 {"reference", "absolute"},
                                 "reference: |max_j (ŷ_j − y_j)| as the reference code ranks "
                                 "components; absolute: max_j |ŷ_j − y_j|"),
                     "Fit", "reference", "reference", true);
        return p;
    }

    MethodResult run(const MethodInput& in, const Progress& progress,
                     const CancelToken& cancel) const override {
        const auto t0 = std::chrono::steady_clock::now();
        const auto& d = *in.dataset;
        const auto& pv = in.parameters;
        const auto so = splitOutputs(in, "domino", true, progress.sub(0.0, 0.3), cancel);
        const Eigen::Index nv = so.splitRows, nAll = Eigen::Index(so.positions.size());
        const int classes = d.numClasses();
        const bool soft = pv.text("prediction") == "soft";
        const bool confusionInit = pv.text("init") == "confusion";
        const int asked = pv.toInt("components");
        const int components = confusionInit ? std::max(asked, classes * classes) : asked;
        if (nv < components)
            throwBadInput("domino: the " + std::string(data::splitName(in.split)) + " split has " +
                          std::to_string(nv) + " examples for " + std::to_string(components) +
                          " mixture components" +
                          (confusionInit ? " (one per confusion cell of " +
                                               std::to_string(classes) + " classes at least)"
                                         : std::string()) +
                          "; expected at least one example per component");

        progress.report(0.3, "PCA of the penultimate features");
        const Eigen::MatrixXd all = so.outputs.embeddings.cast<double>();
        const Eigen::Index width = all.cols();
        const Eigen::Index dims =
            pv.toInt("pca-components") == 0
                ? 0
                : std::min<Eigen::Index>({pv.toInt("pca-components"), width, nv});
        Eigen::MatrixXd x = all.topRows(nv), held = all.bottomRows(nAll - nv);
        if (dims > 0) {
            const cluster::Pca pca = cluster::fitPca(x, dims);
            x = pca.transform(x);
            held = pca.transform(held);
        }
        cancel.throwIfCancelled();

        Eigen::MatrixXd labels, predictions;
        labelRows(d, so, 0, nv, soft, labels, predictions);
        const std::uint64_t seed = pv.toSeed("seed");
        Rng rng(seed);
        Eigen::MatrixXd uniform(nv, components);
        for (Eigen::Index i = 0; i < nv; ++i)
            for (int k = 0; k < components; ++k)
                uniform(i, k) = rng.uniform();
        Eigen::MatrixXd resp0;
        if (confusionInit) {
            resp0 = cluster::confusionResponsibilities(labels, predictions, components,
                                                       pv.toDouble("confusion-noise"), uniform);
        } else {
            resp0 = uniform;
            for (Eigen::Index i = 0; i < nv; ++i)
                resp0.row(i) /= resp0.row(i).sum();
        }
        cluster::DominoOptions o;
        o.maxIterations = pv.toInt("iterations");
        o.tolerance = pv.toDouble("tolerance");
        o.regCovar = pv.toDouble("reg-covar");
        o.labelWeight = pv.toDouble("label-weight");
        o.predictionWeight = pv.toDouble("prediction-weight");
        const auto tFit = std::chrono::steady_clock::now();
        const cluster::DominoModel m =
            cluster::fitDomino(x, labels, predictions, resp0, o, progress.sub(0.35, 0.95), cancel);
        const double fitSeconds = secondsSince(tFit);
        const Eigen::MatrixXd resp = cluster::dominoResponsibilities(m, x, labels, predictions, o);
        Eigen::MatrixXd heldLabels, heldPredictions;
        labelRows(d, so, nv, nAll, soft, heldLabels, heldPredictions);
        const Eigen::MatrixXd heldResp =
            nAll > nv ? cluster::dominoResponsibilities(m, held, heldLabels, heldPredictions, o)
                      : Eigen::MatrixXd(0, components);

        MethodResult r = splitResult(in, "domino", "Domino", so);
        r.seed = seed;
        r.settings["components_used"] = std::to_string(components);
        r.settings["pca_dimensions"] = std::to_string(dims);
        r.settings["embedding_width"] = std::to_string(width);
        r.settings["em_iterations"] = std::to_string(m.iterations);
        r.settings["em_converged"] = m.converged ? "true" : "false";
        r.settings["lower_bound"] = fixed(m.lowerBound, 6);
        r.stageSeconds["em"] = fitSeconds;

        const bool absolute = pv.text("slice-score") == "absolute";
        const auto order = cluster::dominoSliceOrder(m, absolute);
        ResultTable table{"components",
                          "Mixture components, by slice score",
                          {"Component", "Weight", "Examples", "Accuracy", "Slice score",
                           "Mostly labelled", "Mostly predicted", "Over-predicted"},
                          {}};
        const auto wanted = std::size_t(pv.toInt("slices"));
        const std::int64_t minSize = pv.toInt("min-size");
        const auto members = membersByComponent(resp, components);
        const auto heldMembers = membersByComponent(heldResp, components);
        for (int k : order) {
            const auto& rows = members[std::size_t(k)];
            const auto [label, labelShare] = dominant(m.labelProbs.row(k));
            const auto [pred, predShare] = dominant(m.predictionProbs.row(k));
            // The class predicted more often than labelled by the largest margin (what the
            // slice score measures) and the one labelled more often than predicted: the
            // confusion the component holds names the slice ("Shirt → Shirt" would not).
            const Eigen::RowVectorXd gap = m.predictionProbs.row(k) - m.labelProbs.row(k);
            const auto [over, overGap] = dominant(gap);
            const auto [under, underGap] = dominant(-gap);
            std::int64_t right = 0;
            for (auto row : rows)
                right += so.correct[std::size_t(row)];
            const double score = cluster::dominoSliceScore(m, k, absolute);
            const auto a = classNameOf(d.classNames, label), b = classNameOf(d.classNames, pred),
                       o = classNameOf(d.classNames, over), u = classNameOf(d.classNames, under);
            table.rows.push_back(
                {std::to_string(k), fixed(m.weights(k), 4), std::to_string(rows.size()),
                 rows.empty() ? "–" : percent(double(right) / double(rows.size())), fixed(score, 3),
                 a + " (" + percent(labelShare) + ")", b + " (" + percent(predShare) + ")",
                 o + " (+" + percent(overGap) + ")"});
            // A component no example (or fewer than min-size) is most probable under: the next
            // one takes its place.
            if (r.slices.size() >= wanted || std::int64_t(rows.size()) < minSize)
                continue;
            std::vector<double> scores;
            for (auto row : rows)
                scores.push_back(resp(row, k));
            RankedSlice s = sliceOfRows(d, so, rows, scores);
            s.name = "component " + std::to_string(k) + ": " + u + " → " + o;
            s.rule = "Domino component " + std::to_string(k) + ": labelled " + a + " (" +
                     percent(labelShare) + "), predicted " + b + " (" + percent(predShare) + "); " +
                     o + " predicted " + percent(overGap) + " more often than labelled, " + u +
                     " " + percent(underGap) + " less; slice score " + fixed(score, 3) +
                     "; members by posterior";
            s.extra = {{"component", k},
                       {"weight", m.weights(k)},
                       {"slice_score", score},
                       {"label_probs", std::vector<double>(m.labelProbs.row(k).begin(),
                                                           m.labelProbs.row(k).end())},
                       {"prediction_probs", std::vector<double>(m.predictionProbs.row(k).begin(),
                                                                m.predictionProbs.row(k).end())}};
            std::vector<std::int64_t> heldRows;
            for (auto row : heldMembers[std::size_t(k)])
                heldRows.push_back(row + nv);
            s.heldOutIds = heldOutIdsOf(d, so, heldRows);
            r.slices.push_back(std::move(s));
        }
        r.tables.push_back(std::move(table));
        r.summary["domino"] = {{"components", components},
                               {"pca_dimensions", dims},
                               {"iterations", m.iterations},
                               {"converged", m.converged},
                               {"lower_bound", m.lowerBound}};
        r.seconds = secondsSince(t0);
        progress.report(1.0, "Domino done: " + std::to_string(m.iterations) + " EM iterations");
        return r;
    }
};

} // namespace

std::unique_ptr<AnalysisMethod> makeDominoMethod() {
    return std::make_unique<DominoMethod>();
}

} // namespace fl::methods
