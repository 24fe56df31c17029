#include "core/store/slice_repo.h"
#include "core/common/error.h"
#include "core/store/project_impl.h"

namespace fl::store {
namespace {

constexpr const char* kSelect = "SELECT id, run_id, name, origin, created, metadata FROM slices";

SliceRecord readSlice(SQLite::Statement& st) {
    SliceRecord r;
    r.id = st.getColumn(0).getInt64();
    if (!st.getColumn(1).isNull())
        r.runId = st.getColumn(1).getInt64();
    r.name = st.getColumn(2).getString();
    r.origin = st.getColumn(3).getString();
    r.created = st.getColumn(4).getInt64();
    r.metadataJson = st.getColumn(5).getString();
    return r;
}

} // namespace

std::int64_t SliceRepo::add(const SliceRecord& record, const std::vector<SliceMember>& members) {
    const std::string metadata = checkedJson(record.metadataJson, "slice metadata");
    auto& impl = m_project.impl();
    return guarded(impl, "adding a slice", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT INTO slices(run_id, name, origin, created, metadata) "
                                      "VALUES(?, ?, ?, ?, ?)");
        bindOptional(st, 1, record.runId);
        st.bind(2, record.name);
        st.bind(3, record.origin);
        st.bind(4, static_cast<int64_t>(nowMs()));
        st.bind(5, metadata);
        st.exec();
        const std::int64_t id = impl.db.getLastInsertRowid();
        SQLite::Statement m(impl.db, "INSERT INTO slice_members(slice_id, example_id, rank, score) "
                                     "VALUES(?, ?, ?, ?)");
        m.bind(1, static_cast<int64_t>(id));
        for (const SliceMember& member : members) {
            m.bind(2, static_cast<int64_t>(member.exampleId));
            m.bind(3, member.rank);
            m.bind(4, member.score);
            m.exec();
            m.reset();
        }
        tx.commit();
        return id;
    });
}

std::optional<SliceRecord> SliceRepo::get(std::int64_t id) const {
    return selectOne(m_project.impl(), "reading a slice", kSelect, id, readSlice);
}

std::vector<SliceRecord> SliceRepo::list(std::optional<std::int64_t> runId) const {
    return selectAll(m_project.impl(), "listing slices",
                     std::string(kSelect) + (runId ? " WHERE run_id = ?" : "") + " ORDER BY id",
                     readSlice, [&runId](SQLite::Statement& st) {
                         if (runId)
                             st.bind(1, static_cast<int64_t>(*runId));
                     });
}

std::vector<SliceMember> SliceRepo::members(std::int64_t sliceId) const {
    return selectAll(
        m_project.impl(), "reading slice members",
        "SELECT example_id, rank, score FROM slice_members WHERE slice_id = ? ORDER BY rank, "
        "example_id",
        [](SQLite::Statement& st) {
            return SliceMember{st.getColumn(0).getInt64(), st.getColumn(1).getInt(),
                               st.getColumn(2).getDouble()};
        },
        [sliceId](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(sliceId)); });
}

void SliceRepo::rename(std::int64_t id, const std::string& name) {
    auto& impl = m_project.impl();
    guarded(impl, "renaming a slice", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "UPDATE slices SET name = ? WHERE id = ?");
        st.bind(1, name);
        st.bind(2, static_cast<int64_t>(id));
        st.exec();
        if (impl.db.getChanges() == 0)
            throwBadInput(impl.path + ": no slice with id " + std::to_string(id));
        tx.commit();
    });
}

void SliceRepo::remove(std::int64_t id) {
    deleteById(m_project.impl(), "removing a slice", "slices", id);
}

} // namespace fl::store
