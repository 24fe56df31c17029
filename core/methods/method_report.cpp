#include "core/methods/method_report.h"
#include "core/common/index_map.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_codec.h"
#include "core/methods/result_json.h"
#include "core/metrics/class_histogram.h"
#include "core/report/report_format.h"
#include "core/store/project.h"
#include <algorithm>
#include <cmath>
#include <set>

namespace fl::methods {
namespace {

constexpr int kTableRows = 25, kFigures = 3, kMembersShown = 8, kHistogramBars = 10;

std::string mostly(const metrics::SliceStats& st, const std::vector<std::string>& names) {
    return classNameOf(names, st.dominantLabel) + " (" +
           report::formatPercent(st.dominantLabelShare) + ") → " +
           classNameOf(names, st.dominantPrediction) + " (" +
           report::formatPercent(st.dominantPredictionShare) + ")";
}

} // namespace

void insertBeforeProvenance(report::Report& report, std::vector<report::Section> sections) {
    auto at = std::find_if(report.sections.begin(), report.sections.end(),
                           [](const report::Section& x) { return x.id == "provenance"; });
    report.sections.insert(at, std::make_move_iterator(sections.begin()),
                           std::make_move_iterator(sections.end()));
}

std::vector<report::Section> genericReportSections(const AnalysisMethod& method,
                                                   const MethodResult& r,
                                                   const std::vector<std::string>& names) {
    const auto info = method.info();
    report::Section main;
    main.id = "method-" + r.kind;
    main.title = r.title.empty() ? info.title : r.title;
    main.newPage = true;
    main.blocks.push_back(report::Paragraph{
        info.summary + ". On the " + r.split + " split (" +
        report::formatCount(std::int64_t(r.exampleIds.size())) + " examples, accuracy " +
        report::formatPercent(r.accuracy) + ") run #" + std::to_string(r.runId) + " found " +
        std::to_string(r.slices.size()) + " slice(s). Method: " + info.paper + "."});

    report::KeyValueTable settings;
    settings.caption = "Settings";
    for (const auto& [k, v] : r.settings)
        settings.rows.push_back({k, v});
    settings.rows.push_back({"seed (recorded)", std::to_string(r.seed)});
    main.blocks.push_back(settings);

    if (r.slices.empty()) {
        main.blocks.push_back(report::Paragraph{"The run found no slices."});
    } else {
        report::Table table;
        const int listed = std::min<int>(kTableRows, int(r.slices.size()));
        table.caption = "Slices in the method's failure order (" + std::to_string(listed) + " of " +
                        std::to_string(r.slices.size()) + ")";
        table.headers = {"#",
                         "Slice",
                         "Size",
                         "Accuracy",
                         "Error rate [95% interval]",
                         "Mostly label → prediction"};
        for (int i = 0; i < listed; ++i) {
            const auto& s = r.slices[std::size_t(i)];
            table.rows.push_back({std::to_string(i + 1), s.rule.empty() ? s.name : s.rule,
                                  report::formatCount(s.stats.size),
                                  report::formatPercent(s.stats.accuracy),
                                  report::formatPercent(s.stats.errorRate) + " " +
                                      report::formatInterval(s.stats.errorLow, s.stats.errorHigh),
                                  mostly(s.stats, names)});
        }
        main.blocks.push_back(table);
    }
    // The worst slices: what their labels and predictions are, and what they look like.
    const auto rowOf = rowsById(r.exampleIds);
    for (int i = 0; i < std::min<int>(kFigures, int(r.slices.size())); ++i) {
        const auto& s = r.slices[std::size_t(i)];
        std::vector<int> labels, predictions;
        report::ImageGrid grid;
        grid.title = "Slice " + std::to_string(i + 1) + ": first members";
        grid.columns = kMembersShown;
        for (std::size_t k = 0; k < s.memberIds.size(); ++k) {
            const auto it = rowOf.find(s.memberIds[k]);
            const int l = it == rowOf.end() ? -1 : r.labels[std::size_t(it->second)];
            const int p = it == rowOf.end() ? -1 : r.predictions[std::size_t(it->second)];
            labels.push_back(l);
            predictions.push_back(p);
            if (int(k) < kMembersShown)
                grid.items.push_back({s.memberIds[k], l, p,
                                      classNameOf(names, l) + "\n→ " + classNameOf(names, p),
                                      p >= 0 && l != p});
        }
        const auto h =
            metrics::countClasses(labels, predictions, int(names.size()), kHistogramBars);
        report::HistogramPair pair;
        pair.title = "Slice " + std::to_string(i + 1) + " (" + mostly(s.stats, names) + ")";
        pair.leftTitle = "True labels";
        pair.rightTitle = "Predictions";
        for (int c : h.shown) {
            pair.categories.push_back(classNameOf(names, c));
            pair.left.push_back(double(h.labels[std::size_t(c)]));
            pair.right.push_back(double(h.predictions[std::size_t(c)]));
        }
        if (!pair.categories.empty())
            main.blocks.push_back(pair);
        main.blocks.push_back(grid);
    }
    for (const auto& t : r.tables)
        main.blocks.push_back(report::Table{t.title, t.columns, t.rows});
    for (const auto& c : r.charts)
        for (const auto& series : c.series)
            main.blocks.push_back(
                report::BarChart{c.title + (c.series.size() > 1 ? " — " + series.name : ""),
                                 c.categories, series.values, 0.0, false});
    for (const auto& set : r.imageSets)
        if (auto g = imageSetGrid(r, set); !g.items.empty())
            main.blocks.push_back(std::move(g));
    return {main};
}

report::ImageGrid imageSetGrid(const MethodResult& r, const ImageSet& set, int columns) {
    report::ImageGrid g;
    g.title = set.title;
    g.columns = columns;
    const auto caption = [&set](std::size_t k) {
        return k < set.captions.size() ? set.captions[k] : std::string();
    };
    const auto it = set.arrayRole.empty() ? r.arrays.end() : r.arrays.find(set.arrayRole);
    if (it == r.arrays.end()) {
        for (std::size_t k = 0; k < set.exampleIds.size(); ++k)
            g.items.push_back({set.exampleIds[k], -1, -1, caption(k), false});
        return g;
    }
    const auto& a = it->second;
    const bool bytes = a.dtype == store::DType::UInt8;
    if (a.shape.size() != 4 || (a.shape[1] != 1 && a.shape[1] != 3) ||
        (!bytes && a.dtype != store::DType::Float32))
        return g; // not pixels: nothing to draw
    const auto n = a.shape[0], c = a.shape[1], h = a.shape[2], w = a.shape[3];
    const std::vector<float> floats = bytes ? std::vector<float>() : a.toFloats();
    for (std::int64_t k = 0; k < n; ++k) {
        report::ImageItem item(
            k < std::int64_t(set.exampleIds.size()) ? set.exampleIds[std::size_t(k)] : 0, -1, -1,
            caption(std::size_t(k)), false);
        item.width = int(w);
        item.height = int(h);
        item.rgb.resize(std::size_t(h * w * 3));
        for (std::int64_t p = 0; p < h * w; ++p)
            for (int ch = 0; ch < 3; ++ch) {
                const auto at = std::size_t(((k * c) + (c == 3 ? ch : 0)) * h * w + p);
                item.rgb[std::size_t(p * 3 + ch)] =
                    bytes ? a.data[at]
                          : std::uint8_t(std::lround(std::clamp(floats[at], 0.0f, 1.0f) * 255));
            }
        g.items.push_back(std::move(item));
    }
    return g;
}

std::vector<report::Section>
AnalysisMethod::reportSections(const MethodResult& result,
                               const std::vector<std::string>& classNames) const {
    return genericReportSections(*this, result, classNames);
}

std::vector<report::Section> AnalysisMethod::projectReportSections(
    const MethodResult& result, const std::vector<std::string>& classNames, store::Project&) const {
    return reportSections(result, classNames);
}

std::vector<std::string> addMethodSections(report::Report& report, store::Project& project,
                                           bool dropCoveredPages) {
    std::vector<std::string> problems;
    std::vector<report::Section> sections;
    std::set<std::string> drawn; // "slice-<id>" of the slices the methods' sections cover
    for (const auto* m : MethodRegistry::instance().all()) {
        auto kinds = m->info().otherRunKinds;
        kinds.insert(kinds.begin(), m->info().id);
        // InfEmbed runs from before it stored arrays cannot be drawn: the newest that can is.
        const auto runId = latestRun(project, kinds, true);
        if (!runId)
            continue;
        try {
            const MethodResult result = loadResult(project, *runId);
            auto more = m->projectReportSections(result, report.classNames, project);
            for (const auto& sl : result.slices)
                drawn.insert("slice-" + std::to_string(sl.storedId));
            sections.insert(sections.end(), std::make_move_iterator(more.begin()),
                            std::make_move_iterator(more.end()));
        } catch (const std::exception& e) {
            problems.push_back(m->info().title + " run #" + std::to_string(*runId) +
                               " was left out of the report: " + e.what());
        }
        for (const auto& kind : m->info().companionRunKinds) {
            const auto companion = latestRun(project, {kind});
            if (!companion)
                continue;
            try {
                auto more = m->projectReportSections(loadResult(project, *companion),
                                                     report.classNames, project);
                sections.insert(sections.end(), std::make_move_iterator(more.begin()),
                                std::make_move_iterator(more.end()));
            } catch (const std::exception& e) {
                problems.push_back(m->info().title + " run #" + std::to_string(*companion) + " (" +
                                   kind + ") was left out of the report: " + e.what());
            }
        }
    }
    insertBeforeProvenance(report, std::move(sections));
    if (!dropCoveredPages)
        return problems;
    // A method's section tables every slice of its run and draws the worst: a page per slice
    // would repeat it (20 pages for K = 20), unless someone annotated one. They stay one line
    // each in the table of saved slices.
    std::set<std::string> annotated;
    for (const auto& sl : report.slices)
        if (!sl.notes.empty())
            annotated.insert("slice-" + std::to_string(sl.id));
    std::erase_if(report.sections, [&](const report::Section& x) {
        return drawn.count(x.id) > 0 && annotated.count(x.id) == 0;
    });
    return problems;
}

} // namespace fl::methods
