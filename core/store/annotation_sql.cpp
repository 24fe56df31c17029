#include "core/store/annotation_sql.h"
#include "core/common/error.h"

namespace fl::store::detail {

const char* const kSelectAnnotation =
    "SELECT id, target_kind, target_id, author, kind, value, created, deleted FROM annotations";

// The highest id, not the latest `created`: ids only grow, while clocks step and imported rows
// keep the time their author labelled them.
const char* const kCurrentLabel =
    "a.kind = 'label' AND a.deleted = 0 AND a.id = (SELECT max(b.id) FROM annotations b WHERE "
    "b.target_kind = a.target_kind AND b.target_id = a.target_id AND b.author = a.author AND "
    "b.kind = 'label' AND b.deleted = 0)";

const char* const kSelectGeneratedSample =
    "SELECT id, run_id, region, sample_index, seed FROM generated_samples";

TargetKind parseTargetKind(const std::string& s) {
    if (s == "slice")
        return TargetKind::Slice;
    if (s == "generated")
        return TargetKind::GeneratedSample;
    return TargetKind::Example;
}

AnnotationKind parseAnnotationKind(const std::string& s) {
    if (s == "label")
        return AnnotationKind::Label;
    if (s == "tag")
        return AnnotationKind::Tag;
    return AnnotationKind::Note;
}

AnnotationRecord readAnnotation(SQLite::Statement& st, int first) {
    AnnotationRecord r;
    r.id = st.getColumn(first).getInt64();
    r.targetKind = parseTargetKind(st.getColumn(first + 1).getString());
    r.targetId = st.getColumn(first + 2).getInt64();
    r.author = st.getColumn(first + 3).getString();
    r.kind = parseAnnotationKind(st.getColumn(first + 4).getString());
    r.value = st.getColumn(first + 5).getString();
    r.created = st.getColumn(first + 6).getInt64();
    r.deleted = st.getColumn(first + 7).getInt() != 0;
    return r;
}

GeneratedSample readGeneratedSample(SQLite::Statement& st, int first) {
    GeneratedSample g;
    g.id = st.getColumn(first).getInt64();
    g.runId = st.getColumn(first + 1).getInt64();
    g.region = st.getColumn(first + 2).getInt();
    g.sampleIndex = st.getColumn(first + 3).getInt();
    // SQLite integers are signed: the seed's bits are kept, read back as the same uint64.
    g.seed = static_cast<std::uint64_t>(st.getColumn(first + 4).getInt64());
    return g;
}

std::int64_t insertAnnotation(Project::Impl& impl, const AnnotationRecord& record,
                              std::int64_t created) {
    if (record.targetKind == TargetKind::GeneratedSample) {
        SQLite::Statement check(impl.db, "SELECT 1 FROM generated_samples WHERE id = ?");
        check.bind(1, static_cast<int64_t>(record.targetId));
        if (!check.executeStep())
            throwBadInput(impl.path + ": no generated sample with id " +
                          std::to_string(record.targetId));
    }
    SQLite::Statement st(impl.db,
                         "INSERT INTO annotations(target_kind, target_id, author, kind, value, "
                         "created, deleted) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, targetKindName(record.targetKind));
    st.bind(2, static_cast<int64_t>(record.targetId));
    st.bind(3, record.author);
    st.bind(4, annotationKindName(record.kind));
    st.bind(5, record.value);
    st.bind(6, static_cast<int64_t>(created));
    st.bind(7, record.deleted ? 1 : 0);
    st.exec();
    return impl.db.getLastInsertRowid();
}

std::optional<AnnotationRecord> currentLabel(Project::Impl& impl, TargetKind targetKind,
                                             std::int64_t targetId, const std::string& author) {
    // The highest id, not the latest `created`: ids only grow, while clocks step and imported
    // rows keep the time their author labelled them.
    SQLite::Statement st(impl.db,
                         std::string(kSelectAnnotation) +
                             " WHERE target_kind = ? AND target_id = ? AND author = ? "
                             "AND kind = 'label' AND deleted = 0 ORDER BY id DESC LIMIT 1");
    st.bind(1, targetKindName(targetKind));
    st.bind(2, static_cast<int64_t>(targetId));
    st.bind(3, author);
    if (!st.executeStep())
        return std::nullopt;
    return readAnnotation(st);
}

bool hasAnnotation(Project::Impl& impl, TargetKind targetKind, std::int64_t targetId,
                   const std::string& author, AnnotationKind kind, const std::string& value) {
    SQLite::Statement st(impl.db, "SELECT 1 FROM annotations WHERE target_kind = ? AND "
                                  "target_id = ? AND author = ? AND kind = ? AND value = ? AND "
                                  "deleted = 0 LIMIT 1");
    st.bind(1, targetKindName(targetKind));
    st.bind(2, static_cast<int64_t>(targetId));
    st.bind(3, author);
    st.bind(4, annotationKindName(kind));
    st.bind(5, value);
    return st.executeStep();
}

std::optional<GeneratedSample> findGeneratedSample(Project::Impl& impl, std::int64_t runId,
                                                   int region, int sampleIndex) {
    SQLite::Statement st(impl.db, std::string(kSelectGeneratedSample) +
                                      " WHERE run_id = ? AND region = ? AND sample_index = ?");
    st.bind(1, static_cast<int64_t>(runId));
    st.bind(2, region);
    st.bind(3, sampleIndex);
    if (!st.executeStep())
        return std::nullopt;
    return readGeneratedSample(st);
}

std::int64_t ensureGeneratedSample(Project::Impl& impl, std::int64_t runId, int region,
                                   int sampleIndex, std::uint64_t seed, bool* added) {
    if (added)
        *added = false;
    const std::string name = "sample " + std::to_string(sampleIndex) + " of region " +
                             std::to_string(region) + " of run " + std::to_string(runId);
    if (region < 0 || sampleIndex < 0)
        throwBadInput(impl.path + ": " + name + ": region and sample index must not be negative");
    if (const auto g = findGeneratedSample(impl, runId, region, sampleIndex)) {
        if (g->seed != seed)
            throwBadInput(impl.path + ": " + name + " was drawn with seed " +
                          std::to_string(g->seed) + ", not " + std::to_string(seed));
        return g->id;
    }
    SQLite::Statement run(impl.db, "SELECT 1 FROM runs WHERE id = ?");
    run.bind(1, static_cast<int64_t>(runId));
    if (!run.executeStep())
        throwBadInput(impl.path + ": " + name + ": no run with id " + std::to_string(runId));
    SQLite::Statement st(impl.db, "INSERT INTO generated_samples(run_id, region, sample_index, "
                                  "seed) VALUES(?, ?, ?, ?)");
    st.bind(1, static_cast<int64_t>(runId));
    st.bind(2, region);
    st.bind(3, sampleIndex);
    st.bind(4, static_cast<int64_t>(seed));
    st.exec();
    if (added)
        *added = true;
    return impl.db.getLastInsertRowid();
}

} // namespace fl::store::detail
