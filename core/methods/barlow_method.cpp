// Barlow's run: features of the analysed split (and the held-out one) from the robust
// extractor, trees::analyseFailures per class, then slices, tables, Table 1 and a summary.
#include "core/methods/barlow_method.h"
#include "core/common/error.h"
#include "core/common/index_map.h"
#include "core/methods/method_outputs.h"
#include "core/methods/method_report.h"
#include "core/methods/result_json.h"
#include "core/methods/robust_extractor_parameters.h"
#include "core/nn/inference.h"
#include "core/nn/robust_extractor.h"
#include "core/store/typed_array.h"
#include "core/viz/feature_views.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>

namespace fl::methods {
namespace {

std::vector<double> columnSd(const trees::MatrixRM& x) {
    std::vector<double> sd(std::size_t(x.cols()), 0.0);
    if (x.rows() < 2)
        return sd;
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const auto col = x.col(j).cast<double>();
        const double mean = col.mean();
        sd[std::size_t(j)] = std::sqrt((col.array() - mean).square().sum() / double(x.rows()));
    }
    return sd;
}

// The leaf a class's slice is: its top-IV valid leaf, or its top-IV leaf where none is valid.
const trees::FailureLeaf* sliceLeaf(const trees::ClassFailures& c) {
    if (c.leaves.empty())
        return nullptr;
    for (const auto& l : c.leaves)
        if (l.valid)
            return &l;
    return &c.leaves.front();
}

nlohmann::json pathJson(const std::vector<trees::Condition>& path) {
    nlohmann::json p = nlohmann::json::array();
    for (const auto& c : path)
        p.push_back(
            {{"feature", c.feature}, {"op", c.atMost ? "<=" : ">"}, {"threshold", c.threshold}});
    return p;
}

constexpr int kFigureImages = 6;

// Images as an N×C×H×W uint8 array (an ImageSet's pixels): RGB bytes H×W×3 each.
store::ArtifactArray rgbArray(const std::vector<std::vector<std::uint8_t>>& images, int h, int w) {
    std::vector<std::uint8_t> chw;
    for (const auto& rgb : images)
        for (int c = 0; c < 3; ++c)
            for (int p = 0; p < h * w; ++p)
                chw.push_back(rgb[std::size_t(p) * 3 + std::size_t(c)]);
    return store::makeArray<std::uint8_t>({std::int64_t(images.size()), 3, h, w}, chw.data(),
                                          chw.size());
}

// The paper's four rows for the first slices' leaves, on the leaf's first split feature: the
// group's most activating images, their heatmaps, their feature attack, failures in the leaf.
void addLeafFigures(MethodResult& r, const MethodInput& in, const SplitOutputs& so,
                    const trees::MatrixRM& xs, const Progress& progress,
                    const CancelToken& cancel) {
    const auto& d = *in.dataset;
    const auto& extractor = robustExtractorOf(in, "Barlow");
    const int leaves = std::min<int>(in.parameters.toInt("figure-leaves"), int(r.slices.size()));
    viz::FeatureAttackOptions attack;
    attack.iterations = in.parameters.toInt("attack-iterations");
    attack.epsilon = in.parameters.toDouble("attack-epsilon");
    const bool byPrediction = in.parameters.text("grouping") == "prediction";
    const auto rowOf = rowsById(r.exampleIds);
    for (int i = 0; i < leaves; ++i) {
        auto& s = r.slices[std::size_t(i)];
        const auto& path = s.extra.at("path");
        if (path.empty())
            continue;
        const int cls = s.extra.at("class");
        const int j = path[0].at("feature");
        const std::string key = "leaf" + std::to_string(i + 1);
        const std::string what =
            "Leaf " + std::to_string(i + 1) + ", feature[" + std::to_string(j) + "]";
        progress.report(double(i) / leaves, what + ": heatmaps and feature attack");
        std::vector<std::int64_t> group;
        for (Eigen::Index row = 0; row < so.splitRows; ++row)
            if ((byPrediction ? r.predictions[std::size_t(row)] : r.labels[std::size_t(row)]) ==
                cls)
                group.push_back(row);
        const auto top = viz::mostActivating(xs, group, j, kFigureImages);
        std::vector<std::int64_t> topPos, topIds;
        for (auto row : top) {
            topPos.push_back(so.positions[std::size_t(row)]);
            topIds.push_back(r.exampleIds[std::size_t(row)]);
        }
        r.imageSets.push_back({key + "_top", what + ": most activating", topIds, "", {}});
        const auto heat = viz::featureHeatmaps(extractor, d, topPos, j, cancel);
        std::vector<std::vector<std::uint8_t>> overlays;
        for (std::size_t k = 0; k < heat.size(); ++k)
            overlays.push_back(viz::overlayJet(d.image(topPos[k]), d.channels, heat[k], 0.5));
        r.arrays[key + "_heatmaps"] = rgbArray(overlays, d.height, d.width);
        r.imageSets.push_back(
            {key + "_heatmaps", what + ": heatmaps", topIds, key + "_heatmaps", {}});
        const auto fa = viz::featureAttack(extractor, d, topPos, j, attack, {}, cancel);
        std::vector<std::vector<std::uint8_t>> attacked;
        std::vector<std::string> captions;
        for (std::size_t k = 0; k < topPos.size(); ++k) {
            attacked.push_back(viz::toRgb(fa.images.data() + k * std::size_t(d.imageSize()),
                                          d.channels, d.height, d.width));
            captions.push_back(tableNumber(fa.before[k], "%.2f") + " → " +
                               tableNumber(fa.after[k], "%.2f"));
        }
        r.arrays[key + "_attack"] = rgbArray(attacked, d.height, d.width);
        r.imageSets.push_back(
            {key + "_attack", what + ": feature attack", topIds, key + "_attack", captions});
        // Failures inside the leaf, drawn with the run's seed.
        std::vector<std::int64_t> failures;
        for (auto id : s.memberIds) {
            const auto row = std::size_t(rowOf.at(id));
            if (r.labels[row] != r.predictions[row])
                failures.push_back(id);
        }
        std::mt19937_64 rng(r.seed + std::uint64_t(i));
        std::shuffle(failures.begin(), failures.end(), rng);
        failures.resize(std::min<std::size_t>(failures.size(), kFigureImages));
        r.imageSets.push_back(
            {key + "_failures", what + ": failures in the leaf", failures, "", {}});
        s.extra["figure_feature"] = j;
        s.extra["figure_key"] = key;
        r.stageSeconds["feature_attack"] += fa.seconds;
    }
}

} // namespace

double leafMargin(const trees::MatrixRM& x, Eigen::Index row,
                  const std::vector<trees::Condition>& path, const std::vector<double>& sd) {
    double m = std::numeric_limits<double>::infinity();
    for (const auto& c : path) {
        const double v = x(row, c.feature);
        const double past = c.atMost ? c.threshold - v : v - c.threshold;
        const double s = sd[std::size_t(c.feature)];
        m = std::min(m, s > 0 ? past / s : past);
    }
    return path.empty() ? 0.0 : m;
}

std::vector<report::Section>
BarlowMethod::reportSections(const MethodResult& result,
                             const std::vector<std::string>& classNames) const {
    MethodResult plain = result;
    plain.imageSets.clear(); // drawn below, leaf by leaf
    auto sections = genericReportSections(*this, plain, classNames);
    report::Section leaves;
    leaves.id = "method-barlow-leaves";
    leaves.title = "Barlow: the leaves drawn";
    leaves.newPage = true;
    const auto setting = [&result](const char* k) {
        const auto it = result.settings.find(k);
        return it == result.settings.end() ? std::string() : it->second;
    };
    if (!setting("extractor_clean_accuracy").empty())
        leaves.blocks.push_back(report::Paragraph{
            "Features from the robust extractor " + setting("extractor_file") +
            ": clean accuracy " + setting("extractor_clean_accuracy") + ", accuracy under L2 PGD " +
            "(ε " + setting("extractor-epsilon") + ", " + setting("extractor-steps") + " steps) " +
            setting("extractor_pgd_accuracy") + " on " + setting("extractor_robustness_examples") +
            " examples of the " + result.split +
            " split. Each row: the class's most activating images for the leaf's first split "
            "feature, their heatmaps (the feature's channel of the last maps), the feature attack "
            "started from them (value before → after) and failures inside the leaf."});
    for (const auto& s : result.slices) {
        if (!s.extra.contains("figure_key"))
            continue;
        const std::string key = s.extra.at("figure_key");
        leaves.blocks.push_back(report::Paragraph{s.rule});
        report::KeyValueTable m;
        m.caption = s.name;
        m.rows = {{"error rate (ER)", tableNumber(s.extra.value("er", 0.0))},
                  {"error coverage (EC)", tableNumber(s.extra.value("ec", 0.0))},
                  {"importance (IV = ER · EC)", tableNumber(s.extra.value("iv", 0.0))},
                  {"base error rate (BER)", tableNumber(s.extra.value("ber", 0.0))},
                  {"valid (ER > BER + δ, EC > τ)", s.extra.value("valid", false) ? "yes" : "no"},
                  {"size", std::to_string(s.stats.size)},
                  {"feature drawn",
                   "feature[" + std::to_string(s.extra.value("figure_feature", -1)) + "]"}};
        leaves.blocks.push_back(m);
        for (const auto& set : result.imageSets)
            if (set.name.rfind(key + "_", 0) == 0)
                if (auto g = imageSetGrid(result, set, 6); !g.items.empty())
                    leaves.blocks.push_back(std::move(g));
    }
    if (leaves.blocks.size() > 1 || !result.imageSets.empty())
        sections.push_back(std::move(leaves));
    return sections;
}

MethodInfo BarlowMethod::info() const {
    MethodInfo i;
    i.id = "barlow";
    i.title = "Barlow";
    i.paper = "Singla, Nushi, Shah, Kamar, Horvitz: Understanding failures of deep networks via "
              "robust feature extraction (CVPR 2021)";
    i.summary = "Per class, a shallow decision tree on robust features that isolates where the "
                "model errs";
    i.shortcut = "Ctrl+Shift+T"; // T for trees: Ctrl+Shift+B is the slice benchmark
    // Scored on its slices alone: the figures and the robustness check are for people.
    i.benchmarkVariants = {
        {"barlow", "Barlow", {{"figure-leaves", "0"}, {"robustness-examples", "0"}}}};
    return i;
}

std::vector<ParameterSpec> BarlowMethod::parameters() const {
    std::vector<ParameterSpec> p;
    const auto add = [&p](ParameterSpec s, std::string group, std::string paper = {},
                          std::string reference = {}, bool advanced = false) {
        addParameter(p, std::move(s), std::move(group), std::move(paper), std::move(reference),
                     advanced);
    };
    add(choiceParam("grouping", "Grouping", "label", {"label", "prediction"},
                    "label: each class's examples, failures are false negatives; prediction: "
                    "examples predicted as the class, failures are false positives"),
        "Trees", "label");
    add(intParam("depth", "Tree depth", 1, 1, 3,
                 "Maximum depth of each class's tree (the paper's Table 1 uses 1 and 3)"),
        "Trees", "1", "");
    add(intParam("top-k", "Top-k features", 20, 1, 100000,
                 "Features kept per class by mutual information with the failure label"),
        "Trees", "20", "50");
    add(choiceParam("features", "Features", "robust", {"robust", "model"},
                    "robust: the robust extractor's (the paper); model: the inspected model's "
                    "own penultimate features, nearly tautological, for comparison only"),
        "Trees", "robust");
    add(doubleParam("delta", "Valid leaf: ER above BER by δ", 0.1, 0.0, 1.0,
                    "A valid leaf's error rate exceeds the class's base error rate by more "
                    "than δ"),
        "Leaves", "0.1");
    add(doubleParam("tau", "Valid leaf: EC above τ", 0.2, 0.0, 1.0,
                    "A valid leaf covers more than τ of the class's errors"),
        "Leaves", "0.2");
    add(intParam("neighbours", "MI neighbours", 3, 1, 100,
                 "k of the k-NN mutual information estimator"),
        "Trees", "", "3", true);
    add(intParam("min-samples-split", "Min samples to split", 2, 2, {},
                 "A node splits only with at least this many examples"),
        "Trees", "", "2", true);
    add(intParam("min-samples-leaf", "Min samples per leaf", 1, 1, {},
                 "Each leaf keeps at least this many examples"),
        "Trees", "", "1", true);
    add(intParam("seed", "Seed", 0, 0, {},
                 "Seed of the mutual information estimator's tie-breaking noise and of the "
                 "failures drawn for the figures"),
        "Trees", "", "", true);
    add(intParam("figure-leaves", "Leaves with figures", 3, 0, 50,
                 "The first slices' leaves drawn as the paper's figure rows (most activating, "
                 "heatmaps, feature attack, failures) for the report"),
        "Figures");
    add(intParam("attack-iterations", "Feature attack iterations", 500, 0, 100000,
                 "Gradient ascent steps of the feature attack"),
        "Figures", "500", "1000");
    p.back().quickValue = "200";
    add(doubleParam("attack-epsilon", "Feature attack ε (L2)", 0.0, 0.0, {},
                    "L2 budget of the feature attack around each image (0 = none; the paper's 500 "
                    "at 3×224×224 never binds)"),
        "Figures", "0", "", true);
    for (auto& s : robustExtractorParameters())
        p.push_back(std::move(s));
    return p;
}

std::vector<AuxiliaryModel> BarlowMethod::auxiliaryModels(const ParameterValues& v) const {
    if (v.text("features") != "robust")
        return {};
    return {robustExtractorModel(v, "auto")};
}

trees::FailureOptions BarlowMethod::failureOptions(const ParameterValues& v) {
    trees::FailureOptions o;
    o.byPrediction = v.text("grouping") == "prediction";
    o.depth = v.toInt("depth");
    o.topK = v.toInt("top-k");
    o.neighbours = v.toInt("neighbours");
    o.delta = v.toDouble("delta");
    o.tau = v.toDouble("tau");
    o.minSamplesSplit = v.toInt("min-samples-split");
    o.minSamplesLeaf = v.toInt("min-samples-leaf");
    o.seed = v.toSeed("seed");
    return o;
}

MethodResult BarlowMethod::run(const MethodInput& in, const Progress& progress,
                               const CancelToken& cancel) const {
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    const bool robust = in.parameters.text("features") == "robust";
    const auto so = splitOutputs(in, "barlow", !robust, progress.sub(0.0, 0.3), cancel);
    const auto& d = *in.dataset;
    const Eigen::Index nv = so.splitRows, nAll = Eigen::Index(so.positions.size());
    MethodResult r = splitResult(in, "barlow", "Barlow", so);

    // The features: the robust extractor's penultimate (GAP) activations, or the model's own.
    trees::MatrixRM x;
    if (robust) {
        const auto& extractor = robustExtractorOf(in, "Barlow");
        progress.report(0.3, "robust features of " + std::to_string(nAll) + " examples");
        nn::InferenceOptions io;
        io.wantLogits = false;
        io.wantEmbeddings = true;
        x = nn::infer(extractor, d, so.positions, io, progress.sub(0.3, 0.5), cancel).embeddings;
        r.settings["extractor_file"] = extractor.sourcePath();
        r.settings["extractor_arch"] = extractor.isTorchScript() ? "torchscript" : extractor.arch();
        const auto n = std::min<std::int64_t>(in.parameters.toInt("robustness-examples"), nv);
        if (n > 0) {
            progress.report(0.5, "measuring the extractor's robustness");
            nn::PgdOptions pgd;
            pgd.epsilon = in.parameters.toDouble("extractor-epsilon");
            pgd.steps = in.parameters.toInt("extractor-steps");
            const std::vector<std::int64_t> some(so.positions.begin(), so.positions.begin() + n);
            const auto rb = nn::measureRobustness(extractor, d, some, pgd,
                                                  in.parameters.toSeed("extractor-seed"),
                                                  progress.sub(0.5, 0.6), cancel);
            r.settings["extractor_clean_accuracy"] = tableNumber(rb.cleanAccuracy, "%.4f");
            r.settings["extractor_pgd_accuracy"] = tableNumber(rb.adversarialAccuracy, "%.4f");
            r.settings["extractor_robustness_examples"] = std::to_string(rb.examples);
            r.stageSeconds["robustness"] = rb.seconds;
        }
    } else {
        x = so.outputs.embeddings;
    }
    r.stageSeconds["features"] =
        std::chrono::duration<double>(Clock::now() - t0).count() - r.stageSeconds["robustness"];
    cancel.throwIfCancelled();

    const trees::MatrixRM xs = x.topRows(nv);
    const auto& labels = r.labels;
    const auto& preds = r.predictions;
    const int numClasses = d.numClasses();
    const auto options = failureOptions(in.parameters);
    progress.report(0.6, "failure trees per class");
    const auto t1 = Clock::now();
    const auto classes = trees::analyseFailures(xs, labels, preds, numClasses, options);
    r.stageSeconds["trees"] = std::chrono::duration<double>(Clock::now() - t1).count();
    r.seed = options.seed;
    cancel.throwIfCancelled();

    // Table 1: the share of classes whose top-IV leaf is valid, depth 1 and 3, both groupings.
    progress.report(0.75, "Table 1 (depth 1 and 3, both groupings)");
    nlohmann::json table1 = {{"features", robust ? "robust extractor" : "model's own"}};
    ResultTable t1tab{"table1",
                      "Share of classes whose top-IV leaf is valid (Table 1)",
                      {"Grouping", "Depth 1", "Depth 3"},
                      {}};
    for (const bool byPrediction : {false, true}) {
        std::vector<std::string> row{byPrediction ? "prediction" : "label"};
        nlohmann::json cell = nlohmann::json::object();
        for (const int depth : {1, 3}) {
            auto o = options;
            o.byPrediction = byPrediction;
            o.depth = depth;
            const double share = o.byPrediction == options.byPrediction && depth == options.depth
                                     ? trees::validTopLeafShare(classes)
                                     : trees::validTopLeafShare(trees::analyseFailures(
                                           xs, labels, preds, numClasses, o));
            cell["depth_" + std::to_string(depth)] = share;
            row.push_back(tableNumber(share));
            cancel.throwIfCancelled();
        }
        table1[row[0]] = cell;
        t1tab.rows.push_back(row);
    }

    // Slices: each class's chosen leaf, by IV; members deepest inside the leaf first.
    progress.report(0.9, "slices");
    const auto sd = columnSd(xs);
    const trees::MatrixRM xh = x.bottomRows(nAll - nv);
    std::vector<const trees::ClassFailures*> order;
    for (const auto& c : classes)
        if (sliceLeaf(c))
            order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return sliceLeaf(*a)->iv > sliceLeaf(*b)->iv;
    });
    const auto inGroup = [&](Eigen::Index row, int cls) {
        const auto pos = std::size_t(so.positions[std::size_t(row)]);
        return options.byPrediction ? so.outputs.predictions[std::size_t(row)] == cls
                                    : d.labels[pos] == cls;
    };
    for (const auto* c : order) {
        const auto& leaf = *sliceLeaf(*c);
        std::vector<std::pair<double, std::int64_t>> ranked;
        for (auto row : leaf.rows)
            ranked.push_back({leafMargin(xs, row, leaf.path, sd), row});
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::int64_t> rows;
        std::vector<double> scores;
        for (const auto& [m, row] : ranked) {
            rows.push_back(row);
            scores.push_back(m);
        }
        RankedSlice s = sliceOfRows(d, so, rows, scores);
        const std::string cls = classNameOf(d.classNames, c->cls);
        s.name = (options.byPrediction ? "predicted " : "label ") + cls;
        s.rule = trees::ruleText(*c, leaf, options.byPrediction, d.classNames);
        s.extra = {{"class", c->cls},
                   {"grouping", in.parameters.text("grouping")},
                   {"er", leaf.er},
                   {"ec", leaf.ec},
                   {"iv", leaf.iv},
                   {"valid", leaf.valid},
                   {"ber", c->ber},
                   {"aler", c->aler},
                   {"node", leaf.node},
                   {"path", pathJson(leaf.path)},
                   {"top_features", c->features}};
        // The held-out split: the group's examples the path admits, ranked the same way.
        std::vector<std::pair<double, std::int64_t>> held;
        for (Eigen::Index h = 0; h < xh.rows(); ++h) {
            if (!inGroup(nv + h, c->cls))
                continue;
            const double m = leafMargin(xh, h, leaf.path, sd);
            // Exactly on a ≤ threshold is inside; a > threshold excludes equality.
            bool inside = true;
            for (const auto& cond : leaf.path) {
                const double v = xh(h, cond.feature);
                inside = inside && (cond.atMost ? v <= cond.threshold : v > cond.threshold);
            }
            if (inside)
                held.push_back({m, std::int64_t(nv + h)});
        }
        std::stable_sort(held.begin(), held.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::int64_t> heldRows;
        for (const auto& [m, row] : held)
            heldRows.push_back(row);
        s.heldOutIds = heldOutIdsOf(d, so, heldRows);
        r.slices.push_back(std::move(s));
    }

    // Tables: the per-class summary and every leaf; the summary for scripts.
    ResultTable summary{"classes",
                        "Failure trees per class",
                        {"Class", "Size", "Errors", "BER", "ALER", "ALER − BER", "Best leaf ER",
                         "Best leaf EC", "Best leaf IV", "Valid leaves"},
                        {}};
    ResultTable leaves{"leaves",
                       "Leaves by importance (IV = ER · EC)",
                       {"Class", "Rule", "ER", "EC", "IV", "Valid", "Size"},
                       {}};
    nlohmann::json classesJson = nlohmann::json::array();
    for (const auto& c : classes) {
        int valid = 0;
        nlohmann::json leavesJson = nlohmann::json::array();
        for (const auto& l : c.leaves) {
            valid += l.valid;
            const auto rule = trees::ruleText(c, l, options.byPrediction, d.classNames);
            leaves.rows.push_back({classNameOf(d.classNames, c.cls), rule, tableNumber(l.er),
                                   tableNumber(l.ec), tableNumber(l.iv), l.valid ? "yes" : "no",
                                   std::to_string(l.rows.size())});
            leavesJson.push_back({{"rule", rule},
                                  {"er", l.er},
                                  {"ec", l.ec},
                                  {"iv", l.iv},
                                  {"valid", l.valid},
                                  {"size", l.rows.size()},
                                  {"errors", l.errors},
                                  {"path", pathJson(l.path)}});
        }
        const auto* best = c.leaves.empty() ? nullptr : &c.leaves.front();
        summary.rows.push_back({classNameOf(d.classNames, c.cls), std::to_string(c.size),
                                std::to_string(c.errors), tableNumber(c.ber), tableNumber(c.aler),
                                tableNumber(c.aler - c.ber), best ? tableNumber(best->er) : "",
                                best ? tableNumber(best->ec) : "",
                                best ? tableNumber(best->iv) : "", std::to_string(valid)});
        classesJson.push_back({{"class", classNameOf(d.classNames, c.cls)},
                               {"class_index", c.cls},
                               {"size", c.size},
                               {"errors", c.errors},
                               {"ber", c.ber},
                               {"aler", c.aler},
                               {"aler_minus_ber", c.aler - c.ber},
                               {"top_features", c.features},
                               {"mi", c.mi},
                               {"leaves", leavesJson}});
    }
    r.tables = {summary, leaves, t1tab};
    Chart chart{"error_rates",
                "Base error rate and the best leaf's error rate per class",
                "bar",
                "class",
                "error rate",
                {},
                {{"BER", {}}, {"best leaf ER", {}}}};
    for (const auto& c : classes) {
        chart.categories.push_back(classNameOf(d.classNames, c.cls));
        chart.series[0].values.push_back(c.ber);
        chart.series[1].values.push_back(c.leaves.empty() ? 0.0 : c.leaves.front().er);
    }
    r.charts.push_back(std::move(chart));
    r.summary = {{"grouping", in.parameters.text("grouping")},
                 {"depth", options.depth},
                 {"classes", classesJson},
                 {"table1", table1}};
    if (robust)
        addLeafFigures(r, in, so, xs, progress.sub(0.92, 0.99), cancel);
    // The analysed split's features: the tree, heatmap and feature views recompute from them.
    r.arrays["barlow_features"] = store::makeMatrixArray(xs);
    r.settings["features"] = in.parameters.text("features");
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    progress.report(1.0, "Barlow done");
    return r;
}

} // namespace fl::methods
