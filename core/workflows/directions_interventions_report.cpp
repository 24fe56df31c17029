// Tables and chart of the interventions, as plain text cells: the GUI, the CLI and the report all
// show the same numbers with the same rounding.
#include "core/workflows/directions_interventions_report.h"
#include <cmath>
#include <cstdio>
#include <limits>

namespace fl::workflows {
namespace {

std::string fixed(double v, bool sign = false) {
    if (!std::isfinite(v))
        return "–";
    if (std::abs(v) < 5e-5)
        v = 0.0; // no "-0.0000"
    char buf[32];
    std::snprintf(buf, sizeof buf, sign ? "%+.4f" : "%.4f", v);
    return buf;
}

std::string cell(const std::vector<double>& values, bool sign = false) {
    const auto m = meanSd(values);
    if (m.n == 0)
        return "–";
    return m.n == 1 ? fixed(m.mean, sign) : fixed(m.mean, sign) + " ± " + fixed(m.sd);
}

// Per seed, arm − original (NaN where either is).
std::vector<double> paired(const std::vector<double>& arm, const std::vector<double>& original) {
    std::vector<double> out;
    for (std::size_t i = 0; i < arm.size() && i < original.size(); ++i)
        out.push_back(arm[i] - original[i]);
    return out;
}

} // namespace

MeanSd meanSd(const std::vector<double>& values) {
    MeanSd m;
    double sum = 0.0;
    for (const double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++m.n;
        }
    if (m.n == 0) {
        m.mean = std::numeric_limits<double>::quiet_NaN();
        return m;
    }
    m.mean = sum / m.n;
    double ss = 0.0;
    for (const double v : values)
        if (std::isfinite(v))
            ss += (v - m.mean) * (v - m.mean);
    m.sd = m.n > 1 ? std::sqrt(ss / (m.n - 1)) : 0.0;
    return m;
}

std::vector<methods::ResultTable> interventionTables(const InterventionResult& r,
                                                     const std::vector<std::string>& classNames) {
    const ArmResult* original = r.arm("original");
    const bool planted = original && !original->plantedAccuracy.empty();
    const std::string seeds =
        std::to_string(r.seeds.size()) + (r.seeds.size() == 1 ? " seed" : " seeds");

    methods::ResultTable summary;
    summary.name = "interventions";
    summary.title = "Interventions: test accuracy over " + seeds +
                    " (mean ± SD; Δ = mean of the per-seed differences to the original)";
    summary.columns = {"Arm",        "Added per seed", "Accuracy",
                       "Δ accuracy", "Hard accuracy",  "Δ hard accuracy"};
    if (planted)
        summary.columns.insert(summary.columns.end(), {"Planted-slice accuracy", "Δ planted"});
    for (const auto& a : r.arms) {
        std::string added = std::to_string(a.added);
        if (a.arm == "upweight") { // the loss factor and how many it applied to
            double n = 0;
            for (const auto& c : a.chosen)
                n += double(c.size());
            const auto factor = r.settings.find("upweight");
            char count[32];
            std::snprintf(count, sizeof count, "%.0f",
                          a.chosen.empty() ? 0.0 : n / double(a.chosen.size()));
            added = "×" + (factor == r.settings.end() ? std::string("?") : factor->second) +
                    " on " + count;
        }
        std::vector<std::string> row{
            a.arm,
            added,
            cell(a.accuracy),
            a.arm == "original" ? "" : cell(paired(a.accuracy, original->accuracy), true),
            cell(a.hardAccuracy),
            a.arm == "original" ? "" : cell(paired(a.hardAccuracy, original->hardAccuracy), true)};
        if (planted) {
            row.push_back(cell(a.plantedAccuracy));
            row.push_back(a.arm == "original"
                              ? ""
                              : cell(paired(a.plantedAccuracy, original->plantedAccuracy), true));
        }
        summary.rows.push_back(std::move(row));
    }

    methods::ResultTable perClass;
    perClass.name = "interventions_per_class";
    perClass.title = "Interventions: test accuracy per class (mean over " + seeds + ")";
    perClass.columns = {"Class"};
    for (const auto& a : r.arms)
        perClass.columns.push_back(a.arm);
    for (std::size_t c = 0; c < classNames.size(); ++c) {
        std::vector<std::string> row{classNames[c]};
        for (const auto& a : r.arms) {
            std::vector<double> v;
            for (const auto& s : a.perClass)
                v.push_back(c < s.size() ? s[c] : std::numeric_limits<double>::quiet_NaN());
            row.push_back(fixed(meanSd(v).mean));
        }
        perClass.rows.push_back(std::move(row));
    }

    methods::ResultTable perSeed;
    perSeed.name = "interventions_per_seed";
    perSeed.title = "Interventions: every seed";
    perSeed.columns = {"Arm", "Seed", "Accuracy", "Hard accuracy", "Hard test examples"};
    if (planted)
        perSeed.columns.push_back("Planted-slice accuracy");
    for (const auto& a : r.arms)
        for (std::size_t i = 0; i < a.accuracy.size() && i < r.seeds.size(); ++i) {
            std::vector<std::string> row{a.arm, std::to_string(r.seeds[i].seed),
                                         fixed(a.accuracy[i]), fixed(a.hardAccuracy[i]),
                                         std::to_string(r.seeds[i].hardTest.size())};
            if (planted)
                row.push_back(fixed(a.plantedAccuracy[i]));
            perSeed.rows.push_back(std::move(row));
        }
    return {summary, perClass, perSeed};
}

methods::Chart interventionChart(const InterventionResult& r) {
    methods::Chart chart;
    chart.name = "interventions";
    chart.title = "Test accuracy after each intervention (mean over " +
                  std::to_string(r.seeds.size()) + (r.seeds.size() == 1 ? " seed)" : " seeds)");
    chart.kind = "bar";
    chart.xLabel = "arm";
    chart.yLabel = "accuracy";
    methods::ChartSeries all{"accuracy", {}}, hard{"hard-subpopulation accuracy", {}},
        planted{"planted-slice accuracy", {}};
    for (const auto& a : r.arms) {
        chart.categories.push_back(a.arm);
        all.values.push_back(meanSd(a.accuracy).mean);
        hard.values.push_back(meanSd(a.hardAccuracy).mean);
        planted.values.push_back(meanSd(a.plantedAccuracy).mean);
    }
    chart.series = {all, hard};
    if (!r.arms.empty() && !r.arms.front().plantedAccuracy.empty())
        chart.series.push_back(planted);
    return chart;
}

} // namespace fl::workflows
