// Per-example results of an evaluation run: label, prediction, class probabilities and loss. The
// largest table of a project (one row per test example), so writes go in bulk.
#pragma once
#include <cstdint>
#include <vector>

namespace fl::store {
class Project;

struct EvaluationRow {
    std::int64_t exampleId = 0;
    int split = 0; // fl::data::Split value: 0 train, 1 val, 2 test
    int label = 0;
    int prediction = 0;
    std::vector<float> probabilities; // one per class; stored as a BLOB of float32
    double loss = 0.0;
};

class EvaluationRepo {
public:
    explicit EvaluationRepo(Project& project) : m_project(project) {}
    // Adds all rows of one run in ONE transaction with one prepared statement (70k rows in tens
    // of milliseconds). BadInput when the run does not exist or an example id repeats.
    void insert(std::int64_t runId, const std::vector<EvaluationRow>& rows);
    // The rows of a run ordered by example id.
    std::vector<EvaluationRow> load(std::int64_t runId) const;
    std::int64_t count(std::int64_t runId) const;
    void removeForRun(std::int64_t runId);

private:
    Project& m_project;
};

} // namespace fl::store
