// Tests of generated samples as annotation targets: the v7 migration from a schema-v6 file keeps
// every annotation (ids, removed flags, the index), ensure/get/list of samples and their seeds,
// each author's current label with relabel and undo, and what deleting the run takes with it.
#include "core/common/error.h"
#include "core/store/annotation_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "error_text.h"
#include "sqlite_raw.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fl::store;
using fl::test::errorOf;
using fl::test::execRaw;

namespace {

// The schema exactly as Faultline wrote it at v6: the v1 DDL and the steps 2 to 6, copied from
// migrations.cpp (never to change).
const char* kV6Ddl = R"sql(
CREATE TABLE datasets(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, source TEXT NOT NULL, n INTEGER NOT NULL,
    classes TEXT NOT NULL DEFAULT '[]', created INTEGER NOT NULL);
CREATE TABLE models(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, arch TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}', created INTEGER NOT NULL);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, settings TEXT NOT NULL DEFAULT '{}',
    seed INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK(status IN ('queued','running','done','failed','cancelled')),
    created INTEGER NOT NULL, started INTEGER, ended INTEGER, software_version TEXT NOT NULL,
    dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
    model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
    error TEXT NOT NULL DEFAULT '');
CREATE TABLE evaluations(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    example_id INTEGER NOT NULL, split INTEGER NOT NULL CHECK(split IN (0,1,2)),
    label INTEGER NOT NULL, prediction INTEGER NOT NULL, probabilities BLOB, loss REAL,
    UNIQUE(run_id, example_id));
CREATE TABLE slices(
    id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
    name TEXT NOT NULL, origin TEXT NOT NULL, created INTEGER NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}');
CREATE INDEX slices_run ON slices(run_id);
CREATE TABLE slice_members(
    slice_id INTEGER NOT NULL REFERENCES slices(id) ON DELETE CASCADE,
    example_id INTEGER NOT NULL, rank INTEGER NOT NULL, score REAL,
    PRIMARY KEY(slice_id, example_id)) WITHOUT ROWID;
CREATE TABLE annotations(
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK(target_kind IN ('example','slice')),
    target_id INTEGER NOT NULL, author TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('label','tag','note')), value TEXT NOT NULL,
    created INTEGER NOT NULL);
CREATE TABLE artifacts(
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL, shape TEXT NOT NULL, dtype TEXT NOT NULL,
    path TEXT NOT NULL, bytes INTEGER NOT NULL, created INTEGER NOT NULL);
CREATE TABLE run_artifacts(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, role TEXT NOT NULL,
    hash TEXT NOT NULL REFERENCES artifacts(hash), PRIMARY KEY(run_id, role));
CREATE TABLE artifact_keys(
    key TEXT PRIMARY KEY, hash TEXT NOT NULL REFERENCES artifacts(hash),
    created INTEGER NOT NULL);
ALTER TABLE annotations ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX annotations_target ON annotations(target_kind, target_id);
CREATE TABLE run_parts(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    position INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(run_id, kind, position));
CREATE TABLE feature_names(
    extractor TEXT NOT NULL, feature INTEGER NOT NULL, name TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '', updated INTEGER NOT NULL, PRIMARY KEY(extractor, feature));
ALTER TABLE runs ADD COLUMN owner TEXT NOT NULL DEFAULT '';
PRAGMA application_id = 1179407438; PRAGMA user_version = 6;
)sql";

std::int64_t addRun(Project& p, const std::string& kind = "defuse") {
    RunRecord r;
    r.kind = kind;
    r.status = RunStatus::Done;
    return RunRepo(p).add(r);
}

AnnotationRecord label(std::int64_t sample, const std::string& author, const std::string& value) {
    AnnotationRecord r;
    r.targetKind = TargetKind::GeneratedSample;
    r.targetId = sample;
    r.author = author;
    r.kind = AnnotationKind::Label;
    r.value = value;
    return r;
}

// sqlite3_exec's result code for SQL run on the file through another connection.
int rawExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

std::string scalar(Project& p, const std::string& sql) {
    // A tiny read through a second connection, as another process would see the file.
    sqlite3* db = nullptr;
    sqlite3_open_v2(p.path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestStoreGeneratedSamples : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string file(const char* name) const { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void migratesFromV6KeepingAnnotations() {
        const std::string path = file("v6.faultline");
        execRaw(path, std::string(kV6Ddl) + R"sql(
            INSERT INTO runs(id, kind, status, created, software_version)
                VALUES(3, 'defuse', 'done', 100, '0.1.0');
            INSERT INTO annotations VALUES(4, 'example', 42, 'bo', 'tag', 'blurry', 6, 0);
            INSERT INTO annotations VALUES(9, 'slice', 2, 'ana', 'note', 'shoes', 7, 1);
            INSERT INTO annotations VALUES(11, 'example', 42, 'ana', 'label', 'Bag', 8, 0);)sql");
        Project p = Project::open(path);
        QCOMPARE(p.schemaVersion(), Project::latestSchemaVersion());
        QCOMPARE(p.schemaVersion(), 7);
        AnnotationRepo notes(p);
        QCOMPARE(notes.count(true), std::int64_t(3));
        const auto tag = notes.get(4);
        QVERIFY(tag && !tag->deleted);
        QCOMPARE(tag->value, std::string("blurry"));
        QCOMPARE(tag->created, std::int64_t(6));
        const auto removed = notes.get(9);
        QVERIFY(removed && removed->deleted); // the removed flag survives the rebuild
        QCOMPARE(removed->targetKind, TargetKind::Slice);
        QCOMPARE(notes.list(TargetKind::Example, 42).size(), std::size_t(2));
        QCOMPARE(notes.currentLabel(TargetKind::Example, 42, "ana")->id, std::int64_t(11));
        // The v3 index is back, and new ids continue after the old ones.
        QCOMPARE(scalar(p, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                           "'annotations_target' AND tbl_name = 'annotations'"),
                 std::string("1"));
        const std::int64_t g = GeneratedSampleRepo(p).ensure(3, 0, 0, 77);
        const std::int64_t id = notes.add(label(g, "bo", "Bag"));
        QVERIFY(id > 11);
        QCOMPARE(notes.get(id)->targetKind, TargetKind::GeneratedSample);
        // The widened CHECK still refuses an unknown target kind.
        QCOMPARE(rawExec(path, "INSERT INTO annotations(target_kind, target_id, author, kind, "
                               "value, created) VALUES('bogus', 1, 'x', 'tag', 'y', 1)"),
                 SQLITE_CONSTRAINT);
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }

    void ensureGetAndList() {
        Project p = Project::create(file("samples.faultline"));
        const std::int64_t run = addRun(p), other = addRun(p);
        GeneratedSampleRepo samples(p);
        const std::uint64_t big = 0xFFFFFFFFFFFFFFF0ull; // survives the signed SQLite integer
        const std::int64_t a = samples.ensure(run, 1, 0, big);
        const std::int64_t b = samples.ensure(run, 0, 3, 5);
        const std::int64_t c = samples.ensure(run, 0, 1, 6);
        QCOMPARE(samples.ensure(run, 1, 0, big), a); // the same sample: the same id
        QVERIFY(samples.ensure(other, 1, 0, big) != a);
        const auto g = samples.get(a);
        QVERIFY(g);
        QCOMPARE(g->runId, run);
        QCOMPARE(g->region, 1);
        QCOMPARE(g->sampleIndex, 0);
        QCOMPARE(g->seed, big);
        QVERIFY(!samples.get(12345));
        QCOMPARE(samples.find(run, 0, 3)->id, b);
        QVERIFY(!samples.find(run, 0, 4));
        const auto list = samples.listForRun(run); // by region, then index
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(list[0].id, c);
        QCOMPARE(list[1].id, b);
        QCOMPARE(list[2].id, a);

        // Another seed for an existing sample, a missing run, negative indices: BadInput.
        std::string msg = errorOf([&] { samples.ensure(run, 1, 0, 7); });
        QVERIFY2(msg.find("seed 18446744073709551600, not 7") != std::string::npos, msg.c_str());
        msg = errorOf([&] { samples.ensure(999, 0, 0, 1); });
        QVERIFY2(msg.find("no run with id 999") != std::string::npos, msg.c_str());
        QVERIFY(!errorOf([&] { samples.ensure(run, -1, 0, 1); }).empty());
        try {
            samples.ensure(run, 1, 0, 7);
            QFAIL("accepted another seed");
        } catch (const fl::Error& e) {
            QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
        }
        // A label on a sample that does not exist is refused.
        msg = errorOf([&] { AnnotationRepo(p).add(label(4242, "bo", "Bag")); });
        QVERIFY2(msg.find("no generated sample with id 4242") != std::string::npos, msg.c_str());
    }

    void labelsPerAuthorWithRelabelAndUndo() {
        Project p = Project::create(file("labels.faultline"));
        const std::int64_t run = addRun(p), other = addRun(p);
        GeneratedSampleRepo samples(p);
        AnnotationRepo notes(p);
        const std::int64_t s0 = samples.ensure(run, 0, 0, 10);
        const std::int64_t s1 = samples.ensure(run, 0, 1, 11);
        const std::int64_t s2 = samples.ensure(run, 1, 0, 12);
        const std::int64_t elsewhere = samples.ensure(other, 0, 0, 13);

        notes.add(label(s0, "bo", "3"));
        const std::int64_t anaFirst = notes.add(label(s0, "ana", "5"));
        const std::int64_t anaRelabel = notes.add(label(s0, "ana", "8")); // relabel: a new row
        notes.add(label(s1, "ana", kNoneOfTheAbove));
        const std::int64_t boS2 = notes.add(label(s2, "bo", "1"));
        AnnotationRecord note = label(s2, "bo", "looks like a 7");
        note.kind = AnnotationKind::Note; // not a vote
        notes.add(note);
        notes.add(label(elsewhere, "bo", "2")); // another run

        auto labels = notes.generatedLabels(run);
        QCOMPARE(labels.size(), std::size_t(4)); // (s0, ana), (s0, bo), (s1, ana), (s2, bo)
        QCOMPARE(labels[0].sample.id, s0);
        QCOMPARE(labels[0].label.author, std::string("ana"));
        QCOMPARE(labels[0].label.value, std::string("8")); // the latest
        QCOMPARE(labels[0].label.id, anaRelabel);
        QCOMPARE(labels[1].label.author, std::string("bo"));
        QCOMPARE(labels[1].label.value, std::string("3"));
        QCOMPARE(labels[2].sample.sampleIndex, 1);
        QCOMPARE(labels[2].label.value, std::string(kNoneOfTheAbove));
        QCOMPARE(labels[3].sample.region, 1);
        QCOMPARE(labels[3].sample.seed, std::uint64_t(12));

        // Undo of the relabel: the previous label is the current one again; redo brings it back.
        notes.remove(anaRelabel);
        labels = notes.generatedLabels(run);
        QCOMPARE(labels[0].label.id, anaFirst);
        QCOMPARE(labels[0].label.value, std::string("5"));
        QCOMPARE(notes.currentLabel(TargetKind::GeneratedSample, s0, "ana")->value,
                 std::string("5"));
        notes.restore(anaRelabel);
        QCOMPARE(notes.currentLabel(TargetKind::GeneratedSample, s0, "ana")->value,
                 std::string("8"));
        // Undo of an author's only label: no vote of theirs on that sample.
        notes.remove(boS2);
        labels = notes.generatedLabels(run);
        QCOMPARE(labels.size(), std::size_t(3));
        QVERIFY(!notes.currentLabel(TargetKind::GeneratedSample, s2, "bo"));
        const auto current = notes.currentLabels(TargetKind::GeneratedSample, s0);
        QCOMPARE(current.size(), std::size_t(2));
        QCOMPARE(current[0].author, std::string("ana"));
        QCOMPARE(current[1].value, std::string("3"));

        // Every add is committed when it returns: another connection sees it at once.
        const std::int64_t fresh = notes.add(label(s1, "cy", "4"));
        QCOMPARE(scalar(p, "SELECT value FROM annotations WHERE id = " + std::to_string(fresh)),
                 std::string("4"));

        // Deleting the run takes its samples and their annotations; the other run's stay.
        RunRepo(p).remove(run);
        QVERIFY(samples.listForRun(run).empty());
        QVERIFY(notes.list(TargetKind::GeneratedSample, s0, true).empty());
        QCOMPARE(notes.generatedLabels(other).size(), std::size_t(1));
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }

    void classNamesAndVotes() {
        const std::vector<std::string> classes{"T-shirt", "Trouser", "Bag"};
        QCOMPARE(labelClassIndex("Bag", classes), 2);
        QCOMPARE(labelClassIndex(kNoneOfTheAbove, classes), -1);
        QVERIFY(errorOf([&] { labelClassIndex("Shoe", classes); }).find("\"Shoe\"") !=
                std::string::npos);
        QCOMPARE(classIndexLabel(0, classes), std::string("T-shirt"));
        QCOMPARE(classIndexLabel(-1, classes), std::string(kNoneOfTheAbove));
        QVERIFY(!errorOf([&] { classIndexLabel(3, classes); }).empty());
    }
};

QTEST_GUILESS_MAIN(TestStoreGeneratedSamples)
#include "test_store_generated_samples.moc"
