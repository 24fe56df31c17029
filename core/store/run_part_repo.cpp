#include "core/store/run_part_repo.h"
#include "core/store/project_impl.h"
#include <map>

namespace fl::store {

void RunPartRepo::replace(std::int64_t runId, const std::vector<RunPart>& parts) {
    std::vector<std::string> bodies;
    for (const auto& p : parts)
        bodies.push_back(checkedJson(p.body, "run part"));
    auto& impl = m_project.impl();
    guarded(impl, "storing run parts", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement del(impl.db, "DELETE FROM run_parts WHERE run_id = ?");
        del.bind(1, static_cast<int64_t>(runId));
        del.exec();
        SQLite::Statement st(impl.db, "INSERT INTO run_parts(run_id, kind, position, body) "
                                      "VALUES(?, ?, ?, ?)");
        std::map<std::string, int> position;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            st.bind(1, static_cast<int64_t>(runId));
            st.bind(2, parts[i].kind);
            st.bind(3, position[parts[i].kind]++);
            st.bind(4, bodies[i]);
            st.exec();
            st.reset();
        }
        tx.commit();
    });
}

std::vector<RunPart> RunPartRepo::list(std::int64_t runId) const {
    return selectAll(
        m_project.impl(), "reading run parts",
        "SELECT kind, body FROM run_parts WHERE run_id = ? ORDER BY kind, position",
        [](SQLite::Statement& st) {
            return RunPart{st.getColumn(0).getString(), st.getColumn(1).getString()};
        },
        [runId](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(runId)); });
}

} // namespace fl::store
