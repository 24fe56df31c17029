#include "core/store/annotation_repo.h"
#include "core/common/error.h"
#include "core/store/annotation_sql.h"
#include "core/store/project_impl.h"

namespace fl::store {
namespace {

using detail::kSelectAnnotation;
using detail::readAnnotation;

using detail::kCurrentLabel;

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
    switch (k) {
    case TargetKind::Example:
        return "example";
    case TargetKind::Slice:
        return "slice";
    case TargetKind::GeneratedSample:
        return "generated";
    }
    return "example";
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
        const std::int64_t id = detail::insertAnnotation(impl, record, nowMs());
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
    return selectOne(m_project.impl(), "reading an annotation", kSelectAnnotation, id,
                     [](SQLite::Statement& st) { return readAnnotation(st); });
}

std::vector<AnnotationRecord> AnnotationRepo::list(TargetKind targetKind, std::int64_t targetId,
                                                   bool includeRemoved) const {
    return selectAll(
        m_project.impl(), "listing annotations",
        std::string(kSelectAnnotation) + " WHERE target_kind = ? AND target_id = ?" +
            (includeRemoved ? "" : " AND deleted = 0") + " ORDER BY id",
        [](SQLite::Statement& st) { return readAnnotation(st); },
        [&](SQLite::Statement& st) {
            st.bind(1, targetKindName(targetKind));
            st.bind(2, static_cast<int64_t>(targetId));
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

std::optional<AnnotationRecord> AnnotationRepo::currentLabel(TargetKind targetKind,
                                                             std::int64_t targetId,
                                                             const std::string& author) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading a label",
                   [&] { return detail::currentLabel(impl, targetKind, targetId, author); });
}

std::vector<AnnotationRecord> AnnotationRepo::currentLabels(TargetKind targetKind,
                                                            std::int64_t targetId) const {
    return selectAll(
        m_project.impl(), "listing labels",
        "SELECT a.id, a.target_kind, a.target_id, a.author, a.kind, a.value, a.created, "
        "a.deleted FROM annotations a WHERE a.target_kind = ? AND a.target_id = ? AND " +
            std::string(kCurrentLabel) + " ORDER BY a.author",
        [](SQLite::Statement& st) { return readAnnotation(st); },
        [&](SQLite::Statement& st) {
            st.bind(1, targetKindName(targetKind));
            st.bind(2, static_cast<int64_t>(targetId));
        });
}

std::vector<GeneratedLabel> AnnotationRepo::generatedLabels(std::int64_t runId) const {
    return selectAll(
        m_project.impl(), "listing the labels of generated samples",
        "SELECT g.id, g.run_id, g.region, g.sample_index, g.seed, a.id, a.target_kind, "
        "a.target_id, a.author, a.kind, a.value, a.created, a.deleted FROM generated_samples g "
        "JOIN annotations a ON a.target_kind = 'generated' AND a.target_id = g.id "
        "WHERE g.run_id = ? AND " +
            std::string(kCurrentLabel) + " ORDER BY g.region, g.sample_index, a.author",
        [](SQLite::Statement& st) {
            return GeneratedLabel{detail::readGeneratedSample(st, 0), readAnnotation(st, 5)};
        },
        [runId](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(runId)); });
}

} // namespace fl::store
