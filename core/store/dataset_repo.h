// The datasets a project has analysed: name, where they came from, size and class names. The
// images stay in their source; the store records only what identifies them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

struct DatasetRecord {
    std::int64_t id = 0; // assigned by add()
    std::string name;
    std::string source; // the loader's spec: a path, "fashion-mnist", a planted-task spec...
    std::int64_t n = 0; // number of examples
    std::vector<std::string> classes;
    std::int64_t created = 0; // Unix ms; set by add()
};

class DatasetRepo {
public:
    explicit DatasetRepo(Project& project) : m_project(project) {}
    // Inserts the record (its id and created are ignored) and returns the new id.
    std::int64_t add(const DatasetRecord& record);
    std::optional<DatasetRecord> get(std::int64_t id) const;
    std::vector<DatasetRecord> list() const; // by id
    // Runs keep their rows with dataset_id set to NULL.
    void remove(std::int64_t id);

private:
    Project& m_project;
};

} // namespace fl::store
