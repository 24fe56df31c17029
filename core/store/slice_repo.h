// Slices: named sets of examples found by a method (InfEmbed cluster, Barlow leaf, Defuse region)
// or made by the user, with each member's rank and score inside the slice.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

struct SliceMember {
    std::int64_t exampleId = 0;
    int rank = 0;       // 0 = most representative
    double score = 0.0; // method-specific (distance, influence, probability)
};

struct SliceRecord {
    std::int64_t id = 0;               // assigned by add()
    std::optional<std::int64_t> runId; // none for a slice the user made by hand
    std::string name;
    std::string origin;       // "infembed", "barlow", "defuse", "user", ...
    std::int64_t created = 0; // Unix ms; set by add()
    std::string metadataJson = "{}";
};

class SliceRepo {
public:
    explicit SliceRepo(Project& project) : m_project(project) {}
    // The slice and all its members in one transaction. Returns the new id.
    std::int64_t add(const SliceRecord& record, const std::vector<SliceMember>& members);
    std::optional<SliceRecord> get(std::int64_t id) const;
    // Every slice, or the slices of one run; by id.
    std::vector<SliceRecord> list(std::optional<std::int64_t> runId = std::nullopt) const;
    std::vector<SliceMember> members(std::int64_t sliceId) const; // by rank
    void rename(std::int64_t id, const std::string& name);
    void remove(std::int64_t id); // members go with it

private:
    Project& m_project;
};

} // namespace fl::store
