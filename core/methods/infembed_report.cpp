// InfEmbed's report part: the run's settings, its slices as a table, and for the lowest-accuracy
// slices the paper's Figure 2 (histograms, nearest-centre examples, the strongest opponents and
// proponents with their influence scores).
#include "core/methods/infembed_method.h"
#include "core/methods/result_json.h"
#include "core/metrics/class_histogram.h"
#include "core/report/report_format.h"
#include <algorithm>

namespace fl::methods {
namespace {

constexpr int kTableRows = 25, kFigures = 3, kNearest = 8, kInfluential = 8, kHistogramBars = 10;

std::string setting(const influence::InfEmbedOutcome& run, const char* key,
                    const std::string& fallback = "–") {
    const auto it = run.settings.find(key);
    return it == run.settings.end() ? fallback : it->second;
}

std::string name(const std::vector<std::string>& classes, int c) {
    return c < 0 ? "?" : classNameOf(classes, c);
}

report::ImageItem item(std::int64_t id, int label, int prediction,
                       const std::vector<std::string>& classes, const std::string& extra = {}) {
    report::ImageItem it;
    it.exampleId = id;
    it.label = label;
    it.prediction = prediction;
    it.error = prediction >= 0 && label != prediction;
    // Two lines (label, then "→ prediction"), a third for the influence score.
    it.caption = name(classes, label) + "\n→ " + name(classes, prediction);
    if (!extra.empty())
        it.caption += "\n" + extra;
    return it;
}

report::Section overview(const influence::InfEmbedOutcome& run,
                         const std::vector<std::string>& classes) {
    report::Section main;
    main.id = "infembed";
    main.title = "InfEmbed slices";
    main.newPage = true;
    std::int64_t covered = 0;
    for (const auto& sl : run.slices)
        covered += std::int64_t(sl.slice.members.size());
    const bool rule = run.method == "infembed-rule";
    main.blocks.push_back(report::Paragraph{
        "InfEmbed groups the " + report::formatCount(std::int64_t(run.evalIds.size())) +
        " examples of the " + run.split +
        " split by their influence embeddings (how each training example's gradient would "
        "change their loss) and finds " +
        std::to_string(run.slices.size()) + " slices covering " + report::formatCount(covered) +
        " examples; the split's accuracy is " + report::formatPercent(run.accuracy) +
        ". Opponents are the training examples whose influence on a slice is most negative "
        "(training on them raises its loss); proponents the most positive."});

    report::KeyValueTable settings;
    settings.caption = "Settings";
    const auto& is = run.influence.settings;
    const auto kept = run.influence.evalEmbeddings.cols() > 0
                          ? std::int64_t(run.influence.evalEmbeddings.cols())
                          : std::int64_t(run.influence.eigenvalues.size());
    settings.rows = {
        {"Method", rule ? "InfEmbed-Rule (recursive)" : "InfEmbed (K-means)"},
        {"Layers", is.layers == "block" ? "last conv block + head" : "last linear layer"},
        {"Arnoldi dimension P", std::to_string(is.arnoldiDim)},
        {"Embedding dimension D (asked / kept)",
         std::to_string(is.embeddingDim) + " / " +
             setting(run, "embedding_dim_kept", std::to_string(kept))},
        {"Hessian subset", is.hessianSubset > 0
                               ? std::to_string(is.hessianSubset) + " training examples"
                               : std::string("all training examples")}};
    if (rule)
        settings.rows.push_back({"Rule (A, S, B, depth)",
                                 "accuracy < " + setting(run, "accuracy_threshold") +
                                     ", at least " + setting(run, "size_threshold") +
                                     " examples, " + setting(run, "branching") +
                                     " clusters per split, depth ≤ " + setting(run, "max_depth")});
    else
        settings.rows.push_back({"Clusters K", setting(run, "k")});
    settings.rows.push_back({"Seeds (Hessian and Arnoldi / K-means)",
                             std::to_string(is.seed) + " / " + setting(run, "kmeans_seed")});
    settings.rows.push_back({"Training examples embedded (for opponents)",
                             report::formatCount(std::int64_t(run.trainIds.size()))});
    if (run.runId)
        settings.rows.push_back({"Run", "#" + std::to_string(run.runId)});
    main.blocks.push_back(settings);

    // Slices come in the run's failure order (lowest accuracy first by default).
    report::Table table;
    const int listed = std::min<int>(kTableRows, int(run.slices.size()));
    table.caption = int(run.slices.size()) > listed ? "The " + std::to_string(listed) +
                                                          " slices with the lowest accuracy (of " +
                                                          std::to_string(run.slices.size()) + ")"
                                                    : std::string("Slices, lowest accuracy first");
    table.headers = {"#",
                     "Cluster",
                     "Size",
                     "Accuracy",
                     "Error rate [95% interval]",
                     "Coherence",
                     "Mostly label → prediction"};
    for (int i = 0; i < listed; ++i) {
        const auto& sl = run.slices[std::size_t(i)];
        table.rows.push_back({std::to_string(i + 1), sl.slice.path.empty() ? "–" : sl.slice.path,
                              report::formatCount(std::int64_t(sl.slice.members.size())),
                              report::formatPercent(sl.slice.accuracy),
                              report::formatPercent(sl.errorRate) + " " +
                                  report::formatInterval(sl.errorLow, sl.errorHigh),
                              report::formatSignificant(sl.slice.coherence),
                              name(classes, sl.dominantLabel) + " (" +
                                  report::formatPercent(sl.dominantLabelShare) + ") → " +
                                  name(classes, sl.dominantPrediction) + " (" +
                                  report::formatPercent(sl.dominantPredictionShare) + ")"});
    }
    if (run.slices.empty())
        main.blocks.push_back(report::Paragraph{"The run found no slices."});
    else
        main.blocks.push_back(table);
    return main;
}

report::Section figure(const influence::InfEmbedOutcome& run, int i,
                       const std::vector<std::string>& classes) {
    const auto& sl = run.slices[std::size_t(i)];
    report::Section f;
    f.id = "infembed-slice-" + std::to_string(i + 1);
    f.title = "InfEmbed slice " + std::to_string(i + 1) + ": " + name(classes, sl.dominantLabel) +
              " → " + name(classes, sl.dominantPrediction);
    f.newPage = true;
    f.blocks.push_back(report::Paragraph{
        report::formatCount(std::int64_t(sl.slice.members.size())) + " examples · accuracy " +
        report::formatPercent(sl.slice.accuracy) + " · error rate " +
        report::formatPercent(sl.errorRate) + " " +
        report::formatInterval(sl.errorLow, sl.errorHigh) + " (95% Wilson) · coherence " +
        report::formatSignificant(sl.slice.coherence) + " (lower = tighter)."});

    std::vector<int> labels, predictions;
    for (std::int64_t row : sl.slice.members) {
        const auto r = std::size_t(row);
        labels.push_back(r < run.evalLabels.size() ? run.evalLabels[r] : -1);
        predictions.push_back(r < run.evalPredictions.size() ? run.evalPredictions[r] : -1);
    }
    // The same classes and counts as the window's histograms.
    const auto counts =
        metrics::countClasses(labels, predictions, int(classes.size()), kHistogramBars);
    report::HistogramPair h;
    h.title = "Labels and predictions in the slice";
    h.leftTitle = "True labels";
    h.rightTitle = "Predictions";
    for (int c : counts.shown) {
        h.categories.push_back(classes[std::size_t(c)]);
        h.left.push_back(double(counts.labels[std::size_t(c)]));
        h.right.push_back(double(counts.predictions[std::size_t(c)]));
    }
    f.blocks.push_back(h);

    report::ImageGrid nearest;
    nearest.title = setting(run, "member_ranking", "inner-product") == "inner-product"
                        ? "Largest inner product with the slice centre"
                        : "Highest cosine to the slice centre";
    nearest.columns = kNearest;
    for (std::size_t k = 0; k < sl.slice.members.size() && int(k) < kNearest; ++k) {
        const auto r = std::size_t(sl.slice.members[k]);
        if (r < run.evalIds.size())
            nearest.items.push_back(
                item(run.evalIds[r], run.evalLabels[r], run.evalPredictions[r], classes));
    }
    f.blocks.push_back(nearest);

    const auto influential = [&](const std::vector<influence::InfluencedExample>& list,
                                 const std::string& title) {
        report::ImageGrid g;
        g.title = title;
        g.columns = kInfluential;
        for (std::size_t k = 0; k < list.size() && int(k) < kInfluential; ++k)
            g.items.push_back(item(list[k].exampleId, list[k].label, list[k].prediction, classes,
                                   "infl. " + report::formatInfluence(list[k].influence)));
        return g;
    };
    if (sl.influence.opponents.empty() && sl.influence.proponents.empty()) {
        f.blocks.push_back(
            report::Paragraph{"No opponents: the run did not embed the training examples."});
    } else {
        f.blocks.push_back(
            influential(sl.influence.opponents,
                        "Strongest opponents (training examples; influence < 0 hurts the slice)"));
        f.blocks.push_back(
            influential(sl.influence.proponents,
                        "Strongest proponents (training examples; influence > 0 helps the slice)"));
    }
    return f;
}

} // namespace

std::vector<report::Section>
InfEmbedMethod::reportSections(const MethodResult& result,
                               const std::vector<std::string>& classes) const {
    const auto run = infEmbedFromResult(result);
    std::vector<report::Section> out{overview(run, classes)};
    for (int i = 0; i < std::min<int>(kFigures, int(run.slices.size())); ++i)
        out.push_back(figure(run, i, classes));
    return out;
}

} // namespace fl::methods
