#include "core/workflows/defuse_correction.h"
#include "core/common/error.h"
#include "core/generative/beta_vae.h"
#include "core/methods/result_json.h"
#include "core/nn/classifier.h"
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

namespace fl::workflows {
namespace {

std::string setting(const methods::MethodResult& r, const std::string& key) {
    const auto it = r.settings.find(key);
    return it == r.settings.end() ? std::string() : it->second;
}

const store::ArtifactArray& arrayOf(const methods::MethodResult& r, const std::string& role) {
    const auto it = r.arrays.find(role);
    if (it == r.arrays.end())
        throwBadInput("the Defuse run " + std::to_string(r.runId) + " has no " + role +
                      " array; run Defuse again");
    return it->second;
}

std::string lambdaText(double l) {
    std::ostringstream s;
    s << l;
    return s.str();
}

} // namespace

methods::MethodResult correctFromDefuse(const data::Dataset& d, const nn::Classifier& model,
                                        const methods::MethodResult& defuse,
                                        const DefuseLabels& labels,
                                        const DefuseCorrectionOptions& o, const Progress& progress,
                                        const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    if (labels.confirmed.empty())
        throwBadInput("no region of Defuse run " + std::to_string(defuse.runId) +
                      " is a misclassification region yet: label its samples (the workbench, "
                      "faultline-cli defuse-annotate or an annotation file) first");
    const std::string vaePath = setting(defuse, "vae_file");
    if (vaePath.empty() || !std::filesystem::exists(vaePath))
        throwBadInput("the β-VAE of Defuse run " + std::to_string(defuse.runId) + " (" +
                      (vaePath.empty() ? std::string("not recorded") : vaePath) +
                      ") is gone; run Defuse again");
    auto vae = generative::BetaVae::load(vaePath);
    vae.setDevice(o.correction.device);
    const double tau = o.tau >= 0
                           ? o.tau
                           : std::stod(setting(defuse, "tau").empty() ? std::string("0.5")
                                                                      : setting(defuse, "tau"));
    progress.report(0.0, "decoding the regions' fine-tune and held-out samples");
    auto [fineTune, heldOut] = generative::regionFailureSets(
        vae, labels.confirmed, o.fineTunePerRegion, o.heldOutPerRegion, tau, defuse.seed);
    if (o.baseline) {
        // The identified mistakes inside the confirmed regions, labelled with their sources'.
        const auto codes = store::arrayMatrix(arrayOf(defuse, "defuse_codes"), "defuse_codes");
        const auto sources =
            store::arrayValues<std::int64_t>(arrayOf(defuse, "defuse_code_sources"), "sources");
        const auto regionOf = store::arrayInts(arrayOf(defuse, "defuse_code_regions"), "regions");
        std::map<int, bool> confirmed;
        for (const auto& c : labels.confirmed)
            confirmed[c.regionIndex] = true;
        std::vector<Eigen::Index> rows;
        std::vector<int> lab, reg;
        for (std::size_t i = 0; i < regionOf.size(); ++i)
            if (confirmed.count(regionOf[i])) {
                rows.push_back(Eigen::Index(i));
                lab.push_back(d.labels[std::size_t(sources[i])]);
                reg.push_back(regionOf[i]);
            }
        if (rows.empty())
            throwBadInput("the confirmed regions hold none of the identified mistakes");
        generative::MatrixRM picked(Eigen::Index(rows.size()), codes.cols());
        for (std::size_t k = 0; k < rows.size(); ++k)
            picked.row(Eigen::Index(k)) = codes.row(rows[k]);
        fineTune = generative::decodedFailureSet(vae, picked, lab, reg);
    }
    auto co = o.correction;
    co.outputPath = o.modelPath;
    const auto c =
        generative::correct(model, d, fineTune, heldOut, co, progress.sub(0.05, 1.0), cancel);

    methods::MethodResult r;
    r.method = "defuse";
    r.kind = o.baseline ? kDefuseBaselineKind : kDefuseCorrectionKind;
    r.title =
        o.baseline ? "Defuse correction (baseline: identified mistakes)" : "Defuse correction";
    r.split = "test";
    r.seed = co.seed;
    r.settings = c.settings;
    r.settings["defuse_run"] = std::to_string(defuse.runId);
    r.settings["fine_tune_per_region"] = std::to_string(o.fineTunePerRegion);
    r.settings["held_out_per_region"] = std::to_string(o.heldOutPerRegion);
    r.settings["tau"] = methods::tableNumber(tau, "%g");
    r.settings["d_f"] = o.baseline ? "identified mistakes" : "region samples";
    r.settings["confirmed_regions"] = std::to_string(labels.confirmed.size());
    r.accuracy = c.outcomes[std::size_t(c.chosen)].testAccuracy;

    methods::Chart chart{"lambda_tradeoff",
                         "Test and region held-out accuracy per λ",
                         "line",
                         "λ",
                         "accuracy",
                         {},
                         {{"test accuracy", {}}, {"region accuracy", {}}}};
    methods::ResultTable sweep{
        "lambdas",
        "The λ sweep (each λ's best epoch by selection accuracy)",
        {"λ", "Epoch", "Selection accuracy", "Test accuracy", "Region accuracy", "Chosen"},
        {}};
    nlohmann::json lambdas = nlohmann::json::array();
    for (std::size_t i = 0; i < c.outcomes.size(); ++i) {
        const auto& l = c.outcomes[i];
        chart.categories.push_back(lambdaText(l.lambda));
        chart.series[0].values.push_back(l.testAccuracy);
        chart.series[1].values.push_back(l.regionAccuracy);
        sweep.rows.push_back({lambdaText(l.lambda), std::to_string(l.bestEpoch),
                              methods::tableNumber(l.selectionAccuracy, "%.4f"),
                              methods::tableNumber(l.testAccuracy, "%.4f"),
                              methods::tableNumber(l.regionAccuracy, "%.4f"),
                              int(i) == c.chosen ? "yes" : ""});
        lambdas.push_back({{"lambda", l.lambda},
                           {"epoch", l.bestEpoch},
                           {"selection_accuracy", l.selectionAccuracy},
                           {"test_accuracy", l.testAccuracy},
                           {"region_accuracy", l.regionAccuracy},
                           {"seconds", l.seconds}});
    }
    methods::ResultTable perClass{
        "per_class", "Test accuracy per class, before and after", {"Class", "Before", "After"}, {}};
    for (std::size_t k = 0; k < c.perClassBefore.size(); ++k)
        perClass.rows.push_back(
            {methods::classNameOf(d.classNames, int(k)),
             methods::tableNumber(c.perClassBefore[k], "%.4f"),
             k < c.perClassAfter.size() ? methods::tableNumber(c.perClassAfter[k], "%.4f") : ""});
    methods::ResultTable perRegion{"regions",
                                   "Confirmed regions: label and held-out accuracy",
                                   {"Region", "Label", "Before", "After"},
                                   {}};
    for (const auto& g : labels.confirmed) {
        const auto b = c.perRegionBefore.find(g.regionIndex);
        const auto a = c.perRegionAfter.find(g.regionIndex);
        perRegion.rows.push_back(
            {std::to_string(g.regionIndex + 1), methods::classNameOf(d.classNames, g.label),
             b == c.perRegionBefore.end() ? "" : methods::tableNumber(b->second, "%.4f"),
             a == c.perRegionAfter.end() ? "" : methods::tableNumber(a->second, "%.4f")});
    }
    methods::ResultTable votes{"votes",
                               "Annotators' labels per region (ρ " +
                                   methods::tableNumber(labels.rho, "%g") + ")",
                               {"Region", "Label", "Votes", "Disagree with the model", "Agreement",
                                "Misclassification region"},
                               {}};
    for (const auto& v : labels.votes.regions)
        if (v.labelled)
            votes.rows.push_back(
                {std::to_string(v.region + 1), methods::classNameOf(d.classNames, v.majority),
                 std::to_string(v.votes), methods::tableNumber(v.disagreement, "%.3f"),
                 methods::tableNumber(v.agreement, "%.3f"), v.misclassification ? "yes" : "no"});
    r.charts.push_back(std::move(chart));
    r.tables = {sweep, perClass, perRegion, votes};
    const auto& chosen = c.outcomes[std::size_t(c.chosen)];
    if (!o.modelPath.empty())
        r.models.push_back({"Defuse-corrected (λ " + lambdaText(chosen.lambda) + ")",
                            o.modelPath,
                            {{"lambda", lambdaText(chosen.lambda)},
                             {"epoch", std::to_string(chosen.bestEpoch)},
                             {"defuse_run", std::to_string(defuse.runId)}}});
    r.summary = {{"correction",
                  {{"baseline", o.baseline},
                   {"confirmed_regions", labels.confirmed.size()},
                   {"train_examples", c.trainExamples},
                   {"failure_examples", c.failureExamples},
                   {"held_out_examples", heldOut.size()},
                   {"before",
                    {{"test_accuracy", c.testBefore},
                     {"region_accuracy", c.regionBefore},
                     {"selection_accuracy", c.selectionBefore}}},
                   {"lambdas", lambdas},
                   {"chosen", lambdas[std::size_t(c.chosen)]},
                   {"agreement", labels.votes.agreement},
                   {"labelled_regions", labels.votes.labelledRegions},
                   {"rho", labels.rho},
                   {"model", o.modelPath}}}};
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

std::vector<double> parseLambdaList(const std::string& text, const std::string& field) {
    std::vector<double> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue; // "1, , 2" and a trailing comma
        item = item.substr(first, item.find_last_not_of(" \t") - first + 1);
        std::size_t used = 0;
        double v = 0;
        try {
            v = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != item.size() || !(v >= 0))
            throwBadInput(field + ": '" + item +
                          "' is not a number ≥ 0 (give a comma-separated list such as 1e-10, 1, "
                          "10)");
        out.push_back(v);
    }
    if (out.empty())
        throwBadInput(field + " lists no λ");
    return out;
}

std::string correctionModelPath(const std::string& projectPath, std::int64_t defuseRunId,
                                bool baseline) {
    const std::filesystem::path project(projectPath);
    const auto dir = project.parent_path() / (project.stem().string() + "-models");
    std::filesystem::create_directories(dir);
    const auto stamp = std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    return (dir / ("defuse-run" + std::to_string(defuseRunId) +
                   (baseline ? "-baseline-" : "-corrected-") + std::to_string(stamp) + ".pt"))
        .string();
}

} // namespace fl::workflows
