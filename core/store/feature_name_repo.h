// Names users give to the features of a robust extractor ("collar", "sleeve length"), keyed by
// the extractor (its file) and the feature's index; written as they are typed, kept forever.
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace fl::store {
class Project;

class FeatureNameRepo {
public:
    explicit FeatureNameRepo(Project& project) : m_project(project) {}
    // Sets (or, with an empty name, removes) the name of `feature` of `extractor`.
    void set(const std::string& extractor, int feature, const std::string& name,
             const std::string& author = {});
    // The name, or "" when the feature has none.
    std::string get(const std::string& extractor, int feature) const;
    // Every named feature of `extractor`.
    std::map<int, std::string> all(const std::string& extractor) const;

private:
    Project& m_project;
};

} // namespace fl::store
