#include "core/store/generated_sample_repo.h"
#include "core/common/error.h"
#include "core/store/annotation_sql.h"
#include "core/store/project_impl.h"

namespace fl::store {

int labelClassIndex(const std::string& value, const std::vector<std::string>& classNames) {
    if (value == kNoneOfTheAbove)
        return -1;
    for (std::size_t c = 0; c < classNames.size(); ++c)
        if (classNames[c] == value)
            return static_cast<int>(c);
    throwBadInput("label \"" + value + "\" is neither a class name of the dataset nor \"" +
                  kNoneOfTheAbove + "\"");
}

std::string classIndexLabel(int classIndex, const std::vector<std::string>& classNames) {
    if (classIndex == -1)
        return kNoneOfTheAbove;
    if (classIndex < -1 || classIndex >= static_cast<int>(classNames.size()))
        throwBadInput("class index " + std::to_string(classIndex) + " is out of range (" +
                      std::to_string(classNames.size()) + " classes, -1 for none of the above)");
    return classNames[static_cast<std::size_t>(classIndex)];
}

std::int64_t GeneratedSampleRepo::ensure(std::int64_t runId, int region, int sampleIndex,
                                         std::uint64_t seed) {
    auto& impl = m_project.impl();
    return guarded(impl, "adding a generated sample", [&] {
        WriteTransaction tx(impl);
        const std::int64_t id =
            detail::ensureGeneratedSample(impl, runId, region, sampleIndex, seed);
        tx.commit();
        return id;
    });
}

std::optional<GeneratedSample> GeneratedSampleRepo::get(std::int64_t id) const {
    return selectOne(m_project.impl(), "reading a generated sample", detail::kSelectGeneratedSample,
                     id, [](SQLite::Statement& st) { return detail::readGeneratedSample(st); });
}

std::optional<GeneratedSample> GeneratedSampleRepo::find(std::int64_t runId, int region,
                                                         int sampleIndex) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading a generated sample",
                   [&] { return detail::findGeneratedSample(impl, runId, region, sampleIndex); });
}

std::vector<GeneratedSample> GeneratedSampleRepo::listForRun(std::int64_t runId) const {
    return selectAll(
        m_project.impl(), "listing generated samples",
        std::string(detail::kSelectGeneratedSample) +
            " WHERE run_id = ? ORDER BY region, sample_index",
        [](SQLite::Statement& st) { return detail::readGeneratedSample(st); },
        [runId](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(runId)); });
}

} // namespace fl::store
