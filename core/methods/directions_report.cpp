// Failure directions' report part: the run's embedding, splits and grid-edge classes in words,
// the per-class table split in two narrow ones, the strength as one chart, and a stored
// interventions outcome as its own section.
#include "core/methods/directions_method.h"
#include "core/methods/method_report.h"
#include "core/methods/result_json.h"
#include <algorithm>
#include <filesystem>
#include <limits>

namespace fl::methods {

namespace {

// A stored interventions outcome (workflows::directions_interventions, stored by the Directions
// view): what was done, its tables and the accuracy per arm.
std::vector<report::Section> interventionSections(const MethodResult& r) {
    report::Section s;
    s.id = "method-" + r.kind;
    s.title = r.title.empty() ? "Failure directions' interventions" : r.title;
    s.newPage = true;
    const auto setting = [&r](const char* k, const char* fallback) {
        const auto it = r.settings.find(k);
        return it == r.settings.end() ? std::string(fallback) : it->second;
    };
    s.blocks.push_back(report::Paragraph{
        "Run #" + std::to_string(r.runId) +
        ". Per seed, a base model is retrained from scratch without a held-out pool; its failure "
        "directions pick, per class, the pool examples with the lowest decision value (svm), "
        "beside random and lowest-confidence picks of the same size, and upweighting doubles "
        "the loss of the training examples with h < 0 (factor " +
        setting("upweight", "2") +
        "); every arm is retrained from scratch and evaluated on the test split, overall and "
        "on the hard subpopulation (test examples with h < 0 under the base model's "
        "directions). Mean ± SD over the seeds; Δ is the mean of the per-seed differences to "
        "the original."});
    report::KeyValueTable settings;
    settings.caption = "Settings";
    for (const auto& [k, v] : r.settings)
        settings.rows.push_back({k, v});
    s.blocks.push_back(settings);
    for (const auto& t : r.tables)
        s.blocks.push_back(report::Table{t.title, t.columns, t.rows});
    for (const auto& c : r.charts)
        for (const auto& series : c.series)
            s.blocks.push_back(report::BarChart{c.title + " — " + series.name, c.categories,
                                                series.values, 1.0, true});
    return {s};
}

} // namespace

std::vector<report::Section>
DirectionsMethod::reportSections(const MethodResult& r,
                                 const std::vector<std::string>& classNames) const {
    if (r.kind == "directions-interventions")
        return interventionSections(r);
    // The per-class table split in two narrow ones and the strength drawn as one chart of
    // percentages: the generic twelve-column table and per-series charts do not fit a page.
    MethodResult plain = r;
    plain.charts.clear();
    plain.tables.clear();
    const ResultTable* perClass = nullptr;
    for (const auto& t : r.tables)
        if (t.name == "classes")
            perClass = &t;
        else
            plain.tables.push_back(t);
    auto sections = genericReportSections(*this, plain, classNames);
    if (perClass && perClass->columns.size() == 12 && !sections.empty()) {
        report::Table strengthTable{
            "Failure strength per class (2-fold CV balanced accuracy; "
            "0.5 = no direction)",
            {"Class", "Errors / size", "Strength", "C", "Top hard caption", "Top easy caption"},
            {}};
        report::Table ranking{"The ranked split: predicted errors (h < 0) and the accuracy of the "
                              "hardest and easiest",
                              {"Class", "Predicted errors", perClass->columns[7],
                               perClass->columns[8], "Skipped because"},
                              {}};
        report::BarChart chart{
            "Failure strength per class (CV balanced accuracy)", {}, {}, 1.0, true};
        const auto& cj =
            r.summary.contains("classes") ? r.summary.at("classes") : nlohmann::json::array();
        for (std::size_t i = 0; i < perClass->rows.size(); ++i) {
            const auto& row = perClass->rows[i];
            strengthTable.rows.push_back({row[0], row[2] + " / " + row[1], row[3],
                                          row[4] + (row[5] == "yes" ? " (grid edge)" : ""), row[9],
                                          row[10]});
            ranking.rows.push_back({row[0], row[6], row[7], row[8], row[11]});
            chart.labels.push_back(row[0]);
            chart.values.push_back(i < cj.size() && cj[i].contains("strength")
                                       ? cj[i].at("strength").get<double>()
                                       : std::numeric_limits<double>::quiet_NaN());
        }
        auto& blocks = sections.front().blocks;
        // After the slices table (the generic section's third block), before the other tables.
        auto at = blocks.begin() + std::min<std::ptrdiff_t>(3, std::ptrdiff_t(blocks.size()));
        at = blocks.insert(at, std::move(strengthTable));
        at = blocks.insert(at + 1, std::move(chart));
        blocks.insert(at + 1, std::move(ranking));
    }
    const auto setting = [&r](const char* k) {
        const auto it = r.settings.find(k);
        return it == r.settings.end() ? std::string() : it->second;
    };
    const std::string kind = setting("embedding_kind");
    std::string text =
        "Embedding: " +
        std::string(kind == "robust"  ? "the robust extractor's features"
                    : kind == "model" ? "the inspected model's own penultimate features"
                                      : "the encoder " + setting("embedding") + "'s features") +
        " (" + setting("embedding_dim") +
        " dimensions), whitened with the training split's statistics and L2-normalised. One "
        "linear SVM per class on the " +
        r.split +
        " split tells the model's correct examples from its errors; its 2-fold cross-validated "
        "balanced accuracy is the failure's strength (0.5 = no direction). Slices are the "
        "strongest classes' examples with a negative out-of-fold decision value";
    const std::string ranked = setting("ranked_split");
    text += ranked.empty() ? "."
                           : "; the hardest and easiest are ranked on the " + ranked +
                                 " split, which the SVMs never saw.";
    if (const auto textFile = setting("text_encoder_file"); !textFile.empty())
        text += " Text captions (the paper's): the candidates \"" + setting("caption-template") +
                "\" over the vocabulary (" +
                (setting("vocabulary").empty() ? std::string("built in") : setting("vocabulary")) +
                "), embedded by " + std::filesystem::path(textFile).filename().string() +
                ", each scored by its offset from \"" + setting("reference-template") +
                "\" divided by the whitening SD, L2-normalised, against the SVM's w.";
    std::vector<std::string> edge;
    if (r.summary.contains("classes"))
        for (const auto& c : r.summary.at("classes"))
            if (c.value("c_at_edge", false))
                edge.push_back(c.value("class", std::string()));
    if (!edge.empty()) {
        text += " The best C of " + std::to_string(edge.size()) + " class(es) (";
        for (std::size_t i = 0; i < edge.size(); ++i)
            text += (i ? ", " : "") + edge[i];
        text += ") sits at the edge of the C grid: widening it (c-min-exponent, c-max-exponent) "
                "may find a better one.";
    }
    if (!sections.empty()) {
        auto& blocks = sections.front().blocks;
        blocks.insert(blocks.begin() + std::min<std::ptrdiff_t>(1, std::ptrdiff_t(blocks.size())),
                      report::Paragraph{text});
    }
    return sections;
}

} // namespace fl::methods
