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
    return selectOne(m_project.impl(), "reading a model", kSelect, id, readModel);
}

std::vector<ModelRecord> ModelRepo::list() const {
    return selectAll(m_project.impl(), "listing models", std::string(kSelect) + " ORDER BY id",
                     readModel);
}

void ModelRepo::remove(std::int64_t id) {
    deleteById(m_project.impl(), "removing a model", "models", id);
}

} // namespace fl::store
