#include "core/report/report_builder.h"
#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/metrics/classification_metrics.h"
#include "core/metrics/slice_stats.h"
#include "core/report/report_format.h"
#include "core/report/report_sections.h"
#include "core/store/annotation_repo.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <unordered_map>

namespace fl::report {

namespace {

constexpr int kSplits = 3; // data::Split values 0..2

std::optional<store::RunRecord> chooseEvaluation(store::RunRepo& runs,
                                                 const ReportOptions& options) {
    if (options.evaluationRunId) {
        auto r = runs.get(*options.evaluationRunId);
        if (!r || r->kind != "evaluation")
            throwBadInput("run " + std::to_string(*options.evaluationRunId) +
                          " is not an evaluation run of this project");
        return r;
    }
    std::optional<store::RunRecord> best;
    for (auto& r : runs.list("evaluation"))
        if (r.status == store::RunStatus::Done && (!best || r.id > best->id))
            best = r;
    return best;
}

RunProvenance provenanceOf(const store::RunRecord& r, store::DatasetRepo& datasets,
                           store::ModelRepo& models) {
    RunProvenance p;
    p.id = r.id;
    p.kind = r.kind;
    p.status = store::runStatusName(r.status);
    p.seed = r.seed;
    p.settingsJson = r.settingsJson;
    p.softwareVersion = r.softwareVersion;
    p.created = r.created;
    p.started = r.started;
    p.ended = r.ended;
    p.error = r.error;
    if (r.datasetId)
        if (auto d = datasets.get(*r.datasetId)) {
            p.datasetName = d->name;
            p.datasetSource = d->source;
        }
    if (r.modelId)
        if (auto m = models.get(*r.modelId)) {
            p.modelName = m->name;
            p.modelPath = m->path;
        }
    return p;
}

// The numbers of one slice against the evaluation rows (indexed by example id).
SliceSummary summarise(const store::SliceRecord& s, const std::vector<store::SliceMember>& members,
                       const std::vector<store::EvaluationRow>& rows,
                       const std::unordered_map<std::int64_t, std::size_t>& byId,
                       const std::array<std::int64_t, kSplits>& errorsPerSplit, int numClasses,
                       int examples) {
    SliceSummary out;
    out.id = s.id;
    out.name = s.name;
    out.origin = s.origin;
    out.runId = s.runId;
    out.size = std::int64_t(members.size());
    out.labelCounts.assign(numClasses, 0);
    out.predictionCounts.assign(numClasses, 0);
    std::array<bool, kSplits> touched{};
    std::vector<int> labels, predictions; // of the members with an evaluation row
    for (const auto& m : members) {       // by rank
        const auto it = byId.find(m.exampleId);
        const store::EvaluationRow* r0 = it == byId.end() ? nullptr : &rows[it->second];
        if (int(out.exampleIds.size()) < examples) {
            out.exampleIds.push_back(m.exampleId);
            out.exampleLabels.push_back(r0 ? r0->label : -1);
            out.examplePredictions.push_back(r0 ? r0->prediction : -1);
        }
        if (!r0)
            continue;
        const store::EvaluationRow& r = *r0;
        labels.push_back(r.label);
        predictions.push_back(r.prediction);
        ++out.labelCounts[r.label];
        ++out.predictionCounts[r.prediction];
        if (r.split >= 0 && r.split < kSplits)
            touched[r.split] = true;
    }
    std::int64_t errorsAround = 0;
    for (int k = 0; k < kSplits; ++k)
        if (touched[k])
            errorsAround += errorsPerSplit[k];
    const auto st = metrics::sliceStats(labels, predictions);
    out.evaluated = st.size;
    out.errors = st.errors;
    out.errorRate = st.errorRate;
    out.accuracy = st.accuracy;
    out.errorRateLow = st.errorLow;
    out.errorRateHigh = st.errorHigh;
    out.errorCoverage = errorsAround ? double(out.errors) / double(errorsAround) : 0.0;
    return out;
}

} // namespace

Report buildProjectReport(store::Project& project, const ReportOptions& options,
                          const Progress& progress, const CancelToken& cancel) {
    store::RunRepo runs(project);
    store::DatasetRepo datasets(project);
    store::ModelRepo models(project);
    store::SliceRepo slices(project);
    store::AnnotationRepo annotations(project);

    Report rep;
    rep.projectPath = project.path();
    rep.softwareVersion = FAULTLINE_VERSION; // the build's version (a global definition)
    rep.generated = options.generated ? options.generated : nowMs();
    rep.title =
        options.title.empty()
            ? "Faultline report — " + std::filesystem::path(project.path()).filename().string()
            : options.title;
    progress.report(0.0, "reading runs");

    const auto eval = chooseEvaluation(runs, options);
    std::optional<store::DatasetRecord> dataset;
    if (eval && eval->datasetId)
        dataset = datasets.get(*eval->datasetId);
    if (!dataset) {
        const auto all = datasets.list();
        if (!all.empty())
            dataset = all.back();
    }
    if (dataset) {
        rep.datasetName = dataset->name;
        rep.datasetSource = dataset->source;
        rep.classNames = dataset->classes;
    }
    if (eval && eval->modelId)
        if (const auto m = models.get(*eval->modelId)) {
            rep.modelName = m->name;
            rep.modelPath = m->path;
        }

    std::vector<store::EvaluationRow> rows;
    if (eval) {
        rep.evaluationRunId = eval->id;
        progress.report(0.05, "reading evaluation rows");
        rows = store::EvaluationRepo(project).load(eval->id);
    }
    cancel.throwIfCancelled();

    // Classes the rows use beyond the dataset record's names get a generic name, so a project
    // with a stale record still reports instead of failing.
    int numClasses = int(rep.classNames.size());
    for (const auto& r : rows) {
        if (r.label < 0 || r.prediction < 0)
            throwBadInput("evaluation run " + std::to_string(eval->id) +
                          " has a negative label or prediction for example " +
                          std::to_string(r.exampleId));
        numClasses = std::max({numClasses, r.label + 1, r.prediction + 1});
    }
    for (int k = int(rep.classNames.size()); k < numClasses; ++k)
        rep.classNames.push_back("class " + std::to_string(k));

    std::array<std::vector<int>, kSplits> labels, predictions;
    std::array<std::int64_t, kSplits> errorsPerSplit{};
    std::unordered_map<std::int64_t, std::size_t> byId;
    byId.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        byId.emplace(r.exampleId, i);
        const int s = std::clamp(r.split, 0, kSplits - 1);
        labels[s].push_back(r.label);
        predictions[s].push_back(r.prediction);
        errorsPerSplit[s] += r.label != r.prediction;
    }
    std::array<metrics::ClassificationMetrics, kSplits> perSplit;
    int overview = -1;
    for (int s = 0; s < kSplits; ++s) {
        if (labels[s].empty())
            continue;
        perSplit[s] = metrics::classificationMetrics(labels[s], predictions[s], numClasses);
        const std::string name = data::splitName(static_cast<data::Split>(s));
        rep.splits.push_back({name, perSplit[s].n, errorsPerSplit[s], perSplit[s].accuracy});
        if (name == options.split)
            overview = s;
    }
    if (overview < 0 && !rep.splits.empty())
        for (int s = 0; s < kSplits; ++s)
            if (overview < 0 || labels[s].size() > labels[overview].size())
                overview = s;
    if (overview >= 0) {
        rep.overviewSplit = data::splitName(static_cast<data::Split>(overview));
        rep.perClassAccuracy = perSplit[overview].perClassAccuracy;
        rep.confusion = perSplit[overview].confusion;
    }
    progress.report(0.3, "summarising slices");

    std::vector<store::SliceRecord> chosen;
    if (options.sliceIds) {
        for (const auto id : *options.sliceIds) {
            auto s = slices.get(id);
            if (!s)
                throwBadInput("slice " + std::to_string(id) + " does not exist in the project");
            chosen.push_back(*s);
        }
    } else {
        chosen = slices.list();
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        cancel.throwIfCancelled();
        const auto& s = chosen[i];
        SliceSummary sum = summarise(s, slices.members(s.id), rows, byId, errorsPerSplit,
                                     numClasses, std::max(0, options.examplesPerSlice));
        for (const auto& a : annotations.list(store::TargetKind::Slice, s.id))
            sum.notes.push_back(std::string(store::annotationKindName(a.kind)) + ": " + a.value +
                                (a.author.empty() ? "" : " (" + a.author + ")"));
        rep.slices.push_back(std::move(sum));
        progress.report(0.3 + 0.6 * double(i + 1) / double(chosen.size()), "summarising slices");
    }

    for (const auto& r : runs.list())
        rep.runs.push_back(provenanceOf(r, datasets, models));

    addStandardSections(rep);
    progress.report(1.0, "report assembled");
    return rep;
}

} // namespace fl::report
