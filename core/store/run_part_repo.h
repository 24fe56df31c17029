// Run parts: the JSON documents a method's result carries besides slices and arrays (tables,
// charts, image sets, model versions), in order per kind, removed with their run.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace fl::store {
class Project;

struct RunPart {
    std::string kind; // "table", "chart", "image_set", "model"
    std::string body; // a JSON document
};

class RunPartRepo {
public:
    explicit RunPartRepo(Project& project) : m_project(project) {}
    // Replaces every part of the run with `parts` (kept in the given order per kind), in one
    // transaction. BadInput when a body is not JSON or the run does not exist.
    void replace(std::int64_t runId, const std::vector<RunPart>& parts);
    // The run's parts, by kind then position.
    std::vector<RunPart> list(std::int64_t runId) const;

private:
    Project& m_project;
};

} // namespace fl::store
