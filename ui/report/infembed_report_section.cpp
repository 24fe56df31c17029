#include "ui/report/infembed_report_section.h"
#include "core/report/report_format.h"
#include "ui/methods/infembed/infembed_figure.h"
#include <algorithm>

namespace fl::ui {

namespace {

std::string s(const QString& q) {
    return q.toStdString();
}

std::string setting(const influence::InfEmbedOutcome& run, const char* key,
                    const std::string& fallback = "–") {
    const auto it = run.settings.find(key);
    return it == run.settings.end() ? fallback : it->second;
}

std::string name(const std::vector<std::string>& classes, int c) {
    if (c >= 0 && std::size_t(c) < classes.size())
        return classes[std::size_t(c)];
    return c < 0 ? "?" : std::to_string(c);
}

report::ImageItem item(std::int64_t id, int label, int prediction,
                       const std::vector<std::string>& classes, const std::string& extra = {}) {
    report::ImageItem it;
    it.exampleId = id;
    it.label = label;
    it.prediction = prediction;
    it.error = prediction >= 0 && label != prediction;
    // Two lines (label, then "→ prediction"), a third for the influence score.
    it.caption = name(classes, label) + "\n→ " +
                 (prediction >= 0 ? name(classes, prediction) : std::string("?"));
    if (!extra.empty())
        it.caption += "\n" + extra;
    return it;
}

} // namespace

std::vector<report::Section> InfEmbedReportSection::build(const influence::InfEmbedOutcome& run,
                                                          const std::vector<std::string>& classes,
                                                          const Options& o) {
    std::vector<report::Section> out;
    report::Section main;
    main.id = "infembed";
    main.title = s(tr("InfEmbed slices"));
    main.newPage = true;
    std::int64_t covered = 0;
    for (const auto& sl : run.slices)
        covered += std::int64_t(sl.slice.members.size());
    const bool rule = run.method == "infembed-rule";
    main.blocks.push_back(report::Paragraph{
        s(tr("InfEmbed groups the %1 examples of the %2 split by their influence embeddings (how "
             "each training example's gradient would change their loss) and finds %3 slices "
             "covering %4 examples; the split's accuracy is %5. Opponents are the training "
             "examples whose influence on a slice is most negative (training on them raises its "
             "loss); proponents the most positive.")
              .arg(QString::fromStdString(report::formatCount(std::int64_t(run.evalIds.size()))),
                   QString::fromStdString(run.split))
              .arg(run.slices.size())
              .arg(QString::fromStdString(report::formatCount(covered)),
                   QString::fromStdString(report::formatPercent(run.accuracy))))});

    report::KeyValueTable settings;
    settings.caption = s(tr("Settings"));
    const auto& is = run.influence.settings;
    const auto kept = run.influence.evalEmbeddings.cols() > 0
                          ? std::int64_t(run.influence.evalEmbeddings.cols())
                          : std::int64_t(run.influence.eigenvalues.size());
    settings.rows = {
        {s(tr("Method")), rule ? s(tr("InfEmbed-Rule (recursive)")) : s(tr("InfEmbed (K-means)"))},
        {s(tr("Layers")),
         is.layers == "block" ? s(tr("last conv block + head")) : s(tr("last linear layer"))},
        {s(tr("Arnoldi dimension P")), std::to_string(is.arnoldiDim)},
        {s(tr("Embedding dimension D (asked / kept)")),
         std::to_string(is.embeddingDim) + " / " +
             setting(run, "embedding_dim_kept", std::to_string(kept))},
        {s(tr("Hessian subset")),
         is.hessianSubset > 0 ? std::to_string(is.hessianSubset) + s(tr(" training examples"))
                              : s(tr("all training examples"))}};
    if (rule)
        settings.rows.push_back(
            {s(tr("Rule (A, S, B, depth)")),
             s(tr("accuracy < %1, at least %2 examples, %3 clusters per split, depth ≤ %4")
                   .arg(QString::fromStdString(setting(run, "accuracy_threshold")),
                        QString::fromStdString(setting(run, "size_threshold")),
                        QString::fromStdString(setting(run, "branching")),
                        QString::fromStdString(setting(run, "max_depth"))))});
    else
        settings.rows.push_back({s(tr("Clusters K")), setting(run, "k")});
    settings.rows.push_back({s(tr("Seeds (Hessian and Arnoldi / K-means)")),
                             std::to_string(is.seed) + " / " + setting(run, "kmeans_seed")});
    settings.rows.push_back({s(tr("Training examples embedded (for opponents)")),
                             report::formatCount(std::int64_t(run.trainIds.size()))});
    if (run.runId)
        settings.rows.push_back({s(tr("Run")), "#" + std::to_string(run.runId)});
    main.blocks.push_back(settings);

    // Slices come lowest accuracy first (then largest), as the run sorted them.
    report::Table table;
    const int listed = std::min<int>(o.tableRows, int(run.slices.size()));
    table.caption = int(run.slices.size()) > listed
                        ? s(tr("The %1 slices with the lowest accuracy (of %2)")
                                .arg(listed)
                                .arg(run.slices.size()))
                        : s(tr("Slices, lowest accuracy first"));
    table.headers = {"#",
                     s(tr("Cluster")),
                     s(tr("Size")),
                     s(tr("Accuracy")),
                     s(tr("Error rate [95% interval]")),
                     s(tr("Coherence")),
                     s(tr("Mostly label → prediction"))};
    for (int i = 0; i < listed; ++i) {
        const auto& sl = run.slices[std::size_t(i)];
        table.rows.push_back(
            {std::to_string(i + 1), sl.slice.path.empty() ? "–" : sl.slice.path,
             report::formatCount(std::int64_t(sl.slice.members.size())),
             report::formatPercent(sl.slice.accuracy),
             report::formatPercent(sl.errorRate) + " [" + report::formatPercent(sl.errorLow) +
                 ", " + report::formatPercent(sl.errorHigh) + "]",
             s(QString::number(sl.slice.coherence, 'g', 3)),
             name(classes, sl.dominantLabel) + " (" + report::formatPercent(sl.dominantLabelShare) +
                 ") → " + name(classes, sl.dominantPrediction) + " (" +
                 report::formatPercent(sl.dominantPredictionShare) + ")"});
    }
    if (run.slices.empty())
        main.blocks.push_back(report::Paragraph{s(tr("The run found no slices."))});
    else
        main.blocks.push_back(table);
    out.push_back(std::move(main));

    // Figure 2 for the first slices: one page each.
    const int figures = std::min<int>(o.figures, int(run.slices.size()));
    for (int i = 0; i < figures; ++i) {
        const auto& sl = run.slices[std::size_t(i)];
        report::Section f;
        f.id = "infembed-slice-" + std::to_string(i + 1);
        f.title = s(tr("InfEmbed slice %1: %2 → %3")
                        .arg(i + 1)
                        .arg(QString::fromStdString(name(classes, sl.dominantLabel)),
                             QString::fromStdString(name(classes, sl.dominantPrediction))));
        f.newPage = true;
        f.blocks.push_back(report::Paragraph{
            s(tr("%1 examples · accuracy %2 · error rate %3 [%4, %5] (95% Wilson) · coherence %6 "
                 "(lower = tighter).")
                  .arg(QString::fromStdString(
                           report::formatCount(std::int64_t(sl.slice.members.size()))),
                       QString::fromStdString(report::formatPercent(sl.slice.accuracy)),
                       QString::fromStdString(report::formatPercent(sl.errorRate)),
                       QString::fromStdString(report::formatPercent(sl.errorLow)),
                       QString::fromStdString(report::formatPercent(sl.errorHigh)),
                       QString::number(sl.slice.coherence, 'g', 3)))});

        std::vector<int> labels, predictions;
        for (std::int64_t row : sl.slice.members) {
            const auto r = std::size_t(row);
            labels.push_back(r < run.evalLabels.size() ? run.evalLabels[r] : -1);
            predictions.push_back(r < run.evalPredictions.size() ? run.evalPredictions[r] : -1);
        }
        // The same classes and counts as the window's histograms.
        const auto counts =
            infembed::countClasses(labels, predictions, int(classes.size()), o.histogramBars);
        report::HistogramPair h;
        h.title = s(tr("Labels and predictions in the slice"));
        h.leftTitle = s(tr("True labels"));
        h.rightTitle = s(tr("Predictions"));
        for (int c : counts.shown) {
            h.categories.push_back(classes[std::size_t(c)]);
            h.left.push_back(double(counts.labels[c]));
            h.right.push_back(double(counts.predictions[c]));
        }
        f.blocks.push_back(h);

        report::ImageGrid nearest;
        nearest.title = s(tr("Nearest the slice centre"));
        nearest.columns = o.nearest;
        for (std::size_t k = 0; k < sl.slice.members.size() && int(k) < o.nearest; ++k) {
            const auto r = std::size_t(sl.slice.members[k]);
            if (r < run.evalIds.size())
                nearest.items.push_back(
                    item(run.evalIds[r], run.evalLabels[r], run.evalPredictions[r], classes));
        }
        f.blocks.push_back(nearest);

        const auto influential = [&](const std::vector<influence::InfluencedExample>& list,
                                     const QString& title) {
            report::ImageGrid g;
            g.title = s(title);
            g.columns = o.influential;
            for (std::size_t k = 0; k < list.size() && int(k) < o.influential; ++k)
                g.items.push_back(
                    item(list[k].exampleId, list[k].label, list[k].prediction, classes,
                         s(tr("infl. %1").arg(infembed::formatInfluence(list[k].influence)))));
            return g;
        };
        if (sl.influence.opponents.empty() && sl.influence.proponents.empty()) {
            f.blocks.push_back(report::Paragraph{
                s(tr("No opponents: the run did not embed the training examples."))});
        } else {
            f.blocks.push_back(influential(
                sl.influence.opponents,
                tr("Strongest opponents (training examples; influence < 0 hurts the slice)")));
            f.blocks.push_back(influential(
                sl.influence.proponents,
                tr("Strongest proponents (training examples; influence > 0 helps the slice)")));
        }
        out.push_back(std::move(f));
    }
    return out;
}

void InfEmbedReportSection::insertInto(report::Report& report,
                                       std::vector<report::Section> sections) {
    auto at = std::find_if(report.sections.begin(), report.sections.end(),
                           [](const report::Section& x) { return x.id == "provenance"; });
    report.sections.insert(at, std::make_move_iterator(sections.begin()),
                           std::make_move_iterator(sections.end()));
}

} // namespace fl::ui
