#include "core/store/model_repo.h"
#include "core/store/project_impl.h"

namespace fl::store {
namespace {

ModelRecord readModel(SQLite::Statement& st) {
    ModelRecord r;
    r.id = st.getColumn(0).getInt64();
    r.name = st.getColumn(1).getString();
    r.path = st.getColumn(2).getString();
    r.arch = st.getColumn(3).getString();
    r.metadataJson = st.getColumn(4).getString();
    r.created = st.getColumn(5).getInt64();
    return r;
}

constexpr const char* kSelect = "SELECT id, name, path, arch, metadata, created FROM models";

} // namespace

std::int64_t ModelRepo::add(const ModelRecord& record) {
    const std::string metadata = checkedJson(record.metadataJson, "model metadata");
    auto& impl = m_project.impl();
    return guarded(impl, "adding a model", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT INTO models(name, path, arch, metadata, created) "
                                      "VALUES(?, ?, ?, ?, ?)");
        st.bind(1, record.name);
        st.bind(2, record.path);
        st.bind(3, record.arch);
        st.bind(4, metadata);
        st.bind(5, static_cast<int64_t>(nowMs()));
        st.exec();
        const std::int64_t id = impl.db.getLastInsertRowid();
        tx.commit();
        return id;
    });
}

std::optional<ModelRecord> ModelRepo::get(std::int64_t id) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading a model", [&]() -> std::optional<ModelRecord> {
        SQLite::Statement st(impl.db, std::string(kSelect) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            return std::nullopt;
        return readModel(st);
    });
}

std::vector<ModelRecord> ModelRepo::list() const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "listing models", [&] {
        SQLite::Statement st(impl.db, std::string(kSelect) + " ORDER BY id");
        std::vector<ModelRecord> out;
        while (st.executeStep())
            out.push_back(readModel(st));
        return out;
    });
}

void ModelRepo::remove(std::int64_t id) {
    auto& impl = m_project.impl();
    guarded(impl, "removing a model", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "DELETE FROM models WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        tx.commit();
    });
}

} // namespace fl::store
