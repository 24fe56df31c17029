#include "core/report/report_sections.h"
#include "core/metrics/wilson_interval.h"
#include "core/report/report_format.h"
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>

namespace fl::report {

namespace {

constexpr std::size_t kMaxHistogramClasses = 20;

std::string orDash(const std::string& s) {
    return s.empty() ? "–" : s;
}

std::string className(const Report& r, int k) {
    return k >= 0 && k < int(r.classNames.size()) ? r.classNames[k] : "?";
}

Section overview(const Report& r) {
    Section s{"overview", "Overview", false, {}};
    if (r.evaluationRunId == 0) {
        s.blocks.push_back(Paragraph{"The project has no finished evaluation run yet: evaluate a "
                                     "model on the dataset to see its accuracy here."});
        return s;
    }
    std::int64_t n = 0;
    for (const auto& sp : r.splits)
        n += sp.n;
    s.blocks.push_back(Paragraph{
        std::string("Evaluation run #") + std::to_string(r.evaluationRunId) + " of model " +
        orDash(r.modelName) + " on dataset " + orDash(r.datasetName) + ": " + formatCount(n) +
        " examples. Per-class accuracy and the confusion matrix are of the " + r.overviewSplit +
        " split."});
    Table acc{"Accuracy per split",
              {"Split", "Examples", "Errors", "Accuracy", "Error rate", "95% interval"},
              {}};
    for (const auto& sp : r.splits) {
        const auto ci = metrics::wilsonInterval(sp.errors, sp.n);
        acc.rows.push_back({sp.split, formatCount(sp.n), formatCount(sp.errors),
                            formatPercent(sp.accuracy), formatPercent(1.0 - sp.accuracy),
                            formatInterval(ci.low, ci.high)});
    }
    s.blocks.push_back(std::move(acc));

    BarChart bars{"Per-class accuracy (" + r.overviewSplit + ")", r.classNames, r.perClassAccuracy,
                  1.0, true};
    s.blocks.push_back(std::move(bars));

    Heatmap cm{"Confusion matrix (" + r.overviewSplit + ")",
               "true class",
               "predicted class",
               r.classNames,
               r.classNames,
               {},
               true};
    for (const auto& row : r.confusion)
        cm.values.emplace_back(row.begin(), row.end());
    s.blocks.push_back(std::move(cm));

    Table perClass{"Per-class accuracy (" + r.overviewSplit + ")",
                   {"Class", "Examples", "Correct", "Accuracy"},
                   {}};
    for (std::size_t k = 0; k < r.confusion.size(); ++k) {
        const auto total =
            std::accumulate(r.confusion[k].begin(), r.confusion[k].end(), std::int64_t(0));
        perClass.rows.push_back(
            {className(r, int(k)), formatCount(total), formatCount(r.confusion[k][k]),
             formatPercent(k < r.perClassAccuracy.size() ? r.perClassAccuracy[k] : std::nan(""))});
    }
    s.blocks.push_back(std::move(perClass));
    return s;
}

Section sliceTable(const Report& r) {
    Section s{"slices", "Saved slices", false, {}};
    if (r.slices.empty()) {
        s.blocks.push_back(Paragraph{"No slices are saved in this project. Select examples in "
                                     "any view and save them as a slice (Ctrl+S), or run a "
                                     "slice-finding method."});
        return s;
    }
    s.blocks.push_back(Paragraph{"Error rates carry a 95% Wilson score interval; error coverage "
                                 "is the share of all errors (in the same splits) that fall in "
                                 "the slice."});
    Table t{"",
            {"Slice", "Origin", "Size", "Accuracy", "Error rate", "95% interval", "Error coverage"},
            {}};
    for (const auto& sl : r.slices)
        t.rows.push_back({sl.name, sl.origin, formatCount(sl.size), formatPercent(sl.accuracy),
                          formatPercent(sl.errorRate),
                          formatInterval(sl.errorRateLow, sl.errorRateHigh),
                          formatPercent(sl.errorCoverage)});
    s.blocks.push_back(std::move(t));
    return s;
}

Section slice(const Report& r, const SliceSummary& sl) {
    Section s{std::string("slice-") + std::to_string(sl.id), sliceSectionTitle(sl), true, {}};
    KeyValueTable kv{"Metrics", {}};
    kv.rows = {
        {"Origin", sl.origin},
        {"Found by run", sl.runId ? std::string("#") + std::to_string(*sl.runId) : "made by hand"},
        {"Members", formatCount(sl.size)},
        {"With evaluation results", formatCount(sl.evaluated)},
        {"Errors", formatCount(sl.errors)},
        {"Accuracy", formatPercent(sl.accuracy)},
        {"Error rate", formatPercent(sl.errorRate)},
        {"95% Wilson interval", formatInterval(sl.errorRateLow, sl.errorRateHigh)},
        {"Error coverage", formatPercent(sl.errorCoverage)}};
    s.blocks.push_back(std::move(kv));
    HistogramPair h{
        "Labels and predictions in the slice", {}, "True labels", {}, "Predictions", {}};
    // With many classes only the ones present in the slice, most frequent first (at most
    // kMaxHistogramClasses), so the histograms stay readable; with few, all in class order.
    std::vector<std::size_t> shown;
    for (std::size_t k = 0; k < r.classNames.size(); ++k)
        if (r.classNames.size() <= kMaxHistogramClasses ||
            (k < sl.labelCounts.size() && sl.labelCounts[k] > 0) ||
            (k < sl.predictionCounts.size() && sl.predictionCounts[k] > 0))
            shown.push_back(k);
    if (shown.size() > kMaxHistogramClasses) {
        const auto total = [&](std::size_t k) {
            return sl.labelCounts[k] + sl.predictionCounts[k];
        };
        std::stable_sort(shown.begin(), shown.end(),
                         [&](std::size_t a, std::size_t b) { return total(a) > total(b); });
        shown.resize(kMaxHistogramClasses);
        h.title += std::string(" (the ") + std::to_string(kMaxHistogramClasses) +
                   " most frequent classes)";
    }
    for (const std::size_t k : shown) {
        h.categories.push_back(r.classNames[k]);
        h.left.push_back(k < sl.labelCounts.size() ? double(sl.labelCounts[k]) : 0.0);
        h.right.push_back(k < sl.predictionCounts.size() ? double(sl.predictionCounts[k]) : 0.0);
    }
    s.blocks.push_back(std::move(h));

    ImageGrid grid{std::string("Examples (the first ") + std::to_string(sl.exampleIds.size()) +
                       " by rank)",
                   {},
                   8};
    for (std::size_t i = 0; i < sl.exampleIds.size(); ++i) {
        const int label = i < sl.exampleLabels.size() ? sl.exampleLabels[i] : -1;
        const int pred = i < sl.examplePredictions.size() ? sl.examplePredictions[i] : -1;
        const std::string caption =
            label < 0 ? std::string("#") + std::to_string(sl.exampleIds[i]) + " (not evaluated)"
                      : className(r, label) + " → " + className(r, pred);
        grid.items.push_back({sl.exampleIds[i], label, pred, caption, label >= 0 && label != pred});
    }
    s.blocks.push_back(std::move(grid));

    if (sl.notes.empty())
        s.blocks.push_back(Paragraph{"No notes on this slice."});
    else {
        Table notes{"Notes and tags", {"Annotation"}, {}};
        for (const auto& n : sl.notes)
            notes.rows.push_back({n});
        s.blocks.push_back(std::move(notes));
    }
    return s;
}

Section provenance(const Report& r) {
    Section s{"provenance", "Provenance", true, {}};
    s.blocks.push_back(Paragraph{"Every run of the project with the settings, seed and software "
                                 "version that produced it. This report was made by Faultline " +
                                 r.softwareVersion + " on " + formatTime(r.generated) + "."});
    if (r.runs.empty())
        s.blocks.push_back(Paragraph{"The project has no runs yet."});
    for (const auto& run : r.runs) {
        KeyValueTable kv{std::string("Run #") + std::to_string(run.id) + " — " + run.kind, {}};
        kv.rows.push_back({"Status", run.status});
        kv.rows.push_back({"Seed", std::to_string(run.seed)});
        kv.rows.push_back({"Software version", orDash(run.softwareVersion)});
        kv.rows.push_back({"Created", formatTime(run.created)});
        kv.rows.push_back({"Started", run.started ? formatTime(*run.started) : "–"});
        kv.rows.push_back({"Ended", run.ended ? formatTime(*run.ended) : "–"});
        if (!run.datasetName.empty() || !run.datasetSource.empty())
            kv.rows.push_back({"Dataset", run.datasetName + " (" + run.datasetSource + ")"});
        if (!run.modelName.empty() || !run.modelPath.empty())
            kv.rows.push_back({"Model", run.modelName + " (" + run.modelPath + ")"});
        const auto settings = nlohmann::json::parse(run.settingsJson, nullptr, false);
        if (settings.is_object() && !settings.empty()) {
            for (const auto& [key, value] : settings.items())
                kv.rows.push_back({"Setting " + key,
                                   value.is_string() ? value.get<std::string>() : value.dump()});
        } else if (!settings.is_object()) {
            kv.rows.push_back({"Settings", run.settingsJson});
        }
        if (!run.error.empty())
            kv.rows.push_back({"Error", run.error});
        s.blocks.push_back(std::move(kv));
    }
    return s;
}

} // namespace

std::string sliceSectionTitle(const SliceSummary& slice) {
    return "Slice: " + slice.name;
}

void addStandardSections(Report& report) {
    report.sections.clear();
    report.sections.push_back(overview(report));
    report.sections.push_back(sliceTable(report));
    for (const auto& sl : report.slices)
        report.sections.push_back(slice(report, sl));
    report.sections.push_back(provenance(report));
}

} // namespace fl::report
