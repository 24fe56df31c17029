// The models a project has evaluated: where the weights are, which architecture, and free-form
// metadata (training settings, seed, accuracy) as JSON.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

struct ModelRecord {
    std::int64_t id = 0; // assigned by add()
    std::string name;
    std::string path; // TorchScript or checkpoint file
    std::string arch; // "lenet", "resnet18", "torchscript", ...
    std::string metadataJson = "{}";
    std::int64_t created = 0; // Unix ms; set by add()
};

class ModelRepo {
public:
    explicit ModelRepo(Project& project) : m_project(project) {}
    // BadInput when metadataJson is not JSON. Returns the new id.
    std::int64_t add(const ModelRecord& record);
    std::optional<ModelRecord> get(std::int64_t id) const;
    std::vector<ModelRecord> list() const; // by id
    void remove(std::int64_t id);

private:
    Project& m_project;
};

} // namespace fl::store
