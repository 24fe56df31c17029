// Generated samples: images a generative method (Defuse) decodes for annotation. A sample is named
// by (run, region, sample index) and keeps the 64-bit seed that drew it, so it can be decoded again
// at any time; annotations target it by its id (TargetKind::GeneratedSample). Deleting the run
// deletes its samples and their annotations.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

struct GeneratedSample {
    std::int64_t id = 0; // assigned by ensure()
    std::int64_t runId = 0;
    int region = 0;      // mixture component of the run (0-based)
    int sampleIndex = 0; // 0-based within the region
    std::uint64_t seed = 0;
};

// The label value a "none of the above" vote is stored as. Class votes store the class name (as
// the example relabel does): readable in exports and robust to a reordering of classes.
inline constexpr const char* kNoneOfTheAbove = "(none of the above)";

// The class index a stored label value stands for: its position in classNames, -1 for
// kNoneOfTheAbove. BadInput naming the value when it is neither.
int labelClassIndex(const std::string& value, const std::vector<std::string>& classNames);
// The label value to store for a class index (-1: kNoneOfTheAbove). BadInput when out of range.
std::string classIndexLabel(int classIndex, const std::vector<std::string>& classNames);

class GeneratedSampleRepo {
public:
    explicit GeneratedSampleRepo(Project& project) : m_project(project) {}
    // The id of sample (run, region, index), adding it (committed before returning) when it is
    // new. BadInput when the run does not exist, region or index is negative, or the sample
    // exists with another seed.
    std::int64_t ensure(std::int64_t runId, int region, int sampleIndex, std::uint64_t seed);
    std::optional<GeneratedSample> get(std::int64_t id) const;
    std::optional<GeneratedSample> find(std::int64_t runId, int region, int sampleIndex) const;
    // The run's samples by region, then sample index.
    std::vector<GeneratedSample> listForRun(std::int64_t runId) const;

private:
    Project& m_project;
};

} // namespace fl::store
