#include "core/store/annotation_repo.h"
#include "core/common/error.h"
#include "core/store/project_impl.h"

namespace fl::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, target_kind, target_id, author, kind, value, created, deleted FROM annotations";

TargetKind parseTargetKind(const std::string& s) {
    return s == "slice" ? TargetKind::Slice : TargetKind::Example;
}

AnnotationKind parseAnnotationKind(const std::string& s) {
    if (s == "label")
        return AnnotationKind::Label;
    if (s == "tag")
        return AnnotationKind::Tag;
    return AnnotationKind::Note;
}

AnnotationRecord readAnnotation(SQLite::Statement& st) {
    AnnotationRecord r;
    r.id = st.getColumn(0).getInt64();
    r.targetKind = parseTargetKind(st.getColumn(1).getString());
    r.targetId = st.getColumn(2).getInt64();
    r.author = st.getColumn(3).getString();
    r.kind = parseAnnotationKind(st.getColumn(4).getString());
    r.value = st.getColumn(5).getString();
    r.created = st.getColumn(6).getInt64();
    r.deleted = st.getColumn(7).getInt() != 0;
    return r;
}

void setDeleted(Project::Impl& impl, std::int64_t id, bool deleted) {
    guarded(impl, deleted ? "removing an annotation" : "restoring an annotation", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "UPDATE annotations SET deleted = ? WHERE id = ?");
        st.bind(1, deleted ? 1 : 0);
        st.bind(2, static_cast<int64_t>(id));
        st.exec();
        if (impl.db.getChanges() == 0)
            throwBadInput(impl.path + ": no annotation with id " + std::to_string(id));
        tx.commit();
    });
}

} // namespace

const char* targetKindName(TargetKind k) {
    return k == TargetKind::Slice ? "slice" : "example";
}

const char* annotationKindName(AnnotationKind k) {
    switch (k) {
    case AnnotationKind::Label:
        return "label";
    case AnnotationKind::Tag:
        return "tag";
    case AnnotationKind::Note:
        return "note";
    }
    return "note";
}

std::int64_t AnnotationRepo::add(const AnnotationRecord& record) {
    auto& impl = m_project.impl();
    return guarded(impl, "adding an annotation", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db,
                             "INSERT INTO annotations(target_kind, target_id, author, kind, value, "
                             "created, deleted) VALUES(?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, targetKindName(record.targetKind));
        st.bind(2, static_cast<int64_t>(record.targetId));
        st.bind(3, record.author);
        st.bind(4, annotationKindName(record.kind));
        st.bind(5, record.value);
        st.bind(6, static_cast<int64_t>(nowMs()));
        st.bind(7, record.deleted ? 1 : 0);
        st.exec();
        const std::int64_t id = impl.db.getLastInsertRowid();
        tx.commit();
        return id;
    });
}

void AnnotationRepo::remove(std::int64_t id) {
    setDeleted(m_project.impl(), id, true);
}

void AnnotationRepo::restore(std::int64_t id) {
    setDeleted(m_project.impl(), id, false);
}

void AnnotationRepo::purgeRemoved() {
    auto& impl = m_project.impl();
    guarded(impl, "purging removed annotations", [&] {
        WriteTransaction tx(impl);
        impl.db.exec("DELETE FROM annotations WHERE deleted <> 0");
        tx.commit();
    });
}

std::optional<AnnotationRecord> AnnotationRepo::get(std::int64_t id) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading an annotation", [&]() -> std::optional<AnnotationRecord> {
        SQLite::Statement st(impl.db, std::string(kSelect) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            return std::nullopt;
        return readAnnotation(st);
    });
}

std::vector<AnnotationRecord> AnnotationRepo::list(TargetKind targetKind, std::int64_t targetId,
                                                   bool includeRemoved) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "listing annotations", [&] {
        SQLite::Statement st(impl.db,
                             std::string(kSelect) + " WHERE target_kind = ? AND target_id = ?" +
                                 (includeRemoved ? "" : " AND deleted = 0") + " ORDER BY id");
        st.bind(1, targetKindName(targetKind));
        st.bind(2, static_cast<int64_t>(targetId));
        std::vector<AnnotationRecord> out;
        while (st.executeStep())
            out.push_back(readAnnotation(st));
        return out;
    });
}

std::int64_t AnnotationRepo::count(bool includeRemoved) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "counting annotations", [&] {
        return static_cast<std::int64_t>(
            impl.db
                .execAndGet(includeRemoved ? "SELECT count(*) FROM annotations"
                                           : "SELECT count(*) FROM annotations WHERE deleted = 0")
                .getInt64());
    });
}

} // namespace fl::store
