#include "core/store/migrations.h"
#include "core/common/error.h"
#include "core/common/log.h"
#include <SQLiteCpp/Database.h>
#include <string>
#include <vector>

namespace fl::store {
namespace {

struct Migration {
    int version; // user_version after this step
    const char* what;
    const char* sql;
};

// Never edit a migration that has shipped: add a new one at the end. Tests keep a copy of the
// v1 DDL to check that a v1 file is upgraded with its data intact.
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "initial schema", R"sql(
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
)sql"},
        {2, "content-addressed artifacts and the computation cache", R"sql(
CREATE TABLE artifacts(
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL, shape TEXT NOT NULL, dtype TEXT NOT NULL,
    path TEXT NOT NULL, bytes INTEGER NOT NULL, created INTEGER NOT NULL);
CREATE TABLE run_artifacts(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, role TEXT NOT NULL,
    hash TEXT NOT NULL REFERENCES artifacts(hash), PRIMARY KEY(run_id, role));
CREATE TABLE artifact_keys(
    key TEXT PRIMARY KEY, hash TEXT NOT NULL REFERENCES artifacts(hash),
    created INTEGER NOT NULL);
)sql"},
        // Removing an annotation only flags it so that undo restores the same row (same id).
        {3, "soft delete of annotations, lookup by target", R"sql(
ALTER TABLE annotations ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX annotations_target ON annotations(target_kind, target_id);
)sql"},
        // A method's result parts that are not slices or arrays (tables, charts, image sets,
        // model versions), one JSON document each, written by the methods' one codec.
        {4, "result parts of method runs", R"sql(
CREATE TABLE run_parts(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    position INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(run_id, kind, position));
)sql"},
        {5, "names of extractor features", R"sql(
CREATE TABLE feature_names(
    extractor TEXT NOT NULL, feature INTEGER NOT NULL, name TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '', updated INTEGER NOT NULL, PRIMARY KEY(extractor, feature));
)sql"},
        // The process a queued or running run belongs to ("host:pid:start"), so that one left
        // behind by a killed process is marked interrupted when the project is next opened.
        {6, "owners of unfinished runs", R"sql(
ALTER TABLE runs ADD COLUMN owner TEXT NOT NULL DEFAULT '';
)sql"},
        // Samples a generative method (Defuse) decoded for annotation, named by (run, region,
        // sample index) with the 64-bit seed that drew them, stored as an INTEGER holding the
        // seed's bits (like runs.seed). Annotations may now target them ('generated'): SQLite
        // cannot alter a CHECK, so the annotations table is rebuilt with the same ids, the v3
        // deleted flags and the v3 index. Deleting a sample (with its run) deletes its
        // annotations, so a reused sample id never inherits another sample's labels.
        {7, "generated samples as annotation targets", R"sql(
CREATE TABLE annotations_v7(
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK(target_kind IN ('example','slice','generated')),
    target_id INTEGER NOT NULL, author TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('label','tag','note')), value TEXT NOT NULL,
    created INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
INSERT INTO annotations_v7(id, target_kind, target_id, author, kind, value, created, deleted)
    SELECT id, target_kind, target_id, author, kind, value, created, deleted FROM annotations;
DROP TABLE annotations;
ALTER TABLE annotations_v7 RENAME TO annotations;
CREATE INDEX annotations_target ON annotations(target_kind, target_id);
CREATE TABLE generated_samples(
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    region INTEGER NOT NULL CHECK(region >= 0),
    sample_index INTEGER NOT NULL CHECK(sample_index >= 0),
    seed INTEGER NOT NULL,
    UNIQUE(run_id, region, sample_index));
CREATE TRIGGER generated_samples_annotations AFTER DELETE ON generated_samples BEGIN
    DELETE FROM annotations WHERE target_kind = 'generated' AND target_id = OLD.id;
END;
)sql"},
    };
    return list;
}

} // namespace

int latestSchemaVersion() {
    return migrations().back().version;
}

void migrate(SQLite::Database& db, int fromVersion) {
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        // IMMEDIATE takes the write lock up front, so a second process opening the same file
        // cannot migrate it concurrently; it waits, then sees the new user_version.
        db.exec("BEGIN IMMEDIATE");
        try {
            const int now = db.execAndGet("PRAGMA user_version").getInt();
            if (now < m.version) {
                db.exec(m.sql);
                if (m.version == 1)
                    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
                db.exec("PRAGMA user_version = " + std::to_string(m.version));
            }
            db.exec("COMMIT");
        } catch (...) {
            try {
                db.exec("ROLLBACK");
            } catch (...) { // the original error is the one worth reporting
            }
            throw;
        }
        logger("store")->info("schema migrated to v{} ({})", m.version, m.what);
    }
}

} // namespace fl::store
