// Tests of the annotation file format (docs/annotation-format.md): what an export holds, an
// export imported into a copy of its project changes nothing, an annotator's copy brings its new
// labels and reports (never overwrites) a differing label, targets of another project are refused
// and a malformed file is a BadInput naming the field, with nothing imported.
#include "core/common/error.h"
#include "core/store/annotation_exchange.h"
#include "core/store/annotation_repo.h"
#include "core/store/dataset_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "error_text.h"
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

using namespace fl::store;
using fl::test::errorOf;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

AnnotationRecord annotation(TargetKind target, std::int64_t id, const std::string& author,
                            AnnotationKind kind, const std::string& value) {
    AnnotationRecord r;
    r.targetKind = target;
    r.targetId = id;
    r.author = author;
    r.kind = kind;
    r.value = value;
    return r;
}

AnnotationRecord sampleLabel(std::int64_t sample, const std::string& author,
                             const std::string& value) {
    return annotation(TargetKind::GeneratedSample, sample, author, AnnotationKind::Label, value);
}

// The owner's project: a dataset with a finished evaluation, a Defuse run with a slice and three
// samples, and annotations of every kind on every target kind.
struct Owner {
    std::int64_t dataset = 0, evaluation = 0, defuse = 0, slice = 0;
    std::int64_t s0 = 0, s1 = 0, s2 = 0;
    std::int64_t removedTag = 0;
};

Owner makeOwner(const std::string& path) {
    Owner o;
    Project p = Project::create(path);
    o.dataset = DatasetRepo(p).add({0, "Fashion-MNIST", "fashion-mnist", 100, {"a", "b"}});
    RunRecord ev;
    ev.kind = "evaluation";
    ev.status = RunStatus::Done;
    ev.datasetId = o.dataset;
    o.evaluation = RunRepo(p).add(ev);
    RunRecord df;
    df.kind = "defuse";
    df.status = RunStatus::Done;
    df.datasetId = o.dataset;
    o.defuse = RunRepo(p).add(df);
    o.slice = SliceRepo(p).add({0, o.defuse, "region 0", "defuse", 0, "{}"}, {{7, 0, 1.0}});
    GeneratedSampleRepo samples(p);
    o.s0 = samples.ensure(o.defuse, 0, 0, 1001);
    o.s1 = samples.ensure(o.defuse, 0, 1, 1002);
    o.s2 = samples.ensure(o.defuse, 1, 0, 0xFFFFFFFFFFFFFFFFull);
    AnnotationRepo notes(p);
    notes.add(annotation(TargetKind::Example, 42, "owner", AnnotationKind::Label, "a"));
    notes.add(annotation(TargetKind::Example, 42, "owner", AnnotationKind::Label, "b")); // relabel
    notes.add(annotation(TargetKind::Example, 42, "owner", AnnotationKind::Tag, "blurry"));
    o.removedTag =
        notes.add(annotation(TargetKind::Example, 43, "owner", AnnotationKind::Tag, "gone"));
    notes.remove(o.removedTag);
    notes.add(annotation(TargetKind::Slice, o.slice, "owner", AnnotationKind::Note, "sandals"));
    notes.add(sampleLabel(o.s0, "owner", "a"));
    notes.add(sampleLabel(o.s1, "owner", kNoneOfTheAbove));
    notes.add(sampleLabel(o.s2, "owner", "b"));
    notes.add(sampleLabel(o.s0, "ana", "a")); // imported from ana earlier
    return o;
}

// Copies a closed project file, as a person copying the .faultline file would.
void copyProject(const std::string& from, const std::string& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

const json* findTarget(const json& doc, const std::string& kind, const std::string& author,
                       const std::string& value) {
    for (const json& a : doc["annotations"])
        if (a["target"]["kind"] == kind && a["author"] == author && a["value"] == value)
            return &a;
    return nullptr;
}

} // namespace

class TestStoreAnnotationExchange : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string file(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    std::string m_source; // the project ownerExport() made

    // The owner's export, for the malformed-input cases to damage.
    json ownerExport(const std::string& name) {
        m_source = file(name);
        makeOwner(m_source);
        Project p = Project::open(m_source);
        return exportAnnotations(p);
    }

    // Importing `doc` into a copy of the project ownerExport() made fails with BadInput
    // containing `words` and changes nothing.
    void expectRefused(const json& doc, const std::string& words) {
        static int n = 0;
        const std::string path = file("refused" + std::to_string(++n) + ".faultline");
        copyProject(m_source, path);
        Project p = Project::open(path);
        const auto before = AnnotationRepo(p).count(true);
        const auto samplesBefore = GeneratedSampleRepo(p).listForRun(2).size();
        try {
            importAnnotations(p, doc);
            QFAIL(("accepted a bad document, expected: " + words).c_str());
        } catch (const fl::Error& e) {
            const std::string msg = e.what();
            qDebug("%s", msg.c_str());
            QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
            QVERIFY2(msg.find(words) != std::string::npos, msg.c_str());
        }
        QCOMPARE(AnnotationRepo(p).count(true), before);
        QCOMPARE(GeneratedSampleRepo(p).listForRun(2).size(), samplesBefore);
    }

private Q_SLOTS:
    void exportHoldsKeptAnnotationsAndCurrentLabels() {
        const std::string path = file("export.faultline");
        const Owner o = makeOwner(path);
        Project p = Project::open(path);
        const json doc = exportAnnotations(p);
        QCOMPARE(doc["format"], json("faultline-annotations"));
        QCOMPARE(doc["version"], json(1));
        QVERIFY(doc["exported"].get<std::string>().size() == 20); // 2026-12-03T19:54:22Z
        QCOMPARE(doc["project"], json("export.faultline"));
        // 9 rows: the superseded example label and the removed tag are not exported.
        QCOMPARE(doc["annotations"].size(), std::size_t(7));
        QVERIFY(!findTarget(doc, "example", "owner", "a"));
        QVERIFY(!findTarget(doc, "example", "owner", "gone"));
        const json* ex = findTarget(doc, "example", "owner", "b");
        QVERIFY(ex);
        QCOMPARE((*ex)["target"]["example"], json(42));
        QCOMPARE((*ex)["target"]["dataset"]["source"], json("fashion-mnist"));
        QCOMPARE((*ex)["target"]["dataset"]["n"], json(100));
        QCOMPARE((*ex)["kind"], json("label"));
        QVERIFY((*ex)["created"].get<std::int64_t>() > 0);
        const json* sl = findTarget(doc, "slice", "owner", "sandals");
        QVERIFY(sl);
        QCOMPARE((*sl)["target"]["origin"], json("defuse"));
        QCOMPARE((*sl)["target"]["name"], json("region 0"));
        QCOMPARE((*sl)["kind"], json("note"));
        const json* g = findTarget(doc, "generated", "owner", "b");
        QVERIFY(g);
        QCOMPARE((*g)["target"]["run"]["id"], json(o.defuse));
        QCOMPARE((*g)["target"]["run"]["kind"], json("defuse"));
        QCOMPARE((*g)["target"]["run"]["created"], json(RunRepo(p).get(o.defuse)->created));
        QCOMPARE((*g)["target"]["region"], json(1));
        QCOMPARE((*g)["target"]["sample"], json(0));
        QCOMPARE((*g)["target"]["seed"], json("18446744073709551615"));

        // Filters: authors, annotation kinds, target kinds, one run.
        AnnotationExportFilter f;
        f.authors = {"ana"};
        QCOMPARE(exportAnnotations(p, f)["annotations"].size(), std::size_t(1));
        f = {};
        f.kinds = {AnnotationKind::Tag, AnnotationKind::Note};
        QCOMPARE(exportAnnotations(p, f)["annotations"].size(), std::size_t(2));
        f = {};
        f.targetKinds = {TargetKind::GeneratedSample};
        QCOMPARE(exportAnnotations(p, f)["annotations"].size(), std::size_t(4));
        f = {};
        f.runId = o.defuse; // its samples and its slice, no examples
        QCOMPARE(exportAnnotations(p, f)["annotations"].size(), std::size_t(5));
        f.runId = o.evaluation;
        QCOMPARE(exportAnnotations(p, f)["annotations"].size(), std::size_t(0));

        // To a file and back through the file reader.
        const std::string out = file("export.json");
        QCOMPARE(exportAnnotationsToFile(p, out), std::size_t(7));
        QVERIFY(!fs::exists(out + ".tmp"));
        const ImportReport r = importAnnotationsFromFile(p, out);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.skipped, 7);
    }

    void importIntoUnchangedCopySkipsEverything() {
        const std::string path = file("same.faultline");
        makeOwner(path);
        copyProject(path, file("same-copy.faultline"));
        json doc;
        {
            Project copy = Project::open(file("same-copy.faultline"));
            doc = exportAnnotations(copy);
        }
        Project p = Project::open(path);
        const auto before = AnnotationRepo(p).count(true);
        const ImportReport r = importAnnotations(p, doc);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.skipped, 7);
        QCOMPARE(r.samplesCreated, 0);
        QVERIFY(r.conflicts.empty());
        QCOMPARE(AnnotationRepo(p).count(true), before);
    }

    void annotatorCopyAddsNewLabelsAndReportsTheConflict() {
        const std::string path = file("owner.faultline");
        const Owner o = makeOwner(path);
        const std::string copyPath = file("ana.faultline");
        copyProject(path, copyPath);
        json doc;
        std::int64_t anaCreated = 0;
        {
            // The annotator labels in her copy: new votes, a new sample, a tag, and she changes
            // her mind on s0 (the owner has her earlier "a").
            Project copy = Project::open(copyPath);
            AnnotationRepo notes(copy);
            const std::int64_t fresh = GeneratedSampleRepo(copy).ensure(o.defuse, 2, 5, 555);
            notes.add(sampleLabel(o.s0, "ana", "b"));
            anaCreated = notes.get(notes.add(sampleLabel(o.s1, "ana", "b")))->created;
            notes.add(sampleLabel(fresh, "ana", kNoneOfTheAbove));
            notes.add(annotation(TargetKind::Example, 42, "ana", AnnotationKind::Tag, "blurry"));
            doc = exportAnnotations(copy);
        }
        // The owner's 7, with ana's "a" on s0 replaced by her "b", and her 3 new ones.
        QCOMPARE(doc["annotations"].size(), std::size_t(10));
        Project p = Project::open(path);
        AnnotationRepo notes(p);
        // Meanwhile the owner goes on labelling in the original.
        notes.add(sampleLabel(o.s2, "owner", "a"));

        const ImportReport r = importAnnotations(p, doc);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.samplesCreated, 1);
        // The owner's s2 "b" was relabelled "a" here: the file's "b" is a conflict too.
        QCOMPARE(r.conflicts.size(), std::size_t(2));
        QCOMPARE(r.skipped, 10 - 3 - 2);
        const ImportConflict* ana = nullptr;
        for (const ImportConflict& c : r.conflicts)
            if (c.author == "ana")
                ana = &c;
        QVERIFY(ana);
        QCOMPARE(ana->targetKind, TargetKind::GeneratedSample);
        QCOMPARE(ana->targetId, o.s0);
        QCOMPARE(ana->target, std::string("sample 0 of region 0 of run 2"));
        QCOMPARE(ana->ours, std::string("a"));
        QCOMPARE(ana->theirs, std::string("b"));
        QCOMPARE(doc["annotations"][ana->index]["value"], json("b"));
        // Ours kept.
        QCOMPARE(notes.currentLabel(TargetKind::GeneratedSample, o.s0, "ana")->value,
                 std::string("a"));
        QCOMPARE(notes.currentLabel(TargetKind::GeneratedSample, o.s2, "owner")->value,
                 std::string("a"));
        // The new labels are there, with the time their author made them.
        const auto s1 = notes.currentLabel(TargetKind::GeneratedSample, o.s1, "ana");
        QVERIFY(s1);
        QCOMPARE(s1->value, std::string("b"));
        QCOMPARE(s1->created, anaCreated);
        const auto fresh = GeneratedSampleRepo(p).find(o.defuse, 2, 5);
        QVERIFY(fresh);
        QCOMPARE(fresh->seed, std::uint64_t(555));
        QCOMPARE(notes.currentLabel(TargetKind::GeneratedSample, fresh->id, "ana")->value,
                 std::string(kNoneOfTheAbove));
        QCOMPARE(notes.list(TargetKind::Example, 42).size(), std::size_t(4)); // + ana's tag
        QCOMPARE(notes.generatedLabels(o.defuse).size(), std::size_t(6));

        // Importing the same file again adds nothing and reports the same conflicts.
        const ImportReport again = importAnnotations(p, doc);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.samplesCreated, 0);
        QCOMPARE(again.conflicts.size(), std::size_t(2));
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }

    void targetsOfAnotherProjectAreRefused() {
        const json doc = ownerExport("source.faultline");
        // A project without the run (or the slice, or the dataset): nothing is imported.
        const std::string other = file("other.faultline");
        {
            Project p = Project::create(other);
            DatasetRepo(p).add({0, "Fashion-MNIST", "fashion-mnist", 100, {"a", "b"}});
        }
        Project p = Project::open(other);
        json generatedOnly = doc;
        generatedOnly["annotations"] = json::array();
        for (const json& a : doc["annotations"])
            if (a["target"]["kind"] == "generated")
                generatedOnly["annotations"].push_back(a);
        std::string msg = errorOf([&] { importAnnotations(p, generatedOnly); });
        QVERIFY2(msg.find("annotations[0].target.run: run 2 (defuse, created ") !=
                         std::string::npos &&
                     msg.find("is not in this project") != std::string::npos,
                 msg.c_str());
        msg = errorOf([&] { importAnnotations(p, doc); }); // the slice comes first
        QVERIFY2(msg.find(".target: slice") != std::string::npos, msg.c_str());
        QCOMPARE(AnnotationRepo(p).count(true), std::int64_t(0));
        QVERIFY(GeneratedSampleRepo(p).listForRun(2).empty());

        json wrongData = doc;
        wrongData["annotations"][0]["target"]["dataset"]["n"] = 60000;
        expectRefused(wrongData, "annotations[0].target.dataset: this project has no dataset "
                                 "\"fashion-mnist\" of 60000 examples");
        // A sample the project drew with another seed.
        json wrongSeed = doc;
        for (json& a : wrongSeed["annotations"])
            if (a["target"]["kind"] == "generated")
                a["target"]["seed"] = "7";
        expectRefused(wrongSeed, ".target.seed: sample 0 of region 0 of run 2 was drawn with "
                                 "seed 1001 in this project, the file says 7");
    }

    void malformedDocumentsNameTheField() {
        const json good = ownerExport("good.faultline");
        // Index of the first generated-sample annotation, to damage its target.
        std::size_t g = 0;
        while (good["annotations"][g]["target"]["kind"] != "generated")
            ++g;
        const std::string gp = "annotations[" + std::to_string(g) + "]";
        auto damaged = [&](const std::function<void(json&)>& f) {
            json d = good;
            f(d);
            return d;
        };
        expectRefused(json::array(), "(document): expected a JSON object");
        expectRefused(damaged([](json& d) { d["format"] = "csv"; }),
                      "format: expected \"faultline-annotations\", got \"csv\"");
        expectRefused(damaged([](json& d) { d["version"] = 2; }),
                      "version: 2 was written by a newer Faultline");
        expectRefused(damaged([](json& d) { d.erase("version"); }),
                      "version: expected 1 (missing)");
        expectRefused(damaged([](json& d) { d["annotations"] = json::object(); }),
                      "annotations: expected an array");
        expectRefused(damaged([](json& d) { d["annotations"][1]["target"]["kind"] = "exmaple"; }),
                      "annotations[1].target.kind: expected one of example, slice, generated, "
                      "got \"exmaple\"");
        expectRefused(damaged([](json& d) { d["annotations"][0].erase("author"); }),
                      "annotations[0].author: expected a non-empty string (missing)");
        expectRefused(damaged([](json& d) { d["annotations"][0]["kind"] = "vote"; }),
                      "annotations[0].kind: expected one of label, tag, note");
        expectRefused(damaged([](json& d) { d["annotations"][0]["created"] = "yesterday"; }),
                      "annotations[0].created: expected a non-negative integer");
        expectRefused(damaged([](json& d) { d["annotations"][0]["target"]["example"] = 1.5; }),
                      "annotations[0].target.example: expected a non-negative integer");
        expectRefused(damaged([&](json& d) { d["annotations"][g]["target"]["seed"] = 1001; }),
                      gp + ".target.seed: expected the seed as a string of decimal digits");
        for (const char* bad : {"", "12x", "-1", "+5", "18446744073709551616"})
            expectRefused(damaged([&](json& d) { d["annotations"][g]["target"]["seed"] = bad; }),
                          gp + ".target.seed: expected the seed as a string of decimal digits");
        expectRefused(damaged([&](json& d) { d["annotations"][g]["target"]["region"] = -1; }),
                      gp + ".target.region: expected a non-negative integer, got -1");
        expectRefused(damaged([&](json& d) { d["annotations"][g]["target"].erase("run"); }),
                      gp + ".target.run: expected an object (missing)");
        expectRefused(damaged([&](json& d) { d["annotations"][g]["target"]["run"]["id"] = "2"; }),
                      gp + ".target.run.id: expected a positive integer, got \"2\"");
        // The last annotation is bad: the valid, new one before it is not imported either,
        // whether the file is malformed or names a run this project does not have.
        auto newcomerFirst = [&](json& d) {
            json extra = d["annotations"][0];
            extra["author"] = "newcomer";
            d["annotations"].insert(d["annotations"].begin(), extra);
        };
        expectRefused(damaged([&](json& d) {
                          newcomerFirst(d);
                          d["annotations"].push_back(json{{"target", {{"kind", "slice"}}}});
                      }),
                      "annotations[8].target.slice: expected a positive integer (missing)");
        expectRefused(damaged([&](json& d) {
                          newcomerFirst(d);
                          json lost = d["annotations"][g + 1];
                          lost["author"] = "newcomer";
                          lost["target"]["run"]["created"] = 1;
                          d["annotations"].push_back(lost);
                      }),
                      "annotations[8].target.run: run 2 (defuse, created 1970-01-01T00:00:00Z) "
                      "is not in this project");

        // A file that is not JSON names the file.
        const std::string path = file("broken.json");
        std::ofstream(path) << "{\"format\": \"faultline-annotations\", ";
        Project p = Project::open(file("good.faultline"));
        const std::string msg = errorOf([&] { importAnnotationsFromFile(p, path); });
        QVERIFY2(msg.find(path + ": not a JSON file") != std::string::npos, msg.c_str());
        std::ofstream(path) << damaged([](json& d) { d["annotations"][1]["kind"] = 3; }).dump();
        const std::string field = errorOf([&] { importAnnotationsFromFile(p, path); });
        QVERIFY2(field.find(path + ": annotations[1].kind: expected one of label, tag, note") !=
                     std::string::npos,
                 field.c_str());
    }
};

QTEST_GUILESS_MAIN(TestStoreAnnotationExchange)
#include "test_store_annotation_exchange.moc"
