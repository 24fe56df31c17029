// Failure directions' run: embeddings of the training, fitted and ranked splits; whitening from
// the training split; one SVM per class on the fitted split (validation by default); decision
// values everywhere; slices of the strongest classes; captions from concepts; planted checks.
#include "core/methods/directions_method.h"
#include "core/common/error.h"
#include "core/common/stopwatch.h"
#include "core/methods/directions_captions_stage.h"
#include "core/methods/method_outputs.h"
#include "core/methods/result_json.h"
#include "core/methods/robust_extractor_parameters.h"
#include "core/nn/inference.h"
#include "core/store/typed_array.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <set>

namespace fl::methods {
namespace {

using directions::ClassDirection;
using directions::MatrixRM;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Rows ranked by a score, ascending (hardest first); NaN scores are left out.
std::vector<std::int64_t> ascending(const std::vector<std::int64_t>& rows,
                                    const std::vector<double>& score) {
    std::vector<std::int64_t> out;
    for (auto r : rows)
        if (!std::isnan(score[std::size_t(r)]))
            out.push_back(r);
    std::stable_sort(out.begin(), out.end(), [&score](auto a, auto b) {
        return score[std::size_t(a)] < score[std::size_t(b)];
    });
    return out;
}

// The predicted-error set: the ranked rows with h < 0; where the bias puts every row on one side
// (C at the grid's low end), as many of the most negative rows as the class has errors.
std::vector<std::int64_t> hardRows(const std::vector<std::int64_t>& ranked,
                                   const std::vector<double>& h, std::int64_t errors) {
    std::vector<std::int64_t> out;
    for (auto r : ranked)
        if (h[std::size_t(r)] < 0)
            out.push_back(r);
    if (out.empty() || out.size() == ranked.size())
        out.assign(ranked.begin(), ranked.begin() + std::min<std::ptrdiff_t>(
                                                        errors, std::ptrdiff_t(ranked.size())));
    return out;
}

struct Embedded {
    MatrixRM eval;  // rows follow so.positions
    MatrixRM train; // the training split's rows
    std::string source;
};

Embedded embed(const MethodInput& in, const std::string& kind, const SplitOutputs& so,
               const std::vector<std::int64_t>& trainPos, const Progress& progress,
               const CancelToken& cancel) {
    const auto& d = *in.dataset;
    nn::InferenceOptions io;
    io.wantLogits = false;
    io.wantEmbeddings = true;
    Embedded e;
    if (kind == "model") {
        e.eval = so.outputs.embeddings;
        e.train = nn::infer(*in.model, d, trainPos, io, progress, cancel).embeddings;
        e.source = in.model->sourcePath();
        return e;
    }
    const nn::Classifier* encoder = nullptr;
    if (kind == "robust") {
        encoder = &robustExtractorOf(in, "Failure directions");
    } else {
        const auto it = in.auxiliary.find("image_encoder");
        if (it == in.auxiliary.end() || !it->second)
            throwBadInput("failure directions: the encoder " + in.parameters.text("embedding") +
                          " was not loaded (workflows::prepareAuxiliaryModels)");
        encoder = it->second.get();
    }
    std::vector<std::int64_t> all = so.positions;
    all.insert(all.end(), trainPos.begin(), trainPos.end());
    const MatrixRM x = nn::infer(*encoder, d, all, io, progress, cancel).embeddings;
    const auto n = Eigen::Index(so.positions.size());
    e.eval = x.topRows(n);
    e.train = x.bottomRows(x.rows() - n);
    e.source = encoder->sourcePath();
    return e;
}

// Fraction of `ranked`'s first k rows that are in `truth` (rows), or NaN with fewer than k.
double topKShare(const std::vector<std::int64_t>& ranked, const std::set<std::int64_t>& truth,
                 std::size_t k) {
    if (ranked.size() < k || k == 0)
        return kNaN;
    std::size_t in = 0;
    for (std::size_t i = 0; i < k; ++i)
        in += truth.count(ranked[i]);
    return double(in) / double(k);
}

std::string percentOrDash(double v) {
    return std::isnan(v) ? "–" : tableNumber(v, "%.2f");
}

} // namespace

std::string embeddingKind(const std::string& e) {
    if (e == "robust" || e == "model")
        return e;
    if (!e.empty() && std::filesystem::is_regular_file(e))
        return "file";
    throwBadInput("failure directions: embedding = '" + e +
                  "': expected robust, model or the path of an existing TorchScript encoder");
}

MethodInfo DirectionsMethod::info() const {
    MethodInfo i;
    i.id = "directions";
    i.title = "Failure directions";
    i.paper = "Jain, Lawrence, Moitra, Madry: Distilling model failures as directions in latent "
              "space (ICLR 2023)";
    i.summary = "Per class, a linear SVM in an embedding space that separates the model's errors "
                "from its successes; its direction ranks and captions the hard examples";
    i.shortcut = "Ctrl+Shift+D";
    i.companionRunKinds = {"directions-interventions"};
    i.benchmarkVariants = {{"directions", "Failure directions", {{"robustness-examples", "0"}}}};
    return i;
}

MethodResult DirectionsMethod::run(const MethodInput& in, const Progress& progress,
                                   const CancelToken& cancel) const {
    const auto t0 = std::chrono::steady_clock::now();
    const auto& p = in.parameters;
    const std::string kind = embeddingKind(p.text("embedding"));
    // The text encoder and vocabulary are checked before the long embedding pass.
    const auto text = prepareTextCaptions(p, kind, *in.dataset);
    // The ranked split: the held-out one the benchmark names, else the test split.
    MethodInput fitIn = in;
    if (!fitIn.heldOut && in.split != data::Split::Test)
        fitIn.heldOut = data::Split::Test;
    if (fitIn.heldOut == in.split)
        fitIn.heldOut.reset();
    const auto so =
        splitOutputs(fitIn, "failure directions", kind == "model", progress.sub(0.0, 0.15), cancel);
    const auto& d = *in.dataset;
    MethodResult r = splitResult(in, "directions", "Failure directions", so);
    const Eigen::Index nv = so.splitRows, nAll = Eigen::Index(so.positions.size());
    const int numClasses = d.numClasses();
    const auto trainPos = nn::splitIndices(d, data::Split::Train);
    if (trainPos.empty())
        throwBadInput("failure directions whiten with the training split's statistics, and " +
                      d.name + " has no training examples");

    progress.report(0.15, "embeddings of " + std::to_string(nAll + Eigen::Index(trainPos.size())) +
                              " examples");
    const auto e = embed(in, kind, so, trainPos, progress.sub(0.15, 0.55), cancel);
    r.stageSeconds["embeddings"] = secondsSince(t0);
    r.settings["embedding_kind"] = kind;
    r.settings["embedding_file"] = e.source;
    r.settings["embedding_dim"] = std::to_string(e.eval.cols());
    r.settings["ranked_split"] = fitIn.heldOut ? data::splitName(*fitIn.heldOut) : "";
    cancel.throwIfCancelled();

    // Directions on the fitted split.
    progress.report(0.55, "one SVM per class");
    const auto t1 = std::chrono::steady_clock::now();
    const auto whitening = directions::fitWhitening(e.train);
    const MatrixRM z = directions::whitenAndNormalise(e.eval, whitening);
    directions::DirectionOptions options;
    options.grid = directions::logGrid(p.toDouble("c-min-exponent"), p.toDouble("c-max-exponent"),
                                       p.toInt("c-steps"));
    options.folds = p.toInt("folds");
    options.svm.balanced = p.toBool("balanced");
    options.svm.tolerance = p.toDouble("tolerance");
    const MatrixRM zv = z.topRows(nv);
    const auto classes =
        directions::fitDirections(zv, r.labels, r.predictions, numClasses, options);
    r.stageSeconds["svm"] = secondsSince(t1);
    cancel.throwIfCancelled();

    // Decision values: refit on every row; out-of-fold on the fitted split's rows.
    std::vector<int> labels(std::size_t(nAll), 0);
    for (Eigen::Index i = 0; i < nAll; ++i)
        labels[std::size_t(i)] = d.labels[std::size_t(so.positions[std::size_t(i)])];
    std::vector<double> h(std::size_t(nAll), kNaN), oof(std::size_t(nv), kNaN);
    for (Eigen::Index i = 0; i < nAll; ++i)
        if (const auto& c = classes[std::size_t(labels[std::size_t(i)])]; c.fitted)
            h[std::size_t(i)] = c.svm.decision(z.row(i).data());
    for (const auto& c : classes)
        for (std::size_t k = 0; k < c.outOfFold.size(); ++k)
            oof[std::size_t(c.rows[k])] = c.outOfFold[k];
    std::vector<double> trainH(trainPos.size(), kNaN);
    {
        const MatrixRM zt = directions::whitenAndNormalise(e.train, whitening);
        for (std::size_t i = 0; i < trainPos.size(); ++i)
            if (const auto& c = classes[std::size_t(d.labels[std::size_t(trainPos[i])])]; c.fitted)
                trainH[i] = c.svm.decision(zt.row(Eigen::Index(i)).data());
    }
    // Per class: its rows of the fitted and the ranked split.
    std::vector<std::vector<std::int64_t>> fitRows(static_cast<std::size_t>(numClasses)),
        rankRows(static_cast<std::size_t>(numClasses));
    for (Eigen::Index i = 0; i < nAll; ++i)
        (i < nv ? fitRows : rankRows)[std::size_t(labels[std::size_t(i)])].push_back(i);
    // The model's probability of the true label: the paper's confidence baseline.
    std::vector<double> trueProb(static_cast<std::size_t>(nAll));
    for (Eigen::Index i = 0; i < nAll; ++i)
        trueProb[std::size_t(i)] = so.outputs.probabilities(i, labels[std::size_t(i)]);

    // Captions from concepts measured on the fitted split.
    progress.report(0.7, "concept captions");
    const auto t2 = std::chrono::steady_clock::now();
    const std::vector<std::int64_t> fitPos(so.positions.begin(), so.positions.begin() + nv);
    auto concepts = conceptCaptions(d, fitPos, e.eval.topRows(nv), whitening, classes, p, cancel);
    const auto& captions = concepts.captions;
    auto& captionIds = concepts.ids;
    ClassCaptions textCaptions(static_cast<std::size_t>(numClasses));
    if (text) {
        progress.report(0.8, "text captions");
        std::size_t embedded = 0;
        textCaptions = methods::textCaptions(*text, classes, whitening, d.classNames, embedded);
        r.settings["text_encoder_file"] = text->encoder.path();
        r.settings["text_captions_scored"] = std::to_string(embedded);
    }
    r.stageSeconds["captions"] = secondsSince(t2);
    cancel.throwIfCancelled();

    // Slices: the strongest classes' predicted-error sets, out-of-fold on the fitted split.
    progress.report(0.85, "slices and tables");
    std::vector<const ClassDirection*> strongest;
    for (const auto& c : classes)
        if (c.fitted)
            strongest.push_back(&c);
    std::stable_sort(strongest.begin(), strongest.end(), [](const auto* a, const auto* b) {
        return a->choice.score > b->choice.score;
    });
    const auto nCaptions = std::size_t(p.toInt("captions"));
    const auto captionText = [&](int cls, bool hard) {
        const auto& cs = captions[std::size_t(cls)];
        if (cs.empty())
            return std::string();
        const auto& c = hard ? cs.front() : cs.back();
        if ((hard && c.score >= 0) || (!hard && c.score <= 0))
            return std::string();
        return c.caption + " (" + tableNumber(c.score, "%+.3f") + ")";
    };
    std::vector<double> oofAll(std::size_t(nAll), kNaN);
    std::copy(oof.begin(), oof.end(), oofAll.begin());
    for (std::size_t i = 0; i < std::min<std::size_t>(strongest.size(), p.toInt("slices")); ++i) {
        const auto& c = *strongest[i];
        const auto ranked = ascending(fitRows[std::size_t(c.cls)], oofAll);
        const auto rows = hardRows(ranked, oofAll, c.errors);
        std::vector<double> scores;
        for (auto row : rows)
            scores.push_back(oofAll[std::size_t(row)]);
        RankedSlice s = sliceOfRows(d, so, rows, scores);
        const std::string cls = classNameOf(d.classNames, c.cls);
        s.name = "hard " + cls;
        const auto hardCaption = captionText(c.cls, true);
        s.rule = cls + ": h(x) < 0 along the failure direction (strength " +
                 tableNumber(c.choice.score) + (hardCaption.empty() ? "" : "; " + hardCaption) +
                 ")";
        s.extra = {{"class", c.cls},
                   {"strength", c.choice.score},
                   {"c", c.choice.c},
                   {"c_at_edge", c.choice.atEdge},
                   {"scores", "out-of-fold decision values"}};
        const auto held = ascending(rankRows[std::size_t(c.cls)], h);
        s.heldOutIds = heldOutIdsOf(d, so, hardRows(held, h, c.errors));
        r.slices.push_back(std::move(s));
    }

    // Tables, the summary and the planted checks.
    const auto k = std::size_t(p.toInt("hardest"));
    const bool ranked = nAll > nv;
    ResultTable perClass{"classes",
                         "Failure directions per class",
                         {"Class", "Size", "Errors", "Strength (CV balanced accuracy)", "C",
                          "C at grid edge", "Predicted errors (h < 0)",
                          "Accuracy of the " + std::to_string(k) + " hardest",
                          "Accuracy of the " + std::to_string(k) + " easiest", "Top hard caption",
                          "Top easy caption", "Skipped"},
                         {}};
    ResultTable captionTable{"captions",
                             "Hard and easy captions per class",
                             {"Class", "Side", "Caption", "Score wᵀd", "Examples"},
                             {}};
    ResultTable textTable{"text_captions",
                          "Hard and easy text captions per class (scored from \"" +
                              p.text("reference-template") + "\")",
                          {"Class", "Side", "Caption", "Score wᵀd"},
                          {}};
    ResultTable cvTable{"cv_scores", "CV balanced accuracy per C", {"Class"}, {}};
    for (double c : options.grid)
        cvTable.columns.push_back("C = " + tableNumber(c, "%g"));
    Chart strength{"strength",
                   "Failure strength per class (CV balanced accuracy; 0.5 = chance)",
                   "bar",
                   "class",
                   "balanced accuracy",
                   {},
                   {{"strength", {}}, {"chance", {}}}};
    nlohmann::json classesJson = nlohmann::json::array();
    const auto rankedSplitRows = [&](int cls) {
        return ranked ? rankRows[std::size_t(cls)] : fitRows[std::size_t(cls)];
    };
    const auto& rankScore = ranked ? h : oofAll;
    for (const auto& c : classes) {
        const std::string cls = classNameOf(d.classNames, c.cls);
        strength.categories.push_back(cls);
        strength.series[0].values.push_back(c.fitted ? c.choice.score : 0.0);
        strength.series[1].values.push_back(0.5);
        nlohmann::json cj = {{"class", cls},
                             {"class_index", c.cls},
                             {"size", c.size},
                             {"errors", c.errors},
                             {"fitted", c.fitted}};
        if (!c.fitted) {
            cj["skipped"] = c.skipped;
            perClass.rows.push_back({cls, std::to_string(c.size), std::to_string(c.errors), "", "",
                                     "", "", "", "", "", "", c.skipped});
            classesJson.push_back(cj);
            continue;
        }
        const auto rows = ascending(rankedSplitRows(c.cls), rankScore);
        std::int64_t negative = 0;
        for (auto row : rows)
            negative += rankScore[std::size_t(row)] < 0;
        const auto accuracyOf = [&](auto begin, auto end) {
            std::int64_t n = 0, right = 0;
            for (auto it = begin; it != end; ++it, ++n)
                right += so.correct[std::size_t(*it)];
            return n ? double(right) / double(n) : kNaN;
        };
        const std::size_t kk = std::min(k, rows.size());
        const double hardAcc = accuracyOf(rows.begin(), rows.begin() + std::ptrdiff_t(kk));
        const double easyAcc = accuracyOf(rows.end() - std::ptrdiff_t(kk), rows.end());
        std::vector<std::int64_t> hardest;
        for (std::size_t i = 0; i < kk; ++i)
            hardest.push_back(d.ids[std::size_t(so.positions[std::size_t(rows[i])])]);
        const auto& cs = captions[std::size_t(c.cls)];
        nlohmann::json hardJ = nlohmann::json::array(), easyJ = nlohmann::json::array();
        for (std::size_t i = 0; i < std::min(nCaptions, cs.size()); ++i) {
            const auto& a = cs[i];
            if (a.score < 0) {
                hardJ.push_back({{"caption", a.caption},
                                 {"score", a.score},
                                 {"size", a.size},
                                 {"ids", captionIds[std::size_t(c.cls)][a.caption]}});
                captionTable.rows.push_back({cls, "hard", a.caption, tableNumber(a.score, "%+.3f"),
                                             std::to_string(a.size)});
            }
        }
        for (std::size_t i = 0; i < std::min(nCaptions, cs.size()); ++i) {
            const auto& a = cs[cs.size() - 1 - i];
            if (a.score > 0) {
                easyJ.push_back({{"caption", a.caption},
                                 {"score", a.score},
                                 {"size", a.size},
                                 {"ids", captionIds[std::size_t(c.cls)][a.caption]}});
                captionTable.rows.push_back({cls, "easy", a.caption, tableNumber(a.score, "%+.3f"),
                                             std::to_string(a.size)});
            }
        }
        // The hard and easy ends of the text captions (the paper's), when a text encoder ran.
        const auto& ts = textCaptions[std::size_t(c.cls)];
        nlohmann::json hardT = nlohmann::json::array(), easyT = nlohmann::json::array();
        for (std::size_t i = 0; i < std::min(nCaptions, ts.size()); ++i)
            if (ts[i].score < 0) {
                hardT.push_back({{"caption", ts[i].caption}, {"score", ts[i].score}});
                textTable.rows.push_back(
                    {cls, "hard", ts[i].caption, tableNumber(ts[i].score, "%+.3f")});
            }
        for (std::size_t i = 0; i < std::min(nCaptions, ts.size()); ++i)
            if (const auto& a = ts[ts.size() - 1 - i]; a.score > 0) {
                easyT.push_back({{"caption", a.caption}, {"score", a.score}});
                textTable.rows.push_back({cls, "easy", a.caption, tableNumber(a.score, "%+.3f")});
            }
        if (text) {
            cj["hard_text_captions"] = hardT;
            cj["easy_text_captions"] = easyT;
            cj["text_captions_scored"] = ts.size();
        }
        perClass.rows.push_back({cls, std::to_string(c.size), std::to_string(c.errors),
                                 tableNumber(c.choice.score), tableNumber(c.choice.c, "%g"),
                                 c.choice.atEdge ? "yes" : "no", std::to_string(negative),
                                 percentOrDash(hardAcc), percentOrDash(easyAcc),
                                 captionText(c.cls, true), captionText(c.cls, false), ""});
        std::vector<std::string> cvRow{cls};
        for (double s : c.choice.scores)
            cvRow.push_back(tableNumber(s));
        cvTable.rows.push_back(cvRow);
        cj.update(
            {{"strength", c.choice.score},
             {"c", c.choice.c},
             {"c_at_edge", c.choice.atEdge},
             {"cv_scores", c.choice.scores},
             {"support_vectors", c.svm.supportVectors},
             {"bias", c.svm.b},
             {"predicted_errors", negative},
             {"hardest_accuracy", std::isnan(hardAcc) ? nlohmann::json() : nlohmann::json(hardAcc)},
             {"easiest_accuracy", std::isnan(easyAcc) ? nlohmann::json() : nlohmann::json(easyAcc)},
             {"hardest_ids", hardest},
             {"hard_captions", hardJ},
             {"easy_captions", easyJ}});
        classesJson.push_back(cj);
    }
    r.tables = {perClass, captionTable};
    if (text)
        r.tables.push_back(textTable);
    r.tables.push_back(cvTable);
    r.charts.push_back(std::move(strength));

    // Hard and easy ends of the strongest classes on the ranked split, for the report and views.
    for (std::size_t i = 0; i < std::min<std::size_t>(strongest.size(), p.toInt("slices")); ++i) {
        const int cls = strongest[i]->cls;
        const auto rows = ascending(rankedSplitRows(cls), rankScore);
        const std::size_t n = std::min<std::size_t>(8, rows.size());
        std::vector<std::int64_t> hardIds, easyIds;
        std::vector<std::string> hardCap, easyCap;
        for (std::size_t j = 0; j < n; ++j) {
            const auto a = rows[j], b = rows[rows.size() - 1 - j];
            hardIds.push_back(d.ids[std::size_t(so.positions[std::size_t(a)])]);
            hardCap.push_back("h " + tableNumber(rankScore[std::size_t(a)], "%+.2f"));
            easyIds.push_back(d.ids[std::size_t(so.positions[std::size_t(b)])]);
            easyCap.push_back("h " + tableNumber(rankScore[std::size_t(b)], "%+.2f"));
        }
        const std::string name = classNameOf(d.classNames, cls);
        r.imageSets.push_back(
            {"hard_" + std::to_string(cls), name + ": the hardest", hardIds, "", hardCap});
        r.imageSets.push_back(
            {"easy_" + std::to_string(cls), name + ": the easiest", easyIds, "", easyCap});
    }

    nlohmann::json planted;
    if (d.planted && ranked) {
        // Per class on the ranked split: the share of the top-K hardest in the planted group,
        // against ranking by the model's probability of the true label.
        std::set<std::int64_t> truthIds(d.planted->sliceMemberIds.begin(),
                                        d.planted->sliceMemberIds.end());
        std::set<std::int64_t> truthRows;
        for (Eigen::Index i = nv; i < nAll; ++i)
            if (truthIds.count(d.ids[std::size_t(so.positions[std::size_t(i)])]))
                truthRows.insert(i);
        ResultTable pt{"planted",
                       "Top-K hardest in the planted group, against the model's confidence",
                       {"Class", "Group share", "K", "Directions", "Confidence"},
                       {}};
        planted = nlohmann::json::array();
        for (const auto& c : classes) {
            if (!c.fitted)
                continue;
            const auto& rows = rankRows[std::size_t(c.cls)];
            std::size_t inGroup = 0;
            for (auto row : rows)
                inGroup += truthRows.count(row);
            if (inGroup == 0 || rows.empty())
                continue;
            const auto byH = ascending(rows, h);
            const auto byConf = ascending(rows, trueProb);
            const double share = double(inGroup) / double(rows.size());
            nlohmann::json pj = {{"class", classNameOf(d.classNames, c.cls)},
                                 {"class_index", c.cls},
                                 {"group_share", share},
                                 {"examples", rows.size()}};
            for (std::size_t kk : {10u, 50u, 100u}) {
                const double a = topKShare(byH, truthRows, kk),
                             b = topKShare(byConf, truthRows, kk);
                pj["directions_top" + std::to_string(kk)] =
                    std::isnan(a) ? nlohmann::json() : nlohmann::json(a);
                pj["confidence_top" + std::to_string(kk)] =
                    std::isnan(b) ? nlohmann::json() : nlohmann::json(b);
                pt.rows.push_back({classNameOf(d.classNames, c.cls), tableNumber(share, "%.2f"),
                                   std::to_string(kk), percentOrDash(a), percentOrDash(b)});
            }
            planted.push_back(pj);
        }
        r.tables.push_back(std::move(pt));
    }

    // Arrays: decision values on every split, the directions and the whitening.
    std::vector<double> hv(h.begin(), h.begin() + nv);
    r.arrays["decision"] = store::makeArray(hv);
    r.arrays["decision_oof"] = store::makeArray(oof);
    if (ranked) {
        std::vector<std::int64_t> ids;
        std::vector<double> hh(h.begin() + nv, h.end());
        std::vector<int> lab, pred;
        for (Eigen::Index i = nv; i < nAll; ++i) {
            ids.push_back(d.ids[std::size_t(so.positions[std::size_t(i)])]);
            lab.push_back(labels[std::size_t(i)]);
            pred.push_back(so.outputs.predictions[std::size_t(i)]);
        }
        r.arrays["ranked_ids"] = store::makeArray(ids);
        r.arrays["ranked_decision"] = store::makeArray(hh);
        r.arrays["ranked_labels"] = store::makeIntArray(lab);
        r.arrays["ranked_predictions"] = store::makeIntArray(pred);
    }
    {
        std::vector<std::int64_t> ids;
        for (auto pos : trainPos)
            ids.push_back(d.ids[std::size_t(pos)]);
        r.arrays["train_ids"] = store::makeArray(ids);
        r.arrays["train_decision"] = store::makeArray(trainH);
    }
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(numClasses, e.eval.cols());
    std::vector<double> b(std::size_t(numClasses), kNaN);
    for (const auto& c : classes)
        if (c.fitted) {
            w.row(c.cls) = c.svm.w.transpose();
            b[std::size_t(c.cls)] = c.svm.b;
        }
    r.arrays["directions_w"] = store::makeMatrixArray(w);
    r.arrays["directions_b"] = store::makeArray(b);
    r.arrays["whitening_mean"] = store::makeArray(
        std::vector<double>(whitening.mean.data(), whitening.mean.data() + whitening.mean.size()));
    r.arrays["whitening_sd"] = store::makeArray(
        std::vector<double>(whitening.sd.data(), whitening.sd.data() + whitening.sd.size()));

    r.summary = {{"embedding", p.text("embedding")}, {"embedding_kind", kind},
                 {"fitted_split", r.split},          {"ranked_split", r.settings["ranked_split"]},
                 {"c_grid", options.grid},           {"classes", classesJson}};
    if (!planted.is_null())
        r.summary["planted"] = planted;
    r.seconds = secondsSince(t0);
    progress.report(1.0, "failure directions done");
    return r;
}

} // namespace fl::methods
