#include "core/store/evaluation_repo.h"
#include "core/store/project_impl.h"
#include <cstring>

namespace fl::store {

void EvaluationRepo::insert(std::int64_t runId, const std::vector<EvaluationRow>& rows) {
    auto& impl = m_project.impl();
    guarded(impl, "storing evaluations", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db,
                             "INSERT INTO evaluations(run_id, example_id, split, label, "
                             "prediction, probabilities, loss) VALUES(?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(runId));
        for (const EvaluationRow& r : rows) {
            st.bind(2, static_cast<int64_t>(r.exampleId));
            st.bind(3, r.split);
            st.bind(4, r.label);
            st.bind(5, r.prediction);
            // The row outlives the step, so SQLite may read the floats in place.
            st.bindNoCopy(6, r.probabilities.data(),
                          static_cast<int>(r.probabilities.size() * sizeof(float)));
            st.bind(7, r.loss);
            st.exec();
            st.reset();
        }
        tx.commit();
    });
}

std::vector<EvaluationRow> EvaluationRepo::load(std::int64_t runId) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading evaluations", [&] {
        SQLite::Statement st(impl.db,
                             "SELECT example_id, split, label, prediction, probabilities, loss "
                             "FROM evaluations WHERE run_id = ? ORDER BY example_id");
        st.bind(1, static_cast<int64_t>(runId));
        std::vector<EvaluationRow> out;
        while (st.executeStep()) {
            EvaluationRow r;
            r.exampleId = st.getColumn(0).getInt64();
            r.split = st.getColumn(1).getInt();
            r.label = st.getColumn(2).getInt();
            r.prediction = st.getColumn(3).getInt();
            const SQLite::Column blob = st.getColumn(4);
            r.probabilities.resize(static_cast<std::size_t>(blob.getBytes()) / sizeof(float));
            if (!r.probabilities.empty())
                std::memcpy(r.probabilities.data(), blob.getBlob(),
                            r.probabilities.size() * sizeof(float));
            r.loss = st.getColumn(5).getDouble();
            out.push_back(std::move(r));
        }
        return out;
    });
}

std::int64_t EvaluationRepo::count(std::int64_t runId) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "counting evaluations", [&] {
        SQLite::Statement st(impl.db, "SELECT count(*) FROM evaluations WHERE run_id = ?");
        st.bind(1, static_cast<int64_t>(runId));
        st.executeStep();
        return static_cast<std::int64_t>(st.getColumn(0).getInt64());
    });
}

void EvaluationRepo::removeForRun(std::int64_t runId) {
    auto& impl = m_project.impl();
    guarded(impl, "removing evaluations", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "DELETE FROM evaluations WHERE run_id = ?");
        st.bind(1, static_cast<int64_t>(runId));
        st.exec();
        tx.commit();
    });
}

} // namespace fl::store
