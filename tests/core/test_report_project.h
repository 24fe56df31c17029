// A small hand-made project for the report tests (core and PDF): 60 examples of 3 classes, an
// evaluation run with known errors, an InfEmbed run, two slices and a note. Store API only.
#pragma once
#include "core/store/annotation_repo.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include <set>
#include <string>

namespace fl::test {

struct ReportProject {
    std::int64_t evaluationRun = 0;
    std::int64_t infembedRun = 0;
    std::int64_t easySlice = 0;  // ids 40..49, all correct: 0/10 errors
    std::int64_t mixedSlice = 0; // ids 20..29, 5 errors: 5/10
    std::vector<store::EvaluationRow> rows;
};

// Example id i: label i % 3; ids 0..19 train, 20..59 test. Wrong predictions: train 0; test
// 20..24 and 50..52 (8 test errors).
inline ReportProject makeReportProject(const std::string& path, const std::string& datasetSource) {
    ReportProject out;
    store::Project p = store::Project::create(path);
    store::DatasetRecord d;
    d.name = "shapes";
    d.source = datasetSource;
    d.n = 60;
    d.classes = {"circle", "cross", "stripes"};
    const auto datasetId = store::DatasetRepo(p).add(d);
    store::ModelRecord m;
    m.name = "tiny-cnn";
    m.path = "/models/tiny.flmodel";
    m.arch = "small-cnn";
    m.metadataJson = R"({"seed": 7})";
    const auto modelId = store::ModelRepo(p).add(m);

    store::RunRepo runs(p);
    store::RunRecord ev;
    ev.kind = "evaluation";
    ev.settingsJson = R"({"batch_size": 256, "device": "cpu"})";
    ev.seed = 11;
    ev.datasetId = datasetId;
    ev.modelId = modelId;
    out.evaluationRun = runs.add(ev);
    runs.markRunning(out.evaluationRun);

    const std::set<std::int64_t> wrong{0, 20, 21, 22, 23, 24, 50, 51, 52};
    for (std::int64_t i = 0; i < 60; ++i) {
        store::EvaluationRow r;
        r.exampleId = i;
        r.split = i < 20 ? 0 : 2;
        r.label = int(i % 3);
        r.prediction = wrong.count(i) ? (r.label + 1) % 3 : r.label;
        r.probabilities = {0.2f, 0.3f, 0.5f};
        r.loss = wrong.count(i) ? 2.0 : 0.1;
        out.rows.push_back(r);
    }
    store::EvaluationRepo(p).insert(out.evaluationRun, out.rows);
    runs.finish(out.evaluationRun, store::RunStatus::Done);

    store::RunRecord inf;
    inf.kind = "infembed";
    inf.settingsJson = R"({"clusters": 4, "arnoldi_dim": 50})";
    inf.seed = 42;
    inf.datasetId = datasetId;
    inf.modelId = modelId;
    out.infembedRun = runs.add(inf);
    runs.markRunning(out.infembedRun);
    runs.finish(out.infembedRun, store::RunStatus::Done);

    store::SliceRepo slices(p);
    std::vector<store::SliceMember> easy, mixed;
    for (int k = 0; k < 10; ++k) {
        easy.push_back({40 + k, k, 1.0 - 0.1 * k});
        mixed.push_back({20 + k, k, 0.5});
    }
    out.easySlice = slices.add({0, std::nullopt, "Easy examples", "user", 0, "{}"}, easy);
    out.mixedSlice =
        slices.add({0, out.infembedRun, "Cross confusions", "infembed", 0, "{}"}, mixed);
    store::AnnotationRecord note;
    note.targetKind = store::TargetKind::Slice;
    note.targetId = out.mixedSlice;
    note.author = "ana";
    note.kind = store::AnnotationKind::Note;
    note.value = "thin strokes look like crosses";
    store::AnnotationRepo(p).add(note);
    p.close();
    return out;
}

// 120 classes, 1,200 test rows (every fourth wrong) and one slice of 200 members spanning 40
// classes: for layouts that must stay readable when classes are many.
inline std::int64_t makeManyClassProject(const std::string& path) {
    store::Project p = store::Project::create(path);
    store::DatasetRecord d;
    d.name = "many";
    d.source = "/nowhere/many";
    d.n = 1200;
    for (int k = 0; k < 120; ++k)
        d.classes.push_back("class number " + std::to_string(k));
    store::RunRecord ev;
    ev.kind = "evaluation";
    ev.datasetId = store::DatasetRepo(p).add(d);
    store::RunRepo runs(p);
    const auto run = runs.add(ev);
    std::vector<store::EvaluationRow> rows;
    for (std::int64_t i = 0; i < 1200; ++i)
        rows.push_back({i, 2, int(i % 120), int(i % 4 == 0 ? (i + 1) % 120 : i % 120), {}, 0.0});
    store::EvaluationRepo(p).insert(run, rows);
    runs.finish(run, store::RunStatus::Done);
    std::vector<store::SliceMember> members;
    for (int k = 0; k < 200; ++k)
        members.push_back({std::int64_t(k % 40 + 120 * (k / 40)), k, 0.0});
    const auto slice = store::SliceRepo(p).add({0, run, "Wide slice", "user", 0, "{}"}, members);
    p.close();
    return slice;
}

} // namespace fl::test
