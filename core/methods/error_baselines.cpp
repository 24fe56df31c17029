// The slice benchmark's label-only baselines (issue #14, item 2): the errors by loss — one slice
// per worst class (three tries, as the cluster methods get), or all of them as one slice — and
// the largest off-diagonal cells of the confusion matrix. What any method must beat.
#include "core/common/error.h"
#include "core/common/stopwatch.h"
#include "core/methods/baseline_methods.h"
#include "core/methods/method_outputs.h"
#include "core/methods/result_json.h"
#include <algorithm>
#include <chrono>
#include <map>

namespace fl::methods {
namespace {

// Rows in [from, to) that `keep` accepts, highest loss first (ties in row order).
template <typename Keep>
std::vector<std::int64_t> byLoss(const SplitOutputs& so, Eigen::Index from, Eigen::Index to,
                                 Keep keep) {
    std::vector<std::int64_t> rows;
    for (Eigen::Index r = from; r < to; ++r)
        if (keep(r))
            rows.push_back(std::int64_t(r));
    std::stable_sort(rows.begin(), rows.end(), [&so](std::int64_t a, std::int64_t b) {
        return so.losses[std::size_t(a)] > so.losses[std::size_t(b)];
    });
    return rows;
}

int labelOf(const data::Dataset& d, const SplitOutputs& so, std::int64_t row) {
    return d.labels[std::size_t(so.positions[std::size_t(row)])];
}

int predictionOf(const SplitOutputs& so, std::int64_t row) {
    return so.outputs.predictions[std::size_t(row)];
}

// A slice of the split's rows `keep` accepts, by loss, with the held-out rows it accepts too.
template <typename Keep>
RankedSlice errorSlice(const data::Dataset& d, const SplitOutputs& so, Keep keep) {
    const auto rows = byLoss(so, 0, so.splitRows, keep);
    std::vector<double> scores;
    for (auto r : rows)
        scores.push_back(so.losses[std::size_t(r)]);
    RankedSlice s = sliceOfRows(d, so, rows, scores);
    s.heldOutIds =
        heldOutIdsOf(d, so, byLoss(so, so.splitRows, Eigen::Index(so.positions.size()), keep));
    return s;
}

class ConfidenceMethod : public AnalysisMethod {
public:
    MethodInfo info() const override {
        MethodInfo i;
        i.id = "confidence";
        i.title = "Errors by loss";
        i.paper = "Baseline of the slice-discovery benchmarks (dcbench, METHODS.md §6)";
        i.summary = "The misclassified examples, highest loss first: one slice per worst class "
                    "(or all of them as one slice)";
        return i;
    }
    std::vector<ParameterSpec> parameters() const override {
        return {boolParam("per-class", "One slice per class", true,
                          "A slice of each worst class's errors (as many tries as the cluster "
                          "methods get); off = every error as one slice"),
                intParam("slices", "Classes", 3, 1, 1000,
                         "How many of the worst classes become slices"),
                choiceParam("ranking", "Worst classes", "accuracy", {"accuracy", "errors"},
                            "Which classes are worst: accuracy (lowest first) or errors (most "
                            "first)")};
    }
    MethodResult run(const MethodInput& in, const Progress& progress,
                     const CancelToken& cancel) const override {
        const auto t0 = std::chrono::steady_clock::now();
        const auto& d = *in.dataset;
        const auto so = splitOutputs(in, "confidence", false, progress.sub(0.0, 0.9), cancel);
        MethodResult r = splitResult(in, "confidence", "Errors by loss", so);
        const auto wrong = [&so](Eigen::Index row) { return !so.correct[std::size_t(row)]; };
        if (!in.parameters.toBool("per-class")) {
            RankedSlice s = errorSlice(d, so, wrong);
            s.name = "errors by loss";
            s.rule = "misclassified, highest loss first";
            r.slices.push_back(std::move(s));
        } else {
            // Per class (true label) on the split: its size and errors.
            std::map<int, std::pair<std::int64_t, std::int64_t>> count;
            for (Eigen::Index row = 0; row < so.splitRows; ++row) {
                auto& [n, errors] = count[labelOf(d, so, row)];
                ++n;
                errors += wrong(row);
            }
            std::vector<int> classes;
            for (const auto& [cls, c] : count)
                if (c.second > 0)
                    classes.push_back(cls);
            const bool byErrors = in.parameters.text("ranking") == "errors";
            std::stable_sort(classes.begin(), classes.end(), [&](int a, int b) {
                const auto [na, ea] = count[a];
                const auto [nb, eb] = count[b];
                if (byErrors || ea * nb == eb * na)
                    return ea > eb;
                return ea * nb > eb * na; // a higher error rate: a lower accuracy
            });
            classes.resize(std::min<std::size_t>(classes.size(), in.parameters.toInt("slices")));
            for (int cls : classes) {
                RankedSlice s = errorSlice(d, so, [&](Eigen::Index row) {
                    return wrong(row) && labelOf(d, so, row) == cls;
                });
                const std::string name = classNameOf(d.classNames, cls);
                s.name = "errors of " + name;
                s.rule = "label " + name + ", misclassified, highest loss first";
                s.extra = {{"class", cls}};
                r.slices.push_back(std::move(s));
            }
        }
        r.seconds = secondsSince(t0);
        progress.report(1.0, "confidence done");
        return r;
    }
};

class ConfusionMethod : public AnalysisMethod {
public:
    MethodInfo info() const override {
        MethodInfo i;
        i.id = "confusion";
        i.title = "Confusion cells";
        i.paper = "Baseline of the slice-discovery benchmarks (a label-only rule, issue #14)";
        i.summary = "The largest off-diagonal cells of the confusion matrix (label a predicted "
                    "as b), one slice each, highest loss first";
        return i;
    }
    std::vector<ParameterSpec> parameters() const override {
        return {intParam("slices", "Cells", 3, 1, 1000,
                         "How many of the largest off-diagonal cells become slices")};
    }
    MethodResult run(const MethodInput& in, const Progress& progress,
                     const CancelToken& cancel) const override {
        const auto t0 = std::chrono::steady_clock::now();
        const auto& d = *in.dataset;
        const auto so = splitOutputs(in, "confusion", false, progress.sub(0.0, 0.9), cancel);
        MethodResult r = splitResult(in, "confusion", "Confusion cells", so);
        std::map<std::pair<int, int>, std::int64_t> cells;
        for (Eigen::Index row = 0; row < so.splitRows; ++row)
            if (!so.correct[std::size_t(row)])
                ++cells[{labelOf(d, so, row), predictionOf(so, row)}];
        std::vector<std::pair<std::pair<int, int>, std::int64_t>> order(cells.begin(), cells.end());
        // Most examples first; equal cells by label, then prediction (the map's order).
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        order.resize(std::min<std::size_t>(order.size(), in.parameters.toInt("slices")));
        for (const auto& [cell, n] : order) {
            const auto [label, prediction] = cell;
            RankedSlice s =
                errorSlice(d, so, [&, label = label, prediction = prediction](Eigen::Index row) {
                    return labelOf(d, so, row) == label && predictionOf(so, row) == prediction;
                });
            const auto a = classNameOf(d.classNames, label),
                       b = classNameOf(d.classNames, prediction);
            s.name = a + " → " + b;
            s.rule = "label " + a + ", predicted " + b + ", highest loss first";
            s.extra = {{"label", label}, {"prediction", prediction}};
            r.slices.push_back(std::move(s));
        }
        r.seconds = secondsSince(t0);
        progress.report(1.0, "confusion cells done");
        return r;
    }
};

} // namespace

std::unique_ptr<AnalysisMethod> makeConfidenceMethod() {
    return std::make_unique<ConfidenceMethod>();
}

std::unique_ptr<AnalysisMethod> makeConfusionMethod() {
    return std::make_unique<ConfusionMethod>();
}

} // namespace fl::methods
