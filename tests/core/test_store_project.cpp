// Tests of the project store: round trip of every table, migration from schema v1, the errors
// for newer / foreign / corrupt files, artifact dedup and reload, and bulk insert timing.
#include "core/common/error.h"
#include "core/store/annotation_repo.h"
#include "core/store/artifact_store.h"
#include "core/store/dataset_repo.h"
#include "core/store/evaluation_repo.h"
#include "core/store/feature_name_repo.h"
#include "core/store/model_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/sha256.h"
#include "core/store/slice_repo.h"
#include "sqlite_raw.h"
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <ctime>
#include <filesystem>
#include <fstream>

using namespace fl::store;
namespace fs = std::filesystem;

namespace {

// The schema exactly as Faultline v1 wrote it (copied from migrations.cpp, never to change).
const char* kV1Ddl = R"sql(
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
)sql";

using fl::test::execRaw;

RunRecord runOf(const std::string& kind) {
    RunRecord r;
    r.kind = kind;
    return r;
}

// Opening must fail with BadInput whose message names the file and contains `words`.
void expectOpenError(const std::string& path, const std::string& words) {
    try {
        Project::open(path);
        QFAIL("open() accepted a bad file");
    } catch (const fl::Error& e) {
        const std::string msg = e.what();
        qDebug("%s", msg.c_str());
        QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
        QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find(words) != std::string::npos, msg.c_str());
    }
}

} // namespace

class TestStoreProject : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string file(const char* name) const { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void sha256KnownVectors() {
        QCOMPARE(Sha256::hex("", 0),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hex("abc", 3),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string m(1000000, 'a');
        Sha256 h; // fed in odd pieces to exercise buffering
        for (std::size_t i = 0; i < m.size(); i += 777)
            h.update(m.data() + i, std::min<std::size_t>(777, m.size() - i));
        QCOMPARE(h.hexDigest(),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void roundTripEveryTable() {
        const std::string path = file("round.faultline");
        std::int64_t ds = 0, model = 0, run = 0, slice = 0, note = 0;
        {
            Project p = Project::create(path);
            QCOMPARE(p.schemaVersion(), Project::latestSchemaVersion());
            ds = DatasetRepo(p).add(
                {0, "fashion-mnist", "fashion-mnist", 70000, {"T-shirt", "Bag"}});
            model = ModelRepo(p).add({0, "lenet", "/m/lenet.pt", "lenet", R"({"acc":0.91})"});
            RunRecord r;
            r.kind = "evaluation";
            r.settingsJson = R"({"batch":256})";
            r.seed = 0xFFFFFFFFFFFFFFF0ull; // survives the signed SQLite integer
            r.datasetId = ds;
            r.modelId = model;
            RunRepo runs(p);
            run = runs.add(r);
            runs.markRunning(run);
            runs.finish(run, RunStatus::Failed, "out of memory");
            EvaluationRepo(p).insert(run,
                                     {{7, 2, 1, 0, {0.25f, 0.75f}, 1.5}, {3, 1, 0, 0, {}, 0.1}});
            slice = SliceRepo(p).add({0, run, "bags", "infembed", 0, R"({"k":5})"},
                                     {{7, 0, 0.9}, {3, 1, 0.4}});
            note = AnnotationRepo(p).add(
                {0, TargetKind::Slice, slice, "ana", AnnotationKind::Note, "looks like shoes"});
            QVERIFY_THROWS_EXCEPTION(fl::Error, ModelRepo(p).add({0, "x", "", "", "{not json"}));
            RunRecord orphan;
            orphan.kind = "evaluation";
            orphan.datasetId = 999; // foreign key
            QVERIFY_THROWS_EXCEPTION(fl::Error, RunRepo(p).add(orphan));
        }
        Project p = Project::open(path);
        const auto d = DatasetRepo(p).get(ds);
        QVERIFY(d);
        QCOMPARE(d->n, std::int64_t(70000));
        QCOMPARE(d->classes, (std::vector<std::string>{"T-shirt", "Bag"}));
        QVERIFY(d->created > 0);
        QCOMPARE(ModelRepo(p).get(model)->metadataJson, std::string(R"({"acc":0.91})"));
        const auto r = RunRepo(p).get(run);
        QCOMPARE(r->status, RunStatus::Failed);
        QCOMPARE(r->error, std::string("out of memory"));
        QCOMPARE(r->seed, 0xFFFFFFFFFFFFFFF0ull);
        QVERIFY(r->started && r->ended && *r->ended >= *r->started);
        QCOMPARE(*r->datasetId, ds);
        QCOMPARE(r->softwareVersion, std::string(FAULTLINE_VERSION));
        QCOMPARE(RunRepo(p).list("evaluation").size(), std::size_t(1));
        const auto ev = EvaluationRepo(p).load(run);
        QCOMPARE(ev.size(), std::size_t(2));
        QCOMPARE(ev[0].exampleId, std::int64_t(3));
        QVERIFY(ev[0].probabilities.empty());
        QCOMPARE(ev[1].probabilities, (std::vector<float>{0.25f, 0.75f}));
        QCOMPARE(ev[1].split, 2);
        QCOMPARE(ev[1].loss, 1.5);
        QCOMPARE(SliceRepo(p).list(run).size(), std::size_t(1));
        QCOMPARE(SliceRepo(p).get(slice)->origin, std::string("infembed"));
        const auto members = SliceRepo(p).members(slice);
        QCOMPARE(members.size(), std::size_t(2));
        QCOMPARE(members[0].exampleId, std::int64_t(7));
        QCOMPARE(members[1].score, 0.4);

        // Annotations: remove/restore keep the id (the UI's undo/redo).
        AnnotationRepo notes(p);
        QCOMPARE(notes.list(TargetKind::Slice, slice).size(), std::size_t(1));
        notes.remove(note);
        QVERIFY(notes.list(TargetKind::Slice, slice).empty());
        QCOMPARE(notes.list(TargetKind::Slice, slice, true).size(), std::size_t(1));
        notes.restore(note);
        QCOMPARE(notes.list(TargetKind::Slice, slice)[0].value, std::string("looks like shoes"));
        QVERIFY(notes.list(TargetKind::Example, slice).empty());
        QVERIFY_THROWS_EXCEPTION(fl::Error, notes.remove(12345));

        // Deleting a run cascades to its evaluations and slices.
        RunRepo(p).remove(run);
        QCOMPARE(EvaluationRepo(p).count(run), std::int64_t(0));
        QVERIFY(SliceRepo(p).members(slice).empty());
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }

    void featureNamesPersistPerExtractor() {
        const std::string path = file("names.faultline");
        {
            Project p = Project::create(path);
            FeatureNameRepo names(p);
            names.set("/cache/a.flmodel", 41, "collar", "ann");
            names.set("/cache/a.flmodel", 7, "sleeve length");
            names.set("/cache/b.flmodel", 41, "stripes");
            names.set("/cache/a.flmodel", 41, "round collar"); // renamed
            names.set("/cache/a.flmodel", 7, "");              // cleared
        }
        Project p = Project::open(path);
        FeatureNameRepo names(p);
        QCOMPARE(names.get("/cache/a.flmodel", 41), std::string("round collar"));
        QCOMPARE(names.get("/cache/a.flmodel", 7), std::string());
        QCOMPARE(names.get("/cache/b.flmodel", 41), std::string("stripes"));
        QCOMPARE(names.all("/cache/a.flmodel").size(), std::size_t(1));
        QVERIFY(names.all("/cache/c.flmodel").empty());
    }

    void bulkInsertSeventyThousand() {
        Project p = Project::create(file("bulk.faultline"));
        const std::int64_t run = RunRepo(p).add(runOf("evaluation"));
        std::vector<EvaluationRow> rows(70000);
        for (int i = 0; i < 70000; ++i)
            rows[i] = {i, i % 3, i % 10, (i * 7) % 10, std::vector<float>(10, 0.1f), 0.01 * i};
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock(); // CPU time too: wall time is noisy on a busy box
        EvaluationRepo(p).insert(run, rows);
        const qint64 insertMs = t.elapsed();
        const double cpuMs = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        t.restart();
        const auto back = EvaluationRepo(p).load(run);
        qDebug("bulk insert of 70000 evaluations (10 classes): %lld ms wall, %.0f ms CPU; load: "
               "%lld ms",
               insertMs, cpuMs, t.elapsed());
        QCOMPARE(back.size(), rows.size());
        QCOMPARE(back[69999].loss, 699.99);
        // A repeated example id fails the whole batch: nothing half-written.
        QVERIFY_THROWS_EXCEPTION(fl::Error, EvaluationRepo(p).insert(run, {rows[0]}));
        QCOMPARE(EvaluationRepo(p).count(run), std::int64_t(70000));
    }

    void migratesFromV1KeepingData() {
        const std::string path = file("v1.faultline");
        execRaw(path, std::string(kV1Ddl) + R"sql(
            PRAGMA application_id = 1179407438; PRAGMA user_version = 1;
            INSERT INTO datasets VALUES(1, 'mnist', 'mnist', 10, '["0","1"]', 5);
            INSERT INTO annotations VALUES(1, 'example', 42, 'bo', 'tag', 'blurry', 6);)sql");
        Project p = Project::open(path);
        QCOMPARE(p.schemaVersion(), Project::latestSchemaVersion());
        QCOMPARE(DatasetRepo(p).get(1)->name, std::string("mnist"));
        const auto notes = AnnotationRepo(p).list(TargetKind::Example, 42);
        QCOMPARE(notes.size(), std::size_t(1));
        QCOMPARE(notes[0].value, std::string("blurry"));
        QVERIFY(!notes[0].deleted); // the column added by v3 defaults to kept
        QVERIFY(ArtifactStore(p).putFloats("x", {1}, {1.0f}).size() == 64); // v2 tables exist
        QCOMPARE(p.integrityCheck(), std::string("ok"));
    }

    void rejectsNewerForeignAndCorruptFiles() {
        const std::string newer = file("newer.faultline");
        Project::create(newer).close();
        execRaw(newer, "PRAGMA user_version = 99");
        expectOpenError(newer, "newer Faultline (schema 99, this build reads up to " +
                                   std::to_string(Project::latestSchemaVersion()) + ")");

        const std::string text = file("notes.faultline");
        std::ofstream(text) << "just some notes\nnot a database\n";
        expectOpenError(text, "not a Faultline project (it is a text file");

        const std::string other = file("other.faultline");
        execRaw(other, "PRAGMA application_id = 1234; CREATE TABLE t(x);");
        expectOpenError(other, "another application");
        const std::string plain = file("plain.faultline");
        execRaw(plain, "CREATE TABLE t(x);");
        expectOpenError(plain, "without the Faultline application id");

        const std::string garbage = file("garbage.faultline");
        {
            std::ofstream out(garbage, std::ios::binary);
            for (int i = 0; i < 4096; ++i)
                out.put(static_cast<char>((i * 131 + 7) % 256));
        }
        expectOpenError(garbage, "corrupt");

        // A real project cut in half, as by an interrupted copy.
        const std::string truncated = file("truncated.faultline");
        {
            Project p = Project::create(truncated);
            std::vector<EvaluationRow> rows(2000, {0, 0, 0, 0, {0.5f}, 0});
            for (int i = 0; i < 2000; ++i)
                rows[i].exampleId = i;
            EvaluationRepo(p).insert(RunRepo(p).add(runOf("evaluation")), rows);
        }
        QVERIFY_THROWS_EXCEPTION(fl::Error, Project::create(truncated)); // exists
        fs::resize_file(truncated, fs::file_size(truncated) / 2);
        expectOpenError(truncated, "corrupt");

        // A header that is SQLite's but pages that are garbage.
        const std::string scrambled = file("scrambled.faultline");
        {
            Project p = Project::create(scrambled);
            DatasetRepo(p).add({0, "d", "d", 1, {"a"}});
        }
        {
            std::fstream io(scrambled, std::ios::in | std::ios::out | std::ios::binary);
            io.seekp(100);
            for (int i = 0; i < 3000; ++i)
                io.put(static_cast<char>(0xA5));
        }
        try {
            Project p = Project::open(scrambled);
            QVERIFY(p.integrityCheck() != "ok"); // if opening passed, the damage is reported
        } catch (const fl::Error& e) {
            qDebug("%s", e.what());
            QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
        }

        expectOpenError(file("missing.faultline"), "no such project file");
        const std::string empty = file("empty.faultline");
        std::ofstream{empty};
        expectOpenError(empty, "empty");
    }

    void artifactsDedupReloadAndCache() {
        Project p = Project::create(file("art.faultline"));
        ArtifactStore store(p);
        std::vector<float> emb(300 * 64);
        for (std::size_t i = 0; i < emb.size(); ++i)
            emb[i] = float(i) * 0.5f;
        const std::string h1 = store.putFloats("embeddings", {300, 64}, emb);
        const std::string h2 = store.putFloats("embeddings", {300, 64}, emb);
        QCOMPARE(h1, h2);
        const std::string h3 = store.putFloats("embeddings", {64, 300}, emb); // other shape
        QVERIFY(h3 != h1);
        int files = 0;
        for (const auto& entry : fs::directory_iterator(p.artifactsDir())) {
            QVERIFY(entry.path().extension() == ".bin"); // no temp file left behind
            ++files;
        }
        QCOMPARE(files, 2);

        const auto rec = store.find(h1);
        QVERIFY(rec);
        QCOMPARE(rec->shape, (std::vector<std::int64_t>{300, 64}));
        QCOMPARE(rec->bytes, std::int64_t(emb.size() * sizeof(float)));
        QVERIFY(!store.find(std::string(64, '0')));
        const ArtifactArray a = store.load(h1, true);
        QCOMPARE(a.dtype, DType::Float32);
        QCOMPARE(a.toFloats(), emb);

        const std::int64_t run = RunRepo(p).add(runOf("infembed"));
        store.attach(run, "embeddings", h1);
        QCOMPARE(*store.forRun(run, "embeddings"), h1);
        QCOMPARE(store.forRun(run).size(), std::size_t(1));

        const std::string key =
            ArtifactStore::cacheKey("dataset:1", "model:2", R"({"layer":"fc1","batch":64})");
        QCOMPARE(key, ArtifactStore::cacheKey("dataset:1", "model:2",
                                              "{ \"batch\": 64, \"layer\": \"fc1\" }"));
        QVERIFY(key != ArtifactStore::cacheKey("dataset:1", "model:3", R"({"layer":"fc1"})"));
        QVERIFY(!store.lookup(key));
        store.remember(key, h1);
        QCOMPARE(*store.lookup(key), h1);

        // A damaged file is reported, not returned; a deleted one makes the cache miss.
        {
            std::fstream io(rec->path, std::ios::in | std::ios::out | std::ios::binary);
            io.seekp(200);
            io.put('x');
        }
        QVERIFY_THROWS_EXCEPTION(fl::Error, store.load(h1, true));
        fs::remove(rec->path);
        QVERIFY(!store.lookup(key));
        QVERIFY_THROWS_EXCEPTION(fl::Error, store.load(h1));
        // Storing it again brings the file back under the same name.
        QCOMPARE(store.putFloats("embeddings", {300, 64}, emb), h1);
        QCOMPARE(store.load(h1, true).toFloats(), emb);
        QVERIFY_THROWS_EXCEPTION(fl::Error, store.putFloats("bad", {7}, emb));
    }
};

QTEST_GUILESS_MAIN(TestStoreProject)
#include "test_store_project.moc"
