// Runs: one execution of a method (evaluation, InfEmbed, Barlow, ...) with the settings, seed and
// software version that produced it, and its lifecycle queued -> running -> done/failed/cancelled.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

enum class RunStatus { Queued, Running, Done, Failed, Cancelled };
const char* runStatusName(RunStatus s);            // "queued", "running", ...
RunStatus parseRunStatus(const std::string& name); // BadInput otherwise

struct RunRecord {
    std::int64_t id = 0; // assigned by add()
    std::string kind;    // "evaluation", "infembed", "barlow", ...
    std::string settingsJson = "{}";
    std::uint64_t seed = 0;
    RunStatus status = RunStatus::Queued;
    std::int64_t created = 0;            // Unix ms; set by add()
    std::optional<std::int64_t> started; // Unix ms
    std::optional<std::int64_t> ended;   // Unix ms
    std::string softwareVersion;         // "" -> this build's version
    std::optional<std::int64_t> datasetId;
    std::optional<std::int64_t> modelId;
    std::string error; // why it failed; empty otherwise
    // The process that queued or runs it (run_owner.h); "" → this process when added queued or
    // running. Kept after it ends.
    std::string owner;
};

class RunRepo {
public:
    explicit RunRepo(Project& project) : m_project(project) {}
    // BadInput when settingsJson is not JSON or datasetId/modelId name no row.
    std::int64_t add(const RunRecord& record);
    std::optional<RunRecord> get(std::int64_t id) const;
    // All runs by id, or only those of one kind.
    std::vector<RunRecord> list(const std::string& kind = {}) const;
    // Sets status running, started = now and this process as its owner.
    void markRunning(std::int64_t id);
    // Sets a final status (done/failed/cancelled), ended = now and the error text.
    void finish(std::int64_t id, RunStatus status, const std::string& error = {});
    // Deletes the run with its evaluations, slices and artifact links (files stay, shared).
    void remove(std::int64_t id);
    // Queued or running runs whose owner process has died (runOwnerIsGone) become failed with
    // an error that says they were interrupted and by what; returns how many. Project::open
    // calls it.
    int markInterrupted();

private:
    Project& m_project;
};

} // namespace fl::store
