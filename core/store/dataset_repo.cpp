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
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading a dataset", [&]() -> std::optional<DatasetRecord> {
        SQLite::Statement st(impl.db, std::string(kSelect) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            return std::nullopt;
        return readDataset(st);
    });
}

std::vector<DatasetRecord> DatasetRepo::list() const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "listing datasets", [&] {
        SQLite::Statement st(impl.db, std::string(kSelect) + " ORDER BY id");
        std::vector<DatasetRecord> out;
        while (st.executeStep())
            out.push_back(readDataset(st));
        return out;
    });
}

void DatasetRepo::remove(std::int64_t id) {
    auto& impl = m_project.impl();
    guarded(impl, "removing a dataset", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "DELETE FROM datasets WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        tx.commit();
    });
}

} // namespace fl::store
