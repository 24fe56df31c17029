#include "core/store/dataset_repo.h"
#include "core/store/project_impl.h"
#include <nlohmann/json.hpp>

namespace fl::store {
namespace {

DatasetRecord readDataset(SQLite::Statement& st) {
    DatasetRecord r;
    r.id = st.getColumn(0).getInt64();
    r.name = st.getColumn(1).getString();
    r.source = st.getColumn(2).getString();
    r.n = st.getColumn(3).getInt64();
    r.classes = nlohmann::json::parse(st.getColumn(4).getString()).get<std::vector<std::string>>();
    r.created = st.getColumn(5).getInt64();
    return r;
}

constexpr const char* kSelect = "SELECT id, name, source, n, classes, created FROM datasets";

} // namespace

std::int64_t DatasetRepo::add(const DatasetRecord& record) {
    auto& impl = m_project.impl();
    return guarded(impl, "adding a dataset", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT INTO datasets(name, source, n, classes, created) "
                                      "VALUES(?, ?, ?, ?, ?)");
        st.bind(1, record.name);
        st.bind(2, record.source);
        st.bind(3, static_cast<int64_t>(record.n));
        st.bind(4, nlohmann::json(record.classes).dump());
        st.bind(5, static_cast<int64_t>(nowMs()));
        st.exec();
        const std::int64_t id = impl.db.getLastInsertRowid();
        tx.commit();
        return id;
    });
}

std::optional<DatasetRecord> DatasetRepo::get(std::int64_t id) const {
    return selectOne(m_project.impl(), "reading a dataset", kSelect, id, readDataset);
}

std::vector<DatasetRecord> DatasetRepo::list() const {
    return selectAll(m_project.impl(), "listing datasets", std::string(kSelect) + " ORDER BY id",
                     readDataset);
}

void DatasetRepo::remove(std::int64_t id) {
    deleteById(m_project.impl(), "removing a dataset", "datasets", id);
}

} // namespace fl::store
