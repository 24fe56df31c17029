// A Faultline project: one SQLite file (*.faultline) holding datasets, models, runs, evaluations,
// slices, annotations and artifact references. Opening it checks and migrates the schema.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace fl::store {

class Project {
public:
    struct Impl; // the SQLite connection; defined in project_impl.h, used by the repositories

    // Creates a new, empty project. BadInput if the file already exists or cannot be created.
    static Project create(const std::string& path);
    // Opens an existing project and applies pending migrations. BadInput naming the file when it
    // is missing, not a Faultline project, corrupt, or written by a newer schema.
    static Project open(const std::string& path);
    // open() when the file exists, create() otherwise.
    static Project openOrCreate(const std::string& path);

    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;
    ~Project();

    // Closes the connection (checkpointing the WAL); the object is unusable afterwards.
    void close();
    bool isOpen() const { return m_impl != nullptr; }

    const std::string& path() const;
    // Folder of the content-addressed artifact files: "<path>.artifacts".
    std::string artifactsDir() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    static std::int32_t applicationId();
    // PRAGMA integrity_check: "ok", or SQLite's description of what is damaged.
    std::string integrityCheck() const;

    // For the repositories; throws Failure when the project is closed.
    Impl& impl() const;

private:
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fl::store
