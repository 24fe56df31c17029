#include "core/store/feature_name_repo.h"
#include "core/store/project_impl.h"
#include <chrono>

namespace fl::store {

void FeatureNameRepo::set(const std::string& extractor, int feature, const std::string& name,
                          const std::string& author) {
    auto& impl = m_project.impl();
    guarded(impl, "naming a feature", [&] {
        WriteTransaction tx(impl);
        if (name.empty()) {
            SQLite::Statement st(impl.db,
                                 "DELETE FROM feature_names WHERE extractor = ? AND feature = ?");
            st.bind(1, extractor);
            st.bind(2, feature);
            st.exec();
        } else {
            SQLite::Statement st(impl.db, "INSERT OR REPLACE INTO feature_names(extractor, "
                                          "feature, name, author, updated) VALUES(?, ?, ?, ?, ?)");
            st.bind(1, extractor);
            st.bind(2, feature);
            st.bind(3, name);
            st.bind(4, author);
            st.bind(5, static_cast<int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count()));
            st.exec();
        }
        tx.commit();
    });
}

std::string FeatureNameRepo::get(const std::string& extractor, int feature) const {
    const auto names = all(extractor);
    const auto it = names.find(feature);
    return it == names.end() ? std::string() : it->second;
}

std::map<int, std::string> FeatureNameRepo::all(const std::string& extractor) const {
    std::map<int, std::string> out;
    const auto rows = selectAll(
        m_project.impl(), "reading feature names",
        "SELECT feature, name FROM feature_names WHERE extractor = ? ORDER BY feature",
        [](SQLite::Statement& st) {
            return std::pair<int, std::string>{st.getColumn(0).getInt(),
                                               st.getColumn(1).getString()};
        },
        [&extractor](SQLite::Statement& st) { st.bind(1, extractor); });
    for (const auto& [f, n] : rows)
        out[f] = n;
    return out;
}

} // namespace fl::store
